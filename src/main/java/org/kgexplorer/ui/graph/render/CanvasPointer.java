package org.kgexplorer.ui.graph.render;

import java.util.function.IntConsumer;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The canvas's mouse: clicks and double-clicks on nodes, edges and the background, node drags (reported in graph
 * coordinates), background drags that pan, and the wheel that zooms around the pointer. Event coordinates are
 * the canvas's own, wherever it sits in the window.
 */
final class CanvasPointer {
    private static final double DRAG_THRESHOLD = 3;
    /** Zoom factor per wheel pixel: one notch (40 px) zooms by about 6%. */
    private static final double WHEEL_ZOOM = 1.0015;

    IntConsumer onNodeClicked = n -> { };
    IntConsumer onNodeDoubleClicked = n -> { };
    IntConsumer onEdgeClicked = e -> { };
    Runnable onBackgroundClicked = () -> { };
    NodeDrag onNodeDragged = (n, x, y, finished) -> { };

    private final GraphCanvas canvas;
    private boolean pressed;
    private boolean dragging;
    private int pressedNode = -1;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private double grabDx;
    private double grabDy;

    CanvasPointer(GraphCanvas canvas) {
        this.canvas = canvas;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    boolean dragging() {
        return dragging;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        canvas.requestFocus();
        pressed = true;
        dragging = false;
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        pressedNode = canvas.pickNode(e.getX(), e.getY());
        if (pressedNode >= 0) {
            Viewport view = canvas.camera().viewport();
            grabDx = canvas.scene().x(pressedNode) - view.toGraphX(e.getX());
            grabDy = canvas.scene().y(pressedNode) - view.toGraphY(e.getY());
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!pressed) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        if (pressedNode >= 0) {
            moveNode(e.getX(), e.getY(), false);
        } else {
            canvas.camera().panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!pressed || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressed = false;
        if (dragging) {
            dragging = false;
            if (pressedNode >= 0) {
                moveNode(e.getX(), e.getY(), true);
            }
        } else if (pressedNode >= 0) {
            if (e.getClickCount() >= 2) {
                onNodeDoubleClicked.accept(pressedNode);
            } else {
                onNodeClicked.accept(pressedNode);
            }
        } else {
            int edge = canvas.pickEdge(e.getX(), e.getY());
            if (edge >= 0) {
                onEdgeClicked.accept(edge);
            } else {
                onBackgroundClicked.run();
            }
        }
        canvas.requestRedraw();
        e.consume();
    }

    private void moveNode(double localX, double localY, boolean finished) {
        Viewport view = canvas.camera().viewport();
        double gx = view.toGraphX(localX) + grabDx;
        double gy = view.toGraphY(localY) + grabDy;
        RenderScene scene = canvas.scene();
        if (pressedNode < scene.nodeCount()) {
            int n = scene.nodeCount();
            float[] x = new float[n];
            float[] y = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = scene.x(i);
                y[i] = scene.y(i);
            }
            x[pressedNode] = (float) gx;
            y[pressedNode] = (float) gy;
            canvas.showDragged(scene.withPositions(x, y));
            onNodeDragged.dragged(pressedNode, gx, gy, finished);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        canvas.camera().zoomBy(Math.pow(WHEEL_ZOOM, e.getDeltaY()), e.getX(), e.getY());
        e.consume();
    }
}
