package org.kgexplorer.core.graph.layout;

import java.util.Arrays;

/**
 * Breadth-first walks over the undirected graph, component by component, for the hierarchical and radial layouts:
 * each node's depth, its parent in the walk's tree, and the order of visits (each component contiguous, its root
 * first).
 */
final class BreadthFirst {
    final int[] depth;
    final int[] parent;
    final int[] order;
    /** Where each component starts in {@link #order}, plus the end: component c is [start[c], start[c + 1]). */
    final int[] componentStart;
    final int components;

    /**
     * Walks every component, starting from {@code root} when it is a node (its component first), elsewhere from the
     * node with the most neighbours (on ties the smallest id, so the result does not depend on insertion order).
     */
    BreadthFirst(LayoutGraph graph, int root) {
        int n = graph.nodeCount();
        depth = new int[n];
        parent = new int[n];
        order = new int[n];
        int[] starts = new int[n + 1];
        Arrays.fill(depth, -1);
        Arrays.fill(parent, -1);
        int[] start = graph.adjacencyStart();
        int[] adjacency = graph.adjacency();
        int visited = 0;
        int count = 0;
        int first = root >= 0 && root < n ? root : hub(graph, -1);
        while (first >= 0) {
            starts[count++] = visited;
            depth[first] = 0;
            order[visited++] = first;
            for (int head = visited - 1; head < visited; head++) {
                int u = order[head];
                for (int k = start[u]; k < start[u + 1]; k++) {
                    int v = adjacency[k];
                    if (depth[v] < 0) {
                        depth[v] = depth[u] + 1;
                        parent[v] = u;
                        order[visited++] = v;
                    }
                }
            }
            first = visited < n ? hub(graph, -1) : -1;
        }
        starts[count] = visited;
        componentStart = Arrays.copyOf(starts, count + 1);
        components = count;
    }

    /** The unvisited node with the most neighbours, the smallest id on ties; -1 when all are visited. */
    private int hub(LayoutGraph graph, int none) {
        int best = none;
        for (int i = 0; i < graph.nodeCount(); i++) {
            if (depth[i] < 0 && (best < 0 || graph.degree[i] > graph.degree[best]
                    || graph.degree[i] == graph.degree[best] && graph.id(i).compareTo(graph.id(best)) < 0)) {
                best = i;
            }
        }
        return best;
    }
}
