package org.kgexplorer.ui.graph;

import java.util.function.Supplier;

import org.kgexplorer.core.graph.layout.LayoutSnapshot;

/** Positions read from a layout's latest published snapshot (thread-safe, as the snapshots are immutable). */
public final class LayoutPositions implements PositionSource {
    private final Supplier<LayoutSnapshot> snapshots;

    /** @param snapshots the latest snapshot, e.g. {@code runner::snapshot} of a LayoutRunner */
    public LayoutPositions(Supplier<LayoutSnapshot> snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void positions(String[] ids, float[] x, float[] y) {
        LayoutSnapshot s = snapshots.get();
        for (int i = 0; i < ids.length; i++) {
            int j = s == null ? -1 : s.indexOf(ids[i]);
            x[i] = j < 0 ? Float.NaN : s.x(j);
            y[i] = j < 0 ? Float.NaN : s.y(j);
        }
    }
}
