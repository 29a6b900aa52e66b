package org.kgexplorer.ui.graph.render;

import java.util.Arrays;

/**
 * The rectangles already taken by labels in one frame, in a grid of buckets, so a new label is placed only where
 * it overlaps none of them.
 */
final class LabelOccupancy {
    private static final int CELL = 32;
    private final int cols;
    private final int rows;
    private final int[][] buckets;
    private final int[] bucketSize;
    private float[] rx = new float[64];
    private float[] ry = new float[64];
    private float[] rw = new float[64];
    private float[] rh = new float[64];
    private int count;

    private final double viewWidth;
    private final double viewHeight;

    LabelOccupancy(double width, double height) {
        this.viewWidth = width;
        this.viewHeight = height;
        cols = Math.max(1, (int) Math.ceil(width / CELL));
        rows = Math.max(1, (int) Math.ceil(height / CELL));
        buckets = new int[cols * rows][];
        bucketSize = new int[cols * rows];
    }

    /** The left edge that keeps a label of width {@code w} starting near {@code x} inside the view, if it fits. */
    float slideInside(float x, float w) {
        return (float) Math.max(0, Math.min(x, viewWidth - w));
    }

    /** Whether a rectangle lies wholly inside the view. */
    boolean inside(float x, float y, float w, float h) {
        return x >= 0 && y >= 0 && x + w <= viewWidth && y + h <= viewHeight;
    }

    /** Takes the rectangle if it overlaps no rectangle taken before, and says whether it did. */
    boolean tryPlace(float x, float y, float w, float h) {
        int c0 = clamp((int) Math.floor(x / CELL), cols);
        int c1 = clamp((int) Math.floor((x + w) / CELL), cols);
        int r0 = clamp((int) Math.floor(y / CELL), rows);
        int r1 = clamp((int) Math.floor((y + h) / CELL), rows);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int b = r * cols + c;
                int[] bucket = buckets[b];
                for (int k = 0; k < bucketSize[b]; k++) {
                    int i = bucket[k];
                    if (x < rx[i] + rw[i] && rx[i] < x + w && y < ry[i] + rh[i] && ry[i] < y + h) {
                        return false;
                    }
                }
            }
        }
        int id = add(x, y, w, h);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int b = r * cols + c;
                if (buckets[b] == null) {
                    buckets[b] = new int[4];
                } else if (bucketSize[b] == buckets[b].length) {
                    buckets[b] = Arrays.copyOf(buckets[b], bucketSize[b] * 2);
                }
                buckets[b][bucketSize[b]++] = id;
            }
        }
        return true;
    }

    private int add(float x, float y, float w, float h) {
        if (count == rx.length) {
            rx = Arrays.copyOf(rx, count * 2);
            ry = Arrays.copyOf(ry, count * 2);
            rw = Arrays.copyOf(rw, count * 2);
            rh = Arrays.copyOf(rh, count * 2);
        }
        rx[count] = x;
        ry[count] = y;
        rw[count] = w;
        rh[count] = h;
        return count++;
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : Math.min(v, size - 1);
    }
}
