package org.kgexplorer.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.graph.render.GraphCanvas;
import org.kgexplorer.ui.graph.render.RenderScene;
import org.kgexplorer.ui.graph.render.Viewport;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The graph view on the bundled graph, with other controls above and to the left of it, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class GraphViewTest {
    static final String ALPHA = Fixtures.KG + "JointTaskForceAlpha";
    static final String SENTINEL = Fixtures.KG + "OperationSentinel";
    static final String DHS = Fixtures.KG + "DHS";
    static final String FBI = Fixtures.KG + "FBI";

    ExplorerContext context;
    GraphView view;

    @Start
    void start(Stage stage) {
        context = new ExplorerContext(Fixtures.bundled(), new TaskRunner(), new I18n());
        view = new GraphView(new GraphViewModel(context));
        WATCHED.clear();
        WATCHED.add(view);
        BorderPane root = new BorderPane(view);
        root.setTop(new Label("A bar above the graph, as the window's menus and tabs are"));
        VBox left = new VBox(new Button("A panel to the left"));
        left.setPrefWidth(180);
        root.setLeft(left);
        stage.setScene(new Scene(root, 1180, 760));
        stage.show();
    }

    @Test
    void theExportsSaveDialogIsTitledInTheInterfacesLanguage(FxRobot robot) {
        // the window manager showed it with an empty title (WM_NAME "")
        robot.interact(() -> assertEquals("Export the graph as a PNG image", view.exportChooser("png").getTitle()));
        robot.interact(() -> context.i18n().localeProperty().set(java.util.Locale.forLanguageTag("es")));
        robot.interact(() -> assertEquals("Exportar el grafo como dibujo SVG", view.exportChooser("svg").getTitle()));
        robot.interact(() -> context.i18n().localeProperty().set(java.util.Locale.ENGLISH));
    }

    @Test
    void openingJointTaskForceAlphaShowsEveryParticipantOperationSentinelAndDhs(FxRobot robot) throws Exception {
        openAlpha(robot);
        Set<String> shown = labels();
        List<String> expected = new ArrayList<>(participants());
        assertTrue(expected.size() >= 5, "the bundled graph names the offices and agencies taking part: " + expected);
        expected.addAll(List.of("Joint Task Force Alpha", "Operation Sentinel", "United States Department of Homeland Security"));
        for (String label : expected) {
            assertTrue(shown.contains(label), label + " is in the graph: " + shown);
        }
        assertTrue(drawnLabels().contains("Joint Task Force Alpha"), "its own label is drawn");
    }

    @Test
    void aFollowedViewLeavesItsLabelsAsMuchRoomOnTheLeftAsOnTheRight(FxRobot robot) throws Exception {
        robot.interact(() -> view.openEntity(ALPHA));
        waitFor(() -> index(ALPHA) >= 0 && index(SENTINEL) >= 0 && placed());
        // the layout comes to rest, and the frame on screen is the one of the resting positions and the view now
        waitFor(() -> view.layoutSettledOrStill() && lastFrameIsCurrent());
        double[] room = new double[2];
        robot.interact(() -> {
            var labels = view.canvas().lastFrame().nodeLabels();
            double left = Double.POSITIVE_INFINITY;
            double right = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < labels.count(); i++) {
                left = Math.min(left, labels.x(i));
                right = Math.max(right, labels.x(i) + labels.width(i));
            }
            room[0] = left;
            room[1] = view.canvas().getWidth() - right;
        });
        String rooms = "room left of the labels " + room[0] + ", right " + room[1];
        assertTrue(room[0] >= 0 && room[1] >= 0, "every label whole: " + rooms);
        assertTrue(Math.abs(room[0] - room[1]) <= 40, rooms);
    }

    /** Whether the last frame drawn shows the canvas's scene as the camera sees it now. */
    private boolean lastFrameIsCurrent() {
        boolean[] current = new boolean[1];
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                var frame = view.canvas().lastFrame();
                current[0] = frame != null && frame.scene() == view.canvas().scene()
                        && frame.viewport().equals(view.canvas().camera().viewport());
            }).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return current[0];
    }

    @Test
    void clickingANodeSelectsItAndMakesItTheSelectedEntity(FxRobot robot) throws Exception {
        openAlpha(robot);
        robot.clickOn(onScreen(SENTINEL));
        waitFor(() -> SENTINEL.equals(view.model().trace().selectedNodeProperty().get()));
        assertEquals(SENTINEL, context.selectedEntityProperty().get());
        assertTrue(view.canvas().scene().nodeHas(index(SENTINEL), RenderScene.SELECTED));
    }

    @Test
    void theConnectionsTabListsTheSelectedNodesConnectionsAsWrappedSentences(FxRobot robot) throws Exception {
        openAlpha(robot);
        robot.interact(() -> {
            view.side().getSelectionModel().select(1);
            view.model().trace().select(SENTINEL);
        });
        javafx.scene.control.ListView<?> list = robot.lookup("#graph-connection-list").queryListView();
        waitFor(() -> !list.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.ListCell<?>> cells = robot.from(list).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().<javafx.scene.control.ListCell<?>>map(c -> c).filter(c -> !c.isEmpty()).toList();
        assertFalse(cells.isEmpty(), "the list shows its lines");
        for (javafx.scene.control.ListCell<?> cell : cells) {
            String text = cell.getText();
            assertTrue(text.startsWith("\u2192 ") || text.startsWith("\u2190 "), "a connection reads as a sentence: " + text);
            assertTrue(cell.getWidth() <= list.getWidth(), "no line runs past the list's edge: " + text);
        }
    }

    @Test
    void doubleClickExpandsANodesNeighbours(FxRobot robot) throws Exception {
        openAlpha(robot);
        String tcos = Fixtures.KG + "MigrantSmugglingTCOs";
        assertEquals(-1, index(tcos));
        robot.moveTo(onScreen(SENTINEL)).doubleClickOn(MouseButton.PRIMARY);
        waitFor(() -> index(tcos) >= 0);
    }

    @Test
    void deleteHidesTheSelectedNodeAndUndoBringsItBack(FxRobot robot) throws Exception {
        openAlpha(robot);
        robot.clickOn(onScreen(SENTINEL));
        waitFor(() -> SENTINEL.equals(view.model().trace().selectedNodeProperty().get()));
        robot.type(KeyCode.DELETE);
        waitFor(() -> index(SENTINEL) < 0);
        assertTrue(robot.lookup("#graph-status").queryAs(Label.class).getText().contains("1 hidden"));
        // Undo and redo end the tools, under the overflow button at this width: fired as that menu's items would.
        robot.interact(() -> view.toolbar().undo.fire());
        waitFor(() -> index(SENTINEL) >= 0);
        robot.interact(() -> view.toolbar().redo.fire());
        waitFor(() -> index(SENTINEL) < 0);
    }

    @Test
    void enterExpandsTheSelectedNode(FxRobot robot) throws Exception {
        openAlpha(robot);
        String tcos = Fixtures.KG + "MigrantSmugglingTCOs";
        robot.clickOn(onScreen(SENTINEL));
        waitFor(() -> SENTINEL.equals(view.model().trace().selectedNodeProperty().get()));
        robot.type(KeyCode.ENTER);
        waitFor(() -> index(tcos) >= 0);
    }

    @Test
    void collapseTakesBackWhatAnExpansionBrought(FxRobot robot) throws Exception {
        openAlpha(robot);
        Set<String> before = new HashSet<>(view.model().graph().visible().nodeIds());
        robot.clickOn(onScreen(SENTINEL));
        waitFor(() -> SENTINEL.equals(view.model().trace().selectedNodeProperty().get()));
        robot.clickOn("#graph-expand");
        waitFor(() -> view.model().graph().visible().nodeIds().size() > before.size());
        Set<String> brought = new HashSet<>(view.model().graph().visible().nodeIds());
        brought.removeAll(before);
        robot.interact(() -> view.model().trace().select(SENTINEL));
        robot.clickOn("#graph-collapse");
        waitFor(() -> brought.stream().anyMatch(id -> index(id) < 0));
        assertTrue(before.stream().allMatch(id -> index(id) >= 0), "what was there before the expansion stays");
    }

    @Test
    void tabGoesThroughTheNodesInLabelOrder(FxRobot robot) throws Exception {
        openAlpha(robot);
        robot.clickOn(onScreen(ALPHA));
        waitFor(() -> ALPHA.equals(view.model().trace().selectedNodeProperty().get()));
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            seen.add(view.canvas().scene().label(view.selectedIndex()));
        }
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, seen, "Tab moves forward in label order");
        assertTrue(String.CASE_INSENSITIVE_ORDER.compare("Joint Task Force Alpha", seen.get(0)) < 0);
        assertTrue(view.canvas().isFocused(), "the focus stays in the graph while there are nodes ahead");
    }

    @Test
    void arrowKeysMoveTheSelectionToANeighbour(FxRobot robot) throws Exception {
        openAlpha(robot);
        robot.clickOn(onScreen(ALPHA));
        waitFor(() -> ALPHA.equals(view.model().trace().selectedNodeProperty().get()));
        Set<String> neighbours = view.model().graph().visible().neighbours(ALPHA);
        for (KeyCode arrow : List.of(KeyCode.RIGHT, KeyCode.LEFT, KeyCode.UP, KeyCode.DOWN)) {
            robot.interact(() -> view.model().trace().select(ALPHA));
            robot.type(arrow);
            WaitForAsyncUtils.waitForFxEvents();
            String now = view.model().trace().selectedNodeProperty().get();
            if (!ALPHA.equals(now)) {
                assertTrue(neighbours.contains(now), arrow + " went to a neighbour, not to " + now);
                return;
            }
        }
        throw new AssertionError("no arrow key moved the selection from a node with " + neighbours.size() + " neighbours");
    }

    @Test
    void untickingAClassInTheLegendHidesItsNodes(FxRobot robot) throws Exception {
        openAlpha(robot);
        CheckBox operation = robot.lookup("#graph-class-filter").lookup((CheckBox c) -> "Operation".equals(c.getText()))
                .queryAs(CheckBox.class);
        robot.clickOn(operation);
        waitFor(() -> index(SENTINEL) < 0);
        assertTrue(index(ALPHA) >= 0);
        CheckBox again = robot.lookup("#graph-class-filter").lookup((CheckBox c) -> "Operation".equals(c.getText()))
                .queryAs(CheckBox.class);
        assertFalse(again.isSelected());
        robot.clickOn(again);
        waitFor(() -> index(SENTINEL) >= 0);
    }

    @Test
    void aDraggedNodeStaysPinnedWhereItWasDropped(FxRobot robot) throws Exception {
        openAlpha(robot);
        Point2D from = onScreen(SENTINEL);
        robot.drag(from, MouseButton.PRIMARY).moveBy(90, 60).drop();
        waitFor(() -> view.model().graph().state().pinned().contains(SENTINEL));
        Point2D dropped = from.add(90, 60);
        waitFor(() -> onScreen(SENTINEL).distance(dropped) < 6);
        // let the layout run again, and wait until it has taken steps with the pin in place
        robot.interact(() -> {
            view.toolbar().freeze.setSelected(false);
            view.reheat();
        });
        long step = view.layoutSnapshotStep();
        waitFor(() -> view.layoutSnapshotStep() > step + 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onScreen(SENTINEL).distance(dropped) < 6, "the layout leaves a pinned node where it was dropped");
        robot.clickOn("#graph-undo");
        waitFor(() -> !view.model().graph().state().pinned().contains(SENTINEL));
    }

    @Test
    void thePathFromTheFbiToDhsIsWrittenOutAndHighlighted(FxRobot robot) throws Exception {
        robot.interact(() -> view.openEntity(FBI));
        waitFor(() -> index(FBI) >= 0);
        robot.interact(() -> {
            view.side().getSelectionModel().select(2);
        });
        PathPanel paths = robot.lookup("#graph-paths").queryAs(PathPanel.class);
        robot.interact(() -> {
            paths.fromProperty().set(FBI);
            paths.toProperty().set(DHS);
        });
        robot.clickOn("#graph-path-find");
        waitFor(() -> !view.model().paths().sentences().isEmpty() && index(DHS) >= 0
                && view.canvas().scene().nodeHas(index(DHS), RenderScene.HIGHLIGHTED));
        String first = view.model().paths().sentences().get(0);
        assertTrue(first.contains("Federal Bureau of Investigation") && first.contains("United States Department of Homeland Security"), first);
        assertTrue(view.model().paths().textProperty().get().contains("\u201C"), "the report quotes the evidence");

        robot.clickOn("#graph-path-copy");
        assertEquals("Copied the paths and their evidence.", robot.lookup("#graph-status").queryAs(Label.class).getText(),
                "copying says so");
        // the ends are named in the new label language once the graph is relabelled
        robot.interact(() -> context.labelModeProperty().set(org.kgexplorer.core.labels.LabelMode.SPANISH));
        waitFor(() -> "Departamento de Seguridad Nacional de los Estados Unidos".equals(
                robot.lookup("#graph-path-to").queryAs(Label.class).getText()));
    }

    @Test
    void exportWritesWhatIsOnScreenAsPngAndSvg(FxRobot robot, @TempDir Path dir) throws Exception {
        openAlpha(robot);
        Path png = dir.resolve("graph.png");
        Path svg = dir.resolve("graph.svg");
        robot.interact(() -> {
            try {
                view.exportPng(png);
                view.exportSvg(svg);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        BufferedImage image = ImageIO.read(png.toFile());
        GraphCanvas canvas = view.canvas();
        assertEquals((int) Math.round(canvas.getWidth()), image.getWidth());
        assertEquals((int) Math.round(canvas.getHeight()), image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 5, "the picture is not blank");
        var texts = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("text");
        Set<String> written = new HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            written.add(texts.item(i).getTextContent());
        }
        for (String label : drawnLabels()) {
            assertTrue(written.contains(label), "the SVG has the label " + label + ": " + written);
        }
    }

    @Test
    void exportFromTheToolbarWritesInTheBackgroundAndSaysSo(FxRobot robot, @TempDir Path dir) throws Exception {
        openAlpha(robot);
        Path png = dir.resolve("class.png");
        javafx.concurrent.Task<?>[] task = new javafx.concurrent.Task<?>[1];
        robot.interact(() -> task[0] = view.exportInBackground(png, "png"));
        waitFor(() -> task[0].isDone());
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 100);
        assertEquals("Saved class.png", robot.lookup("#graph-status").queryAs(Label.class).getText());
    }

    @Test
    void exportStaysInSightBesideAnOverflowingToolbarInANarrowWindow(FxRobot robot) throws Exception {
        Stage[] made = new Stage[1];
        GraphView[] built = new GraphView[1];
        robot.interact(() -> {
            made[0] = new Stage();
            built[0] = new GraphView(new GraphViewModel(context));
            WATCHED.add(built[0]);
        });
        Stage narrow = made[0];
        GraphView small = built[0];
        robot.interact(() -> {
            narrow.setScene(new Scene(small, 560, 420));
            narrow.show();
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                javafx.scene.Node overflow = small.toolbar().lookup(".tool-bar-overflow-button");
                assertTrue(overflow != null && overflow.isVisible(), "the tools overflow at this width");
                for (javafx.scene.Node n : new javafx.scene.Node[] {small.toolbar().export, small.toolbar().panel}) {
                    assertTrue(n.isVisible() && n.getScene() == narrow.getScene(), n.getId() + " is in the window, not in a menu");
                    javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
                    assertTrue(b.getMinX() >= 0 && b.getMaxX() <= narrow.getScene().getWidth() && b.getWidth() > 10,
                            n.getId() + " lies inside the 560-pixel window: " + b);
                }
            });
        } finally {
            robot.interact(() -> {
                small.dispose();
                narrow.close();
            });
        }
    }

    @Test
    void aFollowedGraphThatHasComeToRestIsFittedAgainWhenTheCanvasChangesSize(FxRobot robot) throws Exception {
        Stage[] made = new Stage[1];
        GraphView[] built = new GraphView[1];
        robot.interact(() -> {
            made[0] = new Stage();
            built[0] = new GraphView(new GraphViewModel(context));
            WATCHED.add(built[0]);
            made[0].setScene(new Scene(built[0], 700, 500));
            made[0].show();
            built[0].openEntity(ALPHA);
        });
        Stage window = made[0];
        GraphView opened = built[0];
        try {
            waitFor(() -> opened.canvas().lastFrame() != null && opened.canvas().lastFrame().nodesDrawn() > 20
                    && opened.layoutSettledOrStill());
            waitFor(() -> fittedNow(opened));
            // The window's panels settle after the first frames: no layout frame follows to fit the new size.
            double before = opened.canvas().getWidth();
            robot.interact(() -> window.setWidth(window.getWidth() + 400));
            waitFor(() -> opened.canvas().getWidth() > before + 200 && fittedNow(opened));
        } finally {
            robot.interact(() -> {
                opened.dispose();
                window.close();
            });
        }
    }

    /** The views of the running test, whose state a wait that times out reports. */
    private static final List<GraphView> WATCHED = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** What a view's layout, camera and last frame are, read on the JavaFX thread. */
    private static String stateOf(GraphView v) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                var snap = v.layoutSnapshot();
                var frame = v.canvas().lastFrame();
                return "layout step " + snap.step() + (snap.settled() ? " settled" : " moving") + ", "
                        + v.canvas().scene().nodeCount() + " nodes, canvas " + v.canvas().getWidth() + "x"
                        + v.canvas().getHeight() + ", last frame " + (frame == null ? "none" : frame.viewport()
                        + (frame.scene() == v.canvas().scene() ? "" : " of an earlier scene"))
                        + ", camera " + v.canvas().camera().viewport() + ", fitted " + v.canvas().camera().fitted();
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "unreadable: " + e;
        }
    }

    /** Whether the frame last shown is the one that fits the whole graph at the canvas's present size. */
    private static boolean fittedNow(GraphView v) {
        var frame = v.canvas().lastFrame();
        if (frame == null) {
            return false;
        }
        Viewport shown = frame.viewport();
        Viewport fits = v.canvas().camera().fitted();
        return Math.abs(shown.width() - v.canvas().getWidth()) < 1 && Math.abs(shown.scale() / fits.scale() - 1) < 0.02
                && Math.abs(shown.centreX() - fits.centreX()) * fits.scale() < 5
                && Math.abs(shown.centreY() - fits.centreY()) * fits.scale() < 5;
    }

    /**
     * A canvas about 200 pixels wide (1024x700 with the side panels open) with Joint Task Force Alpha selected: its
     * 26 highlighted neighbours all want a 12 px label, wider than the view at any zoom. The fit used to shrink the
     * zoom a thousandfold looking for room for them, drawing the 27 nodes on one spot (Home, the fit button and the
     * whole-graph export alike, which then held one node in 203x211 pixels).
     */
    @Test
    void aNarrowCanvasFitsTheNodesSpreadAndTheWholeGraphExportHoldsThemAll(FxRobot robot, @TempDir Path dir) throws Exception {
        Stage[] made = new Stage[1];
        GraphView[] built = new GraphView[1];
        robot.interact(() -> {
            made[0] = new Stage();
            built[0] = new GraphView(new GraphViewModel(context));
            WATCHED.add(built[0]);
            made[0].setScene(new Scene(built[0], 440, 330));
            made[0].show();
            built[0].openEntity(ALPHA);
        });
        Stage window = made[0];
        GraphView opened = built[0];
        try {
            waitFor(() -> opened.canvas().lastFrame() != null && opened.canvas().scene().nodeCount() > 20
                    && opened.layoutSettledOrStill() && fittedNow(opened));
            assertTrue(opened.canvas().getWidth() < 300, "a narrow canvas: " + opened.canvas().getWidth());
            robot.interact(() -> assertSpread(opened.canvas().lastFrame(), "the followed view"));
            Path png = dir.resolve("whole.png");
            javafx.concurrent.Task<?>[] task = new javafx.concurrent.Task<?>[1];
            GraphCanvas.Export[] picture = new GraphCanvas.Export[1];
            robot.interact(() -> {
                opened.toolbar().exportWhole.setSelected(true);
                opened.toolbar().exportResolution[0].setSelected(true);
                picture[0] = opened.canvas().export(true, 1);
                task[0] = opened.exportInBackground(png, "png");
            });
            waitFor(() -> task[0].isDone());
            var plan = picture[0].plan();
            assertEquals(plan.scene().nodeCount(), plan.nodesDrawn(), "every node is in the picture");
            assertSpread(plan, "the whole-graph export");
            BufferedImage image = ImageIO.read(png.toFile());
            assertTrue(image.getWidth() >= 640 && image.getHeight() >= 480,
                    "the whole graph is drawn large enough to tell its nodes apart: " + image.getWidth() + "x" + image.getHeight());
            // Home after the export: the nodes are still spread
            robot.interact(() -> opened.canvas().camera().fit());
            waitFor(() -> fittedNow(opened));
            robot.interact(() -> assertSpread(opened.canvas().lastFrame(), "Home after the export"));
        } finally {
            robot.interact(() -> {
                opened.dispose();
                window.close();
            });
        }
    }

    /** The nodes of a frame take at least half its width or height less the 40 px margins, at distinct places. */
    private static void assertSpread(org.kgexplorer.ui.graph.render.FramePlan plan, String what) {
        RenderScene s = plan.scene();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        Set<Long> places = new HashSet<>();
        for (int i = 0; i < s.nodeCount(); i++) {
            minX = Math.min(minX, plan.localX(i));
            maxX = Math.max(maxX, plan.localX(i));
            minY = Math.min(minY, plan.localY(i));
            maxY = Math.max(maxY, plan.localY(i));
            places.add(Math.round(plan.localX(i) / 3.0) * 100_000 + Math.round(plan.localY(i) / 3.0));
        }
        double w = plan.viewport().width() - 80;
        double h = plan.viewport().height() - 80;
        String spread = what + ": nodes over " + (maxX - minX) + "x" + (maxY - minY) + " px of " + plan.viewport();
        assertTrue(maxX - minX >= w / 2 || maxY - minY >= h / 2, spread);
        assertTrue(places.size() >= s.nodeCount() * 2 / 3, spread + ", at " + places.size() + " places");
    }

    @Test
    void aWholeGraphExportAtTwiceTheResolutionHasEveryNodeAndEveryLabelWhole(FxRobot robot, @TempDir Path dir) throws Exception {
        openAlpha(robot);
        // Zoomed in on one node, the visible area cuts most of the graph; the whole graph must not.
        robot.interact(() -> {
            RenderScene s = view.canvas().scene();
            int i = index(SENTINEL);
            view.canvas().camera().moveTo(s.x(i), s.y(i), view.canvas().camera().scale() * 6);
            view.toolbar().exportWhole.setSelected(true);
            view.toolbar().exportResolution[1].setSelected(true);
        });
        Path png = dir.resolve("whole.png");
        javafx.concurrent.Task<?>[] task = new javafx.concurrent.Task<?>[1];
        GraphCanvas.Export[] picture = new GraphCanvas.Export[1];
        robot.interact(() -> {
            picture[0] = view.canvas().export(true, 2);
            task[0] = view.exportInBackground(png, "png");
        });
        waitFor(() -> task[0].isDone());
        BufferedImage image = ImageIO.read(png.toFile());
        GraphCanvas canvas = view.canvas();
        assertEquals(2 * (int) Math.ceil(canvas.getWidth()), image.getWidth());
        assertEquals(2 * (int) Math.ceil(canvas.getHeight()), image.getHeight());
        var plan = picture[0].plan();
        RenderScene s = plan.scene();
        assertEquals(s.nodeCount(), plan.nodesDrawn(), "every node is drawn");
        double w = plan.viewport().width();
        double h = plan.viewport().height();
        int background = image.getRGB(0, 0);
        for (int i = 0; i < s.nodeCount(); i++) {
            float x = plan.localX(i);
            float y = plan.localY(i);
            assertTrue(x >= 0 && x <= w && y >= 0 && y <= h, "node " + s.label(i) + " is inside the picture at " + x + "," + y);
            assertTrue(drawnAround(image, 2 * x, 2 * y, 2 * plan.nodeRadius(), background), "node " + s.label(i) + " is drawn");
        }
        var labels = plan.nodeLabels();
        assertTrue(labels.count() > 0, "labels are drawn");
        for (int k = 0; k < labels.count(); k++) {
            assertTrue(labels.x(k) >= 0 && labels.x(k) + labels.width(k) <= w && labels.y(k) >= 0
                    && labels.y(k) + labels.height(k) <= h, "label " + labels.text(k) + " is whole inside " + w + "x" + h);
        }
    }

    @Test
    void anotherLayoutKeepsEveryNodeAndMovesThem(FxRobot robot) throws Exception {
        openAlpha(robot);
        float before = view.canvas().scene().x(index(SENTINEL));
        int nodes = view.canvas().scene().nodeCount();
        robot.interact(() -> view.toolbar().layout.setValue(GraphLayoutDriver.Kind.HIERARCHICAL));
        waitFor(() -> Math.abs(view.canvas().scene().x(index(SENTINEL)) - before) > 1);
        assertEquals(nodes, view.canvas().scene().nodeCount());
        RenderScene s = view.canvas().scene();
        for (int i = 0; i < s.nodeCount(); i++) {
            assertFalse(Float.isNaN(s.x(i)) || Float.isNaN(s.y(i)), "every node has a place");
        }
        // A row's places are as wide as its labels: neighbours in a row stand further apart than rows do, so a label
        // drawn to a node's right clears the next node (square places drew it across four or five of them).
        waitFor(() -> {
            RenderScene now = view.canvas().scene();
            double across = Double.POSITIVE_INFINITY;
            double down = Double.POSITIVE_INFINITY;
            for (int i = 0; i < now.nodeCount(); i++) {
                for (int j = 0; j < now.nodeCount(); j++) {
                    double dx = Math.abs(now.x(i) - now.x(j));
                    double dy = Math.abs(now.y(i) - now.y(j));
                    if (i != j && dy < 0.01 && dx > 0.01) {
                        across = Math.min(across, dx);
                    }
                    if (i != j && dx < 0.01 && dy > 0.01) {
                        down = Math.min(down, dy);
                    }
                }
            }
            return across < Double.POSITIVE_INFINITY && down < Double.POSITIVE_INFINITY && across > 3 * down;
        });
    }

    @Test
    void aHierarchicalPlaceIsAsWideAsTheMedianLabel() {
        RenderScene none = RenderScene.empty();
        assertEquals(1.0, GraphLayoutDriver.labelCell(none), 1e-9, "no labels: square places");
        String thirty = "x".repeat(30);
        RenderScene labelled = new RenderScene(new float[3], new float[3], new String[] {"ab", thirty, "y".repeat(90)},
                new int[3], new byte[3], new int[0], new int[0], new String[0], new byte[0], java.util.List.of());
        assertEquals((30 * 0.55 + 3) / 2.4, GraphLayoutDriver.labelCell(labelled), 1e-9, "the median label, 30 characters");
    }

    @Test
    void freezingTheLayoutStopsItsSteps(FxRobot robot) throws Exception {
        openAlpha(robot);
        robot.clickOn("#graph-freeze");
        robot.interact(() -> view.reheat());
        long moving = view.layoutSnapshotStep();
        waitFor(() -> view.layoutSnapshotStep() > moving);
        robot.clickOn("#graph-freeze");
        // A change makes a frozen layout publish a snapshot without a step. The first one also waits out a step
        // that was under way when the freeze came; after it, a reheat (which makes a running layout step) gives a
        // snapshot of the same step.
        Object before = view.layoutSnapshot();
        robot.interact(() -> view.reheat());
        waitFor(() -> view.layoutSnapshot() != before);
        Object frozen = view.layoutSnapshot();
        long step = view.layoutSnapshotStep();
        robot.interact(() -> view.reheat());
        waitFor(() -> view.layoutSnapshot() != frozen);
        assertEquals(step, view.layoutSnapshotStep());
        robot.clickOn("#graph-freeze");
        robot.interact(() -> view.reheat());
        waitFor(() -> view.layoutSnapshotStep() > step);
    }

    // ---- helpers

    private void openAlpha(FxRobot robot) throws Exception {
        robot.interact(() -> view.openEntity(ALPHA));
        waitFor(() -> index(ALPHA) >= 0 && index(SENTINEL) >= 0 && placed());
        // Let the layout spread the nodes, then hold them still so the pointer finds them where they were drawn.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (!view.layoutSettledOrStill() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        robot.interact(() -> {
            view.toolbar().freeze.setSelected(true);
            view.canvas().camera().fit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
    }

    private boolean placed() {
        RenderScene s = view.canvas().scene();
        for (int i = 0; i < s.nodeCount(); i++) {
            if (Float.isNaN(s.x(i))) {
                return false;
            }
        }
        return s.nodeCount() > 0;
    }

    private int index(String id) {
        GraphScene scene = view.model().sceneProperty().get();
        int i = scene.indexOfNode(id);
        return i < view.canvas().scene().nodeCount() ? i : -1;
    }

    private Point2D onScreen(String id) {
        RenderScene s = view.canvas().scene();
        Viewport v = view.canvas().camera().viewport();
        int i = index(id);
        return view.canvas().localToScreen(v.toLocalX(s.x(i)), v.toLocalY(s.y(i)));
    }

    private Set<String> labels() {
        RenderScene s = view.canvas().scene();
        Set<String> out = new HashSet<>();
        for (int i = 0; i < s.nodeCount(); i++) {
            out.add(s.label(i));
        }
        return out;
    }

    private Set<String> drawnLabels() {
        var plan = view.canvas().lastFrame();
        Set<String> out = new HashSet<>();
        for (int i = 0; i < plan.nodeLabels().count(); i++) {
            out.add(plan.nodeLabels().text(i));
        }
        return out;
    }

    private static List<String> participants() {
        return Fixtures.bundled().readGraph(all -> {
            List<String> names = new ArrayList<>();
            String q = "PREFIX kgx: <" + Fixtures.KGX + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?l WHERE { ?x kgx:takesPartIn <" + ALPHA + "> ; rdfs:label ?l FILTER(lang(?l) = 'en') }";
            try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(all)).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    names.add(row.getLiteral("l").getString());
                }
            }
            return names;
        });
    }

    /** Whether the picture differs from the background within {@code r} pixels of (x, y). */
    private static boolean drawnAround(BufferedImage image, float x, float y, float r, int background) {
        for (int py = Math.max(0, Math.round(y - r)); py <= Math.min(image.getHeight() - 1, Math.round(y + r)); py++) {
            for (int px = Math.max(0, Math.round(x - r)); px <= Math.min(image.getWidth() - 1, Math.round(x + r)); px++) {
                if (image.getRGB(px, py) != background) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            List<String> states = new ArrayList<>();
            WATCHED.forEach(v -> states.add(stateOf(v)));
            throw new AssertionError("not within 30 s; the graph views: " + states, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
