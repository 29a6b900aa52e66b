package org.kgexplorer.core.project;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of {@code project.ttl}, documented with English and Spanish labels in {@code ontology/project.ttl}. */
public final class ProjectVocabulary {
    /** The namespace, prefix {@code kgxp:}. */
    public static final String NS = "https://kgexplorer.org/project#";
    /** The newest format this program writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public static final Resource PROJECT = type("Project");
    public static final Resource BUNDLED_SOURCE = type("BundledSource");
    public static final Resource FILE_SOURCE = type("FileSource");
    public static final Resource DATABASE_SOURCE = type("DatabaseSource");
    public static final Resource ENDPOINT_SOURCE = type("EndpointSource");
    public static final Resource QUERY_TAB = type("QueryTab");
    public static final Resource VIEW = type("View");
    public static final Resource EXERCISE = type("Exercise");

    public static final Property FORMAT = property("formatVersion");
    public static final Property LABEL_LANGUAGE = property("labelLanguage");
    public static final Property SOURCE = property("source");
    public static final Property QUERY_TAB_PROPERTY = property("queryTab");
    public static final Property VIEW_PROPERTY = property("view");
    public static final Property WORKING_VIEW = property("workingView");
    public static final Property ORDER = property("order");
    public static final Property PATH = property("path");
    public static final Property SHA256 = property("sha256");
    public static final Property DATA_FILE = property("dataFile");
    public static final Property FOLDER = property("folder");
    public static final Property ENDPOINT = property("endpoint");
    public static final Property AUTHENTICATION = property("authentication");
    public static final Property TITLE = property("title");
    public static final Property QUERY_FILE = property("queryFile");
    public static final Property VIEW_FILE = property("viewFile");
    public static final Property CAPTION = property("caption");
    public static final Property SELECTED_ENTITY = property("selectedEntity");
    public static final Property SHOWS = property("shows");
    public static final Property EXERCISE_PROPERTY = property("exercise");
    public static final Property QUESTION = property("question");
    public static final Property HINT = property("hint");
    public static final Property REFERENCE_FILE = property("referenceFile");

    private ProjectVocabulary() {
    }

    private static Resource type(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
