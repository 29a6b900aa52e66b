package org.kgexplorer.core.graph.layout;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;

/** Small seeded graphs for the layout tests: nodes "n0".."n(k-1)", edges between distinct random pairs. */
final class TestGraphs {
    private TestGraphs() {
    }

    static Graph random(int nodes, int edges, long seed) {
        Graph graph = new MultiGraph("test", false, true);
        for (int i = 0; i < nodes; i++) {
            graph.addNode("n" + i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<Long> pairs = new HashSet<>();
        for (int e = 0; e < edges; ) {
            int a = random.nextInt(nodes);
            int b = random.nextInt(nodes);
            if (a != b && pairs.add((long) Math.min(a, b) * nodes + Math.max(a, b))) {
                graph.addEdge("e" + e++, "n" + a, "n" + b, true);
            }
        }
        return graph;
    }

    /** A directed tree: "r" with children "c0".."c(k-1)", each with grandchildren "c<i>g<j>". */
    static Graph tree(int children, int grandchildren) {
        Graph graph = new MultiGraph("tree", false, true);
        graph.addNode("r");
        for (int i = 0; i < children; i++) {
            graph.addNode("c" + i);
            graph.addEdge("r-c" + i, "r", "c" + i, true);
            for (int j = 0; j < grandchildren; j++) {
                String g = "c" + i + "g" + j;
                graph.addNode(g);
                graph.addEdge("c" + i + "-" + g, "c" + i, g, true);
            }
        }
        return graph;
    }

    static double distance(LayoutSnapshot s, String a, String b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return Math.hypot(s.x(i) - s.x(j), s.y(i) - s.y(j));
    }

    /** Computes until the layout settles or the budget runs out; returns the steps made. */
    static int settle(SnapshotLayout layout, int budget) {
        for (int step = 1; step <= budget; step++) {
            layout.compute();
            if (layout.snapshot().settled()) {
                return step;
            }
        }
        return budget + 1;
    }
}
