package org.kgexplorer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.testing.BreakableStore;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.data.ClassTreeViewModel;
import org.kgexplorer.ui.data.EntitySearchViewModel;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.kgexplorer.ui.results.ResultsAnswer;
import org.kgexplorer.ui.results.ResultsViewModel;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Background work no screen reports by itself (the class tree, the instance list, the search index, the
 * completion index, relabelling an answer) fails on a store whose reads fail: each failure reaches the status
 * bar and the log, with its reason.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundFailuresTest {
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(TaskRunner.class.getName());
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    BreakableStore store;
    ExplorerContext context;

    @Start
    void start(Stage stage) throws Exception {
        log.addHandler(collect);
        store = new BreakableStore(Fixtures.bundledStore());
        context = new ExplorerContext(store, new TaskRunner(), new I18n());
        MainWindow window = new MainWindow(context, Settings.in(Files.createTempDirectory("kgx-failures")));
        stage.setScene(new Scene(window, 1100, 700));
        stage.show();
    }

    @AfterEach
    void stopCollecting() {
        log.removeHandler(collect);
    }

    private Set<String> failedTasks() {
        return logged.stream().filter(r -> r.getLevel() == Level.WARNING && r.getThrown() != null
                        && BreakableStore.FAULT.equals(r.getThrown().getMessage()))
                .map(r -> r.getMessage().substring(0, Math.max(0, r.getMessage().indexOf(" failed: "))))
                .collect(Collectors.toSet());
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLongFailureGivesWayAndTheBarsOwnWordsStayWhole(FxRobot robot) throws Exception {
        // seen on the desktop at 1280x720: beside a long load error "Ready" read "…" and "Labels:" read "L…"
        robot.interact(() -> context.tasks().report("Loading garbage.ttl",
                "/tmp/a/rather/long/folder/name/garbage.ttl:1:1: not valid Turtle: Out of place: [KEYWORD:hello] "
                        + "and so on, longer than the bar has room for at this width. ".repeat(4)));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : java.util.List.of("#task-title", "#status-labels-caption")) {
            Label label = robot.lookup(id).queryAs(Label.class);
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) label.lookup(".text");
            assertTrue(drawn != null && drawn.getText().equals(label.getText()), id + " drawn whole: "
                    + (drawn == null ? null : drawn.getText()) + " of " + label.getText());
        }
        Label failure = robot.lookup("#task-failure").queryAs(Label.class);
        String shown = ((javafx.scene.text.Text) failure.lookup(".text")).getText();
        assertTrue(shown.length() < failure.getText().length(), "the failure is shortened: " + shown);
        robot.interact(() -> context.tasks().clearFailure());
    }

    @Test
    void theClassTreeTheSearchIndexAndTheCompletionIndexSayTheyFailed(FxRobot robot) throws Exception {
        store.breakReads();
        robot.interact(() -> {
            new ClassTreeViewModel(context);
            new EntitySearchViewModel(context);
            new QueryWorkspaceViewModel(context, Settings.in(Path.of(System.getProperty("java.io.tmpdir"), "kgx-failures-q")));
        });
        waitFor(() -> failedTasks().containsAll(Set.of("Counting classes and instances", "Indexing entity names",
                "Indexing names for autocomplete")));
        Label status = robot.lookup("#task-failure").queryAs(Label.class);
        assertTrue(status.isVisible());
        assertTrue(status.getText().endsWith(" failed: " + BreakableStore.FAULT), status.getText());

        robot.clickOn(status);
        assertFalse(robot.lookup("#task-failure").queryAs(Label.class).isVisible(), "dismissed with a click");
    }

    @Test
    void theInstanceListAndRelabellingSayTheyFailed(FxRobot robot) throws Exception {
        ClassTreeViewModel[] classes = new ClassTreeViewModel[1];
        ResultsViewModel results = new ResultsViewModel(context);
        robot.interact(() -> {
            classes[0] = new ClassTreeViewModel(context);
            results.run("SELECT ?x WHERE { ?x a <" + Fixtures.KGX + "TaskForce> }");
        });
        waitFor(() -> classes[0].treeProperty().get() != null
                && results.answerProperty().get().kind() == ResultsAnswer.Kind.TABLE && !results.busyProperty().get());

        store.breakReads();
        // One after the other: a new label mode lists the chosen class's instances again and cancels the listing
        // still running, which may then never have read the store (CI once waited 30 s for its failure).
        robot.interact(() -> classes[0].listInstances(
                classes[0].treeProperty().get().get(Fixtures.KGX + "TaskForce").orElseThrow()));
        waitFor(() -> failedTasks().contains("Listing the instances of task force"));
        robot.interact(() -> context.labelModeProperty().set(LabelMode.SPANISH));
        waitFor(() -> failedTasks().contains("Looking up labels…"));
        assertEquals(2, results.answerProperty().get().table().rowCount(), "the answer shown stays as it was");
        Label status = robot.lookup("#task-failure").queryAs(Label.class);
        assertTrue(status.getText().endsWith(" failed: " + BreakableStore.FAULT), status.getText());
    }
}
