package org.kgexplorer.core.graph.layout;

import java.util.Arrays;

/**
 * Where each connected component belongs, so that pieces which do not repel each other do not overlap: the largest
 * at the origin, the others in rows below it, largest first, each in a square as wide as its own extent plus a gap.
 * Recomputed every step from the components' current centres and radii, so the slots follow the layout as it grows.
 */
final class ComponentPacking {
    double[] centreX = new double[8];
    double[] centreY = new double[8];
    double[] slotX = new double[8];
    double[] slotY = new double[8];
    private double[] radius = new double[8];

    /** Computes centres, radii and slots; the gap is the mean spacing of the largest component's nodes. */
    void compute(Components components, double[] x, double[] y) {
        int count = components.count;
        if (centreX.length < count) {
            int capacity = Math.max(count, centreX.length * 2);
            centreX = Arrays.copyOf(centreX, capacity);
            centreY = Arrays.copyOf(centreY, capacity);
            slotX = Arrays.copyOf(slotX, capacity);
            slotY = Arrays.copyOf(slotY, capacity);
            radius = Arrays.copyOf(radius, capacity);
        }
        double area = 0;
        for (int c = 0; c < count; c++) {
            double sx = 0;
            double sy = 0;
            for (int k = components.start[c]; k < components.start[c + 1]; k++) {
                sx += x[components.order[k]];
                sy += y[components.order[k]];
            }
            int size = components.size(c);
            centreX[c] = sx / size;
            centreY[c] = sy / size;
            double r2 = 0;
            for (int k = components.start[c]; k < components.start[c + 1]; k++) {
                double dx = x[components.order[k]] - centreX[c];
                double dy = y[components.order[k]] - centreY[c];
                r2 = Math.max(r2, dx * dx + dy * dy);
            }
            radius[c] = Math.sqrt(r2);
        }
        double gap = Math.max(NewNodePlacement.UNIT, 2 * radius[0] / Math.sqrt(components.size(0)));
        for (int c = 1; c < count; c++) {
            area += (2 * radius[c] + gap) * (2 * radius[c] + gap);
        }
        slotX[0] = 0;
        slotY[0] = 0;
        double width = Math.max(2 * radius[0], Math.sqrt(area));
        double left = -width / 2;
        double rowTop = radius[0] + 2 * gap;
        double rowHeight = 0;
        double cursor = left;
        for (int c = 1; c < count; c++) {
            double side = 2 * radius[c] + gap;
            if (cursor > left && cursor + side > left + width) {
                rowTop += rowHeight;
                rowHeight = 0;
                cursor = left;
            }
            slotX[c] = cursor + side / 2;
            slotY[c] = rowTop + side / 2;
            cursor += side;
            rowHeight = Math.max(rowHeight, side);
        }
    }

    /** Shifts every component but the largest half-way to its slot, unless one of its nodes is pinned. */
    void moveTowardsSlots(Components components, LayoutGraph graph) {
        for (int c = 1; c < components.count; c++) {
            boolean held = false;
            for (int k = components.start[c]; k < components.start[c + 1] && !held; k++) {
                held = graph.pinned[components.order[k]];
            }
            if (held) {
                continue;
            }
            double dx = (slotX[c] - centreX[c]) / 2;
            double dy = (slotY[c] - centreY[c]) / 2;
            for (int k = components.start[c]; k < components.start[c + 1]; k++) {
                graph.x[components.order[k]] += dx;
                graph.y[components.order[k]] += dy;
            }
        }
    }
}
