package org.kgexplorer.ui.graph;

import java.util.Comparator;
import java.util.stream.IntStream;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.kgexplorer.ui.graph.render.GraphCanvas;
import org.kgexplorer.ui.graph.render.RenderScene;

/**
 * The graph from the keyboard: the arrow keys move the selection to the neighbour that lies most nearly in that
 * direction (or pan when there is none), Tab and Shift+Tab go through the nodes in label order (past the last one
 * the focus leaves the graph), Enter expands, Delete hides, + and - zoom, Home fits, Escape clears the selection.
 */
final class GraphKeyboard {
    /** How far from the arrow's direction a neighbour may lie and still be its target (cosine of 75°). */
    private static final double MIN_COSINE = Math.cos(Math.toRadians(75));

    private final GraphCanvas canvas;
    private final GraphView view;

    GraphKeyboard(GraphCanvas canvas, GraphView view) {
        this.canvas = canvas;
        this.view = view;
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private void pressed(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        switch (code) {
            case LEFT -> arrow(-1, 0);
            case RIGHT -> arrow(1, 0);
            case UP -> arrow(0, -1);
            case DOWN -> arrow(0, 1);
            case TAB -> handled = tab(e.isShiftDown());
            case ENTER -> view.expandSelected();
            case DELETE, BACK_SPACE -> view.hideSelected();
            case PLUS, EQUALS, ADD -> canvas.camera().zoomIn();
            case MINUS, SUBTRACT -> canvas.camera().zoomOut();
            case HOME -> canvas.camera().fit();
            case ESCAPE -> view.selectNode(-1);
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Moves to the neighbour in direction (dx, dy), the one best aligned and then nearest; pans if none. */
    private void arrow(double dx, double dy) {
        RenderScene s = canvas.scene();
        int from = view.selectedIndex();
        if (from < 0) {
            if (s.nodeCount() > 0) {
                view.selectNode(first(s));
            }
            return;
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < s.edgeCount(); e++) {
            int other = s.edgeFrom(e) == from ? s.edgeTo(e) : s.edgeTo(e) == from ? s.edgeFrom(e) : -1;
            if (other < 0 || other == from) {
                continue;
            }
            double vx = s.x(other) - s.x(from);
            double vy = s.y(other) - s.y(from);
            double length = Math.hypot(vx, vy);
            if (length == 0) {
                continue;
            }
            double cosine = (vx * dx + vy * dy) / length;
            // Alignment first; among neighbours about as well aligned, the nearer wins.
            double score = cosine - length * 1e-4;
            if (cosine >= MIN_COSINE && score > bestScore) {
                bestScore = score;
                best = other;
            }
        }
        if (best >= 0) {
            view.selectNode(best);
            view.centreOnIndex(best);
        } else {
            canvas.camera().panBy(-dx * 60, -dy * 60);
        }
    }

    /** Goes to the next (or previous) node by label; false past the ends, so the focus moves on. */
    private boolean tab(boolean backwards) {
        RenderScene s = canvas.scene();
        if (s.nodeCount() == 0) {
            return false;
        }
        int[] order = IntStream.range(0, s.nodeCount()).boxed()
                .sorted(Comparator.comparing((Integer i) -> s.label(i) == null ? "" : s.label(i), String.CASE_INSENSITIVE_ORDER))
                .mapToInt(Integer::intValue).toArray();
        int current = view.selectedIndex();
        int at = -1;
        for (int i = 0; i < order.length; i++) {
            if (order[i] == current) {
                at = i;
            }
        }
        int next = at < 0 ? (backwards ? order.length - 1 : 0) : at + (backwards ? -1 : 1);
        if (next < 0 || next >= order.length) {
            return false;
        }
        view.selectNode(order[next]);
        view.centreOnIndex(order[next]);
        return true;
    }

    private static int first(RenderScene s) {
        int best = 0;
        for (int i = 1; i < s.nodeCount(); i++) {
            if (s.nodeHas(i, RenderScene.SELECTED) || s.nodeHas(i, RenderScene.HIGHLIGHTED)) {
                return i;
            }
        }
        return best;
    }
}
