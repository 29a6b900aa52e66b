package org.kgexplorer.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * The lessons that come with the program (issue 17, ADR 45): each a project folder kept in the repository under
 * {@code data/lessons/ID/} and packed into the jar at build time (pom.xml packs {@code data/}). A class-path folder
 * cannot be listed inside a jar, so a lesson is read by copying {@code project.ttl} and the files it names into a
 * temporary folder, reading that as any project folder and deleting it: the lesson links no data, so nothing it
 * holds is needed once read. Opened, a lesson has no file: saving it asks where, so the bundled copy stays as it is.
 */
public final class BundledLessons {
    /** The bundled lessons' ids, in the order Help → Lessons lists them. */
    public static final List<String> IDS = List.of("us-mexico-2022");
    private static final String ROOT = "/data/lessons/";

    private BundledLessons() {
    }

    /** Reads the bundled lesson {@code id}; a failure (a broken build) is a {@link ProjectException}. */
    public static OpenedProject open(String id) throws ProjectException {
        if (!IDS.contains(id)) {
            throw new ProjectException("there is no bundled lesson \"" + id + "\"");
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("kgx-lesson-");
        } catch (IOException e) {
            throw new ProjectException("the lesson " + id + " cannot be opened: " + SafeZip.oneLine(e), e);
        }
        try {
            byte[] description = resource(id, ProjectWriter.DESCRIPTION);
            Files.write(folder.resolve(ProjectWriter.DESCRIPTION), description);
            for (String entry : namedFiles(id, description)) {
                Path target = folder.resolve(entry).normalize();
                if (!target.startsWith(folder)) {
                    throw new ProjectException("the lesson " + id + " names \"" + entry + "\", which is no file of it");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, resource(id, entry));
            }
            OpenedProject read = ProjectReader.read(folder);
            return new OpenedProject(null, read.project(), read.problems(), null);
        } catch (IOException e) {
            throw new ProjectException("the lesson " + id + " cannot be opened: " + SafeZip.oneLine(e), e);
        } finally {
            SafeZip.deleteTree(folder);
        }
    }

    /** The files {@code project.ttl} names (queries, views, references), which ProjectReader checks once copied. */
    private static List<String> namedFiles(String id, byte[] description) throws ProjectException {
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(new java.io.ByteArrayInputStream(description)).lang(Lang.TURTLE)
                    .base("urn:kgx:project:").parse(m);
        } catch (RiotException e) {
            throw new ProjectException("the lesson " + id + ": its project.ttl is not valid Turtle (" + SafeZip.oneLine(e) + ")", e);
        }
        List<String> files = new ArrayList<>();
        for (var p : List.of(ProjectVocabulary.QUERY_FILE, ProjectVocabulary.VIEW_FILE, ProjectVocabulary.REFERENCE_FILE)) {
            for (RDFNode o : m.listObjectsOfProperty(p).toList()) {
                if (o.isLiteral() && !files.contains(o.asLiteral().getLexicalForm())) {
                    files.add(o.asLiteral().getLexicalForm());
                }
            }
        }
        return files;
    }

    private static byte[] resource(String id, String entry) throws IOException, ProjectException {
        try (InputStream in = BundledLessons.class.getResourceAsStream(ROOT + id + "/" + entry)) {
            if (in == null) {
                throw new ProjectException("the lesson " + id + " has no " + entry + " in this build");
            }
            return in.readAllBytes();
        }
    }
}
