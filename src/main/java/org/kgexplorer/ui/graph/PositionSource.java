package org.kgexplorer.ui.graph;

/**
 * Where the layout has put the nodes. The graph view connects it to the layout's published snapshot
 * (LayoutSnapshot: indexOf(id), x(i), y(i)); it is read off the JavaFX thread, so it must be thread-safe.
 */
@FunctionalInterface
public interface PositionSource {
    /** No layout: every node falls back to a place near the node that brought it. */
    PositionSource NONE = (ids, x, y) -> {
        java.util.Arrays.fill(x, Float.NaN);
        java.util.Arrays.fill(y, Float.NaN);
    };

    /** Fills {@code x[i]}, {@code y[i]} with the position of node {@code ids[i]}, or NaN where it is not known. */
    void positions(String[] ids, float[] x, float[] y);
}
