package org.kgexplorer.ui.graph.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LineRasterTest {
    private static final int WHITE = 0xFFFFFFFF;
    private static final int GREY = 0xFF808080;

    private static BufferedImage blank(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        java.util.Arrays.fill(pixels(image), WHITE);
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static void randomLines(BufferedImage image, int top, int bottom, boolean smooth) {
        LineRaster raster = new LineRaster(image, 1, top, bottom);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 400; i++) {
            // many lines start or end far outside the image
            raster.line((float) random.nextDouble(-300, 500), (float) random.nextDouble(-300, 400),
                    (float) random.nextDouble(-300, 500), (float) random.nextDouble(-300, 400), GREY, smooth);
        }
    }

    @Test
    void linesDrawnInBandsEqualLinesDrawnAtOnce() {
        for (boolean smooth : new boolean[] {false, true}) {
            BufferedImage whole = blank(200, 120);
            randomLines(whole, 0, 120, smooth);
            BufferedImage banded = blank(200, 120);
            randomLines(banded, 0, 37, smooth);
            randomLines(banded, 37, 80, smooth);
            randomLines(banded, 80, 120, smooth);
            assertArrayEquals(pixels(whole), pixels(banded), smooth ? "antialiased" : "plain");
        }
    }

    @Test
    void plainHorizontalLineColoursItsRowOnly() {
        BufferedImage image = blank(50, 20);
        new LineRaster(image, 1, 0, 20).line(-10, 5.2f, 70, 5.2f, GREY, false);
        for (int x = 0; x < 50; x++) {
            assertEquals(GREY, image.getRGB(x, 5) | 0xFF000000);
            assertEquals(WHITE, image.getRGB(x, 4));
            assertEquals(WHITE, image.getRGB(x, 6));
        }
    }

    @Test
    void antialiasedLineSharesItsColourBetweenTwoRows() {
        BufferedImage image = blank(50, 20);
        new LineRaster(image, 1, 0, 20).line(0, 5.5f, 49, 5.5f, 0xFF000000, true);
        int upper = image.getRGB(25, 5) & 0xFF;
        int lower = image.getRGB(25, 6) & 0xFF;
        assertTrue(upper > 60 && upper < 200 && lower > 60 && lower < 200, upper + " " + lower);
    }

    @Test
    void theOutputScaleMultipliesCoordinates() {
        BufferedImage image = blank(100, 40);
        new LineRaster(image, 2, 0, 40).line(0, 10, 40, 10, GREY, false);
        assertEquals(GREY, image.getRGB(70, 20) | 0xFF000000);
        assertEquals(WHITE, image.getRGB(70, 10));
    }
}
