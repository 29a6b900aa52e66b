package org.kgexplorer.ui.graph;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kgexplorer.core.graph.GraphKeys;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.ui.graph.render.GraphCanvas;
import org.kgexplorer.ui.graph.render.NodeStyle;
import org.kgexplorer.ui.graph.render.RenderScene;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.results.ResultsAnswer;

/**
 * The relationship graph: the canvas with its toolbar, and a side panel with the legend and filters, the
 * selected node's connections and the paths between two entities. Clicking selects (and shows the entity or the
 * relationship's evidence in the details panel), double-click or Enter expands, dragging pins, the keyboard
 * reaches everything. All graph work runs in the view model's background tasks; the layout runs on its own thread.
 */
public final class GraphView extends BorderPane {
    private final GraphViewModel model;
    private final I18n.Texts texts;
    private final GraphCanvas canvas = new GraphCanvas();
    private final GraphLayoutDriver layout;
    private final GraphToolbar toolbar;
    private final GraphFilters filters;
    private final ConnectionList connections;
    private final PathPanel paths;
    private final TabPane side = new TabPane();
    /** The window's width, in pixels of the theme's size, from which the side panel shows by default. */
    public static final double WIDE_WINDOW = 1400;
    /** Whether the user has shown or hidden the side panel (then the window's width no longer does). */
    private boolean sideChosen;
    private final SplitPane body;
    private final Label status = new Label();
    private org.kgexplorer.ui.offline.OfflineCopyCommand copy;
    private FileChooser exportChooser;
    /** True while the view keeps the whole graph in sight as the layout spreads it, until the user moves the camera. */
    private boolean following = true;
    /**
     * The view a restore is bringing back, reported by {@link #capture} while its work runs (over an endpoint that
     * can take seconds), and after it failed until the graph shows something else: a project saved or a session kept
     * meanwhile keeps its view instead of an empty graph. Null when no restore stands for the view.
     */
    private org.kgexplorer.core.project.ViewState pending;
    private javafx.concurrent.Task<?> pendingWork;
    /** What runs once the layout comes to rest after step {@link #settledAfter} (see {@link #whenSettled}), or null. */
    private Runnable onSettled;
    private long settledAfter;

    public GraphView(GraphViewModel model) {
        this.model = model;
        this.texts = model.context().i18n().texts("org.kgexplorer.ui.graph.messages");
        setId("graph-view");
        getStylesheets().add(GraphCanvas.ATLANTAFX_STYLESHEET);
        canvas.setId("graph-canvas");
        canvas.setLabelScale(model.context().scale().factor());
        model.context().scale().factorProperty().addListener((obs, old, now) -> canvas.setLabelScale(now.doubleValue()));
        layout = new GraphLayoutDriver(model, canvas);
        toolbar = new GraphToolbar(texts);
        org.kgexplorer.ui.ToolBarOverflow.sortAgainWhen(toolbar, model.context().scale().factorProperty());
        filters = new GraphFilters(texts, model, this::styleOfLegend);
        connections = new ConnectionList(texts, this::selectAndCentre, model::expand);
        paths = new PathPanel(texts, model.paths(), () -> model.trace().selectedNodeProperty().get(), this::labelOf,
                model.sceneProperty(), status::setText);

        side.setId("graph-side");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.getTabs().setAll(tab("tab.filters", filters), tab("tab.connections", connections), tab("tab.paths", scrolling(paths)));
        // 200 px at 100 %, in em so that the legend's and the connections' words keep their room at any zoom; and
        // never narrower than its tabs' headers ("Conexiones" was cut to "Conexion" at 1024 px in Spanish).
        org.kgexplorer.ui.TabHeaders.keepWhole(side, 14.3);
        StackPane stage = new StackPane(canvas, emptyMessage());
        stage.setMinWidth(200);
        body = new SplitPane(stage, side);
        body.setDividerPositions(0.77);
        SplitPane.setResizableWithParent(side, false);
        toolbar.panel.setSelected(true);
        // a click on the switch (or its shortcut) is the user's choice: the window's width no longer decides
        toolbar.panel.setOnAction(e -> sideChosen = true);
        toolbar.panel.selectedProperty().addListener((obs, was, shown) -> {
            if (shown) {
                body.getItems().add(side);
                body.setDividerPositions(0.77);
            } else {
                body.getItems().remove(side);
            }
        });
        status.setId("graph-status");
        status.getStyleClass().add("text-muted");
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(2, 8, 2, 8));
        setTop(toolbar.fixed);
        setCenter(body);
        setBottom(bottom);

        wireToolbar();
        wireCanvas();
        new GraphKeyboard(canvas, this);
        layout.setOnFrame(() -> {
            if (following) {
                canvas.camera().fit();
            }
            org.kgexplorer.core.graph.layout.LayoutSnapshot now = layout.snapshot();
            if (onSettled != null && now.settled() && now.step() > settledAfter) {
                Runnable then = onSettled;
                onSettled = null;
                then.run();
            }
        });
        // A followed view is fitted again when the canvas changes size: on a real desktop the window, the side
        // panels and the details panel settle their sizes after the entity's first frames, and a layout that had
        // already come to rest drew no further frame to fit, leaving the graph fitted to a size it no longer had.
        javafx.beans.InvalidationListener refit = obs -> {
            if (following) {
                canvas.camera().fit();
            }
        };
        canvas.widthProperty().addListener(refit);
        canvas.heightProperty().addListener(refit);
        canvas.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> following = false);
        canvas.addEventFilter(javafx.scene.input.ScrollEvent.ANY, e -> following = false);
        canvas.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> following = false);
        model.trace().setOnCentre(id -> centreOnIndex(current().indexOfNode(id)));
        model.sceneProperty().addListener((obs, old, now) -> sceneChanged());
        model.trace().selectedNodeProperty().addListener((obs, old, now) -> selectionChanged());
        model.trace().noticeProperty().addListener((obs, old, now) -> updateStatus());
        model.errorProperty().addListener((obs, old, now) -> updateStatus());
        texts.language().addListener((obs, old, now) -> updateStatus());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.undo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)
                    || new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)) {
                model.redo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                toolbar.find.requestFocus();
                e.consume();
            }
        });
        updateStatus();
    }

    // ---- what the window asks of the graph

    /** Shows an entity with its neighbours: centred and selected when already shown, else the graph starts from it. */
    public void openEntity(String iri) {
        if (iri == null || iri.equals(model.trace().selectedNodeProperty().get())) {
            return;
        }
        int shown = current().indexOfNode(iri);
        if (shown >= 0) {
            if (!iri.equals(model.trace().selectedNodeProperty().get())) {
                model.trace().select(iri);
            }
            centreOnIndex(shown);
        } else {
            followAfresh();
            javafx.concurrent.Task<?> open = model.openEntity(iri);
            model.trace().select(iri);
            // A scene published before the open's own (a relabelling queued just before it, say) does not hold the
            // entity and drops the selection: once the open's scene is out, the entity is chosen again, unless the
            // user has chosen something else meanwhile.
            open.stateProperty().addListener((obs, was, now) -> {
                if (now == javafx.concurrent.Worker.State.SUCCEEDED) {
                    // after the step that publishes the open's scene
                    javafx.application.Platform.runLater(() -> {
                        if (model.trace().selectedNodeProperty().get() == null && current().indexOfNode(iri) >= 0) {
                            model.trace().select(iri);
                        }
                    });
                }
            });
        }
    }

    /** Shows a query's answer as a graph. */
    public void showAnswer(ResultsAnswer answer) {
        followAfresh();
        model.showAnswer(answer);
    }

    public GraphViewModel model() {
        return model;
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    /** Saves the view as a PNG picture of the canvas's size. */
    public void exportPng(Path target) throws Exception {
        canvas.writePng(target);
    }

    /** Saves the view as an SVG drawing with the same labels as on screen. */
    public void exportSvg(Path target) throws Exception {
        canvas.writeSvg(target);
    }

    /** Freezes the layout (nothing moves but what the user drags) or lets it run again. */
    public void freezeLayout(boolean frozen) {
        toolbar.freeze.setSelected(frozen);
    }

    /** What the view shows now, for a project (ADR 43): nodes, moves, pins, hidden nodes, filters, layout, camera, selection. */
    public org.kgexplorer.core.project.ViewState capture() {
        if (pending != null) {
            return pending;
        }
        org.kgexplorer.core.graph.GraphState state = model.graph().state();
        java.util.Map<String, org.kgexplorer.core.project.ViewState.Point> moved = new java.util.LinkedHashMap<>();
        state.positions().forEach((id, p) -> moved.put(id, new org.kgexplorer.core.project.ViewState.Point(p[0], p[1])));
        org.kgexplorer.ui.graph.render.Camera camera = canvas.camera();
        String selected = model.trace().selectedNodeProperty().get();
        return new org.kgexplorer.core.project.ViewState(
                state.nodes().keySet().stream().filter(id -> !org.kgexplorer.core.graph.GraphKeys.isMore(id)).toList(),
                moved, state.pinned(), state.hidden(), state.hiddenClasses(), state.hiddenProperties(),
                layout.kindProperty().get().name(),
                following ? org.kgexplorer.core.project.ViewState.Camera.DEFAULT
                        : new org.kgexplorer.core.project.ViewState.Camera(camera.centreX(), camera.centreY(), camera.scale()),
                selected == null ? List.of() : List.of(selected));
    }

    /**
     * What the view shows now with every shown node where the layout has drawn it (not only the nodes the user moved),
     * for an evidence pack that draws the graph as it is on screen (ADR 47).
     */
    public org.kgexplorer.core.project.ViewState captureAsDrawn() {
        org.kgexplorer.core.project.ViewState view = capture();
        org.kgexplorer.core.graph.layout.LayoutSnapshot drawn = layout.snapshot();
        java.util.Map<String, org.kgexplorer.core.project.ViewState.Point> at = new java.util.HashMap<>(view.positions());
        for (String id : view.nodes()) {
            int i = drawn.indexOf(id);
            if (i >= 0 && !Float.isNaN(drawn.x(i)) && !Float.isNaN(drawn.y(i))) {
                at.put(id, new org.kgexplorer.core.project.ViewState.Point(drawn.x(i), drawn.y(i)));
            }
        }
        return new org.kgexplorer.core.project.ViewState(view.nodes(), at, view.pinned(), view.hidden(),
                view.hiddenClasses(), view.hiddenProperties(), view.layout(), view.camera(), view.selection());
    }

    /**
     * Shows a project's view as it was captured; the camera and the selection follow once its graph is drawn. The
     * returned work is the restore's own; once it ends (drawn, failed or cancelled), no later graph moves the camera
     * or the selection.
     */
    public javafx.concurrent.Task<?> restore(org.kgexplorer.core.project.ViewState view) {
        for (GraphLayoutDriver.Kind kind : GraphLayoutDriver.Kind.values()) {
            if (kind.name().equals(view.layout())) {
                layout.kindProperty().set(kind);
            }
        }
        if (view.nodes().isEmpty()) {
            pending = null;
            pendingWork = null;
            followAfresh();
            return model.clear();
        }
        java.util.Map<String, float[]> moved = new java.util.LinkedHashMap<>();
        view.positions().forEach((id, p) -> moved.put(id, new float[] {(float) p.x(), (float) p.y()}));
        pending = view;
        javafx.concurrent.Task<?> work = model.restore(view.nodes(), moved, view.pinned(), view.hidden(),
                view.hiddenClasses(), view.hiddenProperties());
        // The camera and the selection follow the restore's own scene only: once its work has succeeded, after the
        // step that publishes that scene (which runs once the state has changed). A restore cancelled or failed moves
        // nothing, and no other scene (a reload, a relit one) can be taken for the restored one.
        pendingWork = work;
        work.stateProperty().addListener((obs, was, now) -> {
            if ((now == javafx.concurrent.Worker.State.SUCCEEDED || now == javafx.concurrent.Worker.State.CANCELLED)
                    && pending == view) {
                pending = null;
            }
            if (now == javafx.concurrent.Worker.State.SUCCEEDED) {
                javafx.application.Platform.runLater(() -> {
                    GraphScene shown = model.sceneProperty().get();
                    if (shown == null || view.nodes().stream().noneMatch(id -> shown.indexOfNode(id) >= 0)) {
                        return;
                    }
                    view.selection().stream().filter(id -> shown.indexOfNode(id) >= 0).findFirst()
                            .ifPresent(id -> model.trace().select(id));
                    if (view.camera().fitted()) {
                        followAfresh();
                        canvas.camera().fit();
                    } else {
                        following = false;
                        canvas.camera().moveTo(view.camera().centerX(), view.camera().centerY(), view.camera().zoom());
                    }
                });
            }
        });
        return work;
    }

    /**
     * Runs {@code then} (on the JavaFX thread) once the layout has come to rest on the graph as it is now, e.g. once a
     * {@link #restore} has ended: only a step taken after this call counts (two steps on, so that a step under way
     * when the graph changed is not taken for one after it), and the layout is woken to take them. Replaces what an
     * earlier call was waiting to run.
     */
    public void whenSettled(Runnable then) {
        settledAfter = layout.snapshot().step() + 1;
        onSettled = then;
        layout.reheat();
    }

    /**
     * Captures the view now and writes it as PNG or SVG ({@code "png"} or {@code "svg"}) in a background task,
     * saying in the status line when it is saved or why it was not: the whole graph or the visible area, at the
     * resolution chosen in the Export menu.
     */
    public javafx.concurrent.Task<Void> exportInBackground(Path target, String extension) {
        return exportInBackground(target, extension, canvas.export(toolbar.exportsWholeGraph(), toolbar.exportResolution()));
    }

    private javafx.concurrent.Task<Void> exportInBackground(Path target, String extension, GraphCanvas.Export picture) {
        javafx.concurrent.Task<Void> task = new javafx.concurrent.Task<>() {
            @Override
            protected Void call() throws Exception {
                updateTitle(texts.get("export.task", target.getFileName()));
                if (extension.equals("png")) {
                    picture.writePng(target);
                } else {
                    picture.writeSvg(target);
                }
                return null;
            }
        };
        task.setOnSucceeded(e -> status.setText(texts.get("export.saved", target.getFileName())));
        task.setOnFailed(e -> status.setText(texts.get("export.failed", target, task.getException().getMessage())));
        model.context().tasks().submit(task);
        return task;
    }

    /**
     * Shows the canvas alone, without the toolbar, the side panel and the status line: presenter mode's graph (ADR 45),
     * where the keys belong to the presentation and the room sees only the graph.
     */
    public void showCanvasOnly() {
        toolbar.panel.setSelected(false);
        setTop(null);
        setBottom(null);
    }

    /** Stops the layout thread (the window is closing). */
    public void dispose() {
        layout.close();
        model.dispose();
    }

    // ---- for the keyboard, the lists and the tests

    /**
     * The side panel (legend, connections, paths) follows the window's width until the user shows or hides it: in a
     * window narrower than {@link #WIDE_WINDOW} pixels of the theme's size (1280x720, 1024x700, 1920x1080 at 175 %)
     * it starts hidden, because its tabs' headers keep it about 330 pixels wide and at 1280x720 that left the graph
     * about 450x300 pixels; from that width on it shows. The main window's graph asks for this.
     */
    public void sideFollowsWindowWidth() {
        javafx.beans.InvalidationListener follow = obs -> {
            if (!sideChosen && getScene() != null && getScene().getWidth() > 0) {
                toolbar.panel.setSelected(getScene().getWidth() / model.context().scale().factor() >= WIDE_WINDOW);
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.widthProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.widthProperty().addListener(follow);
                follow.invalidated(null);
            }
        });
        if (getScene() != null) {
            getScene().widthProperty().addListener(follow);
            follow.invalidated(null);
        }
        model.context().scale().factorProperty().addListener(follow);
    }

    TabPane side() {
        return side;
    }

    GraphToolbar toolbar() {
        return toolbar;
    }

    long layoutSnapshotStep() {
        return layout.snapshot().step();
    }

    /** The layout's latest snapshot (a new one each time the layout publishes). */
    org.kgexplorer.core.graph.layout.LayoutSnapshot layoutSnapshot() {
        return layout.snapshot();
    }

    /** True when the layout has settled, or is frozen. */
    public boolean layoutSettledOrStill() {
        return layout.frozenProperty().get() || layout.snapshot().settled();
    }

    void reheat() {
        layout.reheat();
    }


    int selectedIndex() {
        String id = model.trace().selectedNodeProperty().get();
        return id == null ? -1 : current().indexOfNode(id);
    }

    void selectNode(int index) {
        model.trace().select(index < 0 ? null : current().nodeId(index));
    }

    void centreOnIndex(int index) {
        RenderScene s = canvas.scene();
        if (index >= 0 && index < s.nodeCount() && !Float.isNaN(s.x(index))) {
            following = false;
            canvas.camera().centreOn(s.x(index), s.y(index));
        }
    }

    void expandSelected() {
        String id = model.trace().selectedNodeProperty().get();
        if (id != null) {
            model.expand(id);
        }
    }

    void hideSelected() {
        String id = model.trace().selectedNodeProperty().get();
        if (id != null && !GraphKeys.isMore(id)) {
            model.hide(List.of(id));
            model.trace().select(null);
        }
    }

    /** Keeps a new graph in sight as the layout spreads it. */
    private void followAfresh() {
        following = true;
    }

    private void selectAndCentre(String id) {
        model.trace().select(id);
        centreOnIndex(current().indexOfNode(id));
    }

    private GraphScene current() {
        return model.sceneProperty().get();
    }

    // ---- wiring

    private void wireToolbar() {
        toolbar.layout.valueProperty().bindBidirectional(layout.kindProperty());
        toolbar.freeze.selectedProperty().bindBidirectional(layout.frozenProperty());
        toolbar.find.setOnAction(e -> model.trace().search(toolbar.find.getText()));
        toolbar.fit.setOnAction(e -> {
            following = true;
            canvas.camera().fit();
        });
        toolbar.zoomIn.setOnAction(e -> canvas.camera().zoomIn());
        toolbar.zoomOut.setOnAction(e -> canvas.camera().zoomOut());
        toolbar.expand.setOnAction(e -> expandSelected());
        toolbar.collapse.setOnAction(e -> {
            String id = model.trace().selectedNodeProperty().get();
            if (id != null) {
                model.collapse(id);
            }
        });
        toolbar.hide.setOnAction(e -> hideSelected());
        toolbar.showHidden.setOnAction(e -> model.showHidden());
        toolbar.pin.setOnAction(e -> {
            String id = model.trace().selectedNodeProperty().get();
            if (id != null) {
                model.pin(id, toolbar.pin.isSelected());
            }
        });
        toolbar.undo.setOnAction(e -> model.undo());
        toolbar.redo.setOnAction(e -> model.redo());
        toolbar.undo.disableProperty().bind(model.canUndoProperty().not());
        toolbar.redo.disableProperty().bind(model.canRedoProperty().not());
        toolbar.exportPng.setOnAction(e -> exportWithChooser("png"));
        toolbar.exportSvg.setOnAction(e -> exportWithChooser("svg"));
        toolbar.export.getItems().add(copyToLocal());
        BooleanBinding none = Bindings.createBooleanBinding(() -> {
            String id = model.trace().selectedNodeProperty().get();
            return id == null || GraphKeys.isMore(id);
        }, model.trace().selectedNodeProperty());
        toolbar.bindSelection(none);
    }

    private void wireCanvas() {
        canvas.setOnNodeClicked(i -> {
            String id = current().nodeId(i);
            if (GraphKeys.isMore(id)) {
                model.expand(id);
            } else {
                model.trace().select(id);
            }
        });
        canvas.setOnNodeDoubleClicked(i -> model.expand(current().nodeId(i)));
        canvas.setOnEdgeClicked(e -> model.trace().selectEdge(current().edgeId(e)));
        canvas.setOnBackgroundClicked(() -> model.trace().select(null));
        canvas.setOnNodeDragged((i, x, y, finished) -> {
            String id = current().nodeId(i);
            layout.drag(id, x, y);
            if (finished) {
                model.move(id, (float) x, (float) y);
            }
        });
        canvas.setOnContextMenuRequested(e -> {
            int i = canvas.pickNode(e.getX(), e.getY());
            if (i >= 0) {
                menuFor(current().nodeId(i)).show(canvas, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        canvas.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> texts.get("canvas.accessible", status.getText()), status.textProperty()));
    }

    private ContextMenu menuFor(String id) {
        boolean pinned = model.graph().state().pinned().contains(id);
        MenuItem expand = item("menu.expand", () -> model.expand(id));
        MenuItem collapse = item("menu.collapse", () -> model.collapse(id));
        MenuItem hide = item("menu.hide", () -> model.hide(List.of(id)));
        MenuItem pin = item(pinned ? "menu.unpin" : "menu.pin", () -> model.pin(id, !pinned));
        MenuItem from = item("menu.pathFrom", () -> {
            paths.fromProperty().set(id);
            side.getSelectionModel().select(2);
        });
        MenuItem to = item("menu.pathTo", () -> {
            paths.toProperty().set(id);
            side.getSelectionModel().select(2);
            paths.findWhenReady();
        });
        MenuItem details = item("menu.details", () -> model.trace().select(id));
        return new ContextMenu(expand, collapse, hide, pin, new SeparatorMenuItem(), from, to,
                new SeparatorMenuItem(), details);
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem(texts.get(key));
        m.setOnAction(e -> action.run());
        return m;
    }

    /** A side tab's content that scrolls when the panel is shorter than it (1024x700, a projector's zoom). */
    private static javafx.scene.control.ScrollPane scrolling(javafx.scene.layout.Region content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab t = new Tab();
        t.textProperty().bind(texts.text(key));
        t.setContent(content);
        return t;
    }

    private VBox emptyMessage() {
        Label title = new Label();
        title.textProperty().bind(texts.text("empty.title"));
        title.getStyleClass().add("title-3");
        Label text = new Label();
        text.textProperty().bind(texts.text("empty.text"));
        text.setWrapText(true);
        text.setMaxWidth(420);
        text.getStyleClass().add("text-muted");
        VBox box = new VBox(8, title, text);
        box.setId("graph-empty");
        box.setAlignment(Pos.CENTER);
        box.setMouseTransparent(true);
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> current().nodeCount() == 0, model.sceneProperty()));
        return box;
    }

    private void sceneChanged() {
        if (pendingWork != null && pendingWork.isDone()) {
            // a restore that failed stood for the view until the graph showed something else
            pending = null;
            pendingWork = null;
        }
        filters.refresh();
        selectionChanged();
        updateStatus();
    }

    private void selectionChanged() {
        String id = model.trace().selectedNodeProperty().get();
        connections.show(current(), id);
        toolbar.pin.setSelected(id != null && model.graph().state().pinned().contains(id));
    }

    private void updateStatus() {
        String problem = model.errorProperty().get();
        String notice = model.trace().noticeProperty().get();
        GraphScene s = current();
        int hidden = model.graph().state().hidden().size();
        String counts = hidden > 0 ? texts.get("count.hidden", s.nodeCount(), s.edgeCount(), hidden)
                : texts.get("count", s.nodeCount(), s.edgeCount());
        status.setText(!problem.isEmpty() ? problem : !notice.isEmpty() ? notice : counts);
    }

    private String labelOf(String id) {
        int i = current().indexOfNode(id);
        return i >= 0 ? current().scene().label(i) : LabelResolver.localName(id);
    }

    private NodeStyle styleOfLegend(String legend) {
        for (NodeStyle s : current().scene().styles()) {
            if (s.legend().equals(legend)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Asks where to save the view as it is when Export is chosen: it is captured before the save dialog opens, because
     * under a window manager a modal dialog shows its maximized owner at its un-maximized size until it closes, and a
     * view captured after it was that smaller canvas (a 458x238 picture of a 586x274 view, seen on the desktop layer).
     */
    private void exportWithChooser(String extension) {
        GraphCanvas.Export picture = canvas.export(toolbar.exportsWholeGraph(), toolbar.exportResolution());
        model.context().dialogs().chooseFileToSave(exportChooser(extension)).ifPresent(file -> exportInBackground(file.toPath(), extension, picture));
    }

    /** The save dialog for a picture of the given kind, titled in the interface's language (it had no title). */
    FileChooser exportChooser(String extension) {
        if (exportChooser == null) {
            exportChooser = new FileChooser();
        }
        exportChooser.setTitle(texts.get("export.title." + extension));
        exportChooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT), "*." + extension));
        exportChooser.setInitialFileName("graph." + extension);
        return exportChooser;
    }

    /**
     * "Copy to local…" in the export menu while the window explores an endpoint: what the graph shows (its
     * relationships, and its entities' types and names) goes into a local store (ADR 42).
     */
    private javafx.scene.control.MenuItem copyToLocal() {
        org.kgexplorer.ui.offline.OfflineCopyCommand copy = new org.kgexplorer.ui.offline.OfflineCopyCommand(model.context());
        this.copy = copy;
        javafx.scene.control.MenuItem item = copy.menuItem("graph-copy-local");
        item.setOnAction(e -> {
            org.kgexplorer.core.graph.VisibleGraph shown = model.graph().visible();
            java.util.List<org.apache.jena.graph.Triple> edges = shown.edges().values().stream()
                    .map(org.kgexplorer.core.graph.EdgeInfo::triple).toList();
            java.util.List<org.apache.jena.graph.Node> entities = shown.nodes().values().stream()
                    .map(org.kgexplorer.core.graph.NodeInfo::term).toList();
            copy.copyGraph(edges, entities);
        });
        return item;
    }

    /** "Copy to local…" of this view (tests answer its dialog). */
    public org.kgexplorer.ui.offline.OfflineCopyCommand copyToLocalCommand() {
        return copy;
    }
}
