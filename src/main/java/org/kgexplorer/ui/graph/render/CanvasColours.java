package org.kgexplorer.ui.graph.render;

import java.util.List;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The canvas's theme colours as CSS properties ({@code -kgx-graph-background}, {@code -kgx-graph-foreground},
 * {@code -kgx-graph-accent}), so a stylesheet (or the view, through the properties) gives light and dark themes.
 */
final class CanvasColours {
    private static final CssMetaData<GraphCanvas, Color> BACKGROUND = meta("-kgx-graph-background",
            Color.web("#ffffff"), c -> c.colours().background);
    private static final CssMetaData<GraphCanvas, Color> FOREGROUND = meta("-kgx-graph-foreground",
            Color.web("#1f2328"), c -> c.colours().foreground);
    private static final CssMetaData<GraphCanvas, Color> ACCENT = meta("-kgx-graph-accent",
            Color.web("#0969da"), c -> c.colours().accent);
    static final List<CssMetaData<? extends Styleable, ?>> META;

    static {
        java.util.ArrayList<CssMetaData<? extends Styleable, ?>> all = new java.util.ArrayList<>(Region.getClassCssMetaData());
        all.addAll(List.of(BACKGROUND, FOREGROUND, ACCENT));
        META = List.copyOf(all);
    }

    final StyleableObjectProperty<Color> background;
    final StyleableObjectProperty<Color> foreground;
    final StyleableObjectProperty<Color> accent;

    CanvasColours(GraphCanvas canvas) {
        background = new SimpleStyleableObjectProperty<>(BACKGROUND, canvas, "background", BACKGROUND.getInitialValue(canvas));
        foreground = new SimpleStyleableObjectProperty<>(FOREGROUND, canvas, "foreground", FOREGROUND.getInitialValue(canvas));
        accent = new SimpleStyleableObjectProperty<>(ACCENT, canvas, "accent", ACCENT.getInitialValue(canvas));
        background.addListener((o, a, b) -> canvas.requestRedraw());
        foreground.addListener((o, a, b) -> canvas.requestRedraw());
        accent.addListener((o, a, b) -> canvas.requestRedraw());
    }

    Palette palette() {
        return new Palette(argb(background.get()), argb(foreground.get()), argb(accent.get()));
    }

    static int argb(Color c) {
        Color o = c == null ? Color.GRAY : c;
        return ((int) Math.round(o.getOpacity() * 255) << 24) | ((int) Math.round(o.getRed() * 255) << 16)
                | ((int) Math.round(o.getGreen() * 255) << 8) | (int) Math.round(o.getBlue() * 255);
    }

    private static CssMetaData<GraphCanvas, Color> meta(String property, Color initial,
                                                        java.util.function.Function<GraphCanvas, StyleableObjectProperty<Color>> get) {
        return new CssMetaData<>(property, ColorConverter.getInstance(), initial) {
            @Override
            public boolean isSettable(GraphCanvas canvas) {
                return !get.apply(canvas).isBound();
            }

            @Override
            public StyleableProperty<Color> getStyleableProperty(GraphCanvas canvas) {
                return get.apply(canvas);
            }
        };
    }
}
