package org.kgexplorer.core.graph.layout;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.graphstream.ui.geom.Point3;

/**
 * The common ground of our layouts: a GraphStream {@link Layout} that follows the graph it is a sink of and, after
 * every {@link #compute()}, publishes an immutable {@link LayoutSnapshot} for readers on any thread.
 *
 * <p>Events from the graph (and {@link #moveNode}, {@link #freezeNode}) may come from any thread: they are queued
 * and applied at the start of the next {@code compute()} on the layout's own thread, which also forwards them to
 * this pipe's sinks and, when attribute sinks are attached, sends every node's {@code "xyz"} as GraphStream's
 * layouts do. Events coming back from the graph with this layout's own source id are ignored.
 */
public abstract class SnapshotLayout extends LayoutPipe {
    private static final AtomicLong SOURCE_IDS = new AtomicLong();
    private final Settling settling;
    /**
     * Held by a step and by {@link #applyPendingChanges()}, which a paused runner and the thread that drags a node
     * of a frozen layout may call at once (taken before the change guard; the graph's writers never take it).
     */
    private final Object stepLock = new Object();
    private final int previousX;
    private final int previousY;
    private volatile LayoutSnapshot snapshot = LayoutSnapshot.empty();
    private String[] snapshotIds = new String[0];
    private Map<String, Integer> snapshotIndex = Map.of();
    private long snapshotStructure = -1;
    private int steps;
    private LayoutSnapshot seed;
    private long lastStepNanos;
    private int movedCount;
    private double force = 1;
    private double quality = 0.5;
    private double stabilizationLimit = 0.9;

    protected SnapshotLayout(Settling settling) {
        super("kgx-layout-" + SOURCE_IDS.incrementAndGet());
        this.settling = settling;
        previousX = graph.addColumn();
        previousY = graph.addColumn();
    }

    // ---- what a layout does in one step

    /** Places the nodes that have no position yet (called after queued changes were applied). */
    abstract void placeNewNodes();

    /** Moves the unpinned nodes; called by {@link #compute()} after queued changes were applied and nodes placed. */
    abstract void step();

    /** True when the layout knows it is done (a one-shot layout after computing), whatever {@link Settling} says. */
    boolean converged() {
        return false;
    }

    /** The last step's mean displacement divided by the extent (NaN before a step). */
    double lastRatio() {
        return settling.lastRatio();
    }

    @Override
    void changed() {
        settling.reset();
    }

    // ---- the public API

    /**
     * Starts from the positions in a snapshot (e.g. of the layout this one replaces) for the nodes both know: the
     * nodes there now, and those still without a place when the next step begins (so it may come before or after
     * {@link #attach}).
     */
    public void seed(LayoutSnapshot from) {
        enqueue(() -> {
            seed = from;
            for (int i = 0; i < graph.nodeCount(); i++) {
                int j = from.indexOf(graph.id(i));
                if (j >= 0) {
                    setPosition(i, from.x(j), from.y(j));
                }
            }
            changed();
        });
    }

    /** The positions after the last step; never null. */
    public LayoutSnapshot snapshot() {
        return snapshot;
    }

    /** Whether the last step left the layout settled and no change waits. */
    public boolean isSettled() {
        return snapshot.settled() && !hasPendingChanges();
    }

    /** Moves a node; it stays there only while frozen (see {@link #freezeNode}). */
    public void moveNode(String id, double x, double y) {
        enqueue(() -> {
            int i = graph.indexOf(id);
            if (i >= 0) {
                setPosition(i, x, y);
                changed();
            }
        });
    }

    @Override
    public void moveNode(String id, double x, double y, double z) {
        moveNode(id, x, y);
    }

    @Override
    public void freezeNode(String id, boolean frozen) {
        enqueue(() -> {
            int i = graph.indexOf(id);
            if (i >= 0) {
                graph.pinned[i] = frozen;
                changed();
            }
        });
    }

    /** Makes a settled layout run again: its settling count starts over (and a force layout's speed too). */
    public void reheat() {
        enqueue(this::changed);
    }

    /** Applies queued changes and publishes a snapshot without moving anything (for a paused layout). */
    public void applyPendingChanges() {
        synchronized (stepLock) {
            drain();
            placeFromSeed();
            placeNewNodes();
            publish(false);
        }
    }

    @Override
    public void compute() {
        synchronized (stepLock) {
            long start = System.nanoTime();
            drain();
            placeFromSeed();
            placeNewNodes();
            int n = graph.nodeCount();
            System.arraycopy(graph.x, 0, graph.column(previousX), 0, n);
            System.arraycopy(graph.y, 0, graph.column(previousY), 0, n);
            step();
            steps++;
            measure();
            lastStepNanos = System.nanoTime() - start;
            publish(true);
        }
    }

    private void placeFromSeed() {
        if (seed == null) {
            return;
        }
        for (int i = 0; i < graph.nodeCount(); i++) {
            int j = graph.placed[i] ? -1 : seed.indexOf(graph.id(i));
            if (j >= 0) {
                setPosition(i, seed.x(j), seed.y(j));
            }
        }
        seed = null;
    }

    private void measure() {
        int n = graph.nodeCount();
        double[] px = graph.column(previousX);
        double[] py = graph.column(previousY);
        double extent = Settling.extent(graph.x, graph.y, n);
        double moving = 0;
        double moved = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!graph.pinned[i]) {
                double dx = graph.x[i] - px[i];
                double dy = graph.y[i] - py[i];
                double d = Math.sqrt(dx * dx + dy * dy);
                moved += d;
                moving++;
                if (d > settling.threshold() * extent) {
                    count++;
                }
            }
        }
        movedCount = count;
        settling.observe(moving == 0 ? 0 : moved / moving, extent);
    }

    private void publish(boolean stepped) {
        int n = graph.nodeCount();
        if (snapshotStructure != graph.structure()) {
            snapshotIds = graph.idsCopy();
            Map<String, Integer> index = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                index.put(snapshotIds[i], i);
            }
            snapshotIndex = Collections.unmodifiableMap(index);
            snapshotStructure = graph.structure();
        }
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) graph.x[i];
            y[i] = (float) graph.y[i];
        }
        boolean settled = converged() || settling.settled();
        snapshot = new LayoutSnapshot(snapshotIds, snapshotIndex, x, y, steps, snapshotStructure, settled);
        if (stepped && !attrSinks.isEmpty()) {
            sendPositions();
        }
    }

    // ---- the GraphStream Layout contract

    @Override
    public int getNodeMovedCount() {
        return movedCount;
    }

    /** 1 once settled, else at most 0.8, growing as the mean displacement nears the {@link Settling} threshold. */
    @Override
    public double getStabilization() {
        if (snapshot.settled()) {
            return 1;
        }
        double ratio = settling.lastRatio();
        return Double.isNaN(ratio) ? 0 : 0.8 * Math.min(1, settling.threshold() / ratio);
    }

    @Override
    public double getStabilizationLimit() {
        return stabilizationLimit;
    }

    @Override
    public void setStabilizationLimit(double value) {
        stabilizationLimit = value;
    }

    @Override
    public Point3 getLowPoint() {
        LayoutSnapshot s = snapshot;
        float minX = 0;
        float minY = 0;
        for (int i = 0; i < s.size(); i++) {
            minX = i == 0 ? s.x(i) : Math.min(minX, s.x(i));
            minY = i == 0 ? s.y(i) : Math.min(minY, s.y(i));
        }
        return new Point3(minX, minY, 0);
    }

    @Override
    public Point3 getHiPoint() {
        LayoutSnapshot s = snapshot;
        float maxX = 0;
        float maxY = 0;
        for (int i = 0; i < s.size(); i++) {
            maxX = i == 0 ? s.x(i) : Math.max(maxX, s.x(i));
            maxY = i == 0 ? s.y(i) : Math.max(maxY, s.y(i));
        }
        return new Point3(maxX, maxY, 0);
    }

    @Override
    public int getSteps() {
        return steps;
    }

    @Override
    public long getLastStepTime() {
        return lastStepNanos;
    }

    @Override
    public double getQuality() {
        return quality;
    }

    @Override
    public void setQuality(double qualityLevel) {
        quality = Math.max(0, Math.min(1, qualityLevel));
    }

    @Override
    public double getForce() {
        return force;
    }

    @Override
    public void setForce(double value) {
        force = value;
    }

    @Override
    public void setSendNodeInfos(boolean send) {
        sendNodeInfos = send;
    }

    @Override
    public void clear() {
        enqueue(() -> {
            graph.clear();
            changed();
        });
    }
}
