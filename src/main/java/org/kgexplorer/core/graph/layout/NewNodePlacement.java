package org.kgexplorer.core.graph.layout;

import java.util.SplittableRandom;

/**
 * Where nodes without a position start: next to a neighbour that has one (at about the graph's mean edge length, in
 * a random direction), so expanding a node grows the picture where the user looks instead of scattering it; nodes
 * with no placed node in reach start in a disc around the placed ones; a graph with nothing placed yet starts as a
 * random disc whose area grows with the number of nodes.
 */
final class NewNodePlacement {
    /** Receives a node's new position. */
    interface Placer {
        void place(int node, double x, double y);
    }

    /** Spacing of the first random disc, in layout units per node (about an edge length of ForceAtlas2). */
    static final double UNIT = 2;

    private NewNodePlacement() {
    }

    static void place(LayoutGraph graph, SplittableRandom random, Placer placer) {
        int n = graph.nodeCount();
        boolean[] placed = graph.placed;
        int waiting = 0;
        for (int i = 0; i < n; i++) {
            if (!placed[i]) {
                waiting++;
            }
        }
        if (waiting == 0) {
            return;
        }
        if (waiting == n) {
            double radius = UNIT * Math.sqrt(n);
            for (int i = 0; i < n; i++) {
                inDisc(placer, random, i, 0, 0, radius);
            }
            return;
        }
        double length = meanEdgeLength(graph);
        int[] start = graph.adjacencyStart();
        int[] adjacency = graph.adjacency();
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (placed[i]) {
                for (int k = start[i]; k < start[i + 1]; k++) {
                    if (!placed[adjacency[k]]) {
                        queue[tail++] = i;
                        break;
                    }
                }
            }
        }
        while (head < tail) {
            int u = queue[head++];
            for (int k = start[u]; k < start[u + 1]; k++) {
                int v = adjacency[k];
                if (!placed[v]) {
                    double angle = random.nextDouble() * 2 * Math.PI;
                    double distance = length * (0.5 + 0.5 * random.nextDouble());
                    placer.place(v, graph.x[u] + Math.cos(angle) * distance, graph.y[u] + Math.sin(angle) * distance);
                    queue[tail++] = v;
                }
            }
        }
        placeUnreached(graph, random, placer, length);
    }

    private static void placeUnreached(LayoutGraph graph, SplittableRandom random, Placer placer, double length) {
        int n = graph.nodeCount();
        double cx = 0;
        double cy = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (graph.placed[i]) {
                cx += graph.x[i];
                cy += graph.y[i];
                count++;
            }
        }
        cx /= count;
        cy /= count;
        double radius = 0;
        for (int i = 0; i < n; i++) {
            if (graph.placed[i]) {
                radius = Math.max(radius, Math.hypot(graph.x[i] - cx, graph.y[i] - cy));
            }
        }
        radius = Math.max(radius, length);
        for (int i = 0; i < n; i++) {
            if (!graph.placed[i]) {
                inDisc(placer, random, i, cx, cy, radius);
            }
        }
    }

    private static void inDisc(Placer placer, SplittableRandom random, int i, double cx, double cy, double radius) {
        double angle = random.nextDouble() * 2 * Math.PI;
        double r = radius * Math.sqrt(random.nextDouble());
        placer.place(i, cx + Math.cos(angle) * r, cy + Math.sin(angle) * r);
    }

    /** The mean length of the edges whose ends both have a place ({@link #UNIT} when there are none). */
    static double meanEdgeLength(LayoutGraph graph) {
        double sum = 0;
        int count = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = graph.from[e];
            int b = graph.to[e];
            if (a != b && graph.placed[a] && graph.placed[b]) {
                sum += Math.hypot(graph.x[a] - graph.x[b], graph.y[a] - graph.y[b]);
                count++;
            }
        }
        return count == 0 || sum == 0 ? UNIT : sum / count;
    }
}
