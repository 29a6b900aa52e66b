package org.kgexplorer.ui.query.editor;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Moves the keyboard focus to the next (or previous) control of the window, in scene order. The editor needs it
 * for Ctrl+Tab because Tab itself indents, and JavaFX offers no public way to ask for focus traversal.
 */
final class FocusTraversal {
    private FocusTraversal() {
    }

    static void move(Node from, boolean backward) {
        if (from.getScene() == null || from.getScene().getRoot() == null) {
            return;
        }
        List<Node> order = new ArrayList<>();
        collect(from.getScene().getRoot(), from, order);
        int at = order.indexOf(from);
        if (order.size() < 2 || at < 0) {
            return;
        }
        int next = Math.floorMod(at + (backward ? -1 : 1), order.size());
        order.get(next).requestFocus();
    }

    private static void collect(Node node, Node from, List<Node> order) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node == from || node.isFocusTraversable()) {
            order.add(node);
            if (node == from) {
                return;
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, from, order);
            }
        }
    }
}
