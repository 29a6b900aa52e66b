package org.kgexplorer.ui;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/**
 * A bar of controls on one line that, when its width is less than their texts need, shows its buttons as icons
 * only (their tooltips and accessible texts keep the words) instead of wrapping onto a second line or cutting
 * them. A wrapped bar took the height of two rows from the table below it: at 1024x700 in Spanish the results
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

    /** Whether the buttons show their icons only now. */
    public boolean isCompact() {
        return !compacting.isEmpty() && compacting.get(0).getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
    }

    @Override
    protected void layoutChildren() {
        boolean compact = getWidth() < need(true);
        for (Labeled l : compacting) {
            ContentDisplay wanted = compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            if (l.getContentDisplay() != wanted) {
                l.setContentDisplay(wanted);
            }
        }
        super.layoutChildren();
    }

    /** Never wider than its icons need: below the width of its texts it shows icons. */
    @Override
    protected double computeMinWidth(double height) {
        return need(false);
    }

    /** The width its nodes need at their minimum, the buttons with their texts or with their icons only. */
    private double need(boolean withTexts) {
        double sum = snappedLeftInset() + snappedRightInset() + getSpacing() * (getChildren().size() - 1);
        for (Node n : getChildren()) {
            if (!n.isManaged()) {
                continue;
            }
            if (n instanceof Labeled l && compacting.contains(l)) {
                sum += width(l, withTexts);
            } else if (withTexts && n instanceof ShrinkInOrderBox row) {
                // texts only while the row keeps all but its first shrinking child whole (the column choice)
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
