package org.kgexplorer.ui.graph.render;

import javafx.animation.AnimationTimer;

/**
 * Where the graph canvas looks: the graph point at its centre and the zoom (pixels per graph unit). Pan, zoom
 * around a point, centre (animated briefly) and fit; the methods for keyboard navigation pan and zoom by fixed
 * steps. JavaFX thread only.
 */
public final class Camera {
    /** Zoom factor of one keyboard step. */
    public static final double ZOOM_STEP = 1.25;
    /** Pixels of one keyboard pan step. */
    public static final double PAN_STEP = 60;
    static final double MIN_SCALE = 1e-6;
    static final double MAX_SCALE = 1e6;
    private static final long CENTRE_ANIMATION_NANOS = 250_000_000L;
    private static final double FIT_MARGIN = 40;

    private final GraphCanvas canvas;
    private double centreX;
    private double centreY;
    private double scale = 1;
    private AnimationTimer animation;

    Camera(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    public double centreX() {
        return centreX;
    }

    public double centreY() {
        return centreY;
    }

    /** Pixels per graph unit. */
    public double scale() {
        return scale;
    }

    /** The current view at the canvas's size. */
    public Viewport viewport() {
        return new Viewport(canvas.getWidth(), canvas.getHeight(), centreX, centreY, scale);
    }

    /** Shows graph point (x, y) at the centre, immediately, at zoom {@code scale}. */
    public void moveTo(double x, double y, double scale) {
        stopAnimation();
        set(x, y, scale);
    }

    /** Moves the view so that graph point (x, y) comes to the centre, animated over a quarter second. */
    public void centreOn(double x, double y) {
        stopAnimation();
        double fromX = centreX;
        double fromY = centreY;
        animation = new AnimationTimer() {
            private long start = -1;

            @Override
            public void handle(long now) {
                if (start < 0) {
                    start = now;
                }
                double t = Math.min(1, (now - start) / (double) CENTRE_ANIMATION_NANOS);
                double eased = 1 - Math.pow(1 - t, 3);
                set(fromX + (x - fromX) * eased, fromY + (y - fromY) * eased, scale);
                if (t >= 1) {
                    stopAnimation();
                }
            }
        };
        animation.start();
    }

    /** Whether an animated centring is under way. */
    public boolean animating() {
        return animation != null;
    }

    /** Moves the view by (dx, dy) pixels: the graph follows the pointer, as when dragging the background. */
    public void panBy(double dx, double dy) {
        stopAnimation();
        set(centreX - dx / scale, centreY - dy / scale, scale);
    }

    /** Zooms by {@code factor}, keeping the graph point under local point (aroundLocalX, aroundLocalY) in place. */
    public void zoomBy(double factor, double aroundLocalX, double aroundLocalY) {
        stopAnimation();
        double newScale = clampScale(scale * factor);
        Viewport before = viewport();
        double gx = before.toGraphX(aroundLocalX);
        double gy = before.toGraphY(aroundLocalY);
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        set(gx - (aroundLocalX - w / 2) / newScale, gy - (aroundLocalY - h / 2) / newScale, newScale);
    }

    /** Zooms in one step around the centre (keyboard "+"). */
    public void zoomIn() {
        zoomBy(ZOOM_STEP, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** Zooms out one step around the centre (keyboard "-"). */
    public void zoomOut() {
        zoomBy(1 / ZOOM_STEP, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /**
     * Shows the whole scene with a margin, every node's label whole (see {@link LabelFit}); an empty scene leaves
     * the view as it is. Before the canvas has a size the fit waits for its first frame.
     */
    public void fit() {
        RenderScene scene = canvas.scene();
        if (scene.nodeCount() == 0) {
            return;
        }
        if (canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            canvas.fitAtFirstFrame();
            return;
        }
        Viewport view = fitted();
        moveTo(view.centreX(), view.centreY(), view.scale());
    }

    /**
     * The view at the canvas's size that shows the whole scene with a margin and every node's label whole, without
     * moving the camera (Home); the current view when the scene is empty.
     */
    public Viewport fitted() {
        return fitted(canvas.getWidth(), canvas.getHeight());
    }

    /**
     * The view of {@code width} by {@code height} pixels that shows the whole scene with a margin and every node's
     * label whole where there is room, without moving the camera (the whole-graph export draws it at its own size);
     * the current view, at that size, when the scene is empty or the canvas has no size yet.
     */
    public Viewport fitted(double width, double height) {
        if (canvas.scene().nodeCount() == 0 || width < 1 || height < 1) {
            return new Viewport(width, height, centreX, centreY, scale);
        }
        SceneGeometry geometry = canvas.geometry();
        double w = Math.max(1, width - 2 * FIT_MARGIN);
        double h = Math.max(1, height - 2 * FIT_MARGIN);
        double bw = geometry.maxX() - geometry.minX();
        double bh = geometry.maxY() - geometry.minY();
        double fitScale = Math.min(bw > 0 ? w / bw : Double.POSITIVE_INFINITY, bh > 0 ? h / bh : Double.POSITIVE_INFINITY);
        if (Double.isInfinite(fitScale)) {
            fitScale = scale; // a single point: keep the zoom
        }
        LabelFit.View view = LabelFit.of(geometry, canvas.textMeasure(), width, height,
                FIT_MARGIN, clampScale(fitScale), canvas::planFor);
        return new Viewport(width, height, view.centreX(), view.centreY(), clampScale(view.scale()));
    }

    private static double clampScale(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    private void set(double x, double y, double s) {
        if (x == centreX && y == centreY && s == scale) {
            return;
        }
        centreX = x;
        centreY = y;
        scale = clampScale(s);
        canvas.cameraChanged();
    }

    private void stopAnimation() {
        if (animation != null) {
            animation.stop();
            animation = null;
        }
    }
}
