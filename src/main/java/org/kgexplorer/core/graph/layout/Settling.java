package org.kgexplorer.core.graph.layout;

/**
 * When a layout counts as settled, one rule for ours and for GraphStream's layouts alike: the mean distance the
 * nodes moved in one step, divided by the layout's extent (the diagonal of the nodes' bounding box), stays below
 * {@link #threshold()} for {@link #sustain()} consecutive steps. With the defaults (0.0001 over 10 steps), a graph
 * fitted to a 1,000-pixel view moves its nodes by less than a tenth of a pixel per step on average, ten steps
 * running: even at 60 steps a second that is a drift of a few pixels a second. (At 0.001, GraphStream's SpringBox
 * "settles" a 5,000-node graph that its own stabilisation measure still puts at 0.03.) Our layouts leave pinned
 * nodes out of the mean; {@link #observe(double[], double[], int)}, used for other layouts, counts every node.
 */
public final class Settling {
    /** The default {@link #threshold()}. */
    public static final double DEFAULT_THRESHOLD = 0.0001;
    /** The default {@link #sustain()}. */
    public static final int DEFAULT_SUSTAIN = 10;

    private final double threshold;
    private final int sustain;
    private int calmSteps;
    private double lastRatio = Double.NaN;
    private double[] previousX = new double[0];
    private double[] previousY = new double[0];
    private int previousCount = -1;

    public Settling() {
        this(DEFAULT_THRESHOLD, DEFAULT_SUSTAIN);
    }

    public Settling(double threshold, int sustain) {
        if (!(threshold > 0) || sustain < 1) {
            throw new IllegalArgumentException("threshold must be positive and sustain at least 1");
        }
        this.threshold = threshold;
        this.sustain = sustain;
    }

    public double threshold() {
        return threshold;
    }

    public int sustain() {
        return sustain;
    }

    /**
     * Records one step: the mean displacement of the moving nodes and the extent of the layout after it; returns
     * whether the layout is settled now. An extent of zero (one node, or all on one spot) counts as settled when
     * nothing moved.
     */
    public boolean observe(double meanDisplacement, double extent) {
        double ratio = extent > 0 ? meanDisplacement / extent : (meanDisplacement > 0 ? Double.POSITIVE_INFINITY : 0);
        lastRatio = ratio;
        calmSteps = ratio < threshold ? calmSteps + 1 : 0;
        return settled();
    }

    /**
     * Records one step from the positions of all n nodes, comparing them with the positions given last time (the
     * first call, and any call with another n, only remembers them and counts as an unsettled step).
     */
    public boolean observe(double[] x, double[] y, int n) {
        if (previousX.length < n) {
            previousX = new double[n];
            previousY = new double[n];
        }
        if (n != previousCount) {
            System.arraycopy(x, 0, previousX, 0, n);
            System.arraycopy(y, 0, previousY, 0, n);
            previousCount = n;
            calmSteps = 0;
            lastRatio = Double.NaN;
            return false;
        }
        double moved = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - previousX[i];
            double dy = y[i] - previousY[i];
            moved += Math.sqrt(dx * dx + dy * dy);
        }
        System.arraycopy(x, 0, previousX, 0, n);
        System.arraycopy(y, 0, previousY, 0, n);
        return observe(n == 0 ? 0 : moved / n, extent(x, y, n));
    }

    /** True once the ratio stayed below the threshold for {@link #sustain()} steps running. */
    public boolean settled() {
        return calmSteps >= sustain;
    }

    /** The last mean displacement divided by the extent (NaN before the first step). */
    public double lastRatio() {
        return lastRatio;
    }

    /** Starts counting again, as after a change to the graph. */
    public void reset() {
        calmSteps = 0;
        previousCount = -1;
        lastRatio = Double.NaN;
    }

    /** The diagonal of the bounding box of the first n points (0 when n &lt; 2). */
    public static double extent(double[] x, double[] y, int n) {
        if (n < 2) {
            return 0;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return Math.hypot(maxX - minX, maxY - minY);
    }
}
