package org.kgexplorer.core.graph.layout;

import java.util.Map;

/**
 * The positions of every node after one layout step, immutable and safe to read from any thread. Coordinates are
 * layout units with y growing downwards, as on screen (the hierarchical layout puts its root at the smallest y).
 * Snapshots of the same {@link #structure()} share their ids and index, so a reader may cache a mapping from its own
 * node order to snapshot indices while the structure stays the same.
 */
public final class LayoutSnapshot {
    private static final LayoutSnapshot EMPTY = new LayoutSnapshot(new String[0], Map.of(), new float[0],
            new float[0], 0, -1, true);

    private final String[] ids;
    private final Map<String, Integer> index;
    private final float[] x;
    private final float[] y;
    private final long step;
    private final long structure;
    private final boolean settled;

    LayoutSnapshot(String[] ids, Map<String, Integer> index, float[] x, float[] y, long step, long structure,
            boolean settled) {
        this.ids = ids;
        this.index = index;
        this.x = x;
        this.y = y;
        this.step = step;
        this.structure = structure;
        this.settled = settled;
    }

    /** The snapshot of a layout that has no nodes yet. */
    public static LayoutSnapshot empty() {
        return EMPTY;
    }

    /** The number of nodes. */
    public int size() {
        return ids.length;
    }

    /** The index of a node, or -1 when the snapshot does not have it (yet). */
    public int indexOf(String nodeId) {
        Integer i = index.get(nodeId);
        return i == null ? -1 : i;
    }

    public String id(int i) {
        return ids[i];
    }

    public float x(int i) {
        return x[i];
    }

    public float y(int i) {
        return y[i];
    }

    /** How many steps the layout had made when this was taken. */
    public long step() {
        return step;
    }

    /** True when the layout had settled (see {@link Settling}); it restarts when the graph changes. */
    public boolean settled() {
        return settled;
    }

    /** Changes whenever nodes or edges were added or removed; equal values mean equal ids at equal indices. */
    public long structure() {
        return structure;
    }

    /** A copy of the x coordinates in index order. */
    public float[] xs() {
        return x.clone();
    }

    /** A copy of the y coordinates in index order. */
    public float[] ys() {
        return y.clone();
    }
}
