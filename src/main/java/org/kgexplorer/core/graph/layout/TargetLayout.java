package org.kgexplorer.core.graph.layout;

import java.util.SplittableRandom;

/**
 * A layout that computes where every node belongs in one go (hierarchical, radial) and then, when animated, eases
 * the nodes there from where they are, a fixed fraction of the way per step, so switching layouts or growing the
 * graph moves the picture instead of jumping. Pinned nodes stay where they are. It recomputes after every change
 * to the graph, a pin, a position or the root.
 */
public abstract class TargetLayout extends SnapshotLayout {
    private static final double EASE = 0.35;

    private final int targetX;
    private final int targetY;
    private final SplittableRandom random = new SplittableRandom(7);
    private volatile boolean animated = true;
    private volatile String root;
    private boolean dirty = true;
    private boolean arrived;

    protected TargetLayout() {
        super(new Settling());
        targetX = graph.addColumn();
        targetY = graph.addColumn();
    }

    /** Computes the target of every node into tx, ty (entries of pinned nodes are ignored). */
    abstract void computeTargets(double[] tx, double[] ty);

    /** The node to start from (null: each component's best connected node). */
    public void setRoot(String nodeId) {
        enqueue(() -> {
            root = nodeId;
            changed();
        });
    }

    /** The root asked for, or null. */
    public String root() {
        return root;
    }

    /** The index of the root asked for, or -1 when none was asked for or it is not in the graph. */
    int rootIndex() {
        return root == null ? -1 : graph.indexOf(root);
    }

    /** Eases nodes to their places over several steps (true, the default) or puts them there in one step. */
    public void setAnimated(boolean on) {
        animated = on;
    }

    @Override
    void changed() {
        super.changed();
        dirty = true;
        arrived = false;
    }

    @Override
    boolean converged() {
        return arrived;
    }

    @Override
    void placeNewNodes() {
        NewNodePlacement.place(graph, random, this::setPosition);
    }

    @Override
    public void shake() {
        reheat();
    }

    @Override
    void step() {
        int n = graph.nodeCount();
        double[] tx = graph.column(targetX);
        double[] ty = graph.column(targetY);
        if (dirty) {
            computeTargets(tx, ty);
            dirty = false;
        }
        double fraction = animated ? EASE : 1;
        double extent = Settling.extent(tx, ty, n);
        boolean close = true;
        for (int i = 0; i < n; i++) {
            if (graph.pinned[i]) {
                continue;
            }
            double dx = tx[i] - graph.x[i];
            double dy = ty[i] - graph.y[i];
            graph.x[i] += dx * fraction;
            graph.y[i] += dy * fraction;
            close &= Math.hypot(dx, dy) * (1 - fraction) <= 1e-3 * Math.max(extent, 1);
        }
        if (close) {
            for (int i = 0; i < n; i++) {
                if (!graph.pinned[i]) {
                    graph.x[i] = tx[i];
                    graph.y[i] = ty[i];
                }
            }
            arrived = true;
        }
    }
}
