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
 * whose text is drawn cut (ellipsized, "Fi…"), every text field whose prompt is drawn wider than the field, every
 * list or tree whose lines must be scrolled sideways to be read, and every shown control that lies past the
 * window's edge. Table cells are data (a user widens the column) and controls inside scrolling areas (tables,
 * editors, and tab headers, whose overflow menu lists every tab) are reached by scrolling, so neither counts; nor
 * does a text cut where it stands whose tooltip shows it whole. A tab header drawn in part does count: its word is
 * cut where it stands. Runs on the JavaFX thread.
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
        double needs = scene.getRoot().minWidth(-1);
        if (needs > scene.getWidth() + 1) {
            check.problems.add(String.format(Locale.ROOT, "the window's content needs %.0f px across, the window has %.0f: %s",
                    needs, scene.getWidth(), widest(scene.getRoot())));
        }
        check.walk(scene.getRoot(), false, new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight()));
        return check.problems;
    }

    /**
     * @param scrolls whether an ancestor scrolls (its controls are reached by scrolling)
     * @param shown   the part of the scene the ancestors' clips leave visible (a split pane's areas clip)
     */
    private void walk(Node node, boolean scrolls, Bounds shown) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof TableCell<?, ?> || node instanceof TreeTableCell<?, ?>) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkText(labeled);
        }
        Bounds visible = shown;
        if (node.getClip() != null) {
            visible = intersection(shown, node.localToScene(node.getClip().getBoundsInParent()));
        }
        if (node instanceof Text text) {
            checkPrompt(text, visible);
        }
        if ((node instanceof javafx.scene.control.ListView<?> || node instanceof javafx.scene.control.TreeView<?>)
                && sidewaysBar(node)) {
            problems.add(describe(node) + " must be scrolled sideways to read its lines");
        }
        if (node.getStyleClass().contains("tab") && node.getParent() != null
                && node.getParent().getStyleClass().contains("headers-region")) {
            checkTabHeader(node, visible);
        }
        if (node instanceof Control control && !scrolls) {
            checkInside(control, visible);
        }
        if (node instanceof Parent parent) {
            boolean inner = scrolls || node instanceof ScrollPane || node instanceof VirtualFlow<?>
                    || node instanceof javafx.scene.control.TableView<?> || node instanceof org.fxmisc.flowless.VirtualFlow<?, ?>
                    || node.getStyleClass().contains("tab-header-area");
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, inner, visible);
            }
        }
    }

    /** Which nodes ask for that width: the widest child at each level, with its minimum. */
    private static String widest(Node node) {
        StringBuilder path = new StringBuilder();
        Node at = node;
        while (at instanceof Parent parent && !parent.getChildrenUnmodifiable().isEmpty()) {
            Node wide = parent.getChildrenUnmodifiable().stream().filter(Node::isManaged)
                    .max(java.util.Comparator.comparingDouble(n -> n.minWidth(-1))).orElse(null);
            if (wide == null || wide.minWidth(-1) < 1) {
                break;
            }
            path.append(String.format(Locale.ROOT, " > %s min %.0f", describe(wide), wide.minWidth(-1)));
            at = wide;
        }
        return path.toString();
    }

    private void checkText(Labeled labeled) {
        String text = labeled.getText();
        // Icon buttons keep their text for tooltips and screen readers only.
        if (text == null || text.isBlank() || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The label's own text node; a graphic may be a Text too (an icon font's glyph).
            if (child instanceof Text drawn && child != labeled.getGraphic() && drawn.getStyleClass().contains("text")
                    && drawn.isVisible() && !expected.equals(drawn.getText())) {
                if (!tooltipShowsWhole(labeled, expected)) {
                    problems.add(describe(labeled) + " shows \"" + drawn.getText() + "\" of \"" + expected + "\"");
                }
            }
        }
    }

    /**
     * A text field's prompt (its only hint of what to type) drawn wider than the field shows it: the field clips
     * it without an ellipsis ("Search entities… (Ctr").
     */
    private void checkPrompt(Text text, Bounds shown) {
        javafx.scene.control.TextInputControl field = null;
        for (Node at = text.getParent(); at != null && field == null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.TextInputControl input) {
                field = input;
            }
        }
        if (field == null || field.getPromptText() == null || field.getPromptText().isBlank()
                || !field.getPromptText().equals(text.getText()) || !field.getText().isEmpty()) {
            return;
        }
        Bounds b = text.localToScene(text.getLayoutBounds());
        if (b.getMinX() < shown.getMinX() - 1 || b.getMaxX() > shown.getMaxX() + 1) {
            problems.add(String.format(Locale.ROOT, "%s shows its prompt \"%s\" cut: %.0f px of it in %.0f px",
                    describe(field), text.getText(), b.getWidth(), shown.getWidth()));
        }
    }

    /**
     * A tab's header drawn in part ("Conexion", or the icon of "History" without its word) is cut; one hidden whole
     * is listed by the tab pane's overflow menu, and one shown whole is read.
     */
    private void checkTabHeader(Node tab, Bounds shown) {
        Bounds b = tab.localToScene(tab.getLayoutBounds());
        boolean whole = b.getMinX() >= shown.getMinX() - 1 && b.getMaxX() <= shown.getMaxX() + 1;
        boolean hidden = b.getMaxX() <= shown.getMinX() + 1 || b.getMinX() >= shown.getMaxX() - 1;
        if (!whole && !hidden) {
            Node label = tab.lookup(".tab-label");
            String text = label instanceof Labeled l ? l.getText() : "?";
            Node pane = tab.getParent();
            while (pane != null && !(pane instanceof javafx.scene.control.TabPane)) {
                pane = pane.getParent();
            }
            problems.add(String.format(Locale.ROOT, "the tab \"%s\" of %s shows %.0f of its %.0f px", text,
                    pane == null ? "?" : describe(pane), Math.min(b.getMaxX(), shown.getMaxX()) - Math.max(b.getMinX(), shown.getMinX()),
                    b.getWidth()));
        }
    }

    /** Whether a list or tree shows its sideways scroll bar: a line of it is wider than the list. */
    private static boolean sidewaysBar(Node list) {
        return list.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar instanceof javafx.scene.control.ScrollBar s
                && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible() && s.getParent() != null
                && s.getParent().isVisible());
    }

    /** A text cut where it stands but shown whole by the tooltip of its control, cell or tab is not lost. */
    private static boolean tooltipShowsWhole(Node node, String text) {
        for (Node at = node; at != null; at = at.getParent()) {
            javafx.scene.control.Tooltip tip = at instanceof Control c ? c.getTooltip()
                    : at.getProperties().get(javafx.scene.control.Tab.class) instanceof javafx.scene.control.Tab t ? t.getTooltip() : null;
            if (tip != null && tip.getText() != null && tip.getText().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private void checkInside(Control control, Bounds shown) {
        Bounds b = control.localToScene(control.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        if (b.getMinX() < shown.getMinX() - 1 || b.getMinY() < shown.getMinY() - 1 || b.getMaxX() > shown.getMaxX() + 1
                || b.getMaxY() > shown.getMaxY() + 1) {
            problems.add(String.format(Locale.ROOT, "%s lies at %.0f,%.0f-%.0f,%.0f, past the edge of what shows of it "
                    + "(%.0f,%.0f-%.0f,%.0f) in the %.0fx%.0f window", describe(control), b.getMinX(), b.getMinY(),
                    b.getMaxX(), b.getMaxY(), shown.getMinX(), shown.getMinY(), shown.getMaxX(), shown.getMaxY(),
                    scene.getWidth(), scene.getHeight()));
        }
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        return new javafx.geometry.BoundingBox(minX, minY, Math.max(0, Math.min(a.getMaxX(), b.getMaxX()) - minX),
                Math.max(0, Math.min(a.getMaxY(), b.getMaxY()) - minY));
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
