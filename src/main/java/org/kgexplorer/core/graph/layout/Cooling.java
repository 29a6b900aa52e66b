package org.kgexplorer.core.graph.layout;

/**
 * Lets a force layout come to rest once it stops improving. ForceAtlas2's adaptive speed never stops by itself: near
 * the end, what moves the nodes is mostly noise (the Barnes–Hut approximation shifts as the quadtree's cells change),
 * so they jitter around their places. The layout's movement (mean displacement over extent) is smoothed; when the
 * smoothed value has not dropped by a quarter over the last {@value #WINDOW} steps, each further step multiplies a
 * temperature by {@value #DECAY} (down to {@value #FLOOR}), which scales the step sizes, and the adaptive speed stays
 * where it was. Any change to the graph resets it to 1. The floor is low enough that a layout stuck in a jitter still
 * comes to rest (at 0.01 some never did; ADR 11).
 */
final class Cooling {
    static final int WINDOW = 30;
    static final double DECAY = 0.93;
    static final double FLOOR = 0.0001;
    private static final double SMOOTHING = 0.1;

    private final double[] history = new double[WINDOW];
    private int steps;
    private double smoothed = Double.NaN;
    private double temperature = 1;

    /** Takes the last step's movement (NaN before the first) and returns the temperature for the next step. */
    double next(double ratio) {
        if (Double.isNaN(ratio)) {
            return temperature;
        }
        smoothed = Double.isNaN(smoothed) ? ratio : smoothed + SMOOTHING * (ratio - smoothed);
        int slot = steps % WINDOW;
        if (steps >= WINDOW && smoothed > 0.75 * history[slot]) {
            temperature = Math.max(FLOOR, temperature * DECAY);
        }
        history[slot] = smoothed;
        steps++;
        return temperature;
    }

    /** True once the layout has started cooling down. */
    boolean cooling() {
        return temperature < 1;
    }

    void reset() {
        steps = 0;
        smoothed = Double.NaN;
        temperature = 1;
    }
}
