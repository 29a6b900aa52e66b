package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An exception no code catches (seen on the desktop: one in a chart's listener went to stderr only, the log file
 * stayed empty) reaches the log file with its stack trace and the status bar in one line.
 */
class UncaughtErrorsTest {
    private Application app;

    @AfterEach
    void close() throws Exception {
        RealWindow.close(app);
    }

    @Test
    void anExceptionOnTheJavaFxThreadAndOnAnotherReachesTheLogAndTheStatusBar() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#task-failure").tryQuery().isPresent());
        Path log = Logging.currentFile();
        String fx = "thrown on the JavaFX thread " + UUID.randomUUID();
        Platform.runLater(() -> {
            throw new IllegalStateException(fx);
        });
        Label failure = robot.lookup("#task-failure").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> failure.isVisible() && failure.getText().contains(fx));
        assertEquals("Unexpected error: " + fx, failure.getText());
        assertFalse(failure.getText().contains("\n"), "one line, no stack trace");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.readString(log, StandardCharsets.UTF_8).contains(fx));
        String written = Files.readString(log, StandardCharsets.UTF_8);
        String after = written.substring(written.indexOf(fx));
        assertTrue(written.contains("SEVERE org.kgexplorer.ui.task.TaskRunner: Uncaught exception in thread JavaFX Application Thread: " + fx),
                written);
        assertTrue(after.contains("java.lang.IllegalStateException: " + fx) && after.contains("\tat "),
                "with its stack trace: " + after);

        String background = "thrown on a thread of its own " + UUID.randomUUID();
        Thread thread = new Thread(() -> {
            throw new IllegalArgumentException(background);
        }, "kgx-test-thrower");
        thread.start();
        thread.join();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> failure.getText().contains(background));
        assertTrue(Files.readString(log, StandardCharsets.UTF_8)
                .contains("Uncaught exception in thread kgx-test-thrower: " + background));
    }
}
