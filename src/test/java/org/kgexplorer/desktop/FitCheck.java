package org.kgexplorer.desktop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What a user cannot read or reach in a window, from its scene graph: every shown label, button, menu, tab or cell
 * whose text is drawn cut (ellipsized, "Fi…"), and every shown control that lies past the window's edge. Table
 * cells are data (a user widens the column) and controls inside scrolling areas are reached by scrolling, so
 * neither counts. Runs on the JavaFX thread.
 */
final class FitCheck {
    private final List<String> problems = new ArrayList<>();
    private final Scene scene;

    private FitCheck(Scene scene) {
        this.scene = scene;
    }

    /** Every problem found in the scene, one line each; empty when everything fits. */
    static List<String> problems(Scene scene) {
        FitCheck check = new FitCheck(scene);
        check.walk(scene.getRoot(), false);
        return check.problems;
    }

    private void walk(Node node, boolean scrolls) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof TableCell<?, ?> || node instanceof TreeTableCell<?, ?>) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkText(labeled);
        }
        if (node instanceof Control control && !scrolls) {
            checkInside(control);
        }
        if (node instanceof Parent parent) {
            boolean inner = scrolls || node instanceof ScrollPane || node instanceof VirtualFlow<?>;
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, inner);
            }
        }
    }

    private void checkText(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && drawn.isVisible() && !expected.equals(drawn.getText())) {
                problems.add(describe(labeled) + " shows \"" + drawn.getText() + "\" of \"" + expected + "\"");
            }
        }
    }

    private void checkInside(Control control) {
        Bounds b = control.localToScene(control.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
            problems.add(String.format(Locale.ROOT, "%s lies at %.0f,%.0f-%.0f,%.0f, past the window's %.0fx%.0f",
                    describe(control), b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(), scene.getWidth(), scene.getHeight()));
        }
    }

    private static String describe(Node node) {
        String name = node.getClass().getSimpleName();
        if (name.isEmpty()) {
            name = node.getClass().getSuperclass().getSimpleName();
        }
        if (node.getId() != null) {
            name += "#" + node.getId();
        }
        if (node instanceof Labeled l && l.getText() != null) {
            name += " \"" + l.getText() + "\"";
        }
        Node parent = node.getParent();
        while (parent != null && parent.getId() == null) {
            parent = parent.getParent();
        }
        return parent == null ? name : name + " in #" + parent.getId();
    }
}
