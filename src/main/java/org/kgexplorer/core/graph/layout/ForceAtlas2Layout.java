package org.kgexplorer.core.graph.layout;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A force-directed layout after ForceAtlas2 (Jacomy, Venturini, Heymann, Bastian 2014): nodes repel each other in
 * proportion to (degree + 1) of both, approximated far away by a Barnes–Hut quadtree; edges pull their ends
 * together linearly; gravity keeps components near the origin; and each node's step is scaled by its own swing
 * (how much its force changed direction) against the whole graph's traction, so oscillating nodes slow down while
 * the rest keep moving. New nodes start next to a neighbour that already has a place. Nodes repel only within their
 * connected component; separate components are packed side by side ({@link ComponentPacking}), so a lone node is
 * not flung to the far edge of the picture.
 */
public final class ForceAtlas2Layout extends SnapshotLayout {
    private final BarnesHutTree tree = new BarnesHutTree();
    private final int[] stack = BarnesHutTree.newStack();
    private final int massColumn;
    private final int forceX;
    private final int forceY;
    private final int oldForceX;
    private final int oldForceY;
    private final SplittableRandom random;
    private final RepulsionWorkers workers;
    private volatile double scaling = 2;
    private volatile double gravity = 1;
    private volatile double theta = 1.2;
    private volatile double jitterTolerance = 1;
    private volatile boolean linLog;
    private volatile boolean strongGravity;
    private double speed = 1;
    private double speedEfficiency = 1;
    private final Cooling cooling = new Cooling();
    private final ComponentPacking packing = new ComponentPacking();
    private Components components;
    private long componentsFor = -1;
    private double[] gatherX = new double[0];
    private double[] gatherY = new double[0];
    private double[] gatherMass = new double[0];
    private double[] gatherFx = new double[0];
    private double[] gatherFy = new double[0];

    /** A layout with the default seed, the default {@link Settling} rule, on the calling thread only. */
    public ForceAtlas2Layout() {
        this(42, new Settling(), 1);
    }

    /**
     * @param seed where new nodes without a placed neighbour start
     * @param settling when the layout counts as settled
     * @param threads threads for the repulsion pass (1: the calling thread alone; 2 measured faster on two cores,
     *     see ADR 0011), the others from a daemon pool shared by all layouts
     */
    public ForceAtlas2Layout(long seed, Settling settling, int threads) {
        super(settling);
        random = new SplittableRandom(seed);
        massColumn = graph.addColumn();
        forceX = graph.addColumn();
        forceY = graph.addColumn();
        oldForceX = graph.addColumn();
        oldForceY = graph.addColumn();
        workers = threads > 1 ? new RepulsionWorkers(threads, tree) : null;
    }

    @Override
    public String getLayoutAlgorithmName() {
        return "ForceAtlas2 (Barnes-Hut)";
    }

    /** Repulsion strength (ForceAtlas2's scaling ratio, default 2): larger spreads the graph wider. */
    public void setScaling(double value) {
        scaling = value;
    }

    /** Pull towards the origin per unit of node mass (default 1). */
    public void setGravity(double value) {
        gravity = value;
    }

    /** Barnes–Hut accuracy: a cell acts as one body when its side is below theta times its distance (1.2). */
    public void setTheta(double value) {
        theta = value;
    }

    /** How much swinging the adaptive speed tolerates (default 1): more is faster and less precise. */
    public void setJitterTolerance(double value) {
        jitterTolerance = value;
    }

    /**
     * Strong gravity (ForceAtlas2's option): the pull grows with the distance from the origin (gravity * mass * d)
     * instead of staying constant, so nodes with no or few edges cannot drift far from the rest.
     */
    public void setStrongGravity(boolean on) {
        strongGravity = on;
    }

    /** LinLog attraction (log(1 + d) instead of d): tighter clusters, more space between them. */
    public void setLinLog(boolean on) {
        linLog = on;
    }

    @Override
    void changed() {
        super.changed();
        speed = 1;
        speedEfficiency = 1;
        cooling.reset();
    }

    @Override
    void placeNewNodes() {
        NewNodePlacement.place(graph, random, this::setPosition);
    }

    @Override
    public void shake() {
        enqueue(() -> {
            int n = graph.nodeCount();
            double amount = 0.1 * Settling.extent(graph.x, graph.y, n);
            for (int i = 0; i < n; i++) {
                if (!graph.pinned[i]) {
                    double angle = random.nextDouble() * 2 * Math.PI;
                    graph.x[i] += Math.cos(angle) * amount;
                    graph.y[i] += Math.sin(angle) * amount;
                }
            }
            changed();
        });
    }

    @Override
    void step() {
        int n = graph.nodeCount();
        if (n == 0) {
            return;
        }
        double[] x = graph.x;
        double[] y = graph.y;
        double[] mass = graph.column(massColumn);
        double[] fx = graph.column(forceX);
        double[] fy = graph.column(forceY);
        double[] oldFx = graph.column(oldForceX);
        double[] oldFy = graph.column(oldForceY);
        for (int i = 0; i < n; i++) {
            mass[i] = graph.degree[i] + 1;
            oldFx[i] = fx[i];
            oldFy[i] = fy[i];
            fx[i] = 0;
            fy[i] = 0;
        }
        boolean strong = strongGravity;
        boolean logarithmic = linLog;
        double pull = gravity;
        Components pieces = components();
        boolean packed = pieces.count > 1;
        if (packed) {
            repelWithinComponents(pieces, x, y, mass, fx, fy);
            packing.compute(pieces, x, y);
        } else {
            repel(x, y, mass, fx, fy, n);
        }
        for (int i = 0; i < n; i++) {
            double dx = x[i] - (packed ? packing.slotX[pieces.of[i]] : 0);
            double dy = y[i] - (packed ? packing.slotY[pieces.of[i]] : 0);
            double d = Math.sqrt(dx * dx + dy * dy);
            if (d > 0) {
                double f = strong ? pull * mass[i] : pull * mass[i] / d;
                fx[i] -= dx * f;
                fy[i] -= dy * f;
            }
        }
        int[] from = graph.from;
        int[] to = graph.to;
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = from[e];
            int b = to[e];
            double dx = x[a] - x[b];
            double dy = y[a] - y[b];
            double f = 1;
            if (logarithmic) {
                double d = Math.sqrt(dx * dx + dy * dy);
                f = d > 0 ? Math.log1p(d) / d : 0;
            }
            fx[a] -= dx * f;
            fy[a] -= dy * f;
            fx[b] += dx * f;
            fy[b] += dy * f;
        }
        double temperature = cooling.next(lastRatio());
        if (!cooling.cooling()) {
            adaptSpeed(n, mass, fx, fy, oldFx, oldFy);
        }
        double scale = speed * getForce() * temperature;
        for (int i = 0; i < n; i++) {
            if (!graph.pinned[i]) {
                double sx = oldFx[i] - fx[i];
                double sy = oldFy[i] - fy[i];
                double swing = mass[i] * Math.sqrt(sx * sx + sy * sy);
                double factor = scale / (1 + Math.sqrt(scale * swing));
                x[i] += fx[i] * factor;
                y[i] += fy[i] * factor;
            }
        }
        if (packed) {
            packing.moveTowardsSlots(pieces, graph);
        }
    }

    private void repel(double[] x, double[] y, double[] mass, double[] fx, double[] fy, int n) {
        tree.build(x, y, mass, n);
        if (workers != null && n >= 1000) {
            workers.repel(x, y, mass, scaling, theta, fx, fy, n);
        } else {
            for (int i = 0; i < n; i++) {
                tree.repel(i, x, y, mass, scaling, theta, fx, fy, stack);
            }
        }
    }

    /** Repulsion inside each component only: separate pieces are kept apart by packing, not by pushing. */
    private void repelWithinComponents(Components pieces, double[] x, double[] y, double[] mass, double[] fx,
            double[] fy) {
        int n = graph.nodeCount();
        if (gatherX.length < n) {
            gatherX = new double[n];
            gatherY = new double[n];
            gatherMass = new double[n];
            gatherFx = new double[n];
            gatherFy = new double[n];
        }
        for (int c = 0; c < pieces.count; c++) {
            int size = pieces.size(c);
            if (size < 2) {
                continue;
            }
            int first = pieces.start[c];
            for (int k = 0; k < size; k++) {
                int i = pieces.order[first + k];
                gatherX[k] = x[i];
                gatherY[k] = y[i];
                gatherMass[k] = mass[i];
                gatherFx[k] = 0;
                gatherFy[k] = 0;
            }
            repel(gatherX, gatherY, gatherMass, gatherFx, gatherFy, size);
            for (int k = 0; k < size; k++) {
                int i = pieces.order[first + k];
                fx[i] += gatherFx[k];
                fy[i] += gatherFy[k];
            }
        }
    }

    private Components components() {
        if (components == null || componentsFor != graph.structure()) {
            components = Components.of(graph);
            componentsFor = graph.structure();
        }
        return components;
    }

    /** ForceAtlas2's global speed: as fast as the graph's swinging allows, rising at most 50 % per step. */
    private void adaptSpeed(int n, double[] mass, double[] fx, double[] fy, double[] oldFx, double[] oldFy) {
        double swinging = 0;
        double traction = 0;
        for (int i = 0; i < n; i++) {
            if (!graph.pinned[i]) {
                double sx = oldFx[i] - fx[i];
                double sy = oldFy[i] - fy[i];
                double tx = oldFx[i] + fx[i];
                double ty = oldFy[i] + fy[i];
                swinging += mass[i] * Math.sqrt(sx * sx + sy * sy);
                traction += 0.5 * mass[i] * Math.sqrt(tx * tx + ty * ty);
            }
        }
        if (swinging <= 0 || traction <= 0) {
            return;
        }
        double estimated = 0.05 * Math.sqrt(n);
        double minJitter = Math.sqrt(estimated);
        double jitter = jitterTolerance
                * Math.max(minJitter, Math.min(10, estimated * traction / ((double) n * n)));
        double minEfficiency = 0.05;
        if (swinging / traction > 2) {
            if (speedEfficiency > minEfficiency) {
                speedEfficiency *= 0.5;
            }
            jitter = Math.max(jitter, jitterTolerance);
        }
        double target = jitter * speedEfficiency * traction / swinging;
        if (swinging > jitter * traction) {
            if (speedEfficiency > minEfficiency) {
                speedEfficiency *= 0.7;
            }
        } else if (speed < 1000) {
            speedEfficiency *= 1.3;
        }
        speed += Math.min(target - speed, 0.5 * speed);
    }

    @Override
    String nodeInfo(int i) {
        double[] fx = graph.column(forceX);
        double[] fy = graph.column(forceY);
        return String.format(Locale.ROOT, "force=%.3f speed=%.3f%s", Math.hypot(fx[i], fy[i]), speed,
                graph.pinned[i] ? " pinned" : "");
    }
}
