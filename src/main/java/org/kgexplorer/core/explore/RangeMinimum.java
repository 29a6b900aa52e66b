package org.kgexplorer.core.explore;

/** Answers "which position holds the smallest value between i and j" in logarithmic time (a segment tree). */
final class RangeMinimum {
    private final int[] values;
    private final int size;
    private final int[] tree;

    RangeMinimum(int[] values) {
        this.values = values;
        int s = 1;
        while (s < Math.max(1, values.length)) {
            s <<= 1;
        }
        size = s;
        tree = new int[2 * s];
        for (int i = 0; i < s; i++) {
            tree[s + i] = i < values.length ? i : -1;
        }
        for (int i = s - 1; i >= 1; i--) {
            tree[i] = better(tree[2 * i], tree[2 * i + 1]);
        }
    }

    private int better(int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        return values[b] < values[a] || (values[b] == values[a] && b < a) ? b : a;
    }

    /** The position of the smallest value in [from, to), the first one on ties; -1 when the range is empty. */
    int argMin(int from, int to) {
        int result = -1;
        int lo = from + size;
        int hi = to + size;
        while (lo < hi) {
            if ((lo & 1) == 1) {
                result = better(result, tree[lo++]);
            }
            if ((hi & 1) == 1) {
                result = better(result, tree[--hi]);
            }
            lo >>= 1;
            hi >>= 1;
        }
        return result;
    }
}
