package org.kgexplorer.core.graph.layout;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Extra threads for the repulsion pass, the one part of a step that dominates and splits cleanly: each thread takes
 * a slice of the nodes and writes only their forces, reading the quadtree that no one changes meanwhile.
 */
final class RepulsionWorkers {
    private final BarnesHutTree tree;
    private final int parts;
    private final CyclicBarrier start;
    private final CyclicBarrier done;
    private final int[] callerStack = BarnesHutTree.newStack();
    private volatile boolean running = true;
    private double[] x;
    private double[] y;
    private double[] mass;
    private double[] fx;
    private double[] fy;
    private double scaling;
    private double theta;
    private int n;

    RepulsionWorkers(int threads, BarnesHutTree tree) {
        this.tree = tree;
        this.parts = threads + 1;
        this.start = new CyclicBarrier(parts);
        this.done = new CyclicBarrier(parts);
        for (int t = 0; t < threads; t++) {
            int part = t + 1;
            Thread thread = new Thread(() -> work(part), "kgx-layout-repulsion-" + part);
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void work(int part) {
        int[] stack = BarnesHutTree.newStack();
        try {
            while (true) {
                start.await();
                if (!running) {
                    return;
                }
                slice(part, stack);
                done.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            // shut down
        }
    }

    private void slice(int part, int[] stack) {
        int from = (int) ((long) n * part / parts);
        int to = (int) ((long) n * (part + 1) / parts);
        for (int i = from; i < to; i++) {
            tree.repel(i, x, y, mass, scaling, theta, fx, fy, stack);
        }
    }

    /** Runs the repulsion of all n nodes, a slice on the calling thread, and returns when every slice is done. */
    void repel(double[] x, double[] y, double[] mass, double scaling, double theta, double[] fx, double[] fy,
            int n) {
        this.x = x;
        this.y = y;
        this.mass = mass;
        this.fx = fx;
        this.fy = fy;
        this.scaling = scaling;
        this.theta = theta;
        this.n = n;
        try {
            start.await();
            slice(0, callerStack);
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a layout step", e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("the layout's repulsion threads were shut down", e);
        }
    }

    boolean running() {
        return running;
    }

    void shutdown() {
        running = false;
        start.reset();
        done.reset();
    }
}
