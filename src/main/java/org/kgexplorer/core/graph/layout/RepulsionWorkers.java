package org.kgexplorer.core.graph.layout;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits the repulsion pass, the one part of a step that dominates and splits cleanly, into slices: the calling
 * thread takes one, threads of a shared daemon pool the others; each slice writes only its own nodes' forces and
 * reads the quadtree, which no one changes meanwhile. The pool is shared by every layout, so nothing needs shutting
 * down; two layouts stepping at once just wait for each other's slices.
 */
final class RepulsionWorkers {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8) - 1), task -> {
                Thread thread = new Thread(task, "kgx-layout-repulsion");
                thread.setDaemon(true);
                return thread;
            });
    private static final ThreadLocal<int[]> STACKS = ThreadLocal.withInitial(BarnesHutTree::newStack);

    private final BarnesHutTree tree;
    private final int parts;
    private final Future<?>[] pending;

    RepulsionWorkers(int parts, BarnesHutTree tree) {
        this.tree = tree;
        this.parts = parts;
        this.pending = new Future<?>[parts];
    }

    /** Runs the repulsion of all n nodes in slices and returns when every slice is done. */
    void repel(double[] x, double[] y, double[] mass, double scaling, double theta, double[] fx, double[] fy,
            int n) {
        for (int part = 1; part < parts; part++) {
            int from = (int) ((long) n * part / parts);
            int to = (int) ((long) n * (part + 1) / parts);
            pending[part] = POOL.submit(() -> slice(from, to, x, y, mass, scaling, theta, fx, fy));
        }
        slice(0, (int) ((long) n / parts), x, y, mass, scaling, theta, fx, fy);
        try {
            for (int part = 1; part < parts; part++) {
                pending[part].get();
                pending[part] = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a layout step", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a repulsion slice failed", e.getCause());
        }
    }

    private void slice(int from, int to, double[] x, double[] y, double[] mass, double scaling, double theta,
            double[] fx, double[] fy) {
        int[] stack = STACKS.get();
        for (int i = from; i < to; i++) {
            tree.repel(i, x, y, mass, scaling, theta, fx, fy, stack);
        }
    }
}
