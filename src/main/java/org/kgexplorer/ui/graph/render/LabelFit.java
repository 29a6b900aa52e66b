package org.kgexplorer.ui.graph.render;

import java.util.function.Function;

/**
 * The view that shows every node with its label whole: the largest zoom at which the nodes, each with its label
 * where the planner tries it first (right of the node, at the size the level-of-detail rule gives that zoom), fit
 * inside the canvas less a margin, but never below {@link #MIN_NODE_SHARE} of the zoom that fits the nodes alone
 * (where the labels fit at no such zoom, it is that least zoom centred on the nodes, and the planner leaves out the
 * labels with no room); then moved so that what the planner actually draws for that view (a label
 * beside a crowded node goes to its left, or below) has as much room on the left as on the right, and above as
 * below, a few times until it holds still.
 *
 * <p>Worked out within one call from the scene, not across frames: balancing a followed view from the labels each
 * presented frame happened to place, a share at a time and a few times at most, could stop with labels off both
 * edges ("room left of the labels -226.1, right -51.6"), because each move changes where the labels go and a
 * label could be drawn partly outside the view.
 */
final class LabelFit {
    private static final int STEPS = 30;
    private static final int ROUNDS = 4;
    /**
     * The least zoom the labels may ask for, as a share of the zoom that fits the nodes alone: the nodes then take
     * at least half the view's width or height. Without it, labels that never fit (a selected node's 26 highlighted
     * neighbours, each labelled at 12 px whatever the zoom, in a canvas 200 px wide) drove the zoom down a
     * thousandfold and drew every node on one spot; the planner leaves out a label with no room instead.
     */
    static final double MIN_NODE_SHARE = 0.5;

    /** Where to look: the graph point at the centre and the zoom. */
    record View(double centreX, double centreY, double scale) {
    }

    private LabelFit() {
    }

    /**
     * The fitting view for a canvas of {@code width} by {@code height} with {@code margin} pixels on each side.
     *
     * @param nodeScale the zoom that fits the nodes alone (labels only take room: the answer is at most this);
     *                  for a single point, the zoom to keep
     * @param planner   plans a frame for a view, to see where the labels go
     */
    static View of(SceneGeometry geometry, TextMeasure text, double width, double height, double margin,
                   double nodeScale, Function<Viewport, FramePlan> planner) {
        double w = Math.max(1, width - 2 * margin);
        double h = Math.max(1, height - 2 * margin);
        View view = solve(s -> firstGuess(geometry, text, s, true), s -> firstGuess(geometry, text, s, false), w, h,
                nodeScale, nodeScale * MIN_NODE_SHARE);
        for (int round = 0; round < ROUNDS; round++) {
            FramePlan plan = planner.apply(new Viewport(width, height, view.centreX(), view.centreY(), view.scale()));
            double[] e = drawn(geometry.scene(), plan);
            double dx = ((width - e[1]) - e[0]) / 2;
            double dy = ((height - e[3]) - e[2]) / 2;
            if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) {
                break;
            }
            view = new View(view.centreX() - dx / view.scale(), view.centreY() - dy / view.scale(), view.scale());
        }
        return view;
    }

    /**
     * The largest zoom from {@code minScale} up to {@code maxScale} whose extent fits {@code w} by {@code h}, centred
     * on that extent; when none does, {@code minScale} centred on the nodes alone.
     */
    private static View solve(Function<Double, double[]> extentAt, Function<Double, double[]> nodesAt, double w, double h,
                              double maxScale, double minScale) {
        double high = maxScale;
        if (!fits(extentAt.apply(high), w, h)) {
            double low = minScale;
            if (!fits(extentAt.apply(low), w, h)) {
                double[] e = nodesAt.apply(low);
                return new View((e[0] + e[1]) / 2 / low, (e[2] + e[3]) / 2 / low, low);
            }
            // bisection: the extent grows with the zoom (positions spread, labels grow up to their largest size)
            for (int i = 0; i < STEPS; i++) {
                double mid = Math.sqrt(low * high);
                if (fits(extentAt.apply(mid), w, h)) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            high = low;
        }
        double[] e = extentAt.apply(high);
        return new View((e[0] + e[1]) / 2 / high, (e[2] + e[3]) / 2 / high, high);
    }

    private static boolean fits(double[] extent, double w, double h) {
        return extent[1] - extent[0] <= w && extent[3] - extent[2] <= h;
    }

    /**
     * {minX, maxX, minY, maxY} in pixels at zoom {@code scale} (graph origin at 0) of the nodes, with each label right
     * of its node when {@code labels}.
     */
    private static double[] firstGuess(SceneGeometry geometry, TextMeasure text, double scale, boolean labels) {
        RenderScene scene = geometry.scene();
        double spacingPx = geometry.spacing() * scale;
        double r = LevelOfDetail.radius(spacingPx);
        int font = LevelOfDetail.labelFont(spacingPx);
        int priorityFont = Math.max(font, LevelOfDetail.PRIORITY_FONT);
        double[] e = empty();
        for (int i = 0; i < scene.nodeCount(); i++) {
            if (Float.isNaN(scene.x(i)) || Float.isNaN(scene.y(i))) {
                continue;
            }
            double x = scene.x(i) * scale;
            double y = scene.y(i) * scale;
            double nodeR = scene.nodeHas(i, RenderScene.MORE) ? r * 1.8 : r;
            double right = x + nodeR;
            double half = nodeR;
            boolean priority = scene.nodeHas(i, RenderScene.SELECTED) || scene.nodeHas(i, RenderScene.HIGHLIGHTED);
            int size = priority ? priorityFont : font;
            String label = size == 0 || !labels ? null : LevelOfDetail.shown(scene.label(i));
            if (label != null) {
                right = x + nodeR + 2 + text.width(label, size) + 2 * FramePlanner.LABEL_PAD;
                half = Math.max(half, text.height(size) / 2.0);
            }
            include(e, x - nodeR, right, y - half, y + half);
        }
        return close(e);
    }

    /** {minX, maxX, minY, maxY} in local pixels of what the plan draws: every node's figure and every label. */
    private static double[] drawn(RenderScene scene, FramePlan plan) {
        double r = plan.nodeRadius();
        double[] e = empty();
        for (int i = 0; i < scene.nodeCount(); i++) {
            if (!Float.isNaN(plan.localX(i)) && !Float.isNaN(plan.localY(i))) {
                double nodeR = scene.nodeHas(i, RenderScene.MORE) ? r * 1.8 : r;
                include(e, plan.localX(i) - nodeR, plan.localX(i) + nodeR, plan.localY(i) - nodeR, plan.localY(i) + nodeR);
            }
        }
        PlacedLabels labels = plan.nodeLabels();
        for (int k = 0; k < labels.count(); k++) {
            include(e, labels.x(k), labels.x(k) + labels.width(k), labels.y(k), labels.y(k) + labels.height(k));
        }
        return close(e);
    }

    private static double[] empty() {
        return new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    }

    private static void include(double[] e, double left, double right, double top, double bottom) {
        e[0] = Math.min(e[0], left);
        e[1] = Math.max(e[1], right);
        e[2] = Math.min(e[2], top);
        e[3] = Math.max(e[3], bottom);
    }

    private static double[] close(double[] e) {
        return e[0] > e[1] ? new double[] {0, 0, 0, 0} : e;
    }
}
