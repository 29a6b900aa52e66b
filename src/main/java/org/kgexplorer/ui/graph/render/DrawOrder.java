package org.kgexplorer.ui.graph.render;

/**
 * The order in which a frame's nodes and edges are drawn, the same for screen and exports: faded below, normal,
 * then highlighted, then selected on top; nodes of one style together so the colour changes as rarely as possible.
 */
final class DrawOrder {
    static final int EDGE_DIMMED = 0, EDGE_NORMAL = 1, EDGE_MORE = 2, EDGE_HIGHLIGHTED = 3, EDGE_SELECTED = 4;
    static final int EDGE_GROUPS = 5;
    private static final int NODE_LAYERS = 4;

    private DrawOrder() {
    }

    static int nodeLayer(RenderScene scene, int n) {
        byte s = scene.nodeState(n);
        if ((s & RenderScene.SELECTED) != 0) {
            return 3;
        }
        if ((s & RenderScene.HIGHLIGHTED) != 0) {
            return 2;
        }
        return (s & RenderScene.DIMMED) != 0 ? 0 : 1;
    }

    static int edgeGroup(RenderScene scene, int e) {
        byte s = scene.edgeState(e);
        if ((s & RenderScene.SELECTED) != 0) {
            return EDGE_SELECTED;
        }
        if ((s & RenderScene.HIGHLIGHTED) != 0) {
            return EDGE_HIGHLIGHTED;
        }
        if ((s & RenderScene.DIMMED) != 0) {
            return EDGE_DIMMED;
        }
        boolean more = scene.nodeHas(scene.edgeFrom(e), RenderScene.MORE)
                || scene.nodeHas(scene.edgeTo(e), RenderScene.MORE);
        return more ? EDGE_MORE : EDGE_NORMAL;
    }

    /** The plan's visible nodes sorted by layer, then style (a counting sort: linear). */
    static int[] nodes(FramePlan plan) {
        RenderScene scene = plan.scene;
        int styles = scene.styles().size() + 1;
        int keys = NODE_LAYERS * styles;
        int[] key = new int[plan.nodeCount];
        int[] start = new int[keys + 1];
        for (int k = 0; k < plan.nodeCount; k++) {
            int n = plan.nodes[k];
            int style = scene.style(n);
            int s = style >= 0 && style < styles - 1 ? style : styles - 1;
            key[k] = nodeLayer(scene, n) * styles + s;
            start[key[k] + 1]++;
        }
        for (int i = 0; i < keys; i++) {
            start[i + 1] += start[i];
        }
        int[] out = new int[plan.nodeCount];
        for (int k = 0; k < plan.nodeCount; k++) {
            out[start[key[k]]++] = plan.nodes[k];
        }
        return out;
    }
}
