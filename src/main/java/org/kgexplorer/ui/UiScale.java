package org.kgexplorer.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How large the interface is drawn, from 80 % to 250 % in steps. The window's root and every dialog take
 * {@link #fontStyle()}: sizes in the theme are in em, so the layouts reflow around the larger text. Icons take
 * {@link #iconStylesheet()}: the theme sizes them in pixels. The graph scales its labels by the same factor.
 */
public final class UiScale {
    /** The sizes offered, as factors of the theme's 14 px text. */
    static final double[] STEPS = {0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5};
    /** The theme's base font size in pixels (AtlantaFX's {@code .root}). */
    static final double BASE_FONT_PX = 14;
    /** The theme's icon size in pixels beside its 14 px text (AtlantaFX's {@code .ikonli-font-icon}). */
    static final double BASE_ICON_PX = 18;
    /** The size of the yes/no answer's icon at 100 %, four times the text. */
    static final double LARGE_ICON_PX = 56;

    private final DoubleProperty factor = new SimpleDoubleProperty(this, "factor", 1.0) {
        @Override
        public void set(double value) {
            super.set(nearestStep(value));
        }
    };
    private final StringBinding fontStyle = Bindings.createStringBinding(
            () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * factor.get()), factor);
    /*
     * Ikonli's -fx-icon-size in em is relative to the icon's own font, which is the icon size itself: each CSS
     * pass multiplied it again (18 px became 163, then 938). So the sizes are pixels, computed from the factor.
     */
    private final StringBinding iconStylesheet = Bindings.createStringBinding(() -> {
        String css = String.format(Locale.ROOT, ".ikonli-font-icon { -fx-icon-size: %dpx; }%n"
                + ".ikonli-font-icon.large-icon { -fx-icon-size: %dpx; }%n",
                Math.round(BASE_ICON_PX * factor.get()), Math.round(LARGE_ICON_PX * factor.get()));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }, factor);

    /** The scale factor (1 is 100 %); any value is taken to the nearest step. */
    public DoubleProperty factorProperty() {
        return factor;
    }

    public double factor() {
        return factor.get();
    }

    /** The inline style that sets the base font size of a root at this scale. */
    public StringBinding fontStyle() {
        return fontStyle;
    }

    /**
     * A stylesheet (a {@code data:} URL) that draws every font icon at this scale (18 px at 100 %; the class
     * {@code large-icon}, 56 px); a root that lists it has its icons grow and shrink with the text.
     */
    public StringBinding iconStylesheet() {
        return iconStylesheet;
    }

    /** One step larger, up to 250 %. */
    public void zoomIn() {
        int i = index();
        factor.set(STEPS[Math.min(i + 1, STEPS.length - 1)]);
    }

    /** One step smaller, down to 80 %. */
    public void zoomOut() {
        int i = index();
        factor.set(STEPS[Math.max(i - 1, 0)]);
    }

    public void reset() {
        factor.set(1.0);
    }

    public BooleanBinding canZoomIn() {
        return factor.lessThan(STEPS[STEPS.length - 1]);
    }

    public BooleanBinding canZoomOut() {
        return factor.greaterThan(STEPS[0]);
    }

    public BooleanBinding isActualSize() {
        return factor.isEqualTo(1.0, 1e-9);
    }

    private int index() {
        for (int i = 0; i < STEPS.length; i++) {
            if (Math.abs(STEPS[i] - factor.get()) < 1e-9) {
                return i;
            }
        }
        return 2;
    }

    private static double nearestStep(double value) {
        double best = 1.0;
        for (double s : STEPS) {
            if (Math.abs(s - value) < Math.abs(best - value)) {
                best = s;
            }
        }
        return best;
    }
}
