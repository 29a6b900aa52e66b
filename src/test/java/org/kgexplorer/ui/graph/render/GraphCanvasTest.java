package org.kgexplorer.ui.graph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas in a window with controls above and to the left of it, driven by the mouse. */
@ExtendWith(ApplicationExtension.class)
class GraphCanvasTest {
    GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new GraphCanvas();
        canvas.setScene(TestScenes.ring(12));
        BorderPane root = new BorderPane(canvas);
        HBox top = new HBox(new Button("Expand"), new Label("toolbar above the canvas"));
        top.setMinHeight(70);
        VBox left = new VBox(new Label("filters"), new Button("left of the canvas"));
        left.setMinWidth(180);
        root.setTop(top);
        root.setLeft(left);
        stage.setScene(new Scene(root, 900, 620));
        stage.show();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> canvas.framesPresented() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D onScreen(int node) {
        Viewport view = canvas.camera().viewport();
        RenderScene scene = canvas.scene();
        return canvas.localToScreen(view.toLocalX(scene.x(node)), view.toLocalY(scene.y(node)));
    }

    @Test
    void clickOnNodeReportsThatNode(FxRobot robot) throws Exception {
        settle();
        AtomicInteger clicked = new AtomicInteger(-1);
        canvas.setOnNodeClicked(clicked::set);
        robot.clickOn(onScreen(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, clicked.get());
        robot.clickOn(onScreen(9));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, clicked.get());
    }

    @Test
    void aLabelDrawnShortenedIsShownWholeInATooltipOverItsNode(FxRobot robot) throws Exception {
        String whole = "Coordination to arrest and prosecute those who traffic fentanyl across the border";
        RenderScene ring = TestScenes.ring(6);
        float[] x = new float[6];
        float[] y = new float[6];
        String[] labels = new String[6];
        for (int i = 0; i < 6; i++) {
            x[i] = ring.x(i);
            y[i] = ring.y(i);
            labels[i] = ring.label(i);
        }
        labels[3] = whole;
        RenderScene scene = new RenderScene(x, y, labels, new int[6], new byte[6], new int[] {0, 1, 2}, new int[] {3, 4, 5},
                new String[3], new byte[3], TestScenes.STYLES);
        robot.interact(() -> {
            canvas.setScene(scene);
            canvas.camera().fit();
        });
        settle();
        robot.moveTo(onScreen(3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> canvas.wholeLabelTip().isShowing());
        assertEquals(whole, canvas.wholeLabelTip().getText());
        assertTrue(LevelOfDetail.shown(whole).endsWith("\u2026"), "the drawing shortens it");
        // a node whose label is drawn whole has no tooltip
        robot.moveTo(onScreen(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !canvas.wholeLabelTip().isShowing());
        robot.interact(() -> assertTrue(!canvas.offersWholeLabel(), "no tooltip over Node 0"));
    }

    @Test
    void doubleClickOnNodeReportsIt(FxRobot robot) throws Exception {
        settle();
        AtomicInteger opened = new AtomicInteger(-1);
        canvas.setOnNodeDoubleClicked(opened::set);
        robot.moveTo(onScreen(2)).doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, opened.get());
    }

    @Test
    void clickOnEdgeReportsTheEdge(FxRobot robot) throws Exception {
        settle();
        AtomicInteger clicked = new AtomicInteger(-1);
        canvas.setOnEdgeClicked(clicked::set);
        Point2D a = onScreen(6);
        Point2D b = onScreen(7);
        robot.clickOn(a.midpoint(b));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, clicked.get());
    }

    @Test
    void clickOnBackgroundReportsIt(FxRobot robot) throws Exception {
        settle();
        AtomicInteger clicks = new AtomicInteger();
        canvas.setOnBackgroundClicked(clicks::incrementAndGet);
        robot.clickOn(onScreen(0).midpoint(onScreen(6)));  // the ring's centre: no node, no edge
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, clicks.get());
    }

    @Test
    void wheelZoomsAroundThePointer(FxRobot robot) throws Exception {
        settle();
        Point2D pointer = onScreen(3);
        Point2D local = canvas.screenToLocal(pointer);
        Viewport before = canvas.camera().viewport();
        double gx = before.toGraphX(local.getX());
        double gy = before.toGraphY(local.getY());
        robot.moveTo(pointer).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport after = canvas.camera().viewport();
        assertTrue(after.scale() != before.scale(), "the zoom changed");
        assertEquals(gx, after.toGraphX(local.getX()), 1e-6 * Math.abs(gx) + 1e-3);
        assertEquals(gy, after.toGraphY(local.getY()), 1e-6 * Math.abs(gy) + 1e-3);
    }

    @Test
    void dragOnBackgroundPans(FxRobot robot) throws Exception {
        settle();
        double cx = canvas.camera().centreX();
        double cy = canvas.camera().centreY();
        double scale = canvas.camera().scale();
        Point2D from = onScreen(0).midpoint(onScreen(6));
        robot.drag(from).moveBy(120, 40).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cx - 120 / scale, canvas.camera().centreX(), 2 / scale);
        assertEquals(cy - 40 / scale, canvas.camera().centreY(), 2 / scale);
    }

    @Test
    void draggingANodeReportsItsGraphPosition(FxRobot robot) throws Exception {
        settle();
        AtomicReference<double[]> last = new AtomicReference<>();
        canvas.setOnNodeDragged((n, x, y, finished) -> last.set(new double[] {n, x, y, finished ? 1 : 0}));
        Point2D start = onScreen(5);
        double scale = canvas.camera().scale();
        float x0 = canvas.scene().x(5);
        float y0 = canvas.scene().y(5);
        robot.drag(start).moveBy(60, -30).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double[] d = last.get();
        assertEquals(5, (int) d[0]);
        assertEquals(x0 + 60 / scale, d[1], 2 / scale);
        assertEquals(y0 - 30 / scale, d[2], 2 / scale);
        assertEquals(1, (int) d[3], "the last report says the drag finished");
        assertEquals(d[1], canvas.scene().x(5), 1e-3, "the node is drawn where it was dropped");
    }

    @Test
    void keyboardStepsZoomAroundTheCentre(FxRobot robot) throws Exception {
        settle();
        double cx = canvas.camera().centreX();
        double scale = canvas.camera().scale();
        robot.interact(() -> canvas.camera().zoomIn());
        assertEquals(scale * Camera.ZOOM_STEP, canvas.camera().scale(), 1e-9);
        assertEquals(cx, canvas.camera().centreX(), 1e-9);
    }

    @Test
    void centreOnMovesTheViewThere(FxRobot robot) throws Exception {
        settle();
        robot.interact(() -> canvas.camera().centreOn(canvas.scene().x(3), canvas.scene().y(3)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !canvas.camera().animating());
        assertEquals(canvas.scene().x(3), canvas.camera().centreX(), 1e-3);
        assertEquals(canvas.scene().y(3), canvas.camera().centreY(), 1e-3);
    }

    @Test
    void aCanvasInAHiddenPaneDrawsNothingUntilThePaneShows(FxRobot robot) throws Exception {
        settle();
        BorderPane root = (BorderPane) canvas.getScene().getRoot();
        GraphCanvas[] behind = new GraphCanvas[1];
        javafx.scene.layout.StackPane tab = new javafx.scene.layout.StackPane();
        robot.interact(() -> {
            // as a tab's content behind the selected tab: laid out, sized, not visible
            behind[0] = new GraphCanvas();
            tab.getChildren().add(behind[0]);
            tab.setVisible(false);
            tab.setPrefSize(300, 200);
            root.setRight(tab);
            behind[0].setScene(TestScenes.ring(12));
        });
        // the canvas asked for a frame, found its pane hidden, stopped and waits for it to show: no frame was drawn
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> behind[0].getWidth() > 0 && behind[0].waitingToBeShown());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, behind[0].framesPresented(), "no frame while the pane is hidden");
        robot.interact(() -> tab.setVisible(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> behind[0].framesPresented() > 0);
    }
}
