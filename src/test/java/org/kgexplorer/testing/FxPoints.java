package org.kgexplorer.testing;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where to click a node, found on the JavaFX thread. TestFX's {@code clickOn(query)} and {@code clickOn(node)} compute
 * the node's bounds on the test's own thread (TestFX issue 813): on a container that lays out text (the whole window, a
 * chart, the editor) that races the JavaFX thread's own layout of the same text, and the CI saw it throw inside
 * JavaFX's text layout ("this.lines is null"). Its layout bounds are the node's own size: nothing under it is measured.
 */
public final class FxPoints {
    private FxPoints() {
    }

    /** The centre of the node that {@code query} finds, on the screen. */
    public static Point2D centreOf(FxRobot robot, String query) {
        return onFx(() -> centre(robot.lookup(query).query()));
    }

    /** The centre of {@code node} on the screen. */
    public static Point2D centreOf(Node node) {
        return onFx(() -> centre(node));
    }

    private static Point2D centre(Node node) {
        Bounds b = node.localToScreen(node.getLayoutBounds());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private static Point2D onFx(java.util.concurrent.Callable<Point2D> where) {
        try {
            return WaitForAsyncUtils.asyncFx(where).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not find where to click", e);
        }
    }
}
