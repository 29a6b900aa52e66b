package org.kgexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.LoadedSource;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.sources.SourcesView;
import org.kgexplorer.ui.sources.SourcesViewModel;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SourcesViewTest {
    @TempDir
    Path dir;
    ExplorerContext context;
    SourcesViewModel model;
    SourcesView view;

    @Start
    void start(Stage stage) {
        context = new ExplorerContext(new InMemoryStore(), new TaskRunner(), new I18n());
        model = new SourcesViewModel(context);
        view = new SourcesView(model);
        stage.setScene(new Scene(view, 420, 500));
        stage.show();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<LoadedSource> list(FxRobot robot) {
        return robot.lookup("#sources-list").queryListView();
    }

    @Test
    void showsTheBundledSourcesWithTheirTitlesAndTripleCounts(FxRobot robot) throws Exception {
        robot.interact(model::loadBundled);
        waitUntilIdle();
        assertEquals(List.of("kgx.ttl", "kg.ttl", "evidence.ttl"), list(robot).getItems().stream().map(LoadedSource::name).toList());
        assertTrue(list(robot).getItems().stream().allMatch(s -> s.triples() > 0));
        String total = robot.lookup("#total-triples").queryAs(Label.class).getText();
        assertTrue(total.startsWith("3 sources, "), total);
        assertTrue(robot.lookup("KG Explorer ontology").tryQuery().isPresent(), "each source shows its title");
        robot.interact(() -> context.i18n().localeProperty().set(java.util.Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Ontología de KG Explorer").tryQuery().isPresent(), "in Spanish, its Spanish title");
        robot.interact(() -> context.i18n().localeProperty().set(java.util.Locale.ENGLISH));
        // Rows have one fixed height (two lines): the list never lays out a hidden measuring cell.
        double fixed = list(robot).getFixedCellSize();
        assertTrue(fixed > 30, "fixed cell size " + fixed);
        robot.lookup("#sources-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .forEach(c -> assertEquals(fixed, c.getHeight(), 0.5));
        assertEquals(1, context.dataVersionProperty().get(), "a load tells the other screens the data changed");
    }

    /**
     * Seen on the desktop: a failed load was said only in the data panel, the status bar still said "Ready". The
     * position is Jena's: a string left open on line 3 is reported where Jena meets the newline, line 4 column 1.
     */
    @Test
    void aFailedLoadReachesTheStatusBarAndTheLogAsAWarning(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix ex: <http://ex.org/> .\nex:a ex:p \"ok\" .\nex:b ex:p \"broken .\nex:c ex:p \"x\" .\n");
        List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(TaskRunner.class.getName());
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(catcher);
        try {
            robot.interact(() -> model.loadPaths(List.of(bad), LoadMode.ADD));
            waitUntilIdle();
            String reason = bad + ":4:1: not valid Turtle: Broken token (newline in string)";
            assertEquals(reason, model.errorProperty().get());
            TaskRunner.Failure failure = context.tasks().lastFailureProperty().get();
            assertEquals(new TaskRunner.Failure("Loading bad.ttl", reason), failure);
            assertTrue(records.stream().anyMatch(r -> r.getLevel() == java.util.logging.Level.WARNING
                    && String.valueOf(r.getMessage()).equals("Loading bad.ttl: " + reason)),
                    "logged as a warning: " + records.stream().map(java.util.logging.LogRecord::getMessage).toList());
        } finally {
            logger.removeHandler(catcher);
        }
    }

    @Test
    void aMalformedFileShowsWhereItFailedAndKeepsTheLoadedData(FxRobot robot) throws Exception {
        Path good = dir.resolve("good.ttl");
        Files.writeString(good, "<http://ex.org/a> <http://ex.org/p> 1 .");
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "<http://ex.org/a> <http://ex.org/p> 1 .\n<http://ex.org/b> <http://ex.org/p> .\n");
        robot.interact(() -> model.loadPaths(List.of(good), LoadMode.ADD));
        waitUntilIdle();
        robot.interact(() -> model.loadPaths(List.of(bad), LoadMode.ADD));
        waitUntilIdle();
        Label error = robot.lookup("#load-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().startsWith(bad + ":2:"), error.getText());
        assertEquals(List.of("good.ttl"), list(robot).getItems().stream().map(LoadedSource::name).toList());
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("failed; the data is unchanged"));
        robot.clickOn("#dismiss-error");
        assertFalse(robot.lookup("#load-error").queryAs(Label.class).getParent().isVisible());
    }

    @Test
    void atStartupABrokenUserFileNeverKeepsTheBundledGraphOut(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.nt");
        Files.writeString(bad, "<http://ex.org/a> <http://ex.org/p> \n");
        robot.interact(() -> model.loadAtStartup(List.of(bad)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.errorProperty().get().isEmpty());
        waitUntilIdle();
        assertEquals(3, list(robot).getItems().size());
        assertTrue(model.errorProperty().get().startsWith(bad + ":2:1: not valid N-Triples"), model.errorProperty().get());
    }

    @Test
    void loadsAskedWhileOneRunsWaitTheirTurn(FxRobot robot) throws Exception {
        Path a = dir.resolve("a.ttl");
        Files.writeString(a, "<http://ex.org/a> <http://ex.org/p> 1 .");
        robot.interact(() -> {
            model.loadBundled();
            model.loadPaths(List.of(a), LoadMode.ADD);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.sources().size() == 4 && !model.busyProperty().get());
        assertEquals("a.ttl", model.sources().get(3).name());
    }

    @Test
    void theTripleCountsFollowTheInterfaceLanguage(FxRobot robot) throws Exception {
        robot.interact(model::loadBundled);
        waitUntilIdle();
        assertTrue(robot.lookup("#sources-list").lookup((Label l) -> l.getText().matches("\\d,\\d{3} · Turtle"))
                .tryQuery().isPresent(), "kg.ttl's count in English, e.g. 1,027");
        robot.interact(() -> context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#sources-list").lookup((Label l) -> l.getText().matches("\\d\\.\\d{3} · Turtle"))
                .tryQuery().isPresent(), "kg.ttl's count in Spanish, e.g. 1.027, as the total beside it");
        assertTrue(robot.lookup("#sources-list").lookup((Label l) -> l.getText().matches("\\d,\\d{3} · Turtle"))
                .tryQuery().isEmpty());
    }

    @Test
    void switchingToSpanishTranslatesTheScreen(FxRobot robot) throws Exception {
        robot.interact(() -> context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        assertEquals("Añadir archivos…", robot.lookup("#add-files").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#total-triples").queryAs(Label.class).getText().startsWith("ninguna fuente"));
    }

    @Test
    void onlySuccessfulLoadsAreReportedForRecentFiles(FxRobot robot) throws Exception {
        Path good = dir.resolve("good.ttl");
        Files.writeString(good, "<http://ex.org/a> <http://ex.org/p> 1 .");
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "not turtle");
        List<Path> reported = new java.util.ArrayList<>();
        robot.interact(() -> {
            model.setOnPathsLoaded(reported::addAll);
            model.loadPaths(List.of(bad), LoadMode.ADD);
            model.loadPaths(List.of(good), LoadMode.ADD);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.sources().size() == 1 && !model.busyProperty().get());
        assertEquals(List.of(good), reported);
    }

    @Test
    void loadErrorsAreShownInADialogNamingFileLineAndColumn(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c ex:d .\n");
        robot.interact(() -> {
            view.reportErrorsInDialogs();
            model.loadPaths(List.of(bad), LoadMode.ADD);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#load-error-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#load-error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(dialog.getContentText().startsWith(bad + ":2:"), dialog.getContentText());
        assertTrue(dialog.getHeaderText().contains("unchanged"));
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void deeplyNestedDataShowsNestedTooDeeplyAndTheWindowKeepsLoading(FxRobot robot) throws Exception {
        int depth = 200_000;
        Path deep = dir.resolve("deep.ttl");
        String prefix = "<http://ex.org/s> <http://ex.org/p> ";
        Files.writeString(deep, prefix + "(".repeat(depth) + " 1 " + ")".repeat(depth) + " .\n");
        Path good = dir.resolve("good.ttl");
        Files.writeString(good, "<http://ex.org/a> <http://ex.org/p> 1 .");
        robot.interact(() -> model.loadPaths(List.of(deep), LoadMode.ADD));
        waitUntilIdle();
        assertEquals(deep + ":1:" + (prefix.length() + depth) + ": nested too deeply",
                robot.lookup("#load-error").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#load-leniently").queryButton().isVisible(), "nesting is not a warning");
        robot.interact(() -> model.loadPaths(List.of(good), LoadMode.ADD));
        waitUntilIdle();
        assertEquals(List.of("good.ttl"), list(robot).getItems().stream().map(LoadedSource::name).toList());
    }

    @Test
    void aLoadThatFailsOnlyOnWarningsCanBeLoadedAnyway(FxRobot robot) throws Exception {
        Path relative = dir.resolve("relative.nt");
        Files.writeString(relative, "<http://ex.org/a> <http://ex.org/p> \"1\" .\n<b> <http://ex.org/p> \"2\" .\n");
        robot.interact(() -> model.loadPaths(List.of(relative), LoadMode.ADD));
        waitUntilIdle();
        String error = robot.lookup("#load-error").queryAs(Label.class).getText();
        assertTrue(error.startsWith(relative + ":2:1: "), error);
        assertTrue(list(robot).getItems().isEmpty());
        Button anyway = robot.lookup("#load-leniently").queryButton();
        assertTrue(anyway.isVisible(), "offered");
        robot.clickOn(anyway);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.sources().size() == 1 && !model.busyProperty().get());
        assertEquals(2, model.sources().get(0).triples());
        assertFalse(robot.lookup("#load-error").queryAs(Label.class).getParent().isVisible(), "the error is gone");
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.contains("accepting 1 warning (the first: " + relative + ":2:1: warning: "), status);
    }

    @Test
    void aLoadThatFailsOnAnErrorOffersNoLoadAnyway(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "<http://ex.org/a> <http://ex.org/p> .\n");
        robot.interact(() -> model.loadPaths(List.of(bad), LoadMode.ADD));
        waitUntilIdle();
        assertTrue(robot.lookup("#load-error").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#load-leniently").queryButton().isVisible());
    }

    @Test
    void theLoadErrorDialogOffersToLoadAnywayWhenOnlyWarningsFailedTheLoad(FxRobot robot) throws Exception {
        Path relative = dir.resolve("relative.nt");
        Files.writeString(relative, "<b> <http://ex.org/p> \"2\" .\n");
        robot.interact(() -> {
            view.reportErrorsInDialogs();
            model.loadPaths(List.of(relative), LoadMode.ADD);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#load-error-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#load-error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        javafx.scene.control.ButtonType anyway = dialog.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Load anyway")).findFirst().orElseThrow();
        robot.clickOn(dialog.lookupButton(anyway));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.sources().size() == 1 && !model.busyProperty().get());
        assertEquals("relative.nt", model.sources().get(0).name());
    }
}
