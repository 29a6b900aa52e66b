package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the window's start leaves until it has settled runs once, after a frame laid out while nothing is busy. */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {
    Scene scene;
    final Label label = new Label("start");
    /** Post-layout pulses seen, counted by a listener of the test's own: proof that a frame was laid out. */
    final AtomicInteger frames = new AtomicInteger();

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(label), 300, 200);
        scene.addPostLayoutPulseListener(frames::incrementAndGet);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void whatWaitsForTheStartRunsOnceAfterAFrameLaidOutWhileNothingIsBusy(FxRobot robot) throws Exception {
        SimpleBooleanProperty busy = new SimpleBooleanProperty(true);
        AtomicInteger ran = new AtomicInteger();
        robot.interact(() -> StartupProbe.afterStartSettled(scene, busy, ran::incrementAndGet));
        aFrameIsLaidOut(robot, "loading");
        assertEquals(0, ran.get(), "not while the data work is busy");

        robot.interact(() -> busy.set(false));
        aFrameIsLaidOut(robot, "loaded");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.get() == 1);

        robot.interact(() -> busy.set(true));
        aFrameIsLaidOut(robot, "loading again");
        robot.interact(() -> busy.set(false));
        aFrameIsLaidOut(robot, "loaded again");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, ran.get(), "once only");
    }

    /** Changes the label and waits for a frame laid out after the change. */
    private void aFrameIsLaidOut(FxRobot robot, String text) throws Exception {
        int before = frames.get();
        robot.interact(() -> label.setText(text));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.get() > before);
    }
}
