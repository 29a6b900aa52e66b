package org.kgexplorer.ui.graph;

import java.util.Collection;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.apache.jena.graph.Graph;
import org.kgexplorer.core.graph.Facets;
import org.kgexplorer.core.graph.GraphExtraction;
import org.kgexplorer.core.graph.GraphOperations;
import org.kgexplorer.core.graph.GraphState;
import org.kgexplorer.core.graph.KgGraph;
import org.kgexplorer.core.graph.Relationships;
import org.kgexplorer.core.graph.Subgraph;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.results.ResultsAnswer;
import org.kgexplorer.ui.graph.render.RenderScene;

/**
 * The relationship graph's state for the graph view: the graph itself ({@link KgGraph}, whose GraphStream
 * graph the layout follows), every change to it (open, show an answer, expand, collapse, hide, filter, pin,
 * move) run in background tasks in order and undoable, the filter checklists with their counts, and the scene
 * the canvas draws, rebuilt in the background after each change and relabelled when the label mode changes.
 * Selection, row highlighting and evidence are in {@link #trace()}, paths in {@link #paths()}. Call its methods
 * on the JavaFX thread.
 */
public final class GraphViewModel {
    /** The bundle of the model's texts (task titles, "+N more"). */
    public static final String BUNDLE = "org.kgexplorer.ui.graph.model";

    /** A change to the graph that may read the data. */
    @FunctionalInterface
    interface Operation {
        GraphState apply(GraphState state, Relationships data, LabelMode mode, Cancellation cancellation);
    }

    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final KgGraph graph = new KgGraph();
    private final ClassStyles classStyles = new ClassStyles();
    private final GraphWorker worker;
    private final GraphTrace trace;
    private final GraphPaths paths;
    private volatile PositionSource positions = PositionSource.NONE;
    private volatile GraphScene current = GraphScene.EMPTY;
    private final ReadOnlyObjectWrapper<GraphScene> scene = new ReadOnlyObjectWrapper<>(this, "scene", GraphScene.EMPTY);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<Facets.Facet> classFacets = FXCollections.observableArrayList();
    private final ObservableList<Facets.Facet> propertyFacets = FXCollections.observableArrayList();

    public GraphViewModel(ExplorerContext context) {
        this.context = context;
        this.texts = context.i18n().texts(BUNDLE);
        this.worker = new GraphWorker(context.tasks(), this::failed);
        this.trace = new GraphTrace(this);
        this.paths = new GraphPaths(this);
        busy.bind(worker.pendingProperty().greaterThan(0));
        context.dataVersionProperty().addListener(onData);
        context.labelModeProperty().addListener(onLabels);
    }

    private final javafx.beans.value.ChangeListener<Number> onData = (obs, old, version) -> reload();
    private final javafx.beans.value.ChangeListener<org.kgexplorer.core.labels.LabelMode> onLabels =
            (obs, old, mode) -> relabel();

    private void relabel() {
        redraw();
        paths.relabel();
    }

    /**
     * Stops following the shared context: a graph that closes with its window (the presenter's) must not reload
     * itself in the background at every later change of the data or of the labels.
     */
    public void dispose() {
        context.dataVersionProperty().removeListener(onData);
        context.labelModeProperty().removeListener(onLabels);
    }

    /** The graph (its GraphStream graph is what a layout attaches to as a sink). */
    public KgGraph graph() {
        return graph;
    }

    /** Selection, row highlighting, the selected edge's evidence, search. */
    public GraphTrace trace() {
        return trace;
    }

    /** Paths between two entities, written out. */
    public GraphPaths paths() {
        return paths;
    }

    /** Opens an entity alone with its first neighbours, replacing what was shown. */
    public javafx.concurrent.Task<Runnable> openEntity(String iri) {
        return change(texts.get("task.open", LabelResolver.localName(iri)), "open", (s, data, mode, c) ->
                GraphOperations.open(context.store(), iri, data, mode, c));
    }

    /** Adds an entity with its first neighbours to what is shown. */
    public void addEntity(String iri) {
        change(texts.get("task.open", LabelResolver.localName(iri)), "add", (s, data, mode, c) -> {
            GraphState added = GraphOperations.add(s, GraphExtraction.entity(context.store(), iri), data);
            return s.expansions().containsKey(iri) ? added : GraphOperations.expand(added, iri, data, mode, c);
        });
    }

    /**
     * Shows a query's answer as the graph: a CONSTRUCT or DESCRIBE answer as it is, a SELECT answer as the
     * resources of its rows and the triples that connect them (row numbers are the answer table's rows).
     */
    public void showAnswer(ResultsAnswer answer) {
        if (answer == null || !answer.hasTable()) {
            return;
        }
        ResultTable table = answer.table();
        boolean triples = answer.kind() == ResultsAnswer.Kind.GRAPH;
        change(texts.get("task.answer"), "answer", (s, data, mode, c) -> GraphOperations.replace(triples
                ? GraphExtraction.fromTripleTable(context.store(), table, c)
                : GraphExtraction.fromRows(context.store(), table, c)));
    }

    /** Shows a graph (e.g. a CONSTRUCT answer) as it is. */
    public void showGraph(Graph answer) {
        change(texts.get("task.answer"), "answer", (s, data, mode, c) ->
                GraphOperations.replace(GraphExtraction.fromGraph(context.store(), answer, c)));
    }

    /**
     * Shows the nodes a saved view lists, with the relationships among them, as the user left them: moved, pinned,
     * hidden and filtered (a project's view, ADR 43). A node the data no longer holds comes back bare.
     */
    public javafx.concurrent.Task<?> restore(List<String> nodes, java.util.Map<String, float[]> moved, java.util.Set<String> pinned,
                        java.util.Set<String> hidden, java.util.Set<String> hiddenClasses,
                        java.util.Set<String> hiddenProperties) {
        return change(texts.get("task.change"), "restore", (s, data, mode, c) -> GraphOperations.restore(
                context.store(), data, nodes, moved, pinned, hidden, hiddenClasses, hiddenProperties, c));
    }

    /** Expands a node (or continues a "+N more" node) by the next 25 neighbours. */
    public void expand(String nodeId) {
        change(texts.get("task.expand", LabelResolver.localName(nodeId)), "expand",
                (s, data, mode, c) -> GraphOperations.expand(s, nodeId, data, mode, c));
    }

    /** Takes back a node's expansion. */
    public void collapse(String nodeId) {
        change(texts.get("task.collapse", LabelResolver.localName(nodeId)), "collapse",
                (s, data, mode, c) -> GraphOperations.collapse(s, nodeId));
    }

    /** Hides nodes and their edges. */
    public void hide(Collection<String> nodeIds) {
        List<String> ids = List.copyOf(nodeIds);
        change(texts.get("task.change"), "hide", (s, data, mode, c) -> GraphOperations.hide(s, ids));
    }

    /** Shows every hidden node again. */
    public void showHidden() {
        change(texts.get("task.change"), "show", (s, data, mode, c) -> GraphOperations.show(s, null));
    }

    /** Ticks or unticks a class in the filter ("" for nodes without a class). */
    public void filterClass(String classIri, boolean shown) {
        change(texts.get("task.change"), "filter", (s, data, mode, c) -> GraphOperations.filterClass(s, classIri, shown));
    }

    /** Ticks or unticks a property in the filter. */
    public void filterProperty(String propertyIri, boolean shown) {
        change(texts.get("task.change"), "filter",
                (s, data, mode, c) -> GraphOperations.filterProperty(s, propertyIri, shown));
    }

    /** Pins a node where it is, or lets the layout move it again. */
    public void pin(String nodeId, boolean pinned) {
        change(texts.get("task.change"), pinned ? "pin" : "unpin",
                (s, data, mode, c) -> GraphOperations.pin(s, nodeId, pinned));
    }

    /** Puts a node where the user dropped it; it stays pinned there. */
    public void move(String nodeId, float x, float y) {
        change(texts.get("task.change"), "move", (s, data, mode, c) -> GraphOperations.move(s, nodeId, x, y));
    }

    public void undo() {
        worker.submit(texts.get("task.undo"), c -> {
            graph.undo();
            return published(trace.marks());
        });
    }

    public void redo() {
        worker.submit(texts.get("task.redo"), c -> {
            graph.redo();
            return published(trace.marks());
        });
    }

    /** Reads the graph's names, classes and edges again after the data changed (the undo history starts over). */
    private void reload() {
        SceneBuilder.Marks marks = trace.marks();
        worker.submit(texts.get("task.change"), c -> {
            context.store().readGraph(all -> {
                Relationships data = new Relationships(all);
                graph.reset(s -> GraphOperations.reload(s, data, c), () -> !c.isCancelled());
                return null;
            });
            return published(marks);
        });
    }

    /** Empties the graph and its history. */
    public javafx.concurrent.Task<?> clear() {
        return worker.submit(texts.get("task.change"), c -> {
            graph.clear();
            return published(SceneBuilder.Marks.NONE);
        });
    }

    /** Where the layout puts the nodes (the view connects its layout's snapshot; any thread). */
    public void setPositionSource(PositionSource source) {
        positions = source == null ? PositionSource.NONE : source;
    }

    /**
     * The current scene at the layout's latest positions: call after each layout step (from any thread) and hand
     * the result to the canvas. Topology, labels and states are those of the last {@link #sceneProperty()}.
     */
    public RenderScene positionedScene() {
        GraphScene s = current;
        return SceneBuilder.positioned(s, graph.state(), positions).scene();
    }

    /** The scene the canvas draws, with the ids behind its indices; replaced after every change. */
    public ReadOnlyObjectProperty<GraphScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /** The class checklist: nodes per class (most specific), with whether the class is shown. */
    public ObservableList<Facets.Facet> classFacets() {
        return FXCollections.unmodifiableObservableList(classFacets);
    }

    /** The property checklist: edges per property, with whether the property is shown. */
    public ObservableList<Facets.Facet> propertyFacets() {
        return FXCollections.unmodifiableObservableList(propertyFacets);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Whether graph work is queued or running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last failure, as a sentence ("" when none). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ExplorerContext context() {
        return context;
    }

    I18n.Texts texts() {
        return texts;
    }

    GraphWorker worker() {
        return worker;
    }

    GraphScene current() {
        return current;
    }

    /** Runs a change in the background, then publishes the new scene. */
    javafx.concurrent.Task<Runnable> change(String title, String kind, Operation operation) {
        LabelMode mode = context.labelModeProperty().get();
        SceneBuilder.Marks marks = trace.marks();
        return worker.submit(title, c -> {
            context.store().readGraph(all -> {
                Relationships data = new Relationships(all);
                // a change cancelled while it waited for its data is not installed after a later one (KgGraph)
                return graph.change(kind, s -> operation.apply(s, data, mode, c), () -> !c.isCancelled());
            });
            return published(marks, mode);
        });
    }

    /** Rebuilds the scene (labels in the current mode), in the background. */
    void redraw() {
        SceneBuilder.Marks marks = trace.marks();
        worker.submit(texts.get("task.scene"), c -> published(marks));
    }

    /** Sets new state bits (selection, highlight) on the current scene, in the background. */
    void remark() {
        SceneBuilder.Marks marks = trace.marks();
        worker.submit(texts.get("task.scene"), c -> {
            GraphScene placed = SceneBuilder.positioned(current, graph.state(), positions);
            GraphScene marked = SceneBuilder.marked(placed, graph.visible(), graph.state(), marks);
            current = marked;
            return () -> scene.set(marked);
        });
    }

    private Runnable published(SceneBuilder.Marks marks) {
        return published(marks, null);
    }

    /** Builds the scene and the facets (worker thread) and returns the step that shows them. */
    private Runnable published(SceneBuilder.Marks marks, LabelMode asked) {
        LabelMode mode = asked != null ? asked : context.labelModeProperty().get();
        GraphState state = graph.state();
        SceneBuilder.Words words = new SceneBuilder.Words(texts.get("more", "{0}"), texts.get("untyped"),
                texts.get("more.legend"));
        GraphScene built = SceneBuilder.build(graph.visible(), state, mode, classStyles, words, marks, positions);
        List<Facets.Facet> classes = Facets.classes(state, mode, texts.get("untyped"));
        List<Facets.Facet> properties = Facets.properties(state, mode);
        boolean undo = graph.canUndo();
        boolean redo = graph.canRedo();
        current = built;
        return () -> {
            scene.set(built);
            classFacets.setAll(classes);
            propertyFacets.setAll(properties);
            canUndo.set(undo);
            canRedo.set(redo);
            trace.graphChanged();
        };
    }

    private void failed(Throwable t) {
        error.set(texts.get("error", t.getMessage() == null ? t.toString() : t.getMessage()));
    }

}
