package org.kgexplorer.bench.graph;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.camera.Camera;
import org.kgexplorer.ui.graph.render.GraphCanvas;

/**
 * One render measurement in a JVM of its own (JavaFX starts once per process, and a stock run that hangs can be
 * stopped): a 1280x800 window under headless Monocle shows the benchmark graph through our {@link GraphCanvas}
 * ({@code ours}: its level-of-detail rule; {@code ours-all}: every label and arrowhead of what is on screen,
 * {@link GraphCanvas#setEveryLabel}) or GraphStream's FxViewer with FxGraphRenderer ({@code stock}: its default
 * style, every label; {@code stock-lod}: a stylesheet that shows node labels only from the zoom at which ours
 * starts labelling, {@link #stockLodStylesheet}); the camera follows {@link RenderScript} every pulse; a frame
 * counts when a pulse presents a new image (ours: the canvas uploaded one; stock: its canvas was drawn since the
 * last pulse). Prints {@code RESULT <frames/s> <frames> <seconds>}.
 *
 * <pre>RenderBenchWindow ours|ours-all|stock|stock-lod NODES MEASURE_SECONDS HARD_STOP_SECONDS</pre>
 */
public final class RenderBenchWindow {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final double WARM_UP_SECONDS = 2;
    /**
     * The on-screen spacing (pixels between neighbouring nodes) from which our level-of-detail rule labels nodes:
     * labels at 0.45 times the spacing, drawn from 8 px ({@code LevelOfDetail.FONT_FACTOR},
     * {@code MIN_READABLE_FONT}).
     */
    private static final double LABEL_FROM_SPACING_PX = 8 / 0.45;

    private final AtomicLong drawn = new AtomicLong();
    private final AtomicLong frames = new AtomicLong();
    private volatile long measureStart;
    private volatile boolean measuring;
    private long lastDrawn;
    private volatile LongSupplier drawingNanos = () -> 0;
    private long drawingAtStart;

    private RenderBenchWindow() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        if (!java.util.List.of("ours", "ours-all", "stock", "stock-lod").contains(kind)) {
            throw new IllegalArgumentException("kind must be ours, ours-all, stock or stock-lod, not " + kind);
        }
        int nodes = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        double hardStop = Double.parseDouble(args[3]);
        RenderGraphs graph = RenderGraphs.create(nodes);
        new RenderBenchWindow().run(kind, graph, seconds, hardStop);
    }

    /**
     * GraphStream CSS that shows node labels only under the view percentage (GraphStream's camera zoom: 1 is the
     * whole graph, 0.5 half its width) at which our rule starts labelling in the same script: the script's zoom
     * {@code z} is view percentage {@code 1/z}, and ours labels once {@code z * fitScale * 10} (the nodes are spread
     * one per 10 x 10 graph units) reaches {@link #LABEL_FROM_SPACING_PX}.
     */
    static String stockLodStylesheet(RenderScript script, int width, int height) {
        double labelFromViewPercent = script.fitScale(width, height) * 10 / LABEL_FROM_SPACING_PX;
        return String.format(Locale.ROOT, "node { text-visibility-mode: under-zoom; text-visibility: %.4f; }",
                labelFromViewPercent);
    }

    private void run(String kind, RenderGraphs graph, double seconds, double hardStop) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        RenderScript script = new RenderScript(graph.nodes);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> show(kind, graph, script, seconds, done));
        // the watchdog: a stock frame can hold the JavaFX thread for seconds, so the hard stop is taken from here
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!done.await(100, TimeUnit.MILLISECONDS)) {
            long now = System.nanoTime();
            if (measuring && now - measureStart >= hardStop * 1e9) {
                report(now);
                break;
            }
            if (!measuring && now > deadline) {
                System.out.println("RESULT 0 0 0 (no first frame within 120 s)");
                break;
            }
        }
        Runtime.getRuntime().halt(0);
    }

    private void show(String kind, RenderGraphs graph, RenderScript script, double seconds, CountDownLatch done) {
        Stage stage = new Stage();
        Parent root;
        LongSupplier drawCount;
        CameraControl camera;
        if (kind.startsWith("stock")) {
            System.setProperty("org.graphstream.ui", "javafx");
            if (kind.equals("stock-lod")) {
                String css = stockLodStylesheet(script, WIDTH, HEIGHT);
                graph.graphStream().setAttribute("ui.stylesheet", css);
                System.out.println("stylesheet: " + css);
            }
            FxViewer viewer = new FxViewer(graph.graphStream(), Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
            FxDefaultView view = (FxDefaultView) viewer.addDefaultView(false, new FxGraphRenderer());
            view.setForeLayoutRenderer((g, gg, px2gu, w, h, x0, y0, x1, y1) -> drawn.incrementAndGet());
            Camera gsCamera = view.getCamera();
            camera = (x, y, zoom) -> {
                gsCamera.setViewCenter(x, y, 0);
                gsCamera.setViewPercent(1 / zoom);
            };
            drawCount = drawn::get;
            root = view;
        } else {
            GraphCanvas canvas = new GraphCanvas();
            canvas.setEveryLabel(kind.equals("ours-all"));
            canvas.setScene(graph.scene());
            double fit = script.fitScale(WIDTH, HEIGHT);
            camera = (x, y, zoom) -> canvas.camera().moveTo(x, y, fit * zoom);
            drawCount = canvas::framesPresented;
            drawingNanos = canvas::drawingNanos;
            root = canvas;
        }
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
        long[] start = {-1};
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (start[0] < 0) {
                    start[0] = now;
                }
                double t = (now - start[0]) / 1e9;
                camera.move(script.centreX(t), script.centreY(t), script.zoom(t));
            }
        }.start();
        long shown = System.nanoTime();
        scene.addPostLayoutPulseListener(() -> {
            long count = drawCount.getAsLong();
            boolean newImage = count > lastDrawn;
            lastDrawn = count;
            long now = System.nanoTime();
            if (!measuring) {
                // warm up (and wait for the first frame, however long it takes), then measure
                if (count > 0 && now - shown >= WARM_UP_SECONDS * 1e9) {
                    measureStart = now;
                    drawingAtStart = drawingNanos.getAsLong();
                    measuring = true;
                }
                return;
            }
            if (newImage) {
                frames.incrementAndGet();
            }
            if (now - measureStart >= seconds * 1e9) {
                report(now);
                done.countDown();
            }
        });
    }

    private synchronized void report(long now) {
        if (!measuring) {
            return;
        }
        measuring = false;
        double elapsed = (now - measureStart) / 1e9;
        long f = frames.get();
        double drawingMs = (drawingNanos.getAsLong() - drawingAtStart) / 1e6;
        System.out.println(String.format(Locale.ROOT, "RESULT %.2f %d %.2f drawing-on-fx-thread %.1f ms/frame, %.0f%% of the time",
                f / elapsed, f, elapsed, f == 0 ? 0 : drawingMs / f, drawingMs / 10 / elapsed));
        System.out.flush();
    }

    @FunctionalInterface
    private interface CameraControl {
        void move(double x, double y, double zoom);
    }
}
