package org.kgexplorer.core.graph.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The nodes and edges a layout works on, in flat arrays indexed 0..n-1 and 0..m-1 so a step walks plain arrays.
 * Removal swaps the last element into the hole, so indices are dense but not stable across structural changes;
 * {@link #structure()} counts those changes. Layouts keep their own per-node state in extra columns that are
 * grown and swapped together with the positions. Not thread-safe: only the layout's compute thread touches it.
 */
final class LayoutGraph {
    private int n;
    private String[] ids = new String[16];
    double[] x = new double[16];
    double[] y = new double[16];
    boolean[] pinned = new boolean[16];
    boolean[] placed = new boolean[16];
    int[] degree = new int[16];
    private double[][] columns = new double[0][];
    private final Map<String, Integer> nodeIndex = new HashMap<>();

    private int m;
    private String[] edgeIds = new String[16];
    int[] from = new int[16];
    int[] to = new int[16];
    private final Map<String, Integer> edgeIndex = new HashMap<>();

    private long structure;
    private long adjacencyBuiltFor = -1;
    private int[] adjacencyStart = new int[1];
    private int[] adjacency = new int[0];

    int nodeCount() {
        return n;
    }

    int edgeCount() {
        return m;
    }

    String id(int i) {
        return ids[i];
    }

    /** The node's index, or -1. */
    int indexOf(String id) {
        Integer i = nodeIndex.get(id);
        return i == null ? -1 : i;
    }

    /** Counts additions and removals of nodes and edges. */
    long structure() {
        return structure;
    }

    /** A copy of the node ids in index order. */
    String[] idsCopy() {
        return Arrays.copyOf(ids, n);
    }

    /** Adds a per-node column of doubles (zero for new nodes) kept in step with the node indices; returns its number. */
    int addColumn() {
        columns = Arrays.copyOf(columns, columns.length + 1);
        columns[columns.length - 1] = new double[x.length];
        return columns.length - 1;
    }

    /** The current array of a column; fetch it again after adding nodes, which may replace it. */
    double[] column(int c) {
        return columns[c];
    }

    /** Adds a node without a position yet; returns its index, or -1 when the id is already there. */
    int addNode(String id) {
        if (nodeIndex.containsKey(id)) {
            return -1;
        }
        if (n == x.length) {
            growNodes(n * 2);
        }
        ids[n] = id;
        x[n] = 0;
        y[n] = 0;
        pinned[n] = false;
        placed[n] = false;
        degree[n] = 0;
        for (double[] column : columns) {
            column[n] = 0;
        }
        nodeIndex.put(id, n);
        structure++;
        return n++;
    }

    private void growNodes(int capacity) {
        ids = Arrays.copyOf(ids, capacity);
        x = Arrays.copyOf(x, capacity);
        y = Arrays.copyOf(y, capacity);
        pinned = Arrays.copyOf(pinned, capacity);
        placed = Arrays.copyOf(placed, capacity);
        degree = Arrays.copyOf(degree, capacity);
        for (int c = 0; c < columns.length; c++) {
            columns[c] = Arrays.copyOf(columns[c], capacity);
        }
    }

    /** Removes a node and the edges that touch it; false when it is not there. */
    boolean removeNode(String id) {
        int i = indexOf(id);
        if (i < 0) {
            return false;
        }
        for (int e = m - 1; e >= 0; e--) {
            if (from[e] == i || to[e] == i) {
                removeEdgeAt(e);
            }
        }
        int last = n - 1;
        nodeIndex.remove(id);
        if (i != last) {
            ids[i] = ids[last];
            x[i] = x[last];
            y[i] = y[last];
            pinned[i] = pinned[last];
            placed[i] = placed[last];
            degree[i] = degree[last];
            for (double[] column : columns) {
                column[i] = column[last];
            }
            nodeIndex.put(ids[i], i);
            for (int e = 0; e < m; e++) {
                if (from[e] == last) {
                    from[e] = i;
                }
                if (to[e] == last) {
                    to[e] = i;
                }
            }
        }
        ids[last] = null;
        n--;
        structure++;
        return true;
    }

    /** Adds an edge between two known nodes; false when an end is unknown or the id is already there. */
    boolean addEdge(String id, String source, String target) {
        int a = indexOf(source);
        int b = indexOf(target);
        if (a < 0 || b < 0 || edgeIndex.containsKey(id)) {
            return false;
        }
        if (m == from.length) {
            edgeIds = Arrays.copyOf(edgeIds, m * 2);
            from = Arrays.copyOf(from, m * 2);
            to = Arrays.copyOf(to, m * 2);
        }
        edgeIds[m] = id;
        from[m] = a;
        to[m] = b;
        if (a != b) {
            degree[a]++;
            degree[b]++;
        }
        edgeIndex.put(id, m++);
        structure++;
        return true;
    }

    boolean removeEdge(String id) {
        Integer e = edgeIndex.get(id);
        if (e == null) {
            return false;
        }
        removeEdgeAt(e);
        return true;
    }

    private void removeEdgeAt(int e) {
        if (from[e] != to[e]) {
            degree[from[e]]--;
            degree[to[e]]--;
        }
        edgeIndex.remove(edgeIds[e]);
        int last = m - 1;
        if (e != last) {
            edgeIds[e] = edgeIds[last];
            from[e] = from[last];
            to[e] = to[last];
            edgeIndex.put(edgeIds[e], e);
        }
        edgeIds[last] = null;
        m--;
        structure++;
    }

    void clear() {
        Arrays.fill(ids, 0, n, null);
        Arrays.fill(edgeIds, 0, m, null);
        n = 0;
        m = 0;
        nodeIndex.clear();
        edgeIndex.clear();
        structure++;
    }

    /** Start of node i's neighbours (either direction, self-loops left out) in {@link #adjacency()}. */
    int[] adjacencyStart() {
        buildAdjacency();
        return adjacencyStart;
    }

    /** The neighbours of every node, node i's from {@code adjacencyStart()[i]} to {@code adjacencyStart()[i + 1]}. */
    int[] adjacency() {
        buildAdjacency();
        return adjacency;
    }

    private void buildAdjacency() {
        if (adjacencyBuiltFor == structure) {
            return;
        }
        if (adjacencyStart.length < n + 1) {
            adjacencyStart = new int[x.length + 1];
        }
        Arrays.fill(adjacencyStart, 0, n + 1, 0);
        int entries = 0;
        for (int e = 0; e < m; e++) {
            if (from[e] != to[e]) {
                adjacencyStart[from[e] + 1]++;
                adjacencyStart[to[e] + 1]++;
                entries += 2;
            }
        }
        for (int i = 0; i < n; i++) {
            adjacencyStart[i + 1] += adjacencyStart[i];
        }
        if (adjacency.length < entries) {
            adjacency = new int[Math.max(entries, adjacency.length * 2)];
        }
        int[] fill = Arrays.copyOf(adjacencyStart, n);
        for (int e = 0; e < m; e++) {
            if (from[e] != to[e]) {
                adjacency[fill[from[e]]++] = to[e];
                adjacency[fill[to[e]]++] = from[e];
            }
        }
        adjacencyBuiltFor = structure;
    }
}
