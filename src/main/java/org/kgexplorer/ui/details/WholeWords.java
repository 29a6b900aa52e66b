package org.kgexplorer.ui.details;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Makes a wrapping heading wrap only between words: a label narrower than a word breaks that word between
 * letters ("Departament / o"). It is kept at least as wide as its longest word, and when the room it has is
 * narrower than that word, its font is made smaller (to no less than 60 %) until the word fits.
 */
final class WholeWords {
    private static final double SMALLEST = 0.6;

    private WholeWords() {
    }

    /**
     * @param label     the heading (its font size comes from its style class)
     * @param room      the width the heading can have
     * @param restyled  changes when the size the style sheet gives may change (the window's zoom): a size made smaller
     *                  here is then let go of, since it would hide the new one (after a presentation at 200 % the
     *                  heading kept its 200 % size at 100 %)
     */
    static void keep(Label label, ObservableDoubleValue room, javafx.beans.value.ObservableValue<?> restyled) {
        Text measure = new Text();
        double[] base = {0};
        InvalidationListener fit = o -> {
            if (label.getStyle().isEmpty()) {
                // the size the style sheet gives (known once the label has its CSS), not one made smaller here
                base[0] = label.getFont().getSize();
            }
            Font normal = new Font(label.getFont().getName(), base[0]);
            double insets = label.snappedLeftInset() + label.snappedRightInset() + 1;
            double word = longestWord(measure, label.getText(), normal);
            double available = room.get() - insets;
            double size = word <= available || available <= 0 ? base[0]
                    : Math.max(base[0] * SMALLEST, Math.floor(base[0] * available / word));
            String style = size == base[0] ? "" : "-fx-font-size: " + size + "px;";
            if (!style.equals(label.getStyle())) {
                label.setStyle(style);
            }
            label.setMinWidth(Math.min(room.get(), longestWord(measure, label.getText(),
                    new Font(label.getFont().getName(), size)) + insets));
        };
        label.textProperty().addListener(fit);
        label.fontProperty().addListener(fit);
        room.addListener(fit);
        // the next CSS pass gives the label the style sheet's size again, and the font's change fits it anew
        restyled.addListener((obs, old, now) -> label.setStyle(""));
        fit.invalidated(null);
    }

    /** The width of the widest word of {@code text} in {@code font}. */
    static double longestWord(Text measure, String text, Font font) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        measure.setFont(font);
        double widest = 0;
        for (String word : text.strip().split("\\s+")) {
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }
}
