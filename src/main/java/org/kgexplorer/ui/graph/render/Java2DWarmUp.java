package org.kgexplorer.ui.graph.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads Java2D's fonts and rasterisers on a background thread ({@link GraphCanvas#warmUp}: once the window shows its
 * data, or beside a canvas's first drawing). Left to the first frame, that start-up work (the font libraries, glyph
 * caches, the antialiasing pipelines: a few hundred milliseconds on a cold JVM) ran on the JavaFX thread, as a freeze
 * on the first graph a user opened.
 */
final class Java2DWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Java2DWarmUp() {
    }

    /** Starts the warm-up once per JVM; later calls do nothing. */
    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(Java2DWarmUp::run, "kgx-java2d-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Draws what a frame draws (lines, shapes, labels at the label sizes, with and without antialiasing). */
    static void run() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB_PRE);
        for (boolean antialias : new boolean[] {false, true}) {
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                        antialias ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                        antialias ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
                g.setColor(Color.DARK_GRAY);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(new Line2D.Double(1, 1, 60, 40));
                g.fill(new Ellipse2D.Double(10, 10, 20, 20));
                for (int size = 9; size <= 16; size++) {
                    g.setFont(TextMeasure.font(size));
                    g.getFontMetrics().stringWidth("Joint Task Force Alpha");
                    g.drawString("Fuerza de Tarea Conjunta Alfa", 2, 40);
                }
            } finally {
                g.dispose();
            }
        }
    }
}
