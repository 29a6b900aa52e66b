package org.kgexplorer.ui.graph.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Fills the translucent boxes behind a frame's labels straight into the image's pixels (premultiplied ARGB, source
 * over), as Java2D's {@code fillRect} would without antialiasing: a translucent {@code fillRect} left Java2D's fast
 * path and cost about 5 microseconds per label box, most of a frame's label time when every label is drawn (ADR 12).
 */
final class LabelBoxes {
    private LabelBoxes() {
    }

    /**
     * Fills each label's box, rounded to whole local pixels as {@code fillRect(round(x), round(y), round(w),
     * round(h))} under a transform of {@code scale}: an image pixel is covered when its centre is inside.
     */
    static void fill(BufferedImage image, double scale, PlacedLabels labels, int argb) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int width = image.getWidth();
        int height = image.getHeight();
        int a = argb >>> 24;
        int keep = 255 - a;
        // the source premultiplied, then added to the destination scaled by (255 - alpha) / 255: two channels per
        // multiply (alpha and green, red and blue), each rounded as x / 255 = (x + 128 + (x + 128) / 256) / 256
        int source = (a << 24) | (mul((argb >> 16) & 0xFF, a) << 16) | (mul((argb >> 8) & 0xFF, a) << 8)
                | mul(argb & 0xFF, a);
        for (int i = 0; i < labels.count(); i++) {
            int x = Math.round(labels.x(i));
            int y = Math.round(labels.y(i));
            int x0 = Math.max(0, edge(x, scale));
            int x1 = Math.min(width, edge(x + Math.round(labels.width(i)), scale));
            int y0 = Math.max(0, edge(y, scale));
            int y1 = Math.min(height, edge(y + Math.round(labels.height(i)), scale));
            for (int py = y0; py < y1; py++) {
                int row = py * width;
                for (int p = row + x0; p < row + x1; p++) {
                    int d = pixels[p];
                    int rb = (d & 0x00FF00FF) * keep + 0x00800080;
                    rb = ((rb + ((rb >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
                    int ag = ((d >>> 8) & 0x00FF00FF) * keep + 0x00800080;
                    ag = (ag + ((ag >>> 8) & 0x00FF00FF)) & 0xFF00FF00;
                    pixels[p] = source + (ag | rb);
                }
            }
        }
    }

    /** {@code c * a / 255}, rounded. */
    private static int mul(int c, int a) {
        return (c * a + 127) / 255;
    }

    /** The first image pixel whose centre lies at or right of local coordinate {@code v}. */
    private static int edge(int v, double scale) {
        return (int) Math.ceil(v * scale - 0.5);
    }
}
