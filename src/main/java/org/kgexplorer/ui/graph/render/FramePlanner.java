package org.kgexplorer.ui.graph.render;

/**
 * Applies the level-of-detail rule ({@link LevelOfDetail}) to a scene and a view: culls, sizes, places labels.
 * Culling is a linear pass over the projected positions (about 0.1 ms for 20,000 nodes here, far below the cost
 * of drawing), which needs no index to keep up to date while the layout moves every node.
 */
final class FramePlanner {
    static final float LABEL_PAD = 2;
    private final TextMeasure text;
    /** The interface's scale (View → Zoom): labels grow with the rest of the window's text. */
    private volatile float labelScale = 1;
    /** Every label and arrow of what is on screen, overlapping or not (for like-for-like measurements). */
    private volatile boolean everyLabel;

    FramePlanner(TextMeasure text) {
        this.text = text;
    }

    void setLabelScale(float scale) {
        labelScale = scale;
    }

    /**
     * Whether to skip the label budget and the arrow threshold: every node and edge on screen gets its label (at
     * least {@link LevelOfDetail#EVERY_LABEL_MIN_FONT} px, right of its node, wherever it falls, overlapping or
     * not) and every edge its arrowhead, as GraphStream's stock viewer draws them. Off by default.
     */
    void setEveryLabel(boolean every) {
        everyLabel = every;
    }

    /** A font size of the level-of-detail rule at the interface's scale; 0 (no labels) stays 0. */
    private int scaled(int font) {
        return font == 0 ? 0 : Math.round(font * labelScale);
    }

    FramePlan plan(SceneGeometry geometry, Viewport view, boolean resting) {
        RenderScene scene = geometry.scene();
        int n = scene.nodeCount();
        double spacingPx = geometry.spacing() * view.scale();
        float r = (float) LevelOfDetail.radius(spacingPx);
        float[] sx = new float[n];
        float[] sy = new float[n];
        boolean[] onScreen = new boolean[n];
        int[] nodes = new int[n];
        int nodeCount = 0;
        float w = (float) view.width();
        float h = (float) view.height();
        float margin = r * 4 + 2;
        double scale = view.scale();
        double ox = view.width() / 2 - view.centreX() * scale;
        double oy = view.height() / 2 - view.centreY() * scale;
        for (int i = 0; i < n; i++) {
            float x = (float) (scene.x(i) * scale + ox);
            float y = (float) (scene.y(i) * scale + oy);
            sx[i] = x;
            sy[i] = y;
            if (x >= -margin && x <= w + margin && y >= -margin && y <= h + margin) {
                onScreen[i] = true;
                nodes[nodeCount++] = i;
            }
        }
        int m = scene.edgeCount();
        int[] edges = new int[m];
        int edgeCount = 0;
        for (int e = 0; e < m; e++) {
            int a = scene.edgeFrom(e);
            int b = scene.edgeTo(e);
            if (onScreen[a] || onScreen[b] || crosses(sx[a], sy[a], sx[b], sy[b], w, h)) {
                edges[edgeCount++] = e;
            }
        }
        boolean antialias = LevelOfDetail.antialias(nodeCount, edgeCount, resting);
        PlacedLabels nodeLabels = new PlacedLabels();
        PlacedLabels edgeLabels = new PlacedLabels();
        boolean every = everyLabel;
        if (every) {
            placeEveryLabel(scene, spacingPx, r, sx, sy, nodes, nodeCount, edges, edgeCount, nodeLabels, edgeLabels);
        } else {
            LabelOccupancy occupancy = new LabelOccupancy(w, h);
            placeNodeLabels(geometry, spacingPx, r, sx, sy, onScreen, occupancy, nodeLabels);
            if (LevelOfDetail.edgeLabels(spacingPx)) {
                placeEdgeLabels(scene, r, sx, sy, edges, edgeCount, occupancy, edgeLabels);
            }
        }
        return new FramePlan(scene, view, spacingPx, r, every || LevelOfDetail.arrows(spacingPx), antialias, sx, sy,
                nodes, nodeCount, edges, edgeCount, nodeLabels, edgeLabels);
    }

    /** Every label of the nodes and edges on screen, right of its node or at the edge's middle, unchecked. */
    private void placeEveryLabel(RenderScene scene, double spacingPx, float r, float[] sx, float[] sy, int[] nodes,
                                 int nodeCount, int[] edges, int edgeCount, PlacedLabels nodeLabels,
                                 PlacedLabels edgeLabels) {
        int font = scaled(LevelOfDetail.everyLabelFont(spacingPx));
        int priorityFont = Math.max(font, scaled(LevelOfDetail.PRIORITY_FONT));
        for (int k = 0; k < nodeCount; k++) {
            int i = nodes[k];
            String label = LevelOfDetail.shown(scene.label(i));
            if (label == null) {
                continue;
            }
            boolean marked = scene.nodeHas(i, RenderScene.SELECTED) || scene.nodeHas(i, RenderScene.HIGHLIGHTED);
            int size = marked ? priorityFont : font;
            float lw = text.width(label, size) + 2 * LABEL_PAD;
            float lh = text.height(size);
            float nodeR = scene.nodeHas(i, RenderScene.MORE) ? r * 1.8f : r;
            float x = sx[i] + nodeR + 2;
            float y = sy[i] - lh / 2;
            nodeLabels.add(i, label, x, y, lw, lh, x + LABEL_PAD, y + text.ascent(size), size);
        }
        int edgeFont = scaled(LevelOfDetail.EDGE_LABEL_FONT);
        float lh = text.height(edgeFont);
        float ascent = text.ascent(edgeFont);
        for (int k = 0; k < edgeCount; k++) {
            int e = edges[k];
            String label = LevelOfDetail.shown(scene.edgeLabel(e));
            if (label == null) {
                continue;
            }
            float lw = text.width(label, edgeFont) + 2 * LABEL_PAD;
            float x = (sx[scene.edgeFrom(e)] + sx[scene.edgeTo(e)]) / 2 - lw / 2;
            float y = (sy[scene.edgeFrom(e)] + sy[scene.edgeTo(e)]) / 2 - lh / 2;
            edgeLabels.add(e, label, x, y, lw, lh, x + LABEL_PAD, y + ascent, edgeFont);
        }
    }

    /** Whether the segment's bounding box meets the view while both ends are off screen. */
    private static boolean crosses(float x0, float y0, float x1, float y1, float w, float h) {
        return Math.max(x0, x1) >= 0 && Math.min(x0, x1) <= w && Math.max(y0, y1) >= 0 && Math.min(y0, y1) <= h;
    }

    private void placeNodeLabels(SceneGeometry geometry, double spacingPx, float r, float[] sx, float[] sy,
                                 boolean[] onScreen, LabelOccupancy occupancy, PlacedLabels out) {
        RenderScene scene = geometry.scene();
        int font = scaled(LevelOfDetail.labelFont(spacingPx));
        int priorityFont = Math.max(font, scaled(LevelOfDetail.PRIORITY_FONT));
        boolean[] done = new boolean[scene.nodeCount()];
        int[] order = geometry.labelOrder();
        for (byte bit : new byte[] {RenderScene.SELECTED, RenderScene.HIGHLIGHTED}) {
            for (int i : order) {
                if (onScreen[i] && !done[i] && scene.nodeHas(i, bit)) {
                    done[i] = true;
                    placeNodeLabel(scene, i, priorityFont, r, sx, sy, occupancy, out);
                }
            }
        }
        if (font == 0) {
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            boolean dimmedPass = pass == 1;
            for (int i : order) {
                if (onScreen[i] && !done[i] && scene.nodeHas(i, RenderScene.DIMMED) == dimmedPass) {
                    done[i] = true;
                    placeNodeLabel(scene, i, font, r, sx, sy, occupancy, out);
                }
            }
        }
    }

    private void placeNodeLabel(RenderScene scene, int i, int font, float r, float[] sx, float[] sy,
                                LabelOccupancy occupancy, PlacedLabels out) {
        String label = LevelOfDetail.shown(scene.label(i));
        if (label == null) {
            return;
        }
        float lw = text.width(label, font) + 2 * LABEL_PAD;
        float lh = text.height(font);
        float ascent = text.ascent(font);
        float x = sx[i];
        float y = sy[i];
        float nodeR = scene.nodeHas(i, RenderScene.MORE) ? r * 1.8f : r;
        float[][] candidates = {
            {x + nodeR + 2, y - lh / 2},
            {x - nodeR - 2 - lw, y - lh / 2},
            {x - lw / 2, y + r + 1},
            {x - lw / 2, y - r - 1 - lh},
        };
        // First the places where the whole label shows; then, near an edge, below or above the node slid sideways
        // into the view. A label that fits in neither is left out, never drawn cut at the edge of the view.
        for (int pass = 0; pass < 2; pass++) {
            for (int k = pass == 1 ? 2 : 0; k < candidates.length; k++) {
                float cx = pass == 1 ? occupancy.slideInside(candidates[k][0], lw) : candidates[k][0];
                float cy = candidates[k][1];
                if (occupancy.inside(cx, cy, lw, lh) && occupancy.tryPlace(cx, cy, lw, lh)) {
                    out.add(i, label, cx, cy, lw, lh, cx + LABEL_PAD, cy + ascent, font);
                    return;
                }
            }
        }
    }

    private void placeEdgeLabels(RenderScene scene, float r, float[] sx, float[] sy, int[] edges, int edgeCount,
                                 LabelOccupancy occupancy, PlacedLabels out) {
        int font = scaled(LevelOfDetail.EDGE_LABEL_FONT);
        float lh = text.height(font);
        float ascent = text.ascent(font);
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < edgeCount; k++) {
                int e = edges[k];
                boolean marked = (scene.edgeState(e) & (RenderScene.SELECTED | RenderScene.HIGHLIGHTED)) != 0;
                if (marked != (pass == 0)) {
                    continue;
                }
                String label = LevelOfDetail.shown(scene.edgeLabel(e));
                if (label == null) {
                    continue;
                }
                float ax = sx[scene.edgeFrom(e)];
                float ay = sy[scene.edgeFrom(e)];
                float bx = sx[scene.edgeTo(e)];
                float by = sy[scene.edgeTo(e)];
                float lw = text.width(label, font) + 2 * LABEL_PAD;
                double length = Math.hypot(bx - ax, by - ay);
                if (length < lw + 2 * r + 8) {
                    continue;
                }
                float x = (ax + bx) / 2 - lw / 2;
                float y = (ay + by) / 2 - lh / 2;
                if (occupancy.tryPlace(x, y, lw, lh)) {
                    out.add(e, label, x, y, lw, lh, x + LABEL_PAD, y + ascent, font);
                }
            }
        }
    }
}
