package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.graph.GraphView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window as the program starts it, for the tests of projects and lessons: started with the command line's
 * arguments, its questions answered as a user answers them, and closed after each test with the label language put
 * back (the window keeps it in the tests' shared settings) and the work it kept for its next start removed.
 */
abstract class RealWindowTest {
    @TempDir
    Path dir;
    Application app;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void closeTheWindow() throws Exception {
        // the next test's window starts in English
        if (app != null) {
            robot.interact(() -> ((ExplorerApp) app).context().labelModeProperty().set(LabelMode.ENGLISH));
        }
        RealWindow.close(app);
    }

    /** Starts the window with these command-line arguments and waits for its query workspace and graph. */
    ExplorerApp start(String... args) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class, args);
        waitFor(() -> robot.lookup("#query-workspace").tryQuery().isPresent() && robot.lookup("#graph-view").tryQuery().isPresent());
        return (ExplorerApp) app;
    }

    /** Waits for the bundled graph's three files in the sources list. */
    void loaded() throws Exception {
        waitFor(() -> robot.lookup("#sources-list").queryListView().getItems().size() == 3);
    }

    GraphView graph() {
        return robot.lookup("#graph-view").queryAs(GraphView.class);
    }

    /** Waits for a task to end and checks it succeeded. */
    void written(Task<?> task) throws Exception {
        waitFor(() -> state(task) == Worker.State.SUCCEEDED || state(task) == Worker.State.FAILED);
        assertEquals(Worker.State.SUCCEEDED, state(task), () -> String.valueOf(task.getException()));
    }

    /** The question showing now, once it shows. */
    DialogPane dialog() throws Exception {
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** Clicks the answer named {@code answer} and waits for the question to close. */
    void choose(DialogPane pane, String answer) throws Exception {
        Button button = robot.from(pane).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> answer.equals(b.getText())).findFirst().orElseThrow(() -> new AssertionError(answer));
        javafx.stage.Window window = pane.getScene().getWindow();
        robot.clickOn(button);
        waitFor(() -> !window.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Runs {@code first} on the JavaFX thread, then holds that thread until {@code done} holds (asked from this
     * thread every 10 ms, for at most 60 s): what comes about meanwhile needs no JavaFX thread.
     *
     * @return whether {@code done} came about while the thread was held
     */
    static boolean whileTheFxThreadIsHeld(Runnable first, java.util.concurrent.Callable<Boolean> done) throws Exception {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        javafx.application.Platform.runLater(() -> {
            first.run();
            try {
                held.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < until) {
                if (done.call()) {
                    return true;
                }
                Thread.sleep(10);
            }
            return false;
        } finally {
            held.countDown();
        }
    }

    /** A task's state, read on the JavaFX thread as a task demands. */
    static Worker.State state(Task<?> task) {
        return onFx(task::getState);
    }

    /** What {@code read} reads, read on the JavaFX thread (a task's state, the list of running work). */
    static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
