package org.kgexplorer.ui.graph.render;

import java.util.List;
import java.util.Objects;

/**
 * An immutable snapshot of what the graph canvas draws: node positions (graph coordinates), labels, styles and
 * state bits, and edges as index pairs. Built off the JavaFX thread, so it holds plain arrays only. The arrays
 * are taken as they are (not copied): callers must not change them after handing them over.
 */
public final class RenderScene {

    /** Node and edge state bits. */
    public static final byte SELECTED = 1, HIGHLIGHTED = 2, PINNED = 4, DIMMED = 8, MORE = 16;

    private static final NodeStyle DEFAULT_STYLE = new NodeStyle("", 0xFF7A8A9A, NodeStyle.Shape.CIRCLE);

    private final float[] x;
    private final float[] y;
    private final String[] label;
    private final int[] style;
    private final byte[] nodeState;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final String[] edgeLabel;
    private final byte[] edgeState;
    private final List<NodeStyle> styles;

    public RenderScene(float[] x, float[] y, String[] label, int[] style, byte[] nodeState,
                       int[] edgeFrom, int[] edgeTo, String[] edgeLabel, byte[] edgeState, List<NodeStyle> styles) {
        int n = x.length;
        requireLength("y", y.length, n);
        requireLength("label", label.length, n);
        requireLength("style", style.length, n);
        requireLength("nodeState", nodeState.length, n);
        int e = edgeFrom.length;
        requireLength("edgeTo", edgeTo.length, e);
        requireLength("edgeLabel", edgeLabel.length, e);
        requireLength("edgeState", edgeState.length, e);
        for (int i = 0; i < e; i++) {
            if (edgeFrom[i] < 0 || edgeFrom[i] >= n || edgeTo[i] < 0 || edgeTo[i] >= n) {
                throw new IllegalArgumentException("edge " + i + " refers to a node outside 0.." + (n - 1));
            }
        }
        this.x = x;
        this.y = y;
        this.label = label;
        this.style = style;
        this.nodeState = nodeState;
        this.edgeFrom = edgeFrom;
        this.edgeTo = edgeTo;
        this.edgeLabel = edgeLabel;
        this.edgeState = edgeState;
        this.styles = List.copyOf(Objects.requireNonNull(styles, "styles"));
    }

    /** A scene with no nodes and no edges. */
    public static RenderScene empty() {
        return new RenderScene(new float[0], new float[0], new String[0], new int[0], new byte[0],
                new int[0], new int[0], new String[0], new byte[0], List.of());
    }

    private static void requireLength(String name, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(name + " has " + actual + " entries, expected " + expected);
        }
    }

    public int nodeCount() { return x.length; }

    public int edgeCount() { return edgeFrom.length; }

    public float x(int n) { return x[n]; }

    public float y(int n) { return y[n]; }

    /** The node's label, or null when it has none. */
    public String label(int n) { return label[n]; }

    /** Index into {@link #styles()}; out of range means the default style. */
    public int style(int n) { return style[n]; }

    public byte nodeState(int n) { return nodeState[n]; }

    public boolean nodeHas(int n, byte bit) { return (nodeState[n] & bit) != 0; }

    public int edgeFrom(int e) { return edgeFrom[e]; }

    public int edgeTo(int e) { return edgeTo[e]; }

    /** The edge's label, or null when it has none. */
    public String edgeLabel(int e) { return edgeLabel[e]; }

    public byte edgeState(int e) { return edgeState[e]; }

    public boolean edgeHas(int e, byte bit) { return (edgeState[e] & bit) != 0; }

    public List<NodeStyle> styles() { return styles; }

    /** The style of node n, falling back to a neutral grey circle when its index is out of range. */
    public NodeStyle styleOf(int n) {
        int s = style[n];
        return s >= 0 && s < styles.size() ? styles.get(s) : DEFAULT_STYLE;
    }

    /** Whether {@code other} has the very same nodes' labels and edges (it came from this one by a with- method). */
    boolean sameTopology(RenderScene other) {
        return other.label == label && other.edgeFrom == edgeFrom && other.edgeTo == edgeTo;
    }

    /** Same nodes and edges at new positions (a layout step); shares every other array. */
    public RenderScene withPositions(float[] x, float[] y) {
        return new RenderScene(x, y, label, style, nodeState, edgeFrom, edgeTo, edgeLabel, edgeState, styles);
    }

    /** Same nodes, edges and positions with new state bits (selection, highlight, pins). */
    public RenderScene withStates(byte[] nodeState, byte[] edgeState) {
        return new RenderScene(x, y, label, style, nodeState, edgeFrom, edgeTo, edgeLabel, edgeState, styles);
    }
}
