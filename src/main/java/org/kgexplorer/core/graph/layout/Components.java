package org.kgexplorer.core.graph.layout;

import java.util.Arrays;

/**
 * The connected components of a {@link LayoutGraph}, largest first: {@link #order} lists the nodes grouped by
 * component, component c being {@code order[start[c]] .. order[start[c + 1] - 1]}; {@link #of} gives each node's.
 */
final class Components {
    final int count;
    final int[] order;
    final int[] start;
    final int[] of;

    private Components(int count, int[] order, int[] start, int[] of) {
        this.count = count;
        this.order = order;
        this.start = start;
        this.of = of;
    }

    static Components of(LayoutGraph graph) {
        int n = graph.nodeCount();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = root(parent, graph.from[e]);
            int b = root(parent, graph.to[e]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            size[root(parent, i)]++;
        }
        int found = 0;
        Integer[] all = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (root(parent, i) == i) {
                all[found++] = i;
            }
        }
        Integer[] roots = Arrays.copyOf(all, found);
        Arrays.sort(roots, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a]) : Integer.compare(a, b));
        int[] of = new int[n];
        int[] rank = new int[n];
        for (int c = 0; c < roots.length; c++) {
            rank[roots[c]] = c;
        }
        int[] start = new int[roots.length + 1];
        for (int i = 0; i < n; i++) {
            of[i] = rank[root(parent, i)];
            start[of[i] + 1]++;
        }
        for (int c = 0; c < roots.length; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, roots.length);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[fill[of[i]]++] = i;
        }
        return new Components(roots.length, order, start, of);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    int size(int c) {
        return start[c + 1] - start[c];
    }
}
