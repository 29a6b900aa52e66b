package org.kgexplorer.ui.graph.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Each node figure (colour, shape, size, outline) drawn once with antialiasing into a small image and then copied
 * for every node that looks like it: a copy costs a fraction of filling the shape, so nodes look smooth even while
 * the camera moves. Sizes are rounded to a quarter pixel. One instance per canvas (not thread-safe).
 */
final class NodeSprites {
    private static final int LIMIT = 4_096;
    private final Map<Key, Sprite> sprites = new HashMap<>();

    private record Key(int argb, NodeStyle.Shape shape, int quarterPixels, int outline) { }

    /** A figure and the offset from the node's centre to the image's corner. */
    record Sprite(BufferedImage image, int offset) { }

    Sprite sprite(int argb, NodeStyle.Shape shape, float radius, int outlineArgb) {
        int quarter = Math.round(radius * 4);
        Key key = new Key(argb, shape, quarter, outlineArgb);
        Sprite sprite = sprites.get(key);
        if (sprite == null) {
            if (sprites.size() >= LIMIT) {
                sprites.clear();
            }
            sprite = draw(argb, shape, quarter / 4f, outlineArgb);
            sprites.put(key, sprite);
        }
        return sprite;
    }

    private static Sprite draw(int argb, NodeStyle.Shape shape, float r, int outlineArgb) {
        int offset = (int) Math.ceil(r * 1.3f) + 2;
        int size = 2 * offset + 1;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            // the centre of pixel (offset, offset) is the node's centre
            java.awt.Shape figure = NodeShapes.shape(shape, offset + 0.5f, offset + 0.5f, r);
            g.setColor(new Color(argb, true));
            g.fill(figure);
            if (outlineArgb != 0) {
                g.setColor(new Color(outlineArgb, true));
                g.setStroke(new BasicStroke(1f));
                g.draw(figure);
            }
        } finally {
            g.dispose();
        }
        return new Sprite(image, offset);
    }
}
