package org.kgexplorer.ui.graph.render;

/**
 * Everything one frame draws, decided by the level-of-detail rule before any pixel is touched, so the screen, the
 * PNG and the SVG show the same: the nodes and edges on screen, the node size, the labels placed, and whether
 * arrows, edge labels and antialiasing are on. Local pixel coordinates.
 */
public final class FramePlan {
    final RenderScene scene;
    final Viewport view;
    final double spacingPx;
    final float radius;
    final boolean arrows;
    final boolean antialias;
    final float[] sx;
    final float[] sy;
    final int[] nodes;
    final int nodeCount;
    final int[] edges;
    final int edgeCount;
    final PlacedLabels nodeLabels;
    final PlacedLabels edgeLabels;

    FramePlan(RenderScene scene, Viewport view, double spacingPx, float radius, boolean arrows, boolean antialias,
              float[] sx, float[] sy, int[] nodes, int nodeCount, int[] edges, int edgeCount,
              PlacedLabels nodeLabels, PlacedLabels edgeLabels) {
        this.scene = scene;
        this.view = view;
        this.spacingPx = spacingPx;
        this.radius = radius;
        this.arrows = arrows;
        this.antialias = antialias;
        this.sx = sx;
        this.sy = sy;
        this.nodes = nodes;
        this.nodeCount = nodeCount;
        this.edges = edges;
        this.edgeCount = edgeCount;
        this.nodeLabels = nodeLabels;
        this.edgeLabels = edgeLabels;
    }

    public RenderScene scene() { return scene; }

    public Viewport viewport() { return view; }

    /** Number of nodes drawn (those on screen). */
    public int nodesDrawn() { return nodeCount; }

    /** The i-th node drawn. */
    public int nodeDrawn(int i) { return nodes[i]; }

    public int edgesDrawn() { return edgeCount; }

    public int edgeDrawn(int i) { return edges[i]; }

    public PlacedLabels nodeLabels() { return nodeLabels; }

    public PlacedLabels edgeLabels() { return edgeLabels; }

    /** Node radius in local pixels. */
    public float nodeRadius() { return radius; }

    public boolean arrows() { return arrows; }

    public boolean antialias() { return antialias; }

    /** Local x of node n. */
    public float localX(int n) { return sx[n]; }

    public float localY(int n) { return sy[n]; }
}
