package org.kgexplorer.ui.graph.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Label widths in pixels per whole font size, measured once with Java2D's metrics and cached, so placing labels
 * every frame costs no text layout. One instance per canvas (not thread-safe).
 */
final class TextMeasure {
    static final String FAMILY = Font.SANS_SERIF;
    private static final int CACHE_LIMIT = 200_000;
    /** Made at the first measure: Java2D's start (its fonts and surfaces) waits until a label is placed. */
    private Graphics2D scratch;
    private final Map<Integer, FontMetrics> metrics = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> widths = new HashMap<>();
    private int cached;

    static Font font(int size) {
        return new Font(FAMILY, Font.PLAIN, size);
    }

    int width(String text, int size) {
        Map<String, Integer> bySize = widths.computeIfAbsent(size, s -> new HashMap<>());
        Integer w = bySize.get(text);
        if (w == null) {
            if (cached > CACHE_LIMIT) {
                widths.clear();
                cached = 0;
                bySize = widths.computeIfAbsent(size, s -> new HashMap<>());
            }
            w = metrics(size).stringWidth(text);
            bySize.put(text, w);
            cached++;
        }
        return w;
    }

    /** Distance from the top of the label box to the baseline. */
    int ascent(int size) {
        return metrics(size).getAscent();
    }

    int height(int size) {
        FontMetrics m = metrics(size);
        return m.getAscent() + m.getDescent();
    }

    private FontMetrics metrics(int size) {
        if (scratch == null) {
            scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE).createGraphics();
        }
        return metrics.computeIfAbsent(size, s -> scratch.getFontMetrics(font(s)));
    }
}
