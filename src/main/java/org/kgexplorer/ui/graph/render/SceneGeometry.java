package org.kgexplorer.ui.graph.render;

import java.util.Arrays;

/**
 * What the renderer derives from one scene once rather than every frame: the bounds, the typical spacing between
 * nodes (graph units), each node's degree and the order in which labels compete for room (highest degree first).
 * Degree and order depend only on the edges, so a scene that shares its edge arrays with the previous one (a
 * layout step, a state change) reuses them.
 */
final class SceneGeometry {
    private final RenderScene scene;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double spacing;
    private final int[] degree;
    private final int[] labelOrder;

    private SceneGeometry(RenderScene scene, int[] degree, int[] labelOrder) {
        this.scene = scene;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        int n = scene.nodeCount();
        for (int i = 0; i < n; i++) {
            float x = scene.x(i);
            float y = scene.y(i);
            if (x < x0) { x0 = x; }
            if (x > x1) { x1 = x; }
            if (y < y0) { y0 = y; }
            if (y > y1) { y1 = y; }
        }
        if (n == 0) {
            x0 = y0 = x1 = y1 = 0;
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
        // the side of the square each node would have if the nodes filled their bounds evenly
        double w = Math.max(x1 - x0, 0);
        double h = Math.max(y1 - y0, 0);
        double area = w > 0 && h > 0 ? w * h : Math.max(w, h) * Math.max(w, h);
        spacing = n > 1 && area > 0 ? Math.sqrt(area / n) : Double.POSITIVE_INFINITY;
        this.degree = degree;
        this.labelOrder = labelOrder;
    }

    /** The geometry of {@code scene}, reusing degree and label order from {@code previous} when the edges are the same. */
    static SceneGeometry of(RenderScene scene, SceneGeometry previous) {
        if (previous != null && previous.scene.sameTopology(scene)) {
            return new SceneGeometry(scene, previous.degree, previous.labelOrder);
        }
        int n = scene.nodeCount();
        int[] degree = new int[n];
        for (int e = 0; e < scene.edgeCount(); e++) {
            degree[scene.edgeFrom(e)]++;
            degree[scene.edgeTo(e)]++;
        }
        // sort by degree descending, then index, packed into longs so the sort needs no boxing
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) (Integer.MAX_VALUE - degree[i]) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return new SceneGeometry(scene, degree, order);
    }

    RenderScene scene() { return scene; }

    double minX() { return minX; }

    double minY() { return minY; }

    double maxX() { return maxX; }

    double maxY() { return maxY; }

    /** Typical distance between neighbouring nodes in graph units; infinite for fewer than two distinct points. */
    double spacing() { return spacing; }

    int degree(int node) { return degree[node]; }

    /** Node indices by label priority: highest degree first, then lowest index. */
    int[] labelOrder() { return labelOrder; }
}
