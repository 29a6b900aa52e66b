package org.kgexplorer.ui.graph.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LabelBoxesTest {
    /** A picture of random opaque pixels, the same for both ways of filling. */
    private static BufferedImage noise(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        SplittableRandom random = new SplittableRandom(5);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, 0xFF000000 | random.nextInt(0x1000000));
            }
        }
        return image;
    }

    @Test
    void boxesMatchJava2DsTranslucentFillRectAtEveryOutputScale() {
        PlacedLabels labels = new PlacedLabels();
        labels.add(0, "a", 3.4f, 5.6f, 20.2f, 9.7f, 0, 0, 10);
        labels.add(1, "b", 10f, 8f, 15f, 12f, 0, 0, 10);   // overlaps the first
        labels.add(2, "c", -6f, 30f, 18f, 10f, 0, 0, 10);  // runs off the left
        labels.add(3, "d", 50f, 35f, 30f, 10f, 0, 0, 10);  // runs off the right and the bottom
        int box = new Palette(0xFFF4F1E8, 0xFF202020, 0xFF0969DA).labelBox();
        for (double scale : new double[] {1, 2, 1.5}) {
            int w = (int) Math.ceil(64 * scale);
            int h = (int) Math.ceil(40 * scale);
            BufferedImage ours = noise(w, h);
            BufferedImage java2d = noise(w, h);
            BufferedImage before = noise(w, h);
            LabelBoxes.fill(ours, scale, labels, box);
            Graphics2D g = java2d.createGraphics();
            g.scale(scale, scale);
            g.setColor(new Color(box, true));
            for (int i = 0; i < labels.count(); i++) {
                g.fillRect(Math.round(labels.x(i)), Math.round(labels.y(i)), Math.round(labels.width(i)),
                        Math.round(labels.height(i)));
            }
            g.dispose();
            int changed = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int a = ours.getRGB(x, y);
                    int b = java2d.getRGB(x, y);
                    if (a != before.getRGB(x, y)) {
                        changed++;
                    }
                    for (int shift = 0; shift <= 24; shift += 8) {
                        int d = Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF));
                        assertTrue(d <= 1, "pixel " + x + "," + y + " at scale " + scale + ": "
                                + Integer.toHexString(a) + " against Java2D's " + Integer.toHexString(b));
                    }
                }
            }
            // the four boxes cover about 20 x 10 + 15 x 12 + 12 x 10 + 14 x 5 local pixels, overlapping a little
            assertTrue(changed > 400 * scale * scale, "pixels under the boxes changed: " + changed);
        }
    }
}
