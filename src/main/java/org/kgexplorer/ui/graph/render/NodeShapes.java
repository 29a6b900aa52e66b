package org.kgexplorer.ui.graph.render;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;

/** The outline of each node shape around a centre, for Java2D and as SVG, so both draw the same figure. */
final class NodeShapes {
    private static final double SQUARE_HALF = 0.88;

    private NodeShapes() {
    }

    /** The "+N more" pill: wider than tall. */
    static RoundRectangle2D pill(float x, float y, float r) {
        float h = Math.max(2 * r, 8);
        float w = h * 1.8f;
        return new RoundRectangle2D.Float(x - w / 2, y - h / 2, w, h, h, h);
    }

    static java.awt.Shape shape(NodeStyle.Shape shape, float x, float y, float r) {
        switch (shape) {
            case SQUARE:
                float s = (float) (r * SQUARE_HALF);
                return new Rectangle2D.Float(x - s, y - s, 2 * s, 2 * s);
            case CIRCLE:
                return new Ellipse2D.Float(x - r, y - r, 2 * r, 2 * r);
            default:
                return polygon(points(shape, x, y, r));
        }
    }

    /** Corner points x0,y0,x1,y1,... of the polygon shapes. */
    static float[] points(NodeStyle.Shape shape, float x, float y, float r) {
        switch (shape) {
            case DIAMOND:
                float d = r * 1.15f;
                return new float[] {x, y - d, x + d, y, x, y + d, x - d, y};
            case TRIANGLE:
                float t = r * 1.25f;
                return new float[] {x, y - t, x + t * 0.866f, y + t * 0.5f, x - t * 0.866f, y + t * 0.5f};
            case HEXAGON:
                float[] p = new float[12];
                for (int k = 0; k < 6; k++) {
                    double a = Math.PI / 3 * k;
                    p[2 * k] = (float) (x + r * Math.cos(a));
                    p[2 * k + 1] = (float) (y + r * Math.sin(a));
                }
                return p;
            default:
                throw new IllegalArgumentException("not a polygon: " + shape);
        }
    }

    private static Path2D polygon(float[] p) {
        Path2D.Float path = new Path2D.Float();
        path.moveTo(p[0], p[1]);
        for (int i = 2; i < p.length; i += 2) {
            path.lineTo(p[i], p[i + 1]);
        }
        path.closePath();
        return path;
    }

    /** The SVG element (without fill or stroke attributes' closing) for the shape: the caller appends attributes. */
    static String svgOpen(NodeStyle.Shape shape, float x, float y, float r) {
        switch (shape) {
            case CIRCLE:
                return String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"", x, y, r);
            case SQUARE:
                float s = (float) (r * SQUARE_HALF);
                return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"",
                        x - s, y - s, 2 * s, 2 * s);
            default:
                float[] p = points(shape, x, y, r);
                StringBuilder b = new StringBuilder("<polygon points=\"");
                for (int i = 0; i < p.length; i += 2) {
                    b.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", p[i], p[i + 1]));
                }
                return b.append('"').toString();
        }
    }
}
