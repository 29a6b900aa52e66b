package org.kgexplorer.ui;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/**
 * A bar of controls on one line that, when its width is less than their texts need, shows its buttons as icons
 * only, the last ones first (their tooltips and accessible texts keep the words), instead of wrapping onto a second
 * line or cutting them. A wrapped bar took the height of two rows from the table below it: at 1024x700 in Spanish the results
 * table showed one row (ADR 31). The first node (a filter, a search field) takes the width left over.
 */
public final class CompactBar extends HBox {
    private final List<Labeled> compacting;
    private final Text measure = new Text();

    /**
     * @param spacing    the gap between its nodes
     * @param grows      the node that takes the width left over (it is laid out first)
     * @param compacting the buttons that show their icon only when the bar is narrow; each needs a graphic
     */
    public CompactBar(double spacing, Node grows, Labeled... compacting) {
        super(spacing);
        this.compacting = List.of(compacting);
        getChildren().add(grows);
        getChildren().addAll(compacting);
        setHgrow(grows, javafx.scene.layout.Priority.ALWAYS);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getStyleClass().add("compact-bar");
    }

    @Override
    protected void layoutChildren() {
        // the last buttons give up their texts first, one after another, until the rest fit with theirs
        int n = compacting.size();
        int withText = n;
        while (withText > 0 && getWidth() < need(withText)) {
            withText--;
        }
        for (int i = 0; i < n; i++) {
            ContentDisplay wanted = i < withText ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY;
            Labeled l = compacting.get(i);
            if (l.getContentDisplay() != wanted) {
                l.setContentDisplay(wanted);
            }
        }
        super.layoutChildren();
    }

    /** Never wider than its icons need: below the width of its texts it shows icons. */
    @Override
    protected double computeMinWidth(double height) {
        return need(0);
    }

    /**
     * The width its nodes need at their minimum, the first {@code withText} buttons with their texts and the others
     * with their icons only; while any button shows its text, the growing row keeps all but its first shrinking child
     * whole (the results' column choice: ADR 31).
     */
    private double need(int withText) {
        double sum = snappedLeftInset() + snappedRightInset() + getSpacing() * (getChildren().size() - 1);
        for (Node n : getChildren()) {
            if (!n.isManaged()) {
                continue;
            }
            int at = n instanceof Labeled l ? compacting.indexOf(l) : -1;
            if (at >= 0) {
                sum += width((Labeled) n, at < withText);
            } else if (withText > 0 && n instanceof ShrinkInOrderBox row) {
                sum += row.comfortableWidth();
            } else {
                sum += n.minWidth(-1);
            }
        }
        return sum;
    }

    /** A button's width with its text or without, whichever way it shows now. */
    private double width(Labeled l, boolean withText) {
        double now = l.prefWidth(-1);
        boolean hasText = l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY;
        if (withText == hasText || l.getText() == null || l.getText().isEmpty()) {
            return now;
        }
        measure.setText(l.getText());
        measure.setFont(l.getFont());
        double text = Math.ceil(measure.getLayoutBounds().getWidth()) + l.getGraphicTextGap();
        return withText ? now + text : now - text;
    }
}
