package org.kgexplorer.ui.graph.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Draws a frame's ordinary edges (the normal and the faded ones: nearly all of them) with {@link LineRaster},
 * split into horizontal bands drawn at once on up to four threads: writing the pixels of thousands of long edges
 * is most of a frame's work, and bands never touch each other's pixels. Small frames are drawn on the caller.
 */
final class EdgeBands {
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final int PARALLEL_FROM_EDGES = 1_500;
    private static final ExecutorService POOL = THREADS == 1 ? null : Executors.newFixedThreadPool(THREADS - 1, r -> {
        Thread t = new Thread(r, "graph-canvas-edges");
        t.setDaemon(true);
        return t;
    });

    private EdgeBands() {
    }

    static void draw(BufferedImage image, double scale, FramePlan plan, int normal, int dimmed) {
        int height = image.getHeight();
        if (POOL == null || plan.edgeCount < PARALLEL_FROM_EDGES) {
            band(image, scale, plan, normal, dimmed, 0, height);
            return;
        }
        int bandHeight = (height + THREADS - 1) / THREADS;
        List<Future<?>> others = new ArrayList<>();
        for (int b = 1; b < THREADS; b++) {
            int top = b * bandHeight;
            others.add(POOL.submit(() -> band(image, scale, plan, normal, dimmed, top, top + bandHeight)));
        }
        band(image, scale, plan, normal, dimmed, 0, bandHeight);
        try {
            for (Future<?> f : others) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("drawing edges failed", e.getCause());
        }
    }

    private static void band(BufferedImage image, double scale, FramePlan plan, int normal, int dimmed,
                             int top, int bottom) {
        LineRaster raster = new LineRaster(image, scale, top, bottom);
        RenderScene scene = plan.scene;
        float[] sx = plan.sx;
        float[] sy = plan.sy;
        // faded edges first, so the normal ones lie on top
        for (int group : new int[] {DrawOrder.EDGE_DIMMED, DrawOrder.EDGE_NORMAL}) {
            int colour = group == DrawOrder.EDGE_NORMAL ? normal : dimmed;
            for (int k = 0; k < plan.edgeCount; k++) {
                int e = plan.edges[k];
                if (DrawOrder.edgeGroup(scene, e) == group) {
                    int a = scene.edgeFrom(e);
                    int b = scene.edgeTo(e);
                    raster.line(sx[a], sy[a], sx[b], sy[b], colour, plan.antialias);
                }
            }
        }
    }
}
