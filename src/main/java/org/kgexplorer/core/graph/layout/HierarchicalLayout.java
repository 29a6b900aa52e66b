package org.kgexplorer.core.graph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Layers from top to bottom (y grows downwards), either by breadth-first depth from a root (edges in either
 * direction, the default: it suits a node opened with its neighbours) or by the longest path along the edges'
 * direction (cycles broken where a depth-first walk closes them); the nodes of each layer ordered by the barycentre
 * of their neighbours in the layer above, then below, a few sweeps, to reduce crossings. Components side by side.
 *
 * <p>A layer wider than the view's aspect ratio allows wraps into rows (half a layer gap apart), in its order: an
 * entity with forty neighbours otherwise made one line forty nodes long, running off both sides of a screen-shaped
 * view once fitted, with the labels unreadably small. The row length is the one whose whole drawing comes nearest
 * the view's shape.
 */
public final class HierarchicalLayout extends TargetLayout {
    /** How nodes get their layer. */
    public enum Layering { BREADTH_FIRST, LONGEST_PATH }

    private static final int SWEEPS = 8;

    private volatile Layering layering = Layering.BREADTH_FIRST;
    private volatile double layerGap = 10;
    private volatile double nodeGap = 5;
    private volatile double aspect = 16.0 / 10;

    @Override
    public String getLayoutAlgorithmName() {
        return "Hierarchical";
    }

    public void setLayering(Layering value) {
        layering = value;
        reheat();
    }

    /** Distances between layers (10) and between neighbours in a layer (5), in layout units. */
    public void setGaps(double betweenLayers, double betweenNodes) {
        layerGap = betweenLayers;
        nodeGap = betweenNodes;
        reheat();
    }

    /** The view's width over its height, which long layers wrap to; 16:10 until told. */
    public void setAspect(double widthOverHeight) {
        if (!(widthOverHeight > 0) || Double.isInfinite(widthOverHeight) || widthOverHeight == aspect) {
            return;
        }
        aspect = widthOverHeight;
        reheat();
    }

    @Override
    void computeTargets(double[] tx, double[] ty) {
        BreadthFirst walk = new BreadthFirst(graph, rootIndex());
        int[] layer = layering == Layering.LONGEST_PATH ? LongestPathLayers.of(graph) : walk.depth;
        double[] position = new double[graph.nodeCount()];
        double left = 0;
        for (int c = 0; c < walk.components; c++) {
            List<List<Integer>> layers = new ArrayList<>();
            for (int k = walk.componentStart[c]; k < walk.componentStart[c + 1]; k++) {
                int v = walk.order[k];
                while (layers.size() <= layer[v]) {
                    layers.add(new ArrayList<>());
                }
                layers.get(layer[v]).add(v);
            }
            order(layers, layer, position);
            int widest = layers.stream().mapToInt(List::size).max().orElse(1);
            int row = rowLength(layers, widest);
            double width = (Math.min(row, widest) - 1) * nodeGap;
            double y = 0;
            for (List<Integer> nodes : layers) {
                for (int first = 0; first < nodes.size(); first += row) {
                    int count = Math.min(row, nodes.size() - first);
                    double offset = left + (width - (count - 1) * nodeGap) / 2;
                    for (int p = 0; p < count; p++) {
                        int v = nodes.get(first + p);
                        tx[v] = offset + p * nodeGap;
                        ty[v] = y;
                    }
                    y += first + row < nodes.size() ? rowGap() : 0;
                }
                y += layerGap;
            }
            left += width + 2 * nodeGap;
        }
    }

    /** Nodes per row: the length from 1 to the widest layer whose drawing's shape is nearest the view's. */
    private int rowLength(List<List<Integer>> layers, int widest) {
        int best = widest;
        double bestMiss = Double.POSITIVE_INFINITY;
        for (int row = widest; row >= 1; row--) {
            double height = 0;
            for (List<Integer> nodes : layers) {
                height += ((nodes.size() + row - 1) / row - 1) * rowGap();
            }
            height += (layers.size() - 1) * layerGap;
            double width = (row - 1) * nodeGap;
            // a drawing with no height or no width yet: count it as a gap of each, as its labels will take
            double miss = Math.abs(Math.log(Math.max(width, nodeGap) / Math.max(height, layerGap) / aspect));
            if (miss < bestMiss - 1e-9) {
                best = row;
                bestMiss = miss;
            }
        }
        return best;
    }

    private double rowGap() {
        return layerGap / 2;
    }

    /** Barycentre sweeps: down (neighbours in the layer above), then up, and so on; stable sorts. */
    private void order(List<List<Integer>> layers, int[] layer, double[] position) {
        for (List<Integer> nodes : layers) {
            for (int p = 0; p < nodes.size(); p++) {
                position[nodes.get(p)] = p;
            }
        }
        int[] start = graph.adjacencyStart();
        int[] adjacency = graph.adjacency();
        double[] key = new double[position.length];
        Comparator<Integer> byKey = Comparator.comparingDouble(v -> key[v]);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int s = 1; s < layers.size(); s++) {
                int l = down ? s : layers.size() - 1 - s;
                int reference = down ? l - 1 : l + 1;
                List<Integer> nodes = layers.get(l);
                for (int v : nodes) {
                    double sum = 0;
                    int count = 0;
                    for (int k = start[v]; k < start[v + 1]; k++) {
                        if (layer[adjacency[k]] == reference) {
                            sum += position[adjacency[k]];
                            count++;
                        }
                    }
                    key[v] = count == 0 ? position[v] : sum / count;
                }
                nodes.sort(byKey);
                for (int p = 0; p < nodes.size(); p++) {
                    position[nodes.get(p)] = p;
                }
            }
        }
    }

    /** Layers by the longest directed path from a source; edges closing a cycle are left out. */
    static final class LongestPathLayers {
        private LongestPathLayers() {
        }

        static int[] of(LayoutGraph graph) {
            int n = graph.nodeCount();
            int m = graph.edgeCount();
            int[] outStart = new int[n + 1];
            for (int e = 0; e < m; e++) {
                outStart[graph.from[e] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                outStart[i + 1] += outStart[i];
            }
            int[] out = new int[m];
            int[] fill = Arrays.copyOf(outStart, n);
            for (int e = 0; e < m; e++) {
                out[fill[graph.from[e]]++] = graph.to[e];
            }
            boolean[] kept = acyclic(n, outStart, out);
            int[] indegree = new int[n];
            for (int k = 0; k < m; k++) {
                if (kept[k]) {
                    indegree[out[k]]++;
                }
            }
            int[] queue = new int[n];
            int tail = 0;
            for (int i = 0; i < n; i++) {
                if (indegree[i] == 0) {
                    queue[tail++] = i;
                }
            }
            int[] layer = new int[n];
            for (int head = 0; head < tail; head++) {
                int u = queue[head];
                for (int k = outStart[u]; k < outStart[u + 1]; k++) {
                    if (kept[k]) {
                        int v = out[k];
                        layer[v] = Math.max(layer[v], layer[u] + 1);
                        if (--indegree[v] == 0) {
                            queue[tail++] = v;
                        }
                    }
                }
            }
            return layer;
        }

        /** Marks the out-edges a depth-first walk does not find closing a cycle (self-loops included). */
        private static boolean[] acyclic(int n, int[] outStart, int[] out) {
            boolean[] kept = new boolean[out.length];
            byte[] state = new byte[n];
            int[] stack = new int[n];
            int[] next = new int[n];
            for (int s = 0; s < n; s++) {
                if (state[s] != 0) {
                    continue;
                }
                int top = 0;
                stack[top++] = s;
                state[s] = 1;
                next[s] = outStart[s];
                while (top > 0) {
                    int u = stack[top - 1];
                    if (next[u] == outStart[u + 1]) {
                        state[u] = 2;
                        top--;
                        continue;
                    }
                    int k = next[u]++;
                    int v = out[k];
                    if (state[v] == 1) {
                        continue;
                    }
                    kept[k] = true;
                    if (state[v] == 0) {
                        state[v] = 1;
                        next[v] = outStart[v];
                        stack[top++] = v;
                    }
                }
            }
            return kept;
        }
    }
}
