package org.kgexplorer.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.kgexplorer.ui.graph.render.FramePlan;
import org.kgexplorer.ui.graph.render.GraphCanvas;
import org.kgexplorer.ui.graph.render.PlacedLabels;
import org.kgexplorer.ui.graph.render.Viewport;

/**
 * The graph on the real desktop (issue 13, item 10). {@code --entity "Joint Task Force Alpha"} opened with its 27
 * nodes on one point until Home was pressed: here the entity is named on the command line, as a user starts it, and
 * every frame the canvas presents is watched from the moment JavaFX starts, so the first one that draws the entity
 * is the one checked (laid out inside the canvas, spread, not on one point), then the view comes to be the one that
 * fits the graph at the canvas's final size, no key pressed. Then, with the mouse: the Hierarchical layout wraps its
 * layers to the view's shape and, after Fit, every node is in view; Export stays in sight and writes PNGs of the
 * visible area and of the whole graph at 1x, 2x and 3x, of the canvas's size times the resolution, with no label
 * cut at an edge (no drawn label's box crosses the picture's edge, and the picture's border is background only).
 */
class GraphEntityDesktopIT {
    private static final String ENTITY = "Joint Task Force Alpha";
    /** The entity and its neighbours. */
    private static final int NODES = 27;

    @Test
    void anEntityNamedAtStartIsDrawnLaidOutAndFittedFromItsFirstFrame() throws Exception {
        DesktopLayer.screen(1440, 900).named("graph-entity-1440x900").args("--entity", ENTITY)
                .run(EntityGraph.class, "first-frame");
    }

    @Test
    void onAProjectorHierarchicalLayersWrapAndExportWritesWholeLabelsAtEachResolution() throws Exception {
        DesktopLayer.screen(1280, 720).named("graph-export-1280x720").args("--entity", ENTITY)
                .run(EntityGraph.class, "first-frame", "hierarchical", "export");
    }

    /** The longer suite: the first frame, several starts at each size (the stacked frame was not seen every time). */
    @Test
    void anEntityNamedAtStartIsLaidOutFromItsFirstFrameInRepeatedStarts() throws Exception {
        for (int[] size : new int[][] {{1280, 720}, {1440, 900}}) {
            for (int run = 1; run <= 3; run++) {
                DesktopLayer.fullSuiteScreen(size[0], size[1]).named("graph-entity-" + size[0] + "x" + size[1] + "-" + run)
                        .args("--entity", ENTITY).run(EntityGraph.class, "first-frame");
            }
        }
    }

    /** The longer suite: the smallest screen and a projector's zoom keep Export in sight and write whole labels. */
    @Test
    void exportAt1024x700AndAt1920x1080Zoomed175Percent() throws Exception {
        DesktopLayer.fullSuiteScreen(1024, 700).named("graph-export-1024x700").args("--entity", ENTITY)
                .run(EntityGraph.class, "first-frame", "hierarchical", "export");
        DesktopLayer.fullSuiteScreen(1920, 1080).named("graph-export-1920x1080-175")
                .setting(FitDesktopIT.EveryScreenFits.ZOOM_SETTING, "1.75").args("--entity", ENTITY)
                .run(EntityGraph.class, "first-frame", "hierarchical", "export");
    }

    /** Arguments: what to check, in order: {@code first-frame}, {@code hierarchical}, {@code export}. */
    public static final class EntityGraph implements Scenario {
        private final FirstFrameWatch watch = new FirstFrameWatch();

        @Override
        public void beforeStart(String... args) {
            watch.startWithTheToolkit();
        }

        @Override
        public void run(RunningApp app, String... args) throws Exception {
            List<String> steps = Arrays.asList(args);
            GraphCanvas canvas = (GraphCanvas) app.find("#graph-canvas");
            RunningApp.waitUntil("the graph is in front, as --entity asks", () -> app.workAreaTab() == 1);
            RunningApp.waitUntil("the canvas draws the entity's first frame", Duration.ofMinutes(2), () -> watch.first != null);
            assertNull(watch.problem, watch.problem);
            FramePlan first = watch.first;
            Viewport at = first.viewport();
            double[] e = extent(first);
            String seen = String.format(Locale.ROOT, "first frame: %d nodes, %d drawn, centres x %.0f..%.0f y %.0f..%.0f "
                    + "in a %.0fx%.0f canvas, scale %.3f", first.scene().nodeCount(), first.nodesDrawn(), e[0], e[1], e[2], e[3],
                    at.width(), at.height(), at.scale());
            note(app, seen);
            if (steps.contains("first-frame")) {
                assertEquals(NODES, first.scene().nodeCount(), "the first frame draws the entity with its neighbours: " + seen);
                assertEquals(NODES, first.nodesDrawn(), "the first frame draws every node on the canvas: " + seen);
                assertTrue(e[0] >= 0 && e[1] <= at.width() && e[2] >= 0 && e[3] <= at.height(),
                        "the first frame shows every node inside the canvas: " + seen);
                assertTrue(e[1] - e[0] > at.width() / 4 || e[3] - e[2] > at.height() / 4,
                        "the first frame's nodes are spread, not on one point: " + seen);
            }
            // Frames keep coming while the layout spreads the nodes; a stacked or stale view would stay so.
            RunningApp.waitUntil("the frame shown is spread over the canvas and fitted to its size",
                    Duration.ofSeconds(60), () -> app.fxQuietly(() -> spreadAndFitted(canvas)));
            app.screenshot("entity-opened");
            if (steps.contains("hierarchical")) {
                hierarchical(app, canvas);
            }
            if (steps.contains("export")) {
                export(app, canvas);
            }
        }

        /** Chooses Hierarchical with the mouse, then Fit: every node in view, the layers wrapped to the view's shape. */
        private static void hierarchical(RunningApp app, GraphCanvas canvas) throws Exception {
            TourDesktopIT.Words words = TourDesktopIT.Words.of("en");
            javafx.scene.control.ComboBox<?> layouts = (javafx.scene.control.ComboBox<?>) tool(app, "#graph-layout");
            app.click(layouts);
            app.click(app.popupCellContaining(words.get("graph", "layout.hierarchical")));
            RunningApp.waitUntil("the layout is hierarchical", () -> words.get("graph", "layout.hierarchical").equals(app.fxQuietly(() ->
                    layouts.getButtonCell().getText())));
            closeOverflow(app);
            // The layout comes to rest: the canvas draws its still, antialiased frame and stops.
            RunningApp.waitUntil("the hierarchical drawing comes to rest", Duration.ofSeconds(60), () -> app.fxQuietly(() -> {
                FramePlan f = canvas.lastFrame();
                return f != null && f.antialias() && f.nodesDrawn() == NODES;
            }));
            app.click(tool(app, "#graph-fit"));
            closeOverflow(app);
            RunningApp.waitUntil("the fitted hierarchical drawing is drawn at rest", Duration.ofSeconds(60),
                    () -> app.fxQuietly(() -> canvas.lastFrame().antialias() && fitted(canvas)));
            app.screenshot("hierarchical");
            FramePlan frame = RunningApp.fx(canvas::lastFrame);
            double w = frame.viewport().width();
            double h = frame.viewport().height();
            double[] e = extent(frame);
            long rows = java.util.stream.IntStream.range(0, NODES).mapToObj(i -> Math.round(frame.localY(i))).distinct().count();
            double drawing = (e[1] - e[0]) / Math.max(1, e[3] - e[2]);
            String seen = String.format(Locale.ROOT, "hierarchical, fitted: centres x %.0f..%.0f y %.0f..%.0f (width/height %.2f) "
                    + "in rows at %d heights, in a %.0fx%.0f canvas (%.2f)", e[0], e[1], e[2], e[3], drawing, rows, w, h, w / h);
            note(app, seen);
            assertEquals(NODES, frame.nodesDrawn(), "every node is drawn: " + seen);
            assertTrue(e[0] >= 0 && e[1] <= w && e[2] >= 0 && e[3] <= h, "every node is inside the view: " + seen);
            // One layer of 26 neighbours on one line is a drawing 25 node gaps wide and one layer gap high (12.5 times
            // wider than high); wrapped to the view's shape it is no wider than about twice the view's proportion.
            assertTrue(rows > 2 && drawing < 2 * w / h, "the layers wrap to the view's shape: " + seen);
            assertLabelsInside(frame, w, h, "the hierarchical view");
        }

        /**
         * Export, from the mouse: in sight beside the tools; the visible area and the whole graph at 1x, 2x and 3x, each
         * a PNG of the canvas's size times the resolution with every label whole.
         */
        private static void export(RunningApp app, GraphCanvas canvas) throws Exception {
            TourDesktopIT.Words words = TourDesktopIT.Words.of("en");
            Node button = app.find("#graph-export");
            Bounds inScene = RunningApp.fx(() -> button.localToScene(button.getBoundsInLocal()));
            double sceneWidth = RunningApp.fx(() -> app.stage.getScene().getWidth());
            double sceneHeight = RunningApp.fx(() -> app.stage.getScene().getHeight());
            assertTrue(inScene.getMinX() >= 0 && inScene.getMaxX() <= sceneWidth && inScene.getMinY() >= 0
                    && inScene.getMaxY() <= sceneHeight, "Export is in sight inside the window: " + inScene);
            Color background = RunningApp.fx(() -> canvas.backgroundColourProperty().get());
            for (String area : List.of("export.visible", "export.whole")) {
                for (int resolution = 1; resolution <= 3; resolution++) {
                    choose(app, words.get("graph", area));
                    choose(app, words.get("graph", "export.resolution" + resolution));
                    double[] size = RunningApp.fx(() -> new double[] {canvas.getWidth(), canvas.getHeight()});
                    Path png = app.out.resolve("graph-" + area.substring("export.".length()) + "-" + resolution + "x.png");
                    choose(app, words.get("graph", "export.png"));
                    TourDesktopIT.saveAs(app, png);
                    BufferedImage image = ImageIO.read(png.toFile());
                    String what = png.getFileName() + " (" + image.getWidth() + "x" + image.getHeight() + ")";
                    note(app, "exported " + what + " from a " + size[0] + "x" + size[1] + " canvas");
                    // the whole graph is drawn at the canvas's size, but at least 640x480 (a narrow canvas drew it small)
                    boolean wholeGraph = area.equals("export.whole");
                    int w = (int) Math.ceil(wholeGraph ? Math.max(size[0], 640) : size[0]);
                    int h = (int) Math.ceil(wholeGraph ? Math.max(size[1], 480) : size[1]);
                    assertEquals(w * resolution, image.getWidth(), "the width of " + what);
                    assertEquals(h * resolution, image.getHeight(), "the height of " + what);
                    assertBorderIsBackground(image, background, resolution, what);
                    int r = resolution;
                    boolean whole = area.equals("export.whole");
                    FramePlan drawn = RunningApp.fx(() -> canvas.export(whole, r).plan());
                    assertEquals(NODES, drawn.nodesDrawn(), "every node is in " + what);
                    assertLabelsInside(drawn, drawn.viewport().width(), drawn.viewport().height(), what);
                }
            }
            RunningApp.waitUntil("the status line says the last picture is saved", () -> app.fxQuietly(() ->
                    ((javafx.scene.control.Labeled) app.stage.getScene().lookup("#graph-status")).getText()
                            .contains("graph-whole-3x.png")));
        }

        /**
         * A tool of the graph's toolbar where a user finds it: on the toolbar, or (on a narrow screen) in the menu its
         * overflow button ("»") opens, which hosts the tool itself.
         */
        private static Node tool(RunningApp app, String id) throws Exception {
            Node node = app.fx(() -> app.stage.getScene().lookup(id));
            boolean onBar = node != null && app.fx(() -> {
                Node bar = app.stage.getScene().lookup("#graph-tools");
                Bounds inBar = bar.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                return node.isVisible() && node.getScene() == app.stage.getScene() && inBar != null
                        && inBar.getMaxX() <= bar.getLayoutBounds().getMaxX() + 1;
            });
            if (onBar) {
                return node;
            }
            app.click(app.find("#graph-tools .tool-bar-overflow-button"));
            Node[] inMenu = new Node[1];
            RunningApp.waitUntil(id + " shows in the toolbar's overflow menu", () -> (inMenu[0] = app.fxQuietly(() ->
                    Window.getWindows().stream().filter(w -> w != app.stage && w.isShowing() && w.getScene() != null)
                            .map(w -> w.getScene().getRoot().lookup(id)).filter(java.util.Objects::nonNull)
                            .findFirst().orElse(null))) != null);
            return inMenu[0];
        }

        /** Closes the toolbar's overflow menu when it stays open after a tool in it was used. */
        private static void closeOverflow(RunningApp app) throws Exception {
            boolean open = app.fx(() -> Window.getWindows().stream().anyMatch(w -> w != app.stage && w.isShowing()));
            if (open) {
                app.key("Escape");
                RunningApp.waitUntil("the overflow menu closes", () -> app.fxQuietly(() ->
                        Window.getWindows().stream().noneMatch(w -> w != app.stage && w.isShowing())));
            }
        }

        /** Opens Export (a click) and clicks the item with this text. */
        private static void choose(RunningApp app, String item) throws Exception {
            app.click(app.find("#graph-export"));
            app.click(app.menuItem(item));
            RunningApp.waitUntil("the Export menu closes", () -> app.fxQuietly(() -> Window.getWindows().stream()
                    .noneMatch(w -> w != app.stage && w.isShowing() && w.getScene() != null
                            && !w.getScene().getRoot().lookupAll(".menu-item").isEmpty())));
        }

        /** No drawn label's box crosses the picture's edge. */
        private static void assertLabelsInside(FramePlan frame, double w, double h, String what) {
            PlacedLabels labels = frame.nodeLabels();
            assertTrue(labels.count() > 0, "labels are drawn in " + what);
            for (PlacedLabels l : List.of(frame.nodeLabels(), frame.edgeLabels())) {
                for (int i = 0; i < l.count(); i++) {
                    assertTrue(l.x(i) >= 0 && l.y(i) >= 0 && l.x(i) + l.width(i) <= w && l.y(i) + l.height(i) <= h,
                            String.format(Locale.ROOT, "the label \"%s\" (%.0f,%.0f %.0fx%.0f) lies inside %s (%.0fx%.0f)",
                                    l.text(i), l.x(i), l.y(i), l.width(i), l.height(i), what, w, h));
                }
            }
        }

        /** The picture's outermost screen pixel all round is the canvas's background: no label (nor node) is cut there. */
        private static void assertBorderIsBackground(BufferedImage image, Color background, int band, String what) {
            int bg = (int) Math.round(background.getRed() * 255) << 16 | (int) Math.round(background.getGreen() * 255) << 8
                    | (int) Math.round(background.getBlue() * 255);
            List<String> ink = new ArrayList<>();
            int w = image.getWidth();
            int h = image.getHeight();
            for (int y = 0; y < h; y++) {
                boolean edgeRow = y < band || y >= h - band;
                for (int x = 0; x < w; x++) {
                    if ((edgeRow || x < band || x >= w - band) && !near(image.getRGB(x, y), bg) && ink.size() < 5) {
                        ink.add(x + "," + y + "=#" + Integer.toHexString(image.getRGB(x, y) & 0xffffff));
                    }
                }
            }
            assertTrue(ink.isEmpty(), "ink on the edge of " + what + " (background #" + Integer.toHexString(bg) + "): " + ink);
        }

        private static boolean near(int argb, int rgb) {
            for (int shift = 0; shift <= 16; shift += 8) {
                if (Math.abs((argb >> shift & 0xff) - (rgb >> shift & 0xff)) > 6) {
                    return false;
                }
            }
            return true;
        }

        /** Every node inside the canvas, spread over a third of it at least, and the view the one that fits now. */
        private static boolean spreadAndFitted(GraphCanvas canvas) {
            FramePlan frame = canvas.lastFrame();
            if (frame == null || frame.nodesDrawn() != NODES) {
                return false;
            }
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            double[] e = extent(frame);
            boolean inside = e[0] >= 0 && e[1] <= w && e[2] >= 0 && e[3] <= h;
            // Spread, not on one point: a quarter of the canvas, as the first frame's check. The fit leaves room for
            // the labels on both sides, so in a 586 px canvas beside the legend the centres of the resting layout
            // span 150 of it (CI, 1440x900), under the third this asked before.
            boolean spread = e[1] - e[0] > w / 4 || e[3] - e[2] > h / 4;
            return inside && spread && fitted(canvas);
        }

        /** The last frame shows the view that fits the graph at the canvas's size now (within 5 %). */
        private static boolean fitted(GraphCanvas canvas) {
            FramePlan frame = canvas.lastFrame();
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            Viewport shown = frame.viewport();
            Viewport fits = canvas.camera().fitted();
            double tolerance = 0.05;
            return Math.abs(shown.width() - w) < 1 && Math.abs(shown.height() - h) < 1
                    && Math.abs(shown.scale() / fits.scale() - 1) < tolerance
                    && Math.abs(shown.centreX() - fits.centreX()) * fits.scale() < tolerance * w
                    && Math.abs(shown.centreY() - fits.centreY()) * fits.scale() < tolerance * h;
        }

        /** {minX, maxX, minY, maxY} of the drawn nodes' centres in canvas pixels. */
        private static double[] extent(FramePlan frame) {
            double[] e = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int i = 0; i < frame.scene().nodeCount(); i++) {
                e[0] = Math.min(e[0], frame.localX(i));
                e[1] = Math.max(e[1], frame.localX(i));
                e[2] = Math.min(e[2], frame.localY(i));
                e[3] = Math.max(e[3], frame.localY(i));
            }
            return e;
        }

        /** A line of what the run saw, kept in target/desktop/RUN/graph.txt. */
        private static void note(RunningApp app, String line) throws java.io.IOException {
            Files.writeString(app.out.resolve("graph.txt"), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /**
     * Watches every frame the graph canvas presents, from the moment JavaFX starts (before the window exists), and
     * keeps the first one that draws any node. A timer runs at each pulse and the canvas presents at most one frame a
     * pulse, so no frame goes unseen; if the count of presented frames ever jumps by more than one between two looks,
     * the watch says so instead of guessing.
     */
    static final class FirstFrameWatch {
        volatile FramePlan first;
        volatile String problem;

        void startWithTheToolkit() {
            Thread waiting = new Thread(() -> {
                // JavaFX refuses work until it has started; the application starts it.
                while (true) {
                    try {
                        Platform.runLater(this::watch);
                        return;
                    } catch (IllegalStateException notStartedYet) {
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }, "first-frame-watch");
            waiting.setDaemon(true);
            waiting.start();
        }

        private void watch() {
            new AnimationTimer() {
                private GraphCanvas canvas;
                private long seen;

                @Override
                public void handle(long now) {
                    if (canvas == null) {
                        canvas = find();
                        if (canvas != null) {
                            seen = canvas.framesPresented();
                            FramePlan before = canvas.lastFrame();
                            if (before != null && before.scene().nodeCount() > 0) {
                                problem = "the canvas had drawn nodes before the watch saw it";
                                first = before;
                                stop();
                            }
                        }
                        return;
                    }
                    long presented = canvas.framesPresented();
                    if (presented == seen) {
                        return;
                    }
                    FramePlan frame = canvas.lastFrame();
                    if (frame.scene().nodeCount() > 0) {
                        if (presented > seen + 1) {
                            problem = (presented - seen) + " frames were presented between two pulses: the first with nodes may be unseen";
                        }
                        first = frame;
                        stop();
                    }
                    seen = presented;
                }
            }.start();
        }

        private static GraphCanvas find() {
            return Window.getWindows().stream().filter(w -> w instanceof Stage s && RunningApp.TITLE.equals(s.getTitle()))
                    .map(w -> w.getScene() == null ? null : w.getScene().lookup("#graph-canvas"))
                    .filter(n -> n instanceof GraphCanvas).map(GraphCanvas.class::cast).findFirst().orElse(null);
        }
    }
}
