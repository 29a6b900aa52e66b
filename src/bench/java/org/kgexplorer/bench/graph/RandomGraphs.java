package org.kgexplorer.bench.graph;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;

/**
 * The seeded random graphs every graph benchmark uses, so ours and the stock components see the same graph: n nodes
 * with ids {@code n0 .. n<n-1>}, each labelled {@code "Node <i>"} (attribute {@code ui.label}, which GraphStream's
 * viewers draw), and edges between distinct random endpoints, no self-loops and no two edges between the same pair.
 */
public final class RandomGraphs {
    /** The seed of every benchmark graph. */
    public static final long SEED = 20_260_428L;

    private RandomGraphs() {
    }

    /** A graph of {@code nodes} nodes and {@code 2 * nodes} edges from {@link #SEED}. */
    public static Graph create(int nodes) {
        return create(nodes, 2L * nodes, SEED);
    }

    /** A graph of {@code nodes} nodes and {@code edges} edges drawn with {@code new SplittableRandom(seed)}. */
    public static Graph create(int nodes, long edges, long seed) {
        if (nodes < 2 && edges > 0) {
            throw new IllegalArgumentException("Edges need at least two nodes");
        }
        long possible = (long) nodes * (nodes - 1) / 2;
        if (edges > possible) {
            throw new IllegalArgumentException(edges + " edges do not fit between " + nodes + " nodes");
        }
        Graph graph = new MultiGraph("random-" + nodes + "-" + edges + "-" + seed, false, true, nodes, (int) edges);
        for (int i = 0; i < nodes; i++) {
            graph.addNode(nodeId(i)).setAttribute("ui.label", "Node " + i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<Long> pairs = new HashSet<>();
        long added = 0;
        while (added < edges) {
            int a = random.nextInt(nodes);
            int b = random.nextInt(nodes);
            if (a == b || !pairs.add((long) Math.min(a, b) * nodes + Math.max(a, b))) {
                continue;
            }
            graph.addEdge("e" + added, nodeId(a), nodeId(b), true);
            added++;
        }
        return graph;
    }

    /** The id of node {@code i}. */
    public static String nodeId(int i) {
        return "n" + i;
    }
}
