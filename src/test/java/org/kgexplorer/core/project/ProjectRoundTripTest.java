package org.kgexplorer.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/** Save, read, save again: the same project, an isomorphic project.ttl, the same queries, views and data. */
class ProjectRoundTripTest {
    @TempDir
    Path dir;

    static final ViewState GRAPH = new ViewState(
            List.of("https://kgexplorer.org/data/JTFAlpha", "https://kgexplorer.org/data/Sentinel", "https://kgexplorer.org/data/DHS"),
            Map.of("https://kgexplorer.org/data/JTFAlpha", new ViewState.Point(12.5, -3.25),
                    "https://kgexplorer.org/data/Sentinel", new ViewState.Point(0.1, 1e-7)),
            Set.of("https://kgexplorer.org/data/JTFAlpha"), Set.of("https://kgexplorer.org/data/DHS"),
            Set.of("https://kgexplorer.org/ontology#Country", ""), Set.of("https://kgexplorer.org/ontology#worksWith"),
            "HIERARCHICAL", new ViewState.Camera(40.5, -2, 1.75),
            List.of("https://kgexplorer.org/data/Sentinel", "https://kgexplorer.org/data/JTFAlpha"));

    Project sample() throws IOException {
        Path linked = dir.resolve("people.ttl");
        Files.writeString(linked, "<urn:a> <urn:b> \"linked\" .\n");
        Path included = dir.resolve("más datos.nt");
        Files.writeString(included, "<urn:c> <urn:d> \"incluido\" .\n");
        return new Project(List.of(new Project.Source.Bundled(),
                Project.Source.File.linked(linked, ""),
                new Project.Source.File(included.toString(), "", true, included),
                new Project.Source.Database(dir.resolve("db").toString()),
                new Project.Source.Endpoint(URI.create("https://query.example.org/sparql"), "BEARER")),
                List.of(new Project.QueryTab("Who works with whom?", "SELECT * WHERE { ?s ?p ?o }\n"),
                        new Project.QueryTab("Query 2", "")),
                "SPANISH",
                new Project.View("", "", "", "https://kgexplorer.org/data/Sentinel", GRAPH),
                List.of(new Project.View("Joint Task Force Alpha and its members", "La Fuerza de Tarea Conjunta Alfa y sus miembros",
                                "SELECT ?m WHERE { ?m ?p ?o }", "https://kgexplorer.org/data/JTFAlpha", GRAPH),
                        new Project.View("Empty", "Vacía", "", null, ViewState.EMPTY)));
    }

    @Test
    void saveReadSaveAgainGivesTheSameProject() throws Exception {
        Project first = sample();
        Path one = dir.resolve("one.kgx");
        ProjectWriter.write(first, one, false);
        Path two = dir.resolve("two.kgx");
        try (OpenedProject opened = ProjectReader.read(one)) {
            assertEquals(List.of(), opened.problems());
            Project read = opened.project();
            assertEquals(first.queries(), read.queries());
            assertEquals(first.labelLanguage(), read.labelLanguage());
            assertEquals(first.working(), read.working());
            assertEquals(first.views(), read.views());
            assertEquals(first.sources().size(), read.sources().size());
            Project.Source.File linked = (Project.Source.File) read.sources().get(1);
            assertFalse(linked.included());
            assertEquals(ProjectWriter.sha256(dir.resolve("people.ttl"), "people.ttl"), linked.sha256());
            Project.Source.File included = (Project.Source.File) read.sources().get(2);
            assertTrue(included.included());
            assertEquals(dir.resolve("más datos.nt").toString(), included.path());
            assertTrue(included.readFrom().startsWith(opened.extracted()), "the included copy is read from the extracted folder");
            assertEquals("<urn:c> <urn:d> \"incluido\" .\n", Files.readString(included.readFrom()));
            assertEquals(first.sources().get(3), read.sources().get(3));
            assertEquals(first.sources().get(4), read.sources().get(4));
            ProjectWriter.write(read, two, false);
        }
        Map<String, byte[]> a = entries(one);
        Map<String, byte[]> b = entries(two);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.keySet().containsAll(List.of("project.ttl", "queries/01-who-works-with-whom.rq", "queries/02-query-2.rq",
                "queries/03-joint-task-force-alpha-and-its-members.rq", "views/00-working.json",
                "views/01-joint-task-force-alpha-and-its-members.json", "views/02-empty.json", "data/01-m_s_datos.nt")),
                a.keySet().toString());
        assertTrue(ttl(a).isIsomorphicWith(ttl(b)), "project.ttl is isomorphic after a round trip");
        for (String name : a.keySet()) {
            if (!name.equals("project.ttl")) {
                assertArrayEquals(a.get(name), b.get(name), name);
            }
        }
    }

    @Test
    void theSameLayoutAsAFolderOpensToo() throws Exception {
        Project first = sample();
        Path zip = dir.resolve("p.kgx");
        ProjectWriter.write(first, zip, true);
        Path folder = Files.createDirectory(dir.resolve("p-folder.kgx"));
        for (Map.Entry<String, byte[]> e : entries(zip).entrySet()) {
            Path f = folder.resolve(e.getKey());
            Files.createDirectories(f.getParent() == null ? folder : f.getParent());
            Files.write(f, e.getValue());
        }
        try (OpenedProject opened = ProjectReader.read(folder)) {
            assertNull(opened.extracted());
            assertEquals(first.views(), opened.project().views());
            assertEquals(first.queries(), opened.project().queries());
            Project.Source.File linkedNowIncluded = (Project.Source.File) opened.project().sources().get(1);
            assertTrue(linkedNowIncluded.included(), "include the data copies every file in");
            assertEquals(folder.toRealPath().resolve("data/01-people.ttl"), linkedNowIncluded.readFrom());
        }
    }

    @Test
    void aLinkedFileThatChangedOrWentIsReportedByName() throws Exception {
        Project first = sample();
        Path zip = dir.resolve("p.kgx");
        ProjectWriter.write(first, zip, false);
        Files.writeString(dir.resolve("people.ttl"), "<urn:a> <urn:b> \"changed\" .\n");
        try (OpenedProject opened = ProjectReader.read(zip)) {
            assertEquals(1, opened.problems().size());
            assertEquals("people.ttl", opened.problems().get(0).source().name());
            assertEquals(OpenedProject.LinkedFile.Status.CHANGED, opened.problems().get(0).status());
        }
        Files.delete(dir.resolve("people.ttl"));
        try (OpenedProject opened = ProjectReader.read(zip)) {
            assertEquals(OpenedProject.LinkedFile.Status.MISSING, opened.problems().get(0).status());
            // saved again while missing, it keeps the SHA-256 it had: the project.ttl does not change
            Path again = dir.resolve("again.kgx");
            ProjectWriter.write(opened.project(), again, false);
            assertTrue(ttl(entries(zip)).isIsomorphicWith(ttl(entries(again))));
        }
    }

    @Test
    void anEndpointNeverCarriesUserInformation() {
        assertThrows(IllegalArgumentException.class, () -> new Project.Source.Endpoint(
                URI.create("https://ana:secret@query.example.org/sparql"), "BASIC"));
    }

    @Test
    void anEmptyProjectRoundTrips() throws Exception {
        Path zip = dir.resolve("empty.kgx");
        ProjectWriter.write(Project.empty(), zip, false);
        try (OpenedProject opened = ProjectReader.read(zip)) {
            assertEquals(Project.empty(), opened.project());
        }
    }

    /** A lesson: scenes that show a graph, a table, a step-through, and one that sets an exercise. */
    static Project lesson() {
        List<String> order = List.of("https://kgexplorer.org/data/Sentinel", "https://kgexplorer.org/data/JTFAlpha",
                "https://kgexplorer.org/data/DHS");
        ViewState revealed = new ViewState(order, Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), "FORCE",
                ViewState.Camera.DEFAULT, List.of());
        String query = "SELECT ?m WHERE { ?m ?p ?o }\n";
        return new Project(List.of(new Project.Source.Bundled()), List.of(), "BOTH", null, List.of(
                new Project.View("The meeting", "La reunión", query, null, revealed),
                new Project.View("Its members", "Sus miembros", query, null, ViewState.EMPTY,
                        new Project.Scene(Project.Scene.Shows.TABLE, null)),
                new Project.View("Step by step", "Paso a paso", query, null, ViewState.EMPTY,
                        new Project.Scene(Project.Scene.Shows.STEP_THROUGH, null)),
                new Project.View("Exercise 1", "Ejercicio 1", "", null, ViewState.EMPTY,
                        new Project.Scene(Project.Scene.Shows.TABLE, new Project.SceneExercise(
                                "Who takes part?", "¿Quién participa?", "Use kgx:takesPartIn.", "Use kgx:takesPartIn.",
                                "SELECT ?who WHERE { ?who <https://kgexplorer.org/ontology#takesPartIn> ?tf }\n"))),
                new Project.View("Exercise 2", "", "", null, ViewState.EMPTY,
                        new Project.Scene(Project.Scene.Shows.GRAPH, new Project.SceneExercise(
                                "How many?", "", "", "", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n")))));
    }

    @Test
    void aLessonsScenesRoundTripExactly() throws Exception {
        Project first = lesson();
        Path one = dir.resolve("lesson.kgx");
        ProjectWriter.write(first, one, false);
        Path two = dir.resolve("lesson-again.kgx");
        try (OpenedProject opened = ProjectReader.read(one)) {
            assertEquals(first, opened.project());
            assertEquals(List.of("https://kgexplorer.org/data/Sentinel", "https://kgexplorer.org/data/JTFAlpha",
                    "https://kgexplorer.org/data/DHS"), opened.project().views().get(0).graph().nodes(),
                    "the reveal order is the view's node order, kept as it was");
            ProjectWriter.write(opened.project(), two, false);
        }
        Map<String, byte[]> a = entries(one);
        Map<String, byte[]> b = entries(two);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.containsKey("queries/04-exercise-1-reference.rq"), a.keySet().toString());
        assertTrue(ttl(a).isIsomorphicWith(ttl(b)), "project.ttl is isomorphic after a round trip");
        for (String name : a.keySet()) {
            if (!name.equals("project.ttl")) {
                assertArrayEquals(a.get(name), b.get(name), name);
            }
        }
        String description = new String(a.get("project.ttl"), StandardCharsets.UTF_8);
        assertTrue(description.contains("kgxp:shows") && description.contains("\"STEP_THROUGH\"")
                && description.contains("kgxp:referenceFile"), description);
    }

    @Test
    void aViewSavedBeforeScenesReadsAsAGraphScene() throws Exception {
        Project first = lesson();
        Path folder = Files.createDirectory(dir.resolve("old.kgx"));
        for (Map.Entry<String, byte[]> e : writeAndList(first).entrySet()) {
            Path f = folder.resolve(e.getKey());
            Files.createDirectories(f.getParent() == null ? folder : f.getParent());
            Files.write(f, e.getValue());
        }
        // a format-1 project.ttl written before lessons: no kgxp:shows, no kgxp:exercise
        Path ttl = folder.resolve("project.ttl");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(ttl).lang(Lang.TURTLE).parse(m);
        m.removeAll(null, ProjectVocabulary.SHOWS, null);
        m.removeAll(null, ProjectVocabulary.EXERCISE_PROPERTY, null);
        try (java.io.OutputStream out = Files.newOutputStream(ttl)) {
            org.apache.jena.riot.RDFDataMgr.write(out, m, Lang.TURTLE);
        }
        try (OpenedProject opened = ProjectReader.read(folder)) {
            for (Project.View v : opened.project().views()) {
                assertEquals(Project.Scene.GRAPH, v.scene(), v.captionEn());
            }
        }
    }

    @Test
    void aSceneThatShowsSomethingUnknownIsRefusedInOneSentence() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("bad.kgx"));
        for (Map.Entry<String, byte[]> e : writeAndList(lesson()).entrySet()) {
            Path f = folder.resolve(e.getKey());
            Files.createDirectories(f.getParent() == null ? folder : f.getParent());
            Files.write(f, e.getValue());
        }
        Path ttl = folder.resolve("project.ttl");
        Files.writeString(ttl, Files.readString(ttl).replace("\"STEP_THROUGH\"", "\"SLIDESHOW\""));
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectReader.read(folder));
        assertEquals("bad.kgx: a scene shows \"SLIDESHOW\", which is not GRAPH, TABLE or STEP_THROUGH", e.getMessage());
    }

    private Map<String, byte[]> writeAndList(Project p) throws Exception {
        Path zip = Files.createTempFile(dir, "p", ".kgx");
        ProjectWriter.write(p, zip, false);
        return entries(zip);
    }

    @Test
    void slugsAreShortLowerCaseAscii() {
        assertEquals("la-fuerza-de-tarea-conjunta-alfa", ProjectWriter.slug("¿La Fuerza de Tarea Conjunta Alfa?", "v"));
        assertEquals("view", ProjectWriter.slug("¿?", "view"));
        assertTrue(ProjectWriter.slug("a".repeat(100), "v").length() <= 40);
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static Model ttl(Map<String, byte[]> entries) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = new java.io.ByteArrayInputStream(entries.get("project.ttl"))) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }
}
