package org.kgexplorer.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgexplorer.ui.results.ResultsFixture.run;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A runaway query is stopped from the panel or the status bar; the window keeps answering, the old answer stays. */
@ExtendWith(ApplicationExtension.class)
class ResultsCancelTest {
    static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    ExplorerContext context;
    ResultsViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        context = new ExplorerContext(ResultsFixture.bundledStore(), new TaskRunner(), new I18n());
        model = new ResultsViewModel(context);
        stage.setScene(new Scene(new ResultsView(model), 900, 500));
        stage.show();
    }

    private static boolean aQueryIsRunning() {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> Arrays.stream(stack)
                .anyMatch(f -> f.getClassName().equals("org.kgexplorer.core.query.QueryRunner")));
    }

    private void startTheLongQuery(FxRobot robot) throws Exception {
        run(robot, model, ResultsViewTest.COUNTRIES);
        robot.interact(() -> model.run(CARTESIAN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ResultsCancelTest::aQueryIsRunning);
        assertTrue(model.busyProperty().get());
        long start = System.nanoTime();
        robot.interact(() -> { });
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "the JavaFX thread answers while it runs");
    }

    private void assertStoppedAndOldAnswerKept() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !aQueryIsRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ResultsViewTest.COUNTRIES, model.answerProperty().get().query());
        assertEquals("The query was cancelled; the previous results are still shown.", model.noticeProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void theCancelButtonOfThePanelAbortsARunawayQuery(FxRobot robot) throws Exception {
        startTheLongQuery(robot);
        Button cancel = robot.lookup("#results-cancel").queryButton();
        assertTrue(cancel.isVisible());
        robot.clickOn(cancel);
        assertStoppedAndOldAnswerKept();
        assertTrue(!robot.lookup("#results-cancel").queryButton().isVisible());
    }

    @Test
    void cancellingTheTaskInTheStatusBarAbortsTheQuery(FxRobot robot) throws Exception {
        startTheLongQuery(robot);
        robot.interact(() -> {
            assertEquals("Running a query", context.tasks().running().get(0).getTitle());
            context.tasks().running().get(0).cancel();
        });
        assertStoppedAndOldAnswerKept();
    }

    @Test
    void aQueryPastItsTimeLimitIsStoppedAndSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> model.timeoutSecondsProperty().set(1));
        run(robot, model, CARTESIAN);
        assertEquals(org.kgexplorer.core.query.QueryProblem.Kind.TIMEOUT, model.lastProblemProperty().get().kind());
        assertTrue(model.errorProperty().get().startsWith("The query did not finish within 1 s"), model.errorProperty().get());
    }
}
