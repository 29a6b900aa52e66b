package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.project.OpenedProject;
import org.kgexplorer.core.project.Project;
import org.kgexplorer.core.project.ProjectReader;
import org.kgexplorer.core.project.ProjectWriter;
import org.kgexplorer.core.project.ViewState;
import org.kgexplorer.ui.query.QueryWorkspaceView;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projects in the real window: saved, opened from the command line in a new window to the same tabs, label language
 * and graph, and saved again to the same project; the work of the last session back at the next start; a damaged
 * project refused in the status bar with what is open untouched.
 */
class ProjectWindowTest extends RealWindowTest {
    static final String ALPHA = Fixtures.KG + "JointTaskForceAlpha";
    static final String QUERY = "SELECT ?m WHERE { ?m ?p ?o } LIMIT 3\n";

    private QueryWorkspaceViewModel queries() {
        return robot.lookup("#query-workspace").queryAs(QueryWorkspaceView.class).model();
    }

    @Test
    void aSavedProjectOpensInANewWindowToTheSameWorkAndSavesTheSame() throws Exception {
        ExplorerApp first = start();
        loaded();
        robot.interact(() -> {
            queries().selectedTabProperty().get().setText(QUERY);
            first.context().labelModeProperty().set(LabelMode.SPANISH);
            graph().openEntity(ALPHA);
        });
        waitFor(() -> graph().model().graph().state().nodes().size() > 3 && !graph().model().busyProperty().get());
        robot.interact(() -> graph().model().move(ALPHA, 10, 20));
        waitFor(() -> graph().model().graph().state().positions().containsKey(ALPHA) && !graph().model().busyProperty().get());
        AtomicReference<ViewState> saved = new AtomicReference<>();
        Path one = dir.resolve("lesson.kgx");
        AtomicReference<Task<?>> writing = new AtomicReference<>();
        robot.interact(() -> {
            saved.set(graph().capture());
            writing.set(first.projects().write(one, false));
        });
        written(writing.get());
        assertEquals(List.of(ALPHA), saved.get().selection());
        RealWindow.close(app);

        ExplorerApp second = start(one.toString());
        waitFor(() -> QUERY.equals(queries().selectedTabProperty().get().getText())
                && graph().model().graph().state().nodes().keySet().containsAll(saved.get().nodes())
                && !graph().model().busyProperty().get());
        assertEquals(LabelMode.SPANISH, second.context().labelModeProperty().get());
        assertEquals(one, second.projects().fileProperty().get());
        AtomicReference<ViewState> restored = new AtomicReference<>();
        waitFor(() -> {
            robot.interact(() -> restored.set(graph().capture()));
            return restored.get().selection().equals(saved.get().selection());
        });
        assertEquals(saved.get().nodes(), restored.get().nodes());
        assertEquals(saved.get().positions(), restored.get().positions());
        assertEquals(saved.get().pinned(), restored.get().pinned());
        assertFalse(second.projects().unsaved(), "just opened, nothing to save");
        Path two = dir.resolve("again.kgx");
        robot.interact(() -> writing.set(second.projects().write(two, false)));
        written(writing.get());
        Map<String, byte[]> a = entries(one);
        Map<String, byte[]> b = entries(two);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(ttl(a).isIsomorphicWith(ttl(b)), "an isomorphic project.ttl");
        for (String name : a.keySet()) {
            if (!name.equals("project.ttl")) {
                assertArrayEquals(a.get(name), b.get(name), name);
            }
        }
    }

    @Test
    void theLastSessionComesBackAtStartUnlessAFileIsNamed() throws Exception {
        start();
        loaded();
        robot.interact(() -> queries().selectedTabProperty().get().setText(QUERY));
        robot.interact(() -> robot.lookup("#main-window").query().getScene().getWindow().hide());
        assertTrue(Files.isRegularFile(RealWindow.sessionFile()), "the work is kept when the window closes");
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();

        start();
        waitFor(() -> QUERY.equals(queries().selectedTabProperty().get().getText()));
        loaded();
        robot.interact(() -> robot.lookup("#main-window").query().getScene().getWindow().hide());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();

        Path rq = Files.writeString(dir.resolve("named.rq"), "ASK {}\n");
        start(rq.toString());
        waitFor(() -> "ASK {}\n".equals(queries().selectedTabProperty().get().getText()));
        assertFalse(queries().tabs().stream().anyMatch(t -> QUERY.equals(t.getText())), "a named file wins over the restore");
    }

    @Test
    void aDamagedProjectIsRefusedInTheStatusBarAndWhatIsOpenStays() throws Exception {
        ExplorerApp app = start();
        loaded();
        robot.interact(() -> queries().selectedTabProperty().get().setText(QUERY));
        Path broken = Files.write(dir.resolve("broken.kgx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        AtomicReference<Task<?>> reading = new AtomicReference<>();
        robot.interact(() -> reading.set(app.projects().open(broken, false)));
        waitFor(() -> state(reading.get()) == Worker.State.FAILED);
        waitFor(() -> app.context().tasks().lastFailureProperty().get() != null);
        String reason = app.context().tasks().lastFailureProperty().get().reason();
        assertTrue(reason.startsWith("broken.kgx is damaged or is not a project"), reason);
        assertFalse(reason.contains("\n"));
        assertEquals(QUERY, queries().selectedTabProperty().get().getText());
        assertEquals(3, robot.lookup("#sources-list").queryListView().getItems().size());
        assertEquals(null, app.projects().fileProperty().get());
    }

    @Test
    void aSavedViewGoesIntoTheProjectWithItsCaptions() throws Exception {
        ExplorerApp app = start();
        loaded();
        robot.interact(() -> {
            queries().selectedTabProperty().get().setText(QUERY);
            graph().openEntity(ALPHA);
        });
        waitFor(() -> graph().model().graph().state().nodes().size() > 3 && !graph().model().busyProperty().get());
        Path file = dir.resolve("views.kgx");
        AtomicReference<Task<?>> writing = new AtomicReference<>();
        robot.interact(() -> {
            app.projects().addView("Joint Task Force Alpha and its members", "La Fuerza de Tarea Conjunta Alfa y sus miembros");
            writing.set(app.projects().write(file, false));
        });
        written(writing.get());
        try (OpenedProject read = ProjectReader.read(file)) {
            assertEquals(1, read.project().views().size());
            Project.View view = read.project().views().get(0);
            assertEquals("Joint Task Force Alpha and its members", view.captionEn());
            assertEquals("La Fuerza de Tarea Conjunta Alfa y sus miembros", view.captionEs());
            assertEquals(QUERY, view.query());
            assertTrue(view.graph().nodes().contains(ALPHA), view.graph().nodes().toString());
        }
        assertTrue(entries(file).containsKey("views/01-joint-task-force-alpha-and-its-members.json"));
    }

    @Test
    void saveThisViewAsksForTheCaptionsInTheScenesOwnDialog() throws Exception {
        ExplorerApp app = start();
        loaded();
        org.kgexplorer.ui.main.MainWindow window = robot.lookup("#main-window").queryAs(org.kgexplorer.ui.main.MainWindow.class);
        javafx.application.Platform.runLater(() -> window.actions().execute(org.kgexplorer.ui.main.ShellAction.SAVE_VIEW));
        javafx.scene.control.DialogPane asked = dialog();
        assertEquals("scene-captions-dialog", asked.getId(), "View → Save this view… asks as the scene list does");
        assertTrue(asked.getHeaderText().startsWith("The graph, the query in front and the selected entity"), asked.getHeaderText());
        javafx.scene.control.Button save = robot.from(asked).lookup(".button").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> "Save view".equals(b.getText())).findFirst().orElseThrow();
        assertTrue(save.isDisabled(), "no caption yet");
        robot.interact(() -> robot.from(asked).lookup("#scene-caption-es").queryAs(javafx.scene.control.TextField.class)
                .setText("  La vista  "));
        choose(asked, "Save view");
        waitFor(() -> app.projects().views().size() == 1);
        assertEquals("", app.projects().views().get(0).captionEn());
        assertEquals("La vista", app.projects().views().get(0).captionEs());
    }

    @Test
    void anEndpointProjectConnectsToItsEndpointAgainWhenOpened() throws Exception {
        org.apache.jena.sparql.core.DatasetGraph data = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("<http://example.org/a> <http://example.org/p> <http://example.org/b> .", Lang.TURTLE).parse(data);
        try (org.kgexplorer.testing.LoopbackFuseki fuseki = org.kgexplorer.testing.LoopbackFuseki.open("project", data)) {
            java.net.URI url = java.net.URI.create(fuseki.sparql());
            Path file = dir.resolve("remote.kgx");
            ProjectWriter.write(new Project(List.of(new Project.Source.Endpoint(url, "NONE")),
                    List.of(new Project.QueryTab("", QUERY)), "ENGLISH", null, List.of()), file, false);
            ExplorerApp app = start(file.toString());
            waitFor(() -> file.equals(app.projects().fileProperty().get()) && sources().endpointProperty().get() != null
                    && QUERY.equals(queries().selectedTabProperty().get().getText()));
            assertEquals(url, sources().endpointProperty().get().url(), "connected to the project's endpoint");
            assertTrue(app.context().store() instanceof org.kgexplorer.core.remote.RemoteStore);
            assertTrue(fuseki.requests() > 0, "the endpoint was asked");
            assertEquals(QUERY, queries().selectedTabProperty().get().getText());
            robot.interact(() -> assertFalse(app.projects().unsaved(), "just opened, nothing to save"));
            // saved again: the endpoint, with no secret
            Path again = dir.resolve("remote-again.kgx");
            AtomicReference<Task<?>> writing = new AtomicReference<>();
            robot.interact(() -> writing.set(app.projects().write(again, false)));
            written(writing.get());
            try (OpenedProject read = ProjectReader.read(again)) {
                assertEquals(List.of(new Project.Source.Endpoint(url, "NONE")), read.project().sources());
            }
        }
    }

    @Test
    void aSavedViewsSelectedEntityComesBackInTheDetails() throws Exception {
        ExplorerApp first = start();
        loaded();
        String sentinel = Fixtures.KG + "OperationSentinel";
        robot.interact(() -> graph().openEntity(ALPHA));
        waitFor(() -> graph().model().graph().state().nodes().size() > 3 && !graph().model().busyProperty().get());
        // the details show another entity than the graph's selection (one chosen in an answer, say)
        robot.interact(() -> first.context().selectedEntityProperty().set(sentinel));
        AtomicReference<ViewState> drawn = new AtomicReference<>();
        Path file = dir.resolve("selected.kgx");
        AtomicReference<Task<?>> writing = new AtomicReference<>();
        robot.interact(() -> {
            drawn.set(graph().capture());
            first.projects().addView("Alpha", "Alfa");
            writing.set(first.projects().write(file, false));
        });
        written(writing.get());
        assertEquals(List.of(ALPHA), drawn.get().selection(), "the graph's own selection is another entity");
        RealWindow.close(app);

        ExplorerApp second = start(file.toString());
        waitFor(() -> file.equals(second.projects().fileProperty().get())
                && graph().model().graph().state().nodes().containsKey(ALPHA) && !graph().model().busyProperty().get());
        waitFor(() -> sentinel.equals(second.context().selectedEntityProperty().get()));
        // the saved view opened from the scene list shows it again too
        robot.interact(() -> second.context().selectedEntityProperty().set(ALPHA));
        robot.interact(() -> second.lessons().scenes().open(0));
        waitFor(() -> sentinel.equals(second.context().selectedEntityProperty().get()) && !graph().model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sentinel, second.context().selectedEntityProperty().get());
    }

    @Test
    void includingTheDataCopiesItOffTheJavaFxThread() throws Exception {
        Path data = Files.writeString(dir.resolve("extra.ttl"), "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        Path linked = dir.resolve("linked.kgx");
        ProjectWriter.write(new Project(List.of(new Project.Source.Bundled(), Project.Source.File.linked(data, "")),
                List.of(new Project.QueryTab("q", QUERY)), "ENGLISH", null, List.of()), linked, false);
        ExplorerApp app = start(linked.toString());
        waitFor(() -> linked.equals(app.projects().fileProperty().get()) && sources().sources().size() == 4);
        Path target = dir.resolve("with-data.kgx");
        // Save as… with "Include the data", then the JavaFX thread held until the project is on disk: the copy of the
        // data cannot need it, and it had not happened when the command returned
        AtomicReference<Task<?>> writing = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean writtenAtOnce = new java.util.concurrent.atomic.AtomicBoolean();
        assertTrue(whileTheFxThreadIsHeld(() -> {
            writing.set(app.projects().write(target, true));
            writtenAtOnce.set(Files.exists(target));
        }, () -> Files.exists(target)), "the project with its data was written while the JavaFX thread was held");
        assertFalse(writtenAtOnce.get(), "the data is copied in a background task, not before the command returns");
        written(writing.get());
        Map<String, byte[]> entries = entries(target);
        assertEquals("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", new String(entries.get("data/01-extra.ttl"),
                java.nio.charset.StandardCharsets.UTF_8), entries.keySet().toString());
    }

    @Test
    void aProjectsIncludedDataIsCopiedForTheNextStartOffTheJavaFxThread() throws Exception {
        String triple = "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n";
        Path data = Files.writeString(dir.resolve("extra.ttl"), triple);
        Path file = dir.resolve("included.kgx");
        ProjectWriter.write(new Project(List.of(new Project.Source.Bundled(), Project.Source.File.linked(data, "")),
                List.of(new Project.QueryTab("q", QUERY)), "ENGLISH", null, List.of()), file, true);
        Files.delete(data);
        ExplorerApp app = start(file.toString());
        waitFor(() -> file.equals(app.projects().fileProperty().get()));
        Path sessionData = RealWindow.sessionFile().resolveSibling(ProjectWiring.SESSION_DATA);
        // the JavaFX thread held: the copy into the session folder goes on in its background task all the same
        assertTrue(whileTheFxThreadIsHeld(() -> { }, () -> copiesIn(sessionData).size() == 1
                && triple.equals(Files.readString(copiesIn(sessionData).get(0)))), "copied while the JavaFX thread was held");
        List<Path> copies = copiesIn(sessionData);
        // the copy's task has ended (read on the JavaFX thread, as a task demands)
        waitFor(() -> onFx(() -> app.context().tasks().running().stream().noneMatch(t -> t.getTitle().startsWith("Keeping"))));

        // closing links the copy: the session file holds no data of its own, and the work comes back from it
        robot.interact(() -> robot.lookup("#main-window").query().getScene().getWindow().hide());
        assertFalse(entries(RealWindow.sessionFile()).keySet().stream().anyMatch(e -> e.startsWith("data/")));
        try (OpenedProject session = ProjectReader.read(RealWindow.sessionFile())) {
            Path copy = copies.get(0).toAbsolutePath().normalize();
            assertTrue(session.project().sources().stream().anyMatch(s -> s instanceof Project.Source.File f
                    && Path.of(f.path()).equals(copy) && !f.included()), session.project().sources().toString());
        }
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        ExplorerApp again = start();
        waitFor(() -> sources().sources().size() == 4 && QUERY.equals(queries().selectedTabProperty().get().getText()));
        // included again, as in the project: saved, the data goes into the project file, not a link to the copy
        robot.interact(() -> assertTrue(again.projects().capture().sources().stream().anyMatch(s ->
                s instanceof Project.Source.File f && f.included() && f.name().equals("extra.ttl")),
                again.projects().capture().sources().toString()));
    }

    private static List<Path> copiesIn(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowThenSaveWritesAndCloses() throws Exception {
        ExplorerApp app = start();
        loaded();
        Path file = dir.resolve("work.kgx");
        AtomicReference<Task<?>> writing = new AtomicReference<>();
        robot.interact(() -> writing.set(app.projects().write(file, false)));
        written(writing.get());
        robot.interact(() -> queries().selectedTabProperty().get().setText(QUERY));
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#main-window").query().getScene().getWindow();
        javafx.scene.control.DialogPane asked = quit();
        assertTrue(asked.getHeaderText().contains("work.kgx"), asked.getHeaderText());
        choose(asked, "Cancel");
        assertTrue(stage.isShowing(), "Cancel keeps the window open");
        choose(quit(), "Save");
        waitFor(() -> !stage.isShowing());
        try (OpenedProject read = ProjectReader.read(file)) {
            assertEquals(QUERY, read.project().queries().get(0).text(), "saved, then closed");
        }
    }

    /** Discard means lost, as the question says: the next start brings the project back as it was saved. */
    @Test
    void closingWithDiscardBringsTheSavedProjectBackAtTheNextStartNotTheDiscardedChanges() throws Exception {
        ExplorerApp app = start();
        loaded();
        Path file = dir.resolve("kept.kgx");
        AtomicReference<Task<?>> writing = new AtomicReference<>();
        robot.interact(() -> queries().selectedTabProperty().get().setText("ASK { ?s ?p ?o }"));
        robot.interact(() -> writing.set(app.projects().write(file, false)));
        written(writing.get());
        robot.interact(() -> queries().selectedTabProperty().get().setText(QUERY));
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#main-window").query().getScene().getWindow();
        choose(quit(), "Discard");
        waitFor(() -> !stage.isShowing());
        FxToolkit.cleanupApplication(this.app);
        FxToolkit.cleanupStages();

        ExplorerApp again = start();
        waitFor(() -> file.equals(again.projects().fileProperty().get())
                && "ASK { ?s ?p ?o }".equals(queries().selectedTabProperty().get().getText()));
        loaded();
        assertFalse(again.projects().unsaved(), "nothing unsaved: the discarded change is gone");
    }

    /** Without a project, discarded query tabs are not brought back either. */
    @Test
    void discardedQueryTabsAreNotBroughtBackAtTheNextStart() throws Exception {
        start();
        loaded();
        robot.interact(() -> queries().selectedTabProperty().get().setText(QUERY));
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#main-window").query().getScene().getWindow();
        javafx.application.Platform.runLater(() -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        choose(dialog(), "Discard");
        waitFor(() -> !stage.isShowing());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();

        start();
        loaded();
        assertFalse(queries().tabs().stream().anyMatch(t -> QUERY.equals(t.getText())), "the discarded text stays lost");
    }

    @Test
    void aMissingLinkedFileIsNamedAndLeftOut() throws Exception {
        Path data = Files.writeString(dir.resolve("extra.ttl"), "<urn:x:a> <urn:x:b> <urn:x:c> .\n");
        Path file = dir.resolve("linked.kgx");
        ProjectWriter.write(new Project(List.of(new Project.Source.Bundled(), Project.Source.File.linked(data, "")),
                List.of(new Project.QueryTab("q", QUERY)), "ENGLISH", null, List.of()), file, false);
        Files.delete(data);
        ExplorerApp app = start();
        loaded();
        robot.interact(() -> app.projects().open(file, false));
        javafx.scene.control.DialogPane asked = dialog();
        assertTrue(asked.getHeaderText().startsWith("extra.ttl is not where the project links it"), asked.getHeaderText());
        choose(asked, "Leave it out");
        waitFor(() -> app.context().tasks().lastFailureProperty().get() != null);
        assertTrue(app.context().tasks().lastFailureProperty().get().reason().startsWith("extra.ttl is missing"));
        waitFor(() -> QUERY.equals(queries().selectedTabProperty().get().getText()));
        loaded();
    }

    /** The session a window left: the bundled graph and a file that does not parse (a triple without its object). */
    private void leaveASessionWhoseDataFailsToLoad() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad-session.ttl"), "<urn:x:a> <urn:x:b> .\n");
        Files.createDirectories(RealWindow.sessionFile().getParent());
        ProjectWriter.write(new Project(List.of(new Project.Source.Bundled(), Project.Source.File.linked(bad, "")),
                List.of(new Project.QueryTab("q", QUERY)), "ENGLISH", null, List.of()), RealWindow.sessionFile(), false);
    }

    @Test
    void aSessionWhoseDataFailsToComeBackIsKeptAsItWasForTheNextStart() throws Exception {
        leaveASessionWhoseDataFailsToLoad();
        byte[] kept = Files.readAllBytes(RealWindow.sessionFile());
        ExplorerApp app = start();
        waitFor(() -> app.context().tasks().lastFailureProperty().get() != null);
        robot.interact(() -> robot.lookup("#main-window").query().getScene().getWindow().hide());
        assertArrayEquals(kept, Files.readAllBytes(RealWindow.sessionFile()),
                "the work that did not come back is not written over by the empty window that replaced it");
    }

    /** Work done after the session failed to come back is kept for the next start (found in review). */
    @Test
    void workDoneAfterTheSessionFailedToComeBackIsWhatTheNextStartGets() throws Exception {
        leaveASessionWhoseDataFailsToLoad();
        ExplorerApp app = start();
        waitFor(() -> app.context().tasks().lastFailureProperty().get() != null);
        String mine = "SELECT ?s WHERE { ?s a ?type } LIMIT 7\n";
        robot.interact(() -> queries().selectedTabProperty().get().setText(mine));
        robot.interact(() -> robot.lookup("#main-window").query().getScene().getWindow().hide());
        Project next;
        try (OpenedProject read = ProjectReader.read(RealWindow.sessionFile())) {
            next = read.project();
        }
        assertTrue(next.queries().stream().anyMatch(t -> t.text().equals(mine)), "the query written after the failure: "
                + next.queries());
    }

    @Test
    void aProjectWhoseDataFailsToLoadLeavesWhatIsOpen() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "<urn:x:a> <urn:x:b> .\n");
        Path file = dir.resolve("bad-data.kgx");
        ProjectWriter.write(new Project(List.of(new Project.Source.Bundled(), Project.Source.File.linked(bad, "")),
                List.of(new Project.QueryTab("q", "ASK {}\n")), "SPANISH", null, List.of()), file, true);
        Files.delete(bad);
        ExplorerApp app = start();
        loaded();
        robot.interact(() -> queries().selectedTabProperty().get().setText(QUERY));
        robot.interact(() -> app.projects().open(file, false));
        waitFor(() -> app.context().tasks().lastFailureProperty().get() != null
                && app.context().tasks().lastFailureProperty().get().reason().startsWith("\"bad-data.kgx\" could not be opened: "));
        // the load's own error dialog (SourcesView) says where the data is wrong
        choose(dialog(), robot.from(dialog()).lookup(".button").queryAllAs(javafx.scene.control.Button.class)
                .iterator().next().getText());
        assertEquals(QUERY, queries().selectedTabProperty().get().getText(), "the tabs stay");
        assertEquals(LabelMode.ENGLISH, app.context().labelModeProperty().get(), "the label language stays");
        assertEquals(3, robot.lookup("#sources-list").queryListView().getItems().size(), "the data stays");
        assertEquals(null, app.projects().fileProperty().get());
    }

    @Test
    void aDatabaseProjectOpensItsDatabaseAndAMemoryProjectTakesItsPlaceAgain() throws Exception {
        Path data = dir.resolve("org.nt");
        new org.kgexplorer.core.generate.OrgDataGenerator(7, 1_000).write(data);
        Path db = dir.resolve("db");
        try (org.kgexplorer.core.store.TdbStore store = org.kgexplorer.core.store.TdbStore.open(db, true)) {
            store.load(org.kgexplorer.core.store.RdfInputs.of(List.of(data)), org.kgexplorer.core.store.LoadMode.ADD,
                    org.kgexplorer.core.task.ProgressListener.silent(), org.kgexplorer.core.task.Cancellation.none());
        }
        Path onDb = dir.resolve("on-db.kgx");
        ProjectWriter.write(new Project(List.of(new Project.Source.Database(db.toAbsolutePath().toString())),
                List.of(new Project.QueryTab("q", QUERY)), "ENGLISH", null, List.of()), onDb, false);
        Path inMemory = dir.resolve("in-memory.kgx");
        ProjectWriter.write(Project.empty(), inMemory, false);

        ExplorerApp app = start(onDb.toString());
        waitFor(() -> robot.lookup("#sources-list").tryQuery().isPresent());
        javafx.scene.Node n = robot.lookup("#sources-list").query();
        while (!(n instanceof org.kgexplorer.ui.sources.SourcesView)) {
            n = n.getParent();
        }
        org.kgexplorer.ui.sources.SourcesViewModel sources = ((org.kgexplorer.ui.sources.SourcesView) n).model();
        waitFor(() -> db.toAbsolutePath().normalize().equals(sources.databaseProperty().get())
                && QUERY.equals(queries().selectedTabProperty().get().getText()));
        Path again = dir.resolve("on-db-again.kgx");
        AtomicReference<Task<?>> writing = new AtomicReference<>();
        robot.interact(() -> writing.set(app.projects().write(again, false)));
        written(writing.get());
        assertTrue(ttl(entries(onDb)).isIsomorphicWith(ttl(entries(again))), "the database project saves the same");

        robot.interact(() -> app.projects().open(inMemory, false));
        waitFor(() -> inMemory.equals(app.projects().fileProperty().get()));
        waitFor(() -> sources.databaseProperty().get() == null
                && robot.lookup("#sources-list").queryListView().getItems().size() == 3);
        // the database is closed, so another program may open it
        waitFor(() -> {
            try (org.kgexplorer.core.store.TdbStore store = org.kgexplorer.core.store.TdbStore.open(db, false)) {
                return store.tripleCount() > 0;
            } catch (Exception | Error e) {
                return false;
            }
        });
    }

    @Test
    void newProjectStartsFromTheBundledGraphAndIsRemembered() throws Exception {
        Path file = dir.resolve("recent.kgx");
        ProjectWriter.write(new Project(List.of(new Project.Source.Bundled()), List.of(new Project.QueryTab("q", QUERY)),
                "ENGLISH", null, List.of()), file, false);
        ExplorerApp app = start(file.toString());
        waitFor(() -> file.equals(app.projects().fileProperty().get()));
        org.kgexplorer.ui.main.MainWindow window = robot.lookup("#main-window").queryAs(org.kgexplorer.ui.main.MainWindow.class);
        assertEquals(file.toAbsolutePath().normalize(), window.actions().recentProjects().get(0), "File → Recent projects");
        robot.interact(() -> window.actions().execute(org.kgexplorer.ui.main.ShellAction.NEW_PROJECT));
        waitFor(() -> app.projects().fileProperty().get() == null && queries().tabs().size() == 1
                && queries().selectedTabProperty().get().getText().isEmpty());
        loaded();
        robot.interact(() -> window.actions().openRecentProjectProperty().get().accept(window.actions().recentProjects().get(0)));
        waitFor(() -> file.equals(app.projects().fileProperty().get()) && QUERY.equals(queries().selectedTabProperty().get().getText()));
    }

    @Test
    void aCancelledProjectLoadLeavesTheNextLoadAlone() throws Exception {
        Path file = dir.resolve("cancelled.kgx");
        ProjectWriter.write(new Project(List.of(new Project.Source.Bundled()), List.of(new Project.QueryTab("q", QUERY)),
                "SPANISH", null, List.of()), file, false);
        Path extra = Files.writeString(dir.resolve("extra.ttl"), "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        ExplorerApp app = start();
        loaded();
        org.kgexplorer.ui.sources.SourcesViewModel sources = sources();
        robot.interact(() -> queries().selectedTabProperty().get().setText("ASK {}\n"));
        java.util.concurrent.CountDownLatch gate = blockDataWork(app);
        AtomicReference<Task<?>> reading = new AtomicReference<>();
        robot.interact(() -> reading.set(app.projects().open(file, false)));
        waitFor(() -> state(reading.get()) == Worker.State.SUCCEEDED);
        // the project's data switch waits behind the blocked data work: cancelled before it begins
        robot.interact(sources::cancel);
        gate.countDown();
        robot.interact(() -> sources.loadPaths(List.of(extra), org.kgexplorer.core.store.LoadMode.ADD));
        waitFor(() -> robot.lookup("#sources-list").queryListView().getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, app.projects().fileProperty().get(), "the cancelled project is not opened by another load");
        assertEquals("ASK {}\n", queries().selectedTabProperty().get().getText(), "the tabs stay");
        assertEquals(LabelMode.ENGLISH, app.context().labelModeProperty().get(), "the label language stays");
    }

    @Test
    void aProjectQueuedBehindAFailingLoadStillOpensWithItsIncludedData() throws Exception {
        Path data = Files.writeString(dir.resolve("kept.ttl"), "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        Path file = dir.resolve("included.kgx");
        ProjectWriter.write(new Project(List.of(new Project.Source.Bundled(), Project.Source.File.linked(data, "")),
                List.of(new Project.QueryTab("q", QUERY)), "ENGLISH", null, List.of()), file, true);
        Files.delete(data);
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "<urn:x:a> <urn:x:b> .\n");
        ExplorerApp app = start();
        loaded();
        org.kgexplorer.ui.sources.SourcesViewModel sources = sources();
        java.util.concurrent.CountDownLatch gate = blockDataWork(app);
        robot.interact(() -> sources.loadPaths(List.of(bad), org.kgexplorer.core.store.LoadMode.ADD));
        AtomicReference<Task<?>> reading = new AtomicReference<>();
        robot.interact(() -> reading.set(app.projects().open(file, false)));
        waitFor(() -> state(reading.get()) == Worker.State.SUCCEEDED);
        gate.countDown();
        // the failing load's own error dialog (SourcesView)
        choose(dialog(), robot.from(dialog()).lookup(".button").queryAllAs(javafx.scene.control.Button.class)
                .iterator().next().getText());
        waitFor(() -> file.equals(app.projects().fileProperty().get())
                && QUERY.equals(queries().selectedTabProperty().get().getText())
                && robot.lookup("#sources-list").queryListView().getItems().size() == 4);
    }

    @Test
    void newProjectWithNoProjectFileAsksAboutUnsavedQueryTabs() throws Exception {
        ExplorerApp app = start();
        loaded();
        robot.interact(() -> queries().selectedTabProperty().get().setText(QUERY));
        org.kgexplorer.ui.main.MainWindow window = robot.lookup("#main-window").queryAs(org.kgexplorer.ui.main.MainWindow.class);
        javafx.application.Platform.runLater(() -> window.actions().execute(org.kgexplorer.ui.main.ShellAction.NEW_PROJECT));
        javafx.scene.control.DialogPane asked = dialog();
        // the tab's name in quotes (a question as a tab's name read as part of the question, "¿… de ¿Cuántas…??")
        assertTrue(asked.getHeaderText().matches("Save the changes to \"[^\"]+\"\\?"), asked.getHeaderText());
        choose(asked, "Cancel");
        assertEquals(QUERY, queries().selectedTabProperty().get().getText(), "Cancel keeps the tabs");
        javafx.application.Platform.runLater(() -> window.actions().execute(org.kgexplorer.ui.main.ShellAction.NEW_PROJECT));
        choose(dialog(), "Discard");
        waitFor(() -> queries().tabs().size() == 1 && queries().selectedTabProperty().get().getText().isEmpty());
        assertEquals(null, app.projects().fileProperty().get());
    }

    @Test
    void aCancelledRestoreLeavesTheNextGraphsCameraAlone() throws Exception {
        start();
        loaded();
        ViewState.Camera far = new ViewState.Camera(1234, 5678, 3);
        ViewState view = new ViewState(List.of(ALPHA), Map.of(), java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), "FORCE", far, List.of(ALPHA));
        AtomicReference<Task<?>> restoring = new AtomicReference<>();
        // The cancel follows the submit on the JavaFX thread, but on a loaded machine the worker can run the whole
        // restore in between (the race the class run lost once): then the graph is put back and it is tried again.
        for (int attempt = 0; attempt < 20; attempt++) {
            robot.interact(() -> {
                restoring.set(graph().restore(view));
                restoring.get().cancel();
            });
            waitFor(() -> state(restoring.get()) == Worker.State.CANCELLED || state(restoring.get()) == Worker.State.SUCCEEDED);
            if (state(restoring.get()) == Worker.State.CANCELLED) {
                break;
            }
            AtomicReference<Task<?>> reset = new AtomicReference<>();
            robot.interact(() -> reset.set(graph().restore(ViewState.EMPTY)));
            waitFor(() -> state(reset.get()) == Worker.State.SUCCEEDED);
        }
        assertEquals(Worker.State.CANCELLED, state(restoring.get()), "a restore cancelled before it ran");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> graph().openEntity(ALPHA));
        waitFor(() -> graph().model().sceneProperty().get() != null
                && graph().model().sceneProperty().get().indexOfNode(ALPHA) >= 0 && !graph().model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<ViewState> now = new AtomicReference<>();
        robot.interact(() -> now.set(graph().capture()));
        assertEquals(ViewState.Camera.DEFAULT, now.get().camera(), "the cancelled restore's camera is not applied");
    }

    private org.kgexplorer.ui.sources.SourcesViewModel sources() {
        javafx.scene.Node n = robot.lookup("#sources-list").query();
        while (!(n instanceof org.kgexplorer.ui.sources.SourcesView)) {
            n = n.getParent();
        }
        return ((org.kgexplorer.ui.sources.SourcesView) n).model();
    }

    /** Holds every data work thread (at most three) until the latch is let go. */
    private java.util.concurrent.CountDownLatch blockDataWork(ExplorerApp app) throws Exception {
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(3);
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                app.context().tasks().submitDataWork(new Task<Void>() {
                    @Override
                    protected Void call() throws Exception {
                        held.countDown();
                        gate.await();
                        return null;
                    }
                });
            }
        });
        int threads = org.kgexplorer.ui.task.TaskRunner.dataWorkThreads(Runtime.getRuntime().availableProcessors());
        waitFor(() -> held.getCount() <= 3 - threads);
        return gate;
    }

    private javafx.scene.control.DialogPane quit() throws Exception {
        javafx.application.Platform.runLater(() -> robot.lookup("#main-menu").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().stream().filter(i -> "menu-file-quit".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        return dialog();
    }

    static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static Model ttl(Map<String, byte[]> entries) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new java.io.ByteArrayInputStream(entries.get("project.ttl"))).lang(Lang.TURTLE).parse(m);
        return m;
    }
}
