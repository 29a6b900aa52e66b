package org.kgexplorer.ui.graph;

import java.util.function.Function;

import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

/**
 * A line of a side panel's list whose text wraps at the list's width, as tall as its lines need. The theme gives
 * list cells a fixed row height ({@code -fx-cell-size: 2.8em}), which a list cell takes as its height whatever its
 * text: a name wrapped onto three lines then showed two and ended in "…" (the Connections tab at 175 %).
 */
class WrappingCell<T> extends ListCell<T> {
    private final Text measure = new Text();
    private final Function<? super T, String> text;

    /** A line showing each item's own string (a sentence). */
    WrappingCell() {
        this(String::valueOf);
    }

    /** A line showing {@code text} of each item. */
    WrappingCell(Function<? super T, String> text) {
        this.text = text;
        // The list's own width, never wider: no sideways scrolling.
        setPrefWidth(0);
        setWrapText(true);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0 || getText() == null || getText().isEmpty() || getGraphic() != null) {
            return super.computePrefHeight(width);
        }
        measure.setText(getText());
        measure.setFont(getFont());
        measure.setLineSpacing(getLineSpacing());
        measure.setWrappingWidth(width - snappedLeftInset() - snappedRightInset());
        double lines = Math.ceil(measure.getLayoutBounds().getHeight());
        return Math.max(super.computePrefHeight(width), snappedTopInset() + lines + snappedBottomInset());
    }
}
