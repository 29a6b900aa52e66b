package org.kgexplorer.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;

import static org.kgexplorer.core.project.ProjectVocabulary.*;

/**
 * Reads a project: a {@code .kgx} zip (extracted into a temporary folder by {@link SafeZip}) or a folder with the same
 * layout. Every failure is a {@link ProjectException} of one sentence naming the project and what is wrong; nothing is
 * left behind when reading fails. Linked files are checked against their SHA-256.
 */
public final class ProjectReader {
    /** {@code project.ttl} is at most 16 MiB (a thousand views' descriptions take well under 1 MiB). */
    static final long MAX_DESCRIPTION_BYTES = 16L << 20;
    private static final Pattern ENTRY = Pattern.compile("(queries|views|data)(/[A-Za-z0-9._-]+)+");

    private ProjectReader() {
    }

    /** Reads the project in {@code file} (a zip, or a folder). */
    public static OpenedProject read(Path file) throws ProjectException {
        return read(file, SafeZip.Limits.DEFAULT);
    }

    static OpenedProject read(Path file, SafeZip.Limits limits) throws ProjectException {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            Path root;
            try {
                root = file.toRealPath();
            } catch (IOException e) {
                throw new ProjectException(name + " cannot be opened: " + SafeZip.oneLine(e), e);
            }
            return read(file, root, null, name);
        }
        if (!Files.isRegularFile(file)) {
            throw new ProjectException(name + " is not there (" + file.toAbsolutePath() + ")");
        }
        Path extracted = SafeZip.extract(file, limits);
        boolean done = false;
        try {
            Path root = extracted.toRealPath();
            OpenedProject opened = read(file, root, extracted, name);
            done = true;
            return opened;
        } catch (IOException e) {
            throw new ProjectException(name + " cannot be opened: " + SafeZip.oneLine(e), e);
        } finally {
            if (!done) {
                SafeZip.deleteTree(extracted);
            }
        }
    }

    private static OpenedProject read(Path file, Path root, Path extracted, String name) throws ProjectException {
        Path description = inside(root, ProjectWriter.DESCRIPTION, name);
        Model m = ModelFactory.createDefaultModel();
        try {
            if (Files.size(description) > MAX_DESCRIPTION_BYTES) {
                throw new ProjectException(name + ": its project.ttl is larger than "
                        + (MAX_DESCRIPTION_BYTES >> 20) + " MiB");
            }
            try (InputStream in = Files.newInputStream(description)) {
                RDFParser.source(in).lang(Lang.TURTLE).base("urn:kgx:project:").strict(true).parse(m);
            }
        } catch (IOException e) {
            throw new ProjectException(name + ": its project.ttl cannot be read (" + SafeZip.oneLine(e) + ")", e);
        } catch (RiotException e) {
            throw new ProjectException(name + ": its project.ttl is not valid Turtle (" + SafeZip.oneLine(e) + ")", e);
        }
        List<Resource> projects = m.listSubjectsWithProperty(RDF.type, PROJECT).toList();
        if (projects.size() != 1) {
            throw new ProjectException(name + ": its project.ttl describes " + projects.size()
                    + " projects instead of one");
        }
        Resource p = projects.get(0);
        int version = integer(p, FORMAT, name, "the project");
        if (version > FORMAT_VERSION) {
            throw new ProjectException(name + " was saved by a newer KG Explorer (project format " + version
                    + "); this one reads format " + FORMAT_VERSION + " and older: update KG Explorer to open it");
        }
        String labels = string(p, LABEL_LANGUAGE, name, "the project", "ENGLISH");
        if (!List.of("ENGLISH", "SPANISH", "BOTH").contains(labels)) {
            throw new ProjectException(name + ": the label language \"" + labels + "\" is not ENGLISH, SPANISH or BOTH");
        }
        List<Project.Source> sources = new ArrayList<>();
        List<OpenedProject.LinkedFile> problems = new ArrayList<>();
        for (Resource s : ordered(p, SOURCE, name)) {
            sources.add(source(s, root, name, problems));
        }
        List<Project.QueryTab> tabs = new ArrayList<>();
        for (Resource t : ordered(p, QUERY_TAB_PROPERTY, name)) {
            tabs.add(new Project.QueryTab(string(t, TITLE, name, "a query tab", ""),
                    text(root, string(t, QUERY_FILE, name, "a query tab", null), name)));
        }
        Project.View working = null;
        Statement w = p.getProperty(WORKING_VIEW);
        if (w != null) {
            working = view(resource(w.getObject(), name, "the working view"), root, name);
        }
        List<Project.View> views = new ArrayList<>();
        for (Resource v : ordered(p, VIEW_PROPERTY, name)) {
            views.add(view(v, root, name));
        }
        return new OpenedProject(file, new Project(sources, tabs, labels, working, views), problems, extracted);
    }

    private static Project.Source source(Resource s, Path root, String name, List<OpenedProject.LinkedFile> problems)
            throws ProjectException {
        if (s.hasProperty(RDF.type, BUNDLED_SOURCE)) {
            return new Project.Source.Bundled();
        }
        if (s.hasProperty(RDF.type, DATABASE_SOURCE)) {
            return new Project.Source.Database(string(s, FOLDER, name, "a database source", null));
        }
        if (s.hasProperty(RDF.type, ENDPOINT_SOURCE)) {
            Statement e = s.getProperty(ENDPOINT);
            if (e == null || !e.getObject().isURIResource()) {
                throw new ProjectException(name + ": an endpoint source has no endpoint IRI");
            }
            String auth = string(s, AUTHENTICATION, name, "an endpoint source", "NONE");
            if (!List.of("NONE", "BASIC", "BEARER").contains(auth)) {
                throw new ProjectException(name + ": the authentication \"" + auth + "\" is not NONE, BASIC or BEARER");
            }
            try {
                return new Project.Source.Endpoint(URI.create(e.getObject().asResource().getURI()), auth);
            } catch (IllegalArgumentException x) {
                throw new ProjectException(name + ": " + SafeZip.oneLine(x));
            }
        }
        if (s.hasProperty(RDF.type, FILE_SOURCE)) {
            String path = string(s, PATH, name, "a file source", null);
            String sha = string(s, SHA256, name, "a file source", "");
            if (!sha.isEmpty() && !sha.matches("[0-9a-f]{64}")) {
                throw new ProjectException(name + ": the SHA-256 of " + path + " is not 64 hexadecimal digits");
            }
            Statement data = s.getProperty(DATA_FILE);
            if (data != null) {
                Path copy = inside(root, literal(data.getObject(), name, "a data file"), name);
                return new Project.Source.File(path, sha, true, copy);
            }
            Path linked;
            try {
                linked = Path.of(path);
            } catch (java.nio.file.InvalidPathException e) {
                throw new ProjectException(name + ": the file path \"" + path + "\" is not a path on this system");
            }
            Project.Source.File file = new Project.Source.File(path, sha, false, linked);
            if (!Files.exists(linked)) {
                problems.add(new OpenedProject.LinkedFile(file, OpenedProject.LinkedFile.Status.MISSING));
            } else if (!sha.isEmpty() && Files.isRegularFile(linked)
                    && !sha.equals(ProjectWriter.sha256(linked, file.name()))) {
                problems.add(new OpenedProject.LinkedFile(file, OpenedProject.LinkedFile.Status.CHANGED));
            }
            return file;
        }
        throw new ProjectException(name + ": a source in its project.ttl is of no kind this program knows");
    }

    private static Project.View view(Resource v, Path root, String name) throws ProjectException {
        String[] caption = texts(v, CAPTION, name, "a view's caption");
        String captionEn = caption[0];
        String captionEs = caption[1];
        Statement q = v.getProperty(QUERY_FILE);
        String query = q == null ? "" : text(root, literal(q.getObject(), name, "a view's query file"), name);
        Statement sel = v.getProperty(SELECTED_ENTITY);
        String selected = sel == null ? null : resource(sel.getObject(), name, "a view's selected entity").getURI();
        String viewFile = string(v, VIEW_FILE, name, "a view", null);
        ViewState graph;
        try {
            graph = ViewJson.read(text(root, viewFile, name));
        } catch (IllegalArgumentException e) {
            throw new ProjectException(name + ": its " + viewFile + " is not a graph view: " + e.getMessage());
        }
        return new Project.View(captionEn, captionEs, query, selected, graph, scene(v, root, name));
    }

    /** What a view is as a scene (ADR 45); a view that says nothing (format 1 before lessons) shows its graph. */
    private static Project.Scene scene(Resource v, Path root, String name) throws ProjectException {
        String shows = string(v, SHOWS, name, "a view", "GRAPH");
        Project.Scene.Shows kind;
        try {
            kind = Project.Scene.Shows.valueOf(shows);
        } catch (IllegalArgumentException e) {
            throw new ProjectException(name + ": a scene shows \"" + shows + "\", which is not GRAPH, TABLE or STEP_THROUGH");
        }
        Statement x = v.getProperty(EXERCISE_PROPERTY);
        if (x == null) {
            return kind == Project.Scene.Shows.GRAPH ? Project.Scene.GRAPH : new Project.Scene(kind, null);
        }
        Resource exercise = resource(x.getObject(), name, "a scene's exercise");
        String[] question = texts(exercise, QUESTION, name, "an exercise's question");
        if (question[0].isEmpty() && question[1].isEmpty()) {
            throw new ProjectException(name + ": an exercise has no question");
        }
        String[] hint = texts(exercise, HINT, name, "an exercise's hint");
        String reference = text(root, string(exercise, REFERENCE_FILE, name, "an exercise", null), name);
        return new Project.Scene(kind, new Project.SceneExercise(question[0], question[1], hint[0], hint[1], reference));
    }

    /** The English and the Spanish text of {@code property} (each empty when there is none). */
    private static String[] texts(Resource r, Property property, String name, String what) throws ProjectException {
        String[] both = {"", ""};
        for (Statement c : r.listProperties(property).toList()) {
            Literal l = c.getObject().isLiteral() ? c.getLiteral() : null;
            if (l == null) {
                throw new ProjectException(name + ": " + what + " is not text");
            }
            if (l.getLanguage().equals("en")) {
                both[0] = l.getString();
            } else if (l.getLanguage().equals("es")) {
                both[1] = l.getString();
            }
        }
        return both;
    }

    /** The objects of {@code property}, by their {@code kgxp:order}. */
    private static List<Resource> ordered(Resource p, Property property, String name) throws ProjectException {
        List<Resource> items = new ArrayList<>();
        for (Statement s : p.listProperties(property).toList()) {
            items.add(resource(s.getObject(), name, property.getLocalName()));
        }
        List<int[]> orders = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            orders.add(new int[] {integer(items.get(i), ORDER, name, "a " + property.getLocalName()), i});
        }
        orders.sort(Comparator.comparingInt(o -> o[0]));
        List<Resource> sorted = new ArrayList<>();
        orders.forEach(o -> sorted.add(items.get(o[1])));
        return sorted;
    }

    private static Resource resource(RDFNode node, String name, String what) throws ProjectException {
        if (!node.isResource()) {
            throw new ProjectException(name + ": " + what + " is not a resource in its project.ttl");
        }
        return node.asResource();
    }

    private static int integer(Resource r, Property property, String name, String what) throws ProjectException {
        Statement s = r.getProperty(property);
        try {
            if (s != null && s.getObject().isLiteral()) {
                return s.getInt();
            }
        } catch (RuntimeException e) {
            // said below
        }
        throw new ProjectException(name + ": " + what + " has no whole number as kgxp:" + property.getLocalName());
    }

    private static String string(Resource r, Property property, String name, String what, String fallback)
            throws ProjectException {
        Statement s = r.getProperty(property);
        if (s == null) {
            if (fallback != null) {
                return fallback;
            }
            throw new ProjectException(name + ": " + what + " has no kgxp:" + property.getLocalName());
        }
        return literal(s.getObject(), name, what);
    }

    private static String literal(RDFNode node, String name, String what) throws ProjectException {
        if (!node.isLiteral()) {
            throw new ProjectException(name + ": " + what + " is not text in its project.ttl");
        }
        return node.asLiteral().getLexicalForm();
    }

    /** A file the description names, which must lie inside the project (no link leads out of it). */
    private static Path inside(Path root, String entry, String name) throws ProjectException {
        if (!entry.equals(ProjectWriter.DESCRIPTION) && (!ENTRY.matcher(entry).matches() || entry.contains("/../")
                || entry.endsWith("/..") || entry.contains("/./"))) {
            throw new ProjectException(name + " is refused: it names \"" + entry + "\", which is no file of a project");
        }
        Path file = root.resolve(entry).normalize();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectException(name + ": its " + entry + " is missing");
        }
        try {
            if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !file.toRealPath().startsWith(root)) {
                throw new ProjectException(name + " is refused: " + entry + " is a link or lies outside the project");
            }
        } catch (IOException e) {
            throw new ProjectException(name + ": its " + entry + " is missing");
        }
        return file;
    }

    /** A text file of the project, which must be UTF-8. */
    private static String text(Path root, String entry, String name) throws ProjectException {
        Path file = inside(root, entry, name);
        try {
            if (Files.size(file) > MAX_DESCRIPTION_BYTES) {
                throw new ProjectException(name + ": its " + entry + " is larger than " + (MAX_DESCRIPTION_BYTES >> 20)
                        + " MiB");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ProjectException(name + ": its " + entry + " is not UTF-8 text");
        } catch (IOException e) {
            throw new ProjectException(name + ": its " + entry + " cannot be read (" + SafeZip.oneLine(e) + ")", e);
        }
    }
}
