package org.kgexplorer.ui.graph.render;

import java.util.Objects;

/**
 * How the nodes of one class are drawn: the legend text, the fill colour (ARGB) and the shape.
 */
public record NodeStyle(String legend, int argb, Shape shape) {

    /** The node shapes the renderer draws. */
    public enum Shape { CIRCLE, SQUARE, DIAMOND, TRIANGLE, HEXAGON }

    public NodeStyle {
        Objects.requireNonNull(legend, "legend");
        Objects.requireNonNull(shape, "shape");
    }
}
