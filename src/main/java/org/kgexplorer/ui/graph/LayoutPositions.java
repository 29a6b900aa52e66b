package org.kgexplorer.ui.graph;

import java.util.function.Supplier;

import org.kgexplorer.core.graph.layout.LayoutSnapshot;

/**
 * Positions read from a layout's latest published snapshot. Thread-safe (the snapshots are immutable). While the
 * scene's nodes and the snapshot's structure stay the same, the scene-to-snapshot index mapping is kept, so a
 * layout step costs two array reads per node instead of a lookup by id.
 */
public final class LayoutPositions implements PositionSource {
    /** The mapping from one scene's node order to one snapshot structure's indices. */
    private record Mapping(String[] ids, long structure, int[] index) {
    }

    private final Supplier<LayoutSnapshot> snapshots;
    private volatile Mapping mapping;

    /** @param snapshots the latest snapshot, e.g. {@code runner::snapshot} of a LayoutRunner */
    public LayoutPositions(Supplier<LayoutSnapshot> snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void positions(String[] ids, float[] x, float[] y) {
        LayoutSnapshot s = snapshots.get();
        if (s == null) {
            PositionSource.NONE.positions(ids, x, y);
            return;
        }
        Mapping m = mapping;
        if (m == null || m.ids() != ids || m.structure() != s.structure()) {
            int[] index = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                index[i] = s.indexOf(ids[i]);
            }
            m = new Mapping(ids, s.structure(), index);
            mapping = m;
        }
        for (int i = 0; i < ids.length; i++) {
            int j = m.index()[i];
            x[i] = j < 0 ? Float.NaN : s.x(j);
            y[i] = j < 0 ? Float.NaN : s.y(j);
        }
    }
}
