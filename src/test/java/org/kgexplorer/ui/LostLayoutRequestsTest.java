package org.kgexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A node whose layout request JavaFX 21 loses is laid out again once it is watched. The first test shows JavaFX
 * losing it: when it fails after an upgrade of JavaFX, the bug is fixed and LostLayoutRequests can go.
 */
@ExtendWith(ApplicationExtension.class)
class LostLayoutRequestsTest {
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /**
     * A pane that, once armed, asks for another layout in its next one (as a split pane does when it moves its
     * content): its parent, laid out in the same pass, is still laying out its children, so the request goes no
     * further and the pane ends needing a layout under a parent that needs none.
     */
    private static final class AsksDuringItsLayout extends Pane {
        final AtomicInteger layouts = new AtomicInteger();
        volatile boolean armed;
        /** Asks during every layout, not just the next one. */
        volatile boolean always;

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            layouts.incrementAndGet();
            if (armed) {
                armed = always;
                requestLayout();
            }
        }

        /** Arms it and asks for a layout of it and its parents (on the JavaFX thread); returns the layouts so far. */
        int arm() {
            armed = true;
            requestLayout();
            return layouts.get();
        }
    }

    private AsksDuringItsLayout show(FxRobot robot, boolean watched) {
        AsksDuringItsLayout pane = new AsksDuringItsLayout();
        Pane below = new Pane();
        pane.getChildren().add(below);
        if (watched) {
            LostLayoutRequests.watch(below);
        }
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(new StackPane(pane)), 300, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return pane;
    }

    @Test
    void javaFxLosesTheRequestOfANodeThatAsksWhileItsParentLaysOut(FxRobot robot) throws Exception {
        AsksDuringItsLayout pane = show(robot, false);
        int before = WaitForAsyncUtils.asyncFx(pane::arm).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.layouts.get() > before);
        // Later pulses (a change elsewhere in the window) leave it needing a layout it never gets.
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> stage.getScene().getRoot().setStyle("-fx-background-color: white"));
            robot.interact(() -> stage.getScene().getRoot().setStyle(""));
        }
        robot.interact(() -> {
            assertTrue(pane.isNeedsLayout(), "the pane still needs its layout");
            assertEquals(before + 1, pane.layouts.get(), "and was never laid out again");
        });
    }

    @Test
    void aWatchedNodesLostRequestIsMadeAgain(FxRobot robot) throws Exception {
        AsksDuringItsLayout pane = show(robot, true);
        int before = WaitForAsyncUtils.asyncFx(pane::arm).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.layouts.get() >= before + 2);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> !pane.isNeedsLayout()).get(10, TimeUnit.SECONDS),
                "laid out, it needs no more");
    }

    @Test
    void aNodeThatAsksOnEveryPassIsAskedForAFewPulsesOnly(FxRobot robot) throws Exception {
        AsksDuringItsLayout pane = show(robot, true);
        pane.always = true;
        int before = WaitForAsyncUtils.asyncFx(pane::arm).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.layouts.get() >= before + 2);
        // Pulses from elsewhere in the window: the watch stops asking after its few pulses running.
        for (int i = 0; i < 3 * LostLayoutRequests.MAX_RUNNING; i++) {
            String style = i % 2 == 0 ? "-fx-background-color: white" : "";
            robot.interact(() -> stage.getScene().getRoot().setStyle(style));
        }
        int settled = WaitForAsyncUtils.asyncFx(pane.layouts::get).get();
        assertTrue(settled <= before + 2 + LostLayoutRequests.MAX_RUNNING,
                "asked again at most " + LostLayoutRequests.MAX_RUNNING + " times: " + (settled - before) + " layouts");
    }
}
