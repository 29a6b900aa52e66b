package org.kgexplorer.ui.graph.render;

import java.awt.geom.Path2D;

/** Geometry of edges in local pixels: arrowheads and the distance used for picking. */
final class EdgeGeometry {
    private EdgeGeometry() {
    }

    /**
     * Adds to {@code path} an arrowhead pointing at (bx, by), its tip {@code gap} pixels before that point (the
     * node's rim), {@code length} pixels long.
     */
    static void arrow(Path2D.Float path, float ax, float ay, float bx, float by, float gap, float length) {
        float dx = bx - ax;
        float dy = by - ay;
        float len = (float) Math.sqrt(dx * dx + dy * dy);
        if (len < gap + length) {
            return;
        }
        float ux = dx / len;
        float uy = dy / len;
        float tipX = bx - ux * gap;
        float tipY = by - uy * gap;
        float baseX = tipX - ux * length;
        float baseY = tipY - uy * length;
        float half = length * 0.4f;
        path.moveTo(tipX, tipY);
        path.lineTo(baseX - uy * half, baseY + ux * half);
        path.lineTo(baseX + uy * half, baseY - ux * half);
        path.closePath();
    }

    /** The corner points of that arrowhead (tip, left, right), or null when the edge is too short for one. */
    static float[] arrowPoints(float ax, float ay, float bx, float by, float gap, float length) {
        Path2D.Float p = new Path2D.Float();
        arrow(p, ax, ay, bx, by, gap, length);
        if (p.getCurrentPoint() == null) {
            return null;
        }
        float[] out = new float[6];
        float[] c = new float[6];
        int i = 0;
        for (java.awt.geom.PathIterator it = p.getPathIterator(null); !it.isDone() && i < 6; it.next()) {
            if (it.currentSegment(c) != java.awt.geom.PathIterator.SEG_CLOSE) {
                out[i++] = c[0];
                out[i++] = c[1];
            }
        }
        return out;
    }

    /** Distance from (px, py) to the segment (ax, ay)-(bx, by). */
    static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
