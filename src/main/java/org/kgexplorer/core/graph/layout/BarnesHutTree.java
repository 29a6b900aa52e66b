package org.kgexplorer.core.graph.layout;

import java.util.Arrays;

/**
 * A quadtree over weighted points in flat arrays, rebuilt every step without allocating once it has grown to the
 * graph's size, that approximates the repulsion of far groups of nodes by their centre of mass (Barnes and Hut):
 * a cell of side s at distance d acts as one body when s &lt; theta * d.
 */
final class BarnesHutTree {
    private static final int MAX_DEPTH = 48;

    private int cells;
    private int[] firstChild = new int[64];
    private int[] body = new int[64];
    private double[] mass = new double[64];
    private double[] sumX = new double[64];
    private double[] sumY = new double[64];
    private double[] cellX = new double[64];
    private double[] cellY = new double[64];
    private double[] size = new double[64];
    private int[] depth = new int[64];
    private int[] next = new int[16];

    /** Builds the tree over the first n points. */
    void build(double[] x, double[] y, double[] weight, int n) {
        if (next.length < n) {
            next = new int[Math.max(n, next.length * 2)];
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double side = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9) * 1.0001;
        cells = 0;
        newCell(n == 0 ? 0 : minX, n == 0 ? 0 : minY, side, 0);
        for (int i = 0; i < n; i++) {
            insert(i, x, y, weight[i]);
        }
    }

    private int newCell(double left, double top, double side, int level) {
        if (cells == firstChild.length) {
            int capacity = cells * 2;
            firstChild = Arrays.copyOf(firstChild, capacity);
            body = Arrays.copyOf(body, capacity);
            mass = Arrays.copyOf(mass, capacity);
            sumX = Arrays.copyOf(sumX, capacity);
            sumY = Arrays.copyOf(sumY, capacity);
            cellX = Arrays.copyOf(cellX, capacity);
            cellY = Arrays.copyOf(cellY, capacity);
            size = Arrays.copyOf(size, capacity);
            depth = Arrays.copyOf(depth, capacity);
        }
        int c = cells++;
        firstChild[c] = -1;
        body[c] = -1;
        mass[c] = 0;
        sumX[c] = 0;
        sumY[c] = 0;
        cellX[c] = left;
        cellY[c] = top;
        size[c] = side;
        depth[c] = level;
        return c;
    }

    private void insert(int i, double[] x, double[] y, double w) {
        int c = 0;
        while (true) {
            if (firstChild[c] >= 0) {
                add(c, x[i], y[i], w);
                c = firstChild[c] + quadrant(c, x[i], y[i]);
            } else if (body[c] < 0 || depth[c] >= MAX_DEPTH) {
                add(c, x[i], y[i], w);
                next[i] = body[c];
                body[c] = i;
                return;
            } else {
                split(c, x, y);
            }
        }
    }

    private void add(int c, double px, double py, double w) {
        mass[c] += w;
        sumX[c] += w * px;
        sumY[c] += w * py;
    }

    /** Turns leaf c (holding one body) into a node with four children, the body moved into its child. */
    private void split(int c, double[] x, double[] y) {
        double half = size[c] / 2;
        int first = newCell(cellX[c], cellY[c], half, depth[c] + 1);
        newCell(cellX[c] + half, cellY[c], half, depth[c] + 1);
        newCell(cellX[c], cellY[c] + half, half, depth[c] + 1);
        newCell(cellX[c] + half, cellY[c] + half, half, depth[c] + 1);
        firstChild[c] = first;
        int b = body[c];
        body[c] = -1;
        double w = mass[c];
        int child = first + quadrant(c, x[b], y[b]);
        mass[child] = w;
        sumX[child] = sumX[c];
        sumY[child] = sumY[c];
        next[b] = -1;
        body[child] = b;
    }

    private int quadrant(int c, double px, double py) {
        double half = size[c] / 2;
        int q = px >= cellX[c] + half ? 1 : 0;
        return py >= cellY[c] + half ? q + 2 : q;
    }

    /**
     * Adds to (fx[i], fy[i]) the repulsion every other body exerts on body i: coefficient * w_i * w_j / d, pointing
     * away from j. Bodies on the same spot push each other along a fixed direction so they come apart.
     */
    void repel(int i, double[] x, double[] y, double[] weight, double coefficient, double theta, double[] fx,
            double[] fy, int[] stack) {
        double xi = x[i];
        double yi = y[i];
        double k = coefficient * weight[i];
        double theta2 = theta * theta;
        double ax = 0;
        double ay = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int c = stack[--top];
            if (mass[c] == 0) {
                continue;
            }
            if (firstChild[c] < 0) {
                for (int b = body[c]; b >= 0; b = next[b]) {
                    if (b == i) {
                        continue;
                    }
                    double dx = xi - x[b];
                    double dy = yi - y[b];
                    double d2 = dx * dx + dy * dy;
                    if (d2 < 1e-12) {
                        dx = i < b ? 0.01 : -0.01;
                        dy = 0;
                        d2 = 1e-4;
                    }
                    double f = k * weight[b] / d2;
                    ax += dx * f;
                    ay += dy * f;
                }
                continue;
            }
            double dx = xi - sumX[c] / mass[c];
            double dy = yi - sumY[c] / mass[c];
            double d2 = dx * dx + dy * dy;
            if (size[c] * size[c] < theta2 * d2) {
                double f = k * mass[c] / d2;
                ax += dx * f;
                ay += dy * f;
            } else {
                int first = firstChild[c];
                stack[top++] = first;
                stack[top++] = first + 1;
                stack[top++] = first + 2;
                stack[top++] = first + 3;
            }
        }
        fx[i] += ax;
        fy[i] += ay;
    }

    /** A stack large enough for {@link #repel}. */
    static int[] newStack() {
        return new int[4 * MAX_DEPTH + 8];
    }
}
