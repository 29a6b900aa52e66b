package org.kgexplorer.core.graph.layout;

/**
 * The root in the centre and every other node on the ring of its distance from the root (ring d at radius d times
 * {@link #setRingGap ring gap}); each node's children in the breadth-first tree share its angular sector in
 * proportion to the leaves below them, so branches fan out without crossing. Every other component gets its own
 * radial picture around its best connected node, placed in a row to the right.
 */
public final class RadialLayout extends TargetLayout {
    private volatile double ringGap = 10;

    @Override
    public String getLayoutAlgorithmName() {
        return "Radial";
    }

    /** The distance between rings, in layout units (10). */
    public void setRingGap(double gap) {
        ringGap = gap;
        reheat();
    }

    @Override
    void computeTargets(double[] tx, double[] ty) {
        int n = graph.nodeCount();
        BreadthFirst walk = new BreadthFirst(graph, rootIndex());
        double[] weight = new double[n];
        double[] sectorStart = new double[n];
        double[] sectorSpan = new double[n];
        double[] cursor = new double[n];
        for (int k = n - 1; k >= 0; k--) {
            int v = walk.order[k];
            weight[v] = Math.max(weight[v], 1);
            if (walk.parent[v] >= 0) {
                weight[walk.parent[v]] += weight[v];
            }
        }
        double right = 0;
        for (int c = 0; c < walk.components; c++) {
            int from = walk.componentStart[c];
            int to = walk.componentStart[c + 1];
            int maxDepth = 0;
            for (int k = from; k < to; k++) {
                maxDepth = Math.max(maxDepth, walk.depth[walk.order[k]]);
            }
            double radius = maxDepth * ringGap;
            double cx = c == 0 ? 0 : right + ringGap + radius;
            right = cx + radius;
            for (int k = from; k < to; k++) {
                int v = walk.order[k];
                int p = walk.parent[v];
                if (p < 0) {
                    sectorStart[v] = 0;
                    sectorSpan[v] = 2 * Math.PI;
                    tx[v] = cx;
                    ty[v] = 0;
                } else {
                    sectorStart[v] = cursor[p];
                    sectorSpan[v] = sectorSpan[p] * weight[v] / weight[p];
                    cursor[p] += sectorSpan[v];
                    double angle = sectorStart[v] + sectorSpan[v] / 2;
                    double r = walk.depth[v] * ringGap;
                    tx[v] = cx + r * Math.cos(angle);
                    ty[v] = r * Math.sin(angle);
                }
                cursor[v] = sectorStart[v];
            }
        }
    }
}
