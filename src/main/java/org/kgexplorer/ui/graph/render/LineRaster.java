package org.kgexplorer.ui.graph.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * One-pixel lines written straight into an image's int pixels (premultiplied ARGB): a plain DDA when moving, and
 * Xiaolin Wu's antialiased lines at rest. Java2D's antialiased strokes cost about ten times as much per edge
 * here, and a single path of thousands of long lines far more, which is why the many ordinary edges go this way.
 * Lines are clipped first, to the whole image or to a band of its rows, so that several threads can each draw
 * every line into their own band at once.
 */
final class LineRaster {
    private final int[] pixels;
    private final int width;
    private final int imageHeight;
    private final int top;
    private final int bottom;
    private final float scale;
    private final float[] clipped = new float[4];
    private final float[] clipT = new float[2];

    /**
     * Lines in local pixels; {@code scale} converts them to image pixels (the output scale on HiDPI screens); only
     * rows {@code top} (inclusive) to {@code bottom} (exclusive) are touched.
     */
    LineRaster(BufferedImage image, double scale, int top, int bottom) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("needs a TYPE_INT_ARGB_PRE image");
        }
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.width = image.getWidth();
        this.imageHeight = image.getHeight();
        this.top = Math.max(0, top);
        this.bottom = Math.min(image.getHeight(), bottom);
        this.scale = (float) scale;
    }

    /** An opaque line of colour {@code argb}, antialiased or not. */
    void line(float x0, float y0, float x1, float y1, int argb, boolean smooth) {
        float ya = y0 * scale;
        float yb = y1 * scale;
        if (Math.max(ya, yb) < top - 2 || Math.min(ya, yb) > bottom + 1) {
            return; // misses this band
        }
        // clipped to the whole image, never to the band: every band then steps along exactly the same line
        if (!clip(x0 * scale, y0 * scale, x1 * scale, y1 * scale, smooth ? 1 : 0)) {
            return;
        }
        if (smooth) {
            wu(clipped[0], clipped[1], clipped[2], clipped[3], argb);
        } else {
            dda(clipped[0], clipped[1], clipped[2], clipped[3], argb);
        }
    }

    /** A DDA in 16.16 fixed point along the major axis, over the steps that fall in the band. */
    private void dda(float x0, float y0, float x1, float y1, int argb) {
        int[] px = pixels;
        int w = width;
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        if (steep ? y0 > y1 : x0 > x1) {
            float t = x0; x0 = x1; x1 = t;
            t = y0; y0 = y1; y1 = t;
        }
        if (!steep) {
            int start = (int) (x0 + 0.5f);
            int end = Math.min(w - 1, (int) (x1 + 0.5f));
            int step = x1 == x0 ? 0 : (int) ((y1 - y0) / (x1 - x0) * 65536);
            int base = (int) ((y0 + 0.5f) * 65536) + (int) ((start - x0) * step);
            int minY = top << 16;
            int maxY = (bottom - 1) << 16 | 0xFFFF;
            int from = start;
            int to = end;
            if (step != 0) {
                // the steps whose row can lie in the band, one more each side; the test below is exact
                int a = start + (int) (((long) minY - base) / step);
                int b = start + (int) (((long) maxY - base) / step);
                from = Math.max(start, Math.min(a, b) - 1);
                to = Math.min(end, Math.max(a, b) + 1);
            }
            for (int x = from; x <= to; x++) {
                int y = base + (x - start) * step;
                if (y >= minY && y <= maxY) {
                    px[(y >> 16) * w + x] = argb;
                }
            }
        } else {
            int start = (int) (y0 + 0.5f);
            int end = Math.min(imageHeight - 1, (int) (y1 + 0.5f));
            int step = (int) ((x1 - x0) / (y1 - y0) * 65536);
            int base = (int) ((x0 + 0.5f) * 65536) + (int) ((start - y0) * step);
            int maxX = (w - 1) << 16 | 0xFFFF;
            for (int y = Math.max(start, top), last = Math.min(end, bottom - 1); y <= last; y++) {
                int x = base + (y - start) * step;
                if (x >= 0 && x <= maxX) {
                    px[y * w + (x >> 16)] = argb;
                }
            }
        }
    }

    /** Xiaolin Wu's line: each step shares the colour between the two pixels the line passes between. */
    private void wu(float x0, float y0, float x1, float y1, int argb) {
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        if (steep) {
            float t = x0; x0 = y0; y0 = t;
            t = x1; x1 = y1; y1 = t;
        }
        if (x0 > x1) {
            float t = x0; x0 = x1; x1 = t;
            t = y0; y0 = y1; y1 = t;
        }
        float dx = x1 - x0;
        float gradient = dx == 0 ? 1 : (y1 - y0) / dx;
        int start = Math.round(x0);
        int end = Math.round(x1);
        float base = y0 + gradient * (start - x0);
        int from = start;
        int to = end;
        if (steep) {
            // the major axis runs along the rows: only the band's rows
            from = Math.max(start, top);
            to = Math.min(end, bottom - 1);
        } else if (gradient != 0) {
            int a = start + (int) ((top - 1 - base) / gradient);
            int b = start + (int) ((bottom - base) / gradient);
            from = Math.max(start, Math.min(a, b) - 2);
            to = Math.min(end, Math.max(a, b) + 2);
        }
        for (int x = from; x <= to; x++) {
            float y = base + gradient * (x - start);
            int iy = (int) Math.floor(y);
            int cover = (int) ((y - iy) * 255);
            if (steep) {
                blend(iy, x, argb, 255 - cover);
                blend(iy + 1, x, argb, cover);
            } else {
                blend(x, iy, argb, 255 - cover);
                blend(x, iy + 1, argb, cover);
            }
        }
    }

    /** Mixes an opaque colour over the pixel with coverage 0..255 (premultiplied: alpha mixes like the channels). */
    private void blend(int x, int y, int argb, int cover) {
        if (cover <= 0 || x < 0 || y < top || x >= width || y >= bottom) {
            return;
        }
        int i = y * width + x;
        int d = pixels[i];
        int keep = 256 - cover - 1;
        int a = cover + 1;
        int rb = (((argb & 0x00FF00FF) * a + (d & 0x00FF00FF) * keep) >>> 8) & 0x00FF00FF;
        int ag = ((((argb >>> 8) & 0x00FF00FF) * a + ((d >>> 8) & 0x00FF00FF) * keep) & 0xFF00FF00);
        pixels[i] = ag | rb;
    }

    /** Liang-Barsky clipping to the image grown by {@code margin}; the result goes to {@link #clipped}. */
    private boolean clip(float x0, float y0, float x1, float y1, int margin) {
        float minX = -margin;
        float minY = -margin;
        float maxX = width - 1 + margin;
        float maxY = imageHeight - 1 + margin;
        if (Math.max(x0, x1) < minX || Math.min(x0, x1) > maxX || Math.max(y0, y1) < minY || Math.min(y0, y1) > maxY) {
            return false;
        }
        float dx = x1 - x0;
        float dy = y1 - y0;
        float[] t = clipT;
        t[0] = 0;
        t[1] = 1;
        if (!clipEdge(-dx, x0 - minX, t) || !clipEdge(dx, maxX - x0, t) || !clipEdge(-dy, y0 - minY, t)
                || !clipEdge(dy, maxY - y0, t)) {
            return false;
        }
        float t0 = t[0];
        float t1 = t[1];
        clipped[0] = x0 + t0 * dx;
        clipped[1] = y0 + t0 * dy;
        clipped[2] = x0 + t1 * dx;
        clipped[3] = y0 + t1 * dy;
        return true;
    }

    /** One Liang-Barsky boundary: narrows [t[0], t[1]] and says whether anything is left. */
    private static boolean clipEdge(float p, float q, float[] t) {
        if (p == 0) {
            return q >= 0;
        }
        float r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }
}
