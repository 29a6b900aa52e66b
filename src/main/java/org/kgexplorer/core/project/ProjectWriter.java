package org.kgexplorer.core.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.kgexplorer.core.export.SafeFileWriter;

import static org.kgexplorer.core.project.ProjectVocabulary.*;

/**
 * Writes a project as a {@code .kgx} zip (ADR 43): {@code project.ttl}, {@code queries/NN-slug.rq},
 * {@code views/NN-slug.json} and, for files whose data is included, {@code data/NN-NAME}. The zip is written to a
 * temporary file beside the target and moved into place whole: a failure leaves the target as it was.
 */
public final class ProjectWriter {
    /** The name of the RDF description inside a project. */
    public static final String DESCRIPTION = "project.ttl";

    private ProjectWriter() {
    }

    /**
     * Writes {@code project} to {@code target}.
     *
     * @param includeData whether the bytes of the loaded files go into the project (files already included stay so)
     */
    public static void write(Project project, Path target, boolean includeData) throws ProjectException {
        write(project, target, includeData, false);
    }

    /**
     * Writes {@code project} to {@code target} with the SHA-256 of a linked file only where it is already known
     * ({@link org.kgexplorer.core.store.FileDigests#known}): no linked file's bytes are read, so the JavaFX thread
     * may call it when the window closes. A linked file written with no SHA-256 is not checked when it is opened.
     */
    public static void writeWithKnownDigests(Project project, Path target) throws ProjectException {
        write(project, target, false, true);
    }

    private static void write(Project project, Path target, boolean includeData, boolean knownDigestsOnly)
            throws ProjectException {
        Map<String, Object> entries = layout(project, includeData, knownDigestsOnly);
        try {
            SafeFileWriter.write(target, out -> zip(entries, out));
        } catch (ProjectException e) {
            throw e;
        } catch (Exception e) {
            throw new ProjectException(target.getFileName() + " could not be saved: " + SafeZip.oneLine(e), e);
        }
    }

    /** The project's entries by name, in order: text, or the file whose bytes go in. */
    static Map<String, Object> layout(Project project, boolean includeData, boolean knownDigestsOnly)
            throws ProjectException {
        Map<String, Object> entries = new LinkedHashMap<>();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("kgxp", NS);
        m.setNsPrefix("xsd", org.apache.jena.vocabulary.XSD.NS);
        Resource p = m.createResource().addProperty(RDF.type, PROJECT)
                .addLiteral(FORMAT, m.createTypedLiteral(String.valueOf(FORMAT_VERSION), XSDDatatype.XSDinteger))
                .addProperty(LABEL_LANGUAGE, project.labelLanguage());
        int order = 0;
        int dataNumber = 0;
        for (Project.Source source : project.sources()) {
            Resource s = m.createResource().addLiteral(ORDER, integer(m, ++order));
            p.addProperty(SOURCE, s);
            if (source instanceof Project.Source.Bundled) {
                s.addProperty(RDF.type, BUNDLED_SOURCE);
            } else if (source instanceof Project.Source.File f) {
                s.addProperty(RDF.type, FILE_SOURCE).addProperty(PATH, f.path());
                if (Files.isRegularFile(f.readFrom())) {
                    if (!knownDigestsOnly) {
                        s.addProperty(SHA256, sha256(f.readFrom(), f.name()));
                    } else {
                        org.kgexplorer.core.store.FileDigests.known(f.readFrom()).ifPresent(sha -> s.addProperty(SHA256, sha));
                    }
                    if (includeData || f.included()) {
                        String entry = "data/" + number(++dataNumber) + "-" + safeName(f.name());
                        s.addProperty(DATA_FILE, entry);
                        entries.put(entry, f.readFrom());
                    }
                } else if (f.included()) {
                    throw new ProjectException(f.name() + " is gone: the project cannot be saved with its data ("
                            + f.readFrom() + ")");
                } else if (!f.sha256().isEmpty()) {
                    // a linked file that is missing now keeps the SHA-256 it had, so it is still checked when it is back
                    s.addProperty(SHA256, f.sha256());
                }
            } else if (source instanceof Project.Source.Database d) {
                s.addProperty(RDF.type, DATABASE_SOURCE).addProperty(FOLDER, d.folder());
            } else if (source instanceof Project.Source.Endpoint e) {
                s.addProperty(RDF.type, ENDPOINT_SOURCE).addProperty(ENDPOINT, m.createResource(e.url().toString()))
                        .addProperty(AUTHENTICATION, e.auth());
            }
        }
        List<String[]> queryFiles = new ArrayList<>();
        order = 0;
        for (Project.QueryTab tab : project.queries()) {
            String entry = "queries/" + number(queryFiles.size() + 1) + "-" + slug(tab.title(), "query") + ".rq";
            queryFiles.add(new String[] {entry, tab.text()});
            p.addProperty(QUERY_TAB_PROPERTY, m.createResource().addProperty(RDF.type, QUERY_TAB)
                    .addLiteral(ORDER, integer(m, ++order)).addProperty(TITLE, tab.title()).addProperty(QUERY_FILE, entry));
        }
        List<String[]> viewFiles = new ArrayList<>();
        if (project.working() != null) {
            p.addProperty(WORKING_VIEW, view(m, project.working(), "views/00-working.json", queryFiles, viewFiles, 0));
        }
        order = 0;
        for (Project.View view : project.views()) {
            String entry = "views/" + number(++order) + "-" + slug(view.captionEn(), "view") + ".json";
            p.addProperty(VIEW_PROPERTY, view(m, view, entry, queryFiles, viewFiles, order));
        }
        ByteArrayOutputStream ttl = new ByteArrayOutputStream();
        RDFDataMgr.write(ttl, m, Lang.TURTLE);
        entries.put(DESCRIPTION, ttl.toString(StandardCharsets.UTF_8));
        queryFiles.forEach(q -> entries.put(q[0], q[1]));
        viewFiles.forEach(v -> entries.put(v[0], v[1]));
        return entries;
    }

    private static Resource view(Model m, Project.View view, String entry, List<String[]> queryFiles,
                                 List<String[]> viewFiles, int order) {
        Resource v = m.createResource().addProperty(RDF.type, VIEW).addProperty(VIEW_FILE, entry);
        if (order > 0) {
            v.addLiteral(ORDER, integer(m, order));
        }
        if (!view.captionEn().isEmpty()) {
            v.addProperty(CAPTION, view.captionEn(), "en");
        }
        if (!view.captionEs().isEmpty()) {
            v.addProperty(CAPTION, view.captionEs(), "es");
        }
        if (!view.query().isEmpty()) {
            String q = "queries/" + number(queryFiles.size() + 1) + "-" + slug(view.captionEn(), "view") + ".rq";
            queryFiles.add(new String[] {q, view.query()});
            v.addProperty(QUERY_FILE, q);
        }
        if (view.selected() != null) {
            v.addProperty(SELECTED_ENTITY, m.createResource(view.selected()));
        }
        if (order > 0) {
            // a saved view is a scene of a lesson (ADR 45): what presenter mode shows of it, and its exercise
            v.addProperty(SHOWS, view.scene().shows().name());
            Project.SceneExercise exercise = view.scene().exercise();
            if (exercise != null) {
                String reference = "queries/" + number(queryFiles.size() + 1) + "-"
                        + slug(view.captionEn(), "view") + "-reference.rq";
                queryFiles.add(new String[] {reference, exercise.reference()});
                Resource x = m.createResource().addProperty(RDF.type, EXERCISE).addProperty(REFERENCE_FILE, reference);
                text(x, QUESTION, exercise.questionEn(), exercise.questionEs());
                text(x, HINT, exercise.hintEn(), exercise.hintEs());
                v.addProperty(EXERCISE_PROPERTY, x);
            }
        }
        viewFiles.add(new String[] {entry, ViewJson.write(view.graph())});
        return v;
    }

    /** A text in English and Spanish, each written only when there is one. */
    private static void text(Resource r, org.apache.jena.rdf.model.Property property, String en, String es) {
        if (!en.isEmpty()) {
            r.addProperty(property, en, "en");
        }
        if (!es.isEmpty()) {
            r.addProperty(property, es, "es");
        }
    }

    private static void zip(Map<String, Object> entries, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            zip.putNextEntry(new ZipEntry(e.getKey()));
            if (e.getValue() instanceof Path file) {
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(zip);
                }
            } else {
                zip.write(((String) e.getValue()).getBytes(StandardCharsets.UTF_8));
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The SHA-256 of a file's bytes, lower-case hex. */
    public static String sha256(Path file, String name) throws ProjectException {
        try {
            return org.kgexplorer.core.store.FileDigests.sha256(file);
        } catch (IOException e) {
            throw new ProjectException(name + " could not be read: " + SafeZip.oneLine(e), e);
        }
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, int n) {
        return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }

    /** A file name's safe form: letters, digits, dot, dash and underscore. */
    static String safeName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.startsWith(".") ? "_" + s.substring(1) : s;
    }

    /** A short lower-case name made of a title: "Who has not joined?" → "who-has-not-joined". */
    static String slug(String title, String fallback) {
        String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("-+$", "");
        }
        return s.isEmpty() ? fallback : s;
    }
}
