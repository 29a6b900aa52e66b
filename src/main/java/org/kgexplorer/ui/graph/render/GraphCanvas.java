package org.kgexplorer.ui.graph.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The graph view's drawing surface: draws a {@link RenderScene} with Java2D into an image whose pixels back a
 * JavaFX {@link PixelBuffer}, redrawing at most once per pulse and only when the scene, camera, size or colours
 * change. Pan by dragging the background, zoom with the wheel; clicks, double-clicks and node drags are reported
 * through the callbacks, in the canvas's own coordinates. JavaFX thread only.
 */
public final class GraphCanvas extends Region {
    /** A stylesheet mapping the canvas colours to the AtlantaFX theme's, for light and dark alike. */
    public static final String ATLANTAFX_STYLESHEET =
            GraphCanvas.class.getResource("graph-canvas-atlantafx.css").toExternalForm();

    /** The least size of a whole-graph export, in screen pixels: the canvas's preferred size. */
    static final double MIN_WHOLE_WIDTH = 640;
    static final double MIN_WHOLE_HEIGHT = 480;

    private final ImageView imageView = new ImageView();
    private final Camera camera = new Camera(this);
    private final CanvasColours colours = new CanvasColours(this);
    private final TextMeasure text = new TextMeasure();
    private final FramePlanner planner = new FramePlanner(text);
    private final NodeSprites sprites = new NodeSprites();
    private final CanvasPointer pointer;
    private RenderScene scene = RenderScene.empty();
    private SceneGeometry geometry = SceneGeometry.of(scene, null);
    private FramePlan lastPlan;
    private BufferedImage image;
    private PixelBuffer<IntBuffer> pixels;
    private double pixelScale = 1;
    private boolean dirty;
    private boolean motion;
    private boolean restDrawn;
    private long lastMotionFrame;
    private boolean fitPending = true;
    private long framesPresented;
    private long drawingNanos;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse(now);
        }
    };
    private boolean pulsesRunning;
    /** The whole text of a label drawn shortened (over {@link LevelOfDetail#MAX_LABEL_CHARS} characters), on hover. */
    private final javafx.scene.control.Tooltip wholeLabelTip = new javafx.scene.control.Tooltip();
    private boolean wholeLabelTipInstalled;
    /** A hidden parent being watched for when it shows again, and the listener watching it. */
    private Node hiddenWatched;
    private final InvalidationListener shown = o -> {
        if (hiddenWatched != null && hiddenWatched.isVisible()) {
            hiddenWatched.visibleProperty().removeListener(this.shown);
            hiddenWatched = null;
            requestRedraw();
        }
    };

    public GraphCanvas() {
        getStyleClass().add("graph-canvas");
        setFocusTraversable(true);
        imageView.setManaged(false);
        imageView.setSmooth(false);
        getChildren().add(imageView);
        pointer = new CanvasPointer(this);
        wholeLabelTip.setShowDelay(javafx.util.Duration.millis(300));
        wholeLabelTip.setWrapText(true);
        wholeLabelTip.setMaxWidth(480);
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> showWholeLabel(pickNode(e.getX(), e.getY())));
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> showWholeLabel(-1));
        widthProperty().addListener((o, a, b) -> requestRedraw());
        heightProperty().addListener((o, a, b) -> requestRedraw());
        sceneProperty().addListener((o, a, b) -> requestRedraw());
    }

    /**
     * Loads Java2D's fonts and rasterisers on a background thread, once per JVM, so that the first graph drawn does not
     * wait for them on the JavaFX thread. The window calls it once its first data is shown: made with the first
     * canvas, that work (a few hundred milliseconds of processor) competed with the window's own start on two cores
     * (ADR 5). A canvas that draws before it was called starts it itself.
     */
    public static void warmUp() {
        Java2DWarmUp.start();
    }

    /** Shows {@code next} from the next pulse on. The first scene with nodes is fitted into view. */
    public void setScene(RenderScene next) {
        Objects.requireNonNull(next, "scene");
        scene = next;
        geometry = SceneGeometry.of(next, geometry);
        motion = true;
        requestRedraw();
    }

    /** Draws labels this many times their usual size (the interface's scale, 0.8 to 2.5). */
    public void setLabelScale(double scale) {
        planner.setLabelScale((float) scale);
        requestRedraw();
    }

    /**
     * Draws every label and arrowhead of what is on screen, skipping the level-of-detail rule's label budget and
     * arrow threshold (labels may overlap and run off the view), as GraphStream's stock viewer does; for measuring
     * like for like (the render benchmark). Off by default; the window never turns it on.
     */
    public void setEveryLabel(boolean every) {
        planner.setEveryLabel(every);
        requestRedraw();
    }

    public RenderScene scene() {
        return scene;
    }

    public Camera camera() {
        return camera;
    }

    /** The node under local point (x, y), the topmost when several are; -1 when none. */
    public int pickNode(double localX, double localY) {
        return Picking.node(scene, camera.viewport(), geometry.spacing(), localX, localY);
    }

    /** The edge within a few pixels of local point (x, y), the nearest when several are; -1 when none. */
    public int pickEdge(double localX, double localY) {
        return Picking.edge(scene, camera.viewport(), localX, localY);
    }

    public void setOnNodeClicked(IntConsumer handler) {
        pointer.onNodeClicked = handler != null ? handler : n -> { };
    }

    public void setOnNodeDoubleClicked(IntConsumer handler) {
        pointer.onNodeDoubleClicked = handler != null ? handler : n -> { };
    }

    public void setOnEdgeClicked(IntConsumer handler) {
        pointer.onEdgeClicked = handler != null ? handler : e -> { };
    }

    public void setOnBackgroundClicked(Runnable handler) {
        pointer.onBackgroundClicked = handler != null ? handler : () -> { };
    }

    public void setOnNodeDragged(NodeDrag handler) {
        pointer.onNodeDragged = handler != null ? handler : (n, x, y, finished) -> { };
    }

    public ObjectProperty<Color> backgroundColourProperty() { return colours.background; }

    public ObjectProperty<Color> foregroundColourProperty() { return colours.foreground; }

    public ObjectProperty<Color> accentColourProperty() { return colours.accent; }

    /** How many new images the canvas has handed to JavaFX: at most one per pulse. */
    public long framesPresented() {
        return framesPresented;
    }

    /** Total time spent planning and drawing frames on the JavaFX thread, in nanoseconds (for measurements). */
    public long drawingNanos() {
        return drawingNanos;
    }

    /** What the last presented frame drew (nodes, edges, labels and their boxes); null before the first. */
    public FramePlan lastFrame() {
        return lastPlan;
    }

    /** Writes the current view as a PNG of the canvas's size (atomically). */
    public void writePng(Path target) throws Exception {
        export().writePng(target);
    }

    /** Writes the current view as SVG with the same level of detail as the screen (atomically). */
    public void writeSvg(Path target) throws Exception {
        export().writeSvg(target);
    }

    /**
     * The current view as it would be drawn at rest, captured on the JavaFX thread, to be written as PNG or SVG
     * on any other thread (the plan and the colours are immutable).
     */
    public Export export() {
        return export(false, 1);
    }

    /**
     * The visible area, or the whole graph fitted to the canvas's size (at least 640 x 480, the canvas's preferred
     * size: a canvas squeezed by the side panels is no size for a picture) with every label drawn whole, as it
     * would be drawn at rest; a PNG of it has {@code resolution} image pixels per screen pixel (1 to 3).
     */
    public Export export(boolean wholeGraph, int resolution) {
        if (resolution < 1 || resolution > 3) {
            throw new IllegalArgumentException("resolution must be 1, 2 or 3, not " + resolution);
        }
        Viewport view = wholeGraph
                ? camera.fitted(Math.max(getWidth(), MIN_WHOLE_WIDTH), Math.max(getHeight(), MIN_WHOLE_HEIGHT))
                : camera.viewport();
        return new Export(planner.plan(geometry, view, true), colours.palette(), resolution);
    }

    /** A captured view, written to a file off the JavaFX thread. */
    public static final class Export {
        private final FramePlan plan;
        private final Palette palette;
        private final int resolution;

        private Export(FramePlan plan, Palette palette, int resolution) {
            this.plan = plan;
            this.palette = palette;
            this.resolution = resolution;
        }

        /** What is drawn: where every node and label went (for checking that nothing is cut). */
        public FramePlan plan() {
            return plan;
        }

        /** Writes it as a PNG of the view's size times the resolution (atomically). */
        public void writePng(Path target) throws Exception {
            CanvasExport.png(target, plan, palette, resolution);
        }

        /** Writes it as SVG with the same level of detail as the screen (atomically). */
        public void writeSvg(Path target) throws Exception {
            CanvasExport.svg(target, plan, palette);
        }
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CanvasColours.META;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CanvasColours.META;
    }

    @Override
    protected double computePrefWidth(double height) {
        return MIN_WHOLE_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return MIN_WHOLE_HEIGHT;
    }

    @Override
    protected void layoutChildren() {
        imageView.relocate(0, 0);
    }

    CanvasColours colours() {
        return colours;
    }

    SceneGeometry geometry() {
        return geometry;
    }

    TextMeasure textMeasure() {
        return text;
    }

    /** Replaces the scene while a node is dragged, without forgetting the degree order. */
    void showDragged(RenderScene moved) {
        setScene(moved);
    }

    void fitAtFirstFrame() {
        fitPending = true;
        requestRedraw();
    }

    void cameraChanged() {
        motion = true;
        requestRedraw();
    }

    /** Asks for a new frame at the next pulse; many requests before it make one frame. */
    void requestRedraw() {
        dirty = true;
        if (!pulsesRunning) {
            pulsesRunning = true;
            pulses.start();
        }
    }

    private void onPulse(long now) {
        if (getScene() == null || getWidth() < 1 || getHeight() < 1) {
            stopPulses();
            return;
        }
        Node hidden = hiddenAncestor();
        if (hidden != null) {
            // In a tab behind another, say: draw nothing until it shows (the request stays dirty).
            stopPulses();
            redrawWhenShown(hidden);
            return;
        }
        if (scene.nodeCount() > 0) {
            // when the application has not warmed Java2D up yet (warmUp), at least beside the first drawing
            Java2DWarmUp.start();
        }
        if (fitPending && scene.nodeCount() > 0) {
            fitPending = false;
            camera.fit();
        }
        // at rest: no move since the last frame and none for a while; measured from frames, not from requests, so
        // that a slow frame never makes the next one look like a rest frame
        if (motion) {
            lastMotionFrame = now;
        }
        boolean resting = !motion && now - lastMotionFrame >= LevelOfDetail.REST_NANOS && !camera.animating()
                && !pointer.dragging();
        motion = false;
        long start = System.nanoTime();
        if (dirty) {
            dirty = false;
            present(plan(resting));
            restDrawn = resting;
        } else if (resting && !restDrawn) {
            restDrawn = true;
            if (lastPlan == null || !lastPlan.antialias) {
                present(plan(true));
            }
        } else if (restDrawn) {
            stopPulses();
        }
        drawingNanos += System.nanoTime() - start;
    }

    /** This canvas or the nearest of its parents that is not visible; null when all are. */
    private Node hiddenAncestor() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return n;
            }
        }
        return null;
    }

    /**
     * Offers the whole label of node {@code n} as the canvas's tooltip when the drawing shortens it; none for any
     * other node, nor for -1.
     */
    private void showWholeLabel(int n) {
        String whole = n >= 0 && n < scene.nodeCount() && scene.label(n) != null ? scene.label(n).strip() : null;
        boolean shortened = whole != null && !whole.equals(LevelOfDetail.shown(whole));
        if (shortened) {
            wholeLabelTip.setText(whole);
            if (!wholeLabelTipInstalled) {
                javafx.scene.control.Tooltip.install(this, wholeLabelTip);
                wholeLabelTipInstalled = true;
            }
        } else if (wholeLabelTipInstalled) {
            wholeLabelTip.hide();
            javafx.scene.control.Tooltip.uninstall(this, wholeLabelTip);
            wholeLabelTipInstalled = false;
        }
    }

    /** Whether the canvas offers the tooltip now (the pointer is over a node whose label is drawn shortened). */
    boolean offersWholeLabel() {
        return wholeLabelTipInstalled;
    }

    /** The tooltip that shows a shortened label whole (for tests). */
    javafx.scene.control.Tooltip wholeLabelTip() {
        return wholeLabelTip;
    }

    /** Whether the canvas has stopped drawing because a parent is hidden, and waits for it to show again. */
    boolean waitingToBeShown() {
        return hiddenWatched != null && !pulsesRunning;
    }

    /** Asks for a frame once {@code hidden} is visible again. */
    private void redrawWhenShown(Node hidden) {
        if (hiddenWatched == hidden) {
            return;
        }
        if (hiddenWatched != null) {
            hiddenWatched.visibleProperty().removeListener(shown);
        }
        hiddenWatched = hidden;
        hidden.visibleProperty().addListener(shown);
    }

    private void stopPulses() {
        pulses.stop();
        pulsesRunning = false;
    }

    /** The frame this canvas would draw of its scene through another view (nothing is drawn). */
    FramePlan planFor(Viewport view) {
        return planner.plan(geometry, view, false);
    }

    private FramePlan plan(boolean resting) {
        return planner.plan(geometry, camera.viewport(), resting);
    }

    private void present(FramePlan plan) {
        ensureBuffers();
        Graphics2D g = image.createGraphics();
        try {
            if (pixelScale != 1) {
                g.scale(pixelScale, pixelScale);
            }
            Java2DPainter.paint(g, image, pixelScale, plan, colours.palette(), sprites);
        } finally {
            g.dispose();
        }
        pixels.updateBuffer(b -> null);
        lastPlan = plan;
        framesPresented++;
    }

    private void ensureBuffers() {
        double outputScale = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getOutputScaleX() : 1;
        int w = (int) Math.ceil(getWidth() * outputScale);
        int h = (int) Math.ceil(getHeight() * outputScale);
        if (image != null && image.getWidth() == w && image.getHeight() == h && pixelScale == outputScale) {
            return;
        }
        pixelScale = outputScale;
        image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        pixels = new PixelBuffer<>(w, h, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
        imageView.setImage(new WritableImage(pixels));
        imageView.setFitWidth(w / outputScale);
        imageView.setFitHeight(h / outputScale);
    }
}
