package org.kgexplorer.ui.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.TextFolding;
import org.kgexplorer.core.graph.EdgeInfo;
import org.kgexplorer.core.graph.GraphKeys;
import org.kgexplorer.core.graph.GraphState;
import org.kgexplorer.core.graph.NodeInfo;
import org.kgexplorer.core.graph.StepEvidence;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.labels.LabelResolver;

/**
 * What the user points at in the graph and how it ties back to the rest of the window: the selected node (which
 * becomes the explorer's selected entity, so the details panel shows it) or edge (with its evidence), the result
 * rows the selection came from, the nodes and edges of selected result rows highlighted, and search by label.
 * Methods on the JavaFX thread.
 */
public final class GraphTrace {
    /**
     * One shown relationship of the selected node, for a list a screen reader can read and for moving between
     * neighbours with the keyboard.
     *
     * @param edgeId   the edge
     * @param otherId  the node at the other end
     * @param sentence the relationship as a fact in the label mode ("Joint Task Force Alpha works with ...")
     */
    public record Connection(String edgeId, String otherId, String sentence) {
    }

    private final GraphViewModel model;
    private final ReadOnlyStringWrapper selectedNode = new ReadOnlyStringWrapper(this, "selectedNode");
    private final ReadOnlyStringWrapper selectedEdge = new ReadOnlyStringWrapper(this, "selectedEdge");
    private final ReadOnlyStringWrapper edgeFact = new ReadOnlyStringWrapper(this, "edgeFact", "");
    private final ReadOnlyObjectWrapper<List<Evidence>> edgeEvidence = new ReadOnlyObjectWrapper<>(this, "edgeEvidence", List.of());
    private final ReadOnlyObjectWrapper<int[]> selectedRows = new ReadOnlyObjectWrapper<>(this, "selectedRows", new int[0]);
    private final ReadOnlyObjectWrapper<Set<String>> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted", Set.of());
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private Consumer<String> onCentre = id -> { };
    private long evidenceRequest;

    GraphTrace(GraphViewModel model) {
        this.model = model;
    }

    /** Selects a node (null for none); a resource node becomes the explorer's selected entity. */
    public void select(String nodeId) {
        selectedEdge.set(null);
        edgeFact.set("");
        edgeEvidence.set(List.of());
        selectedNode.set(nodeId);
        if (nodeId != null && !GraphKeys.isMore(nodeId)) {
            model.context().selectedEntityProperty().set(nodeId);
        }
        selectedRows.set(rowsOf(nodeId));
        model.remark();
        refreshConnections();
    }

    /** Selects an edge and reads the evidence of its relationship in the background. */
    public void selectEdge(String edgeId) {
        selectedNode.set(null);
        selectedEdge.set(edgeId);
        edgeFact.set("");
        edgeEvidence.set(List.of());
        selectedRows.set(rowsOf(edgeId));
        model.remark();
        EdgeInfo edge = edgeId == null ? null : model.graph().state().edges().get(edgeId);
        if (edge == null) {
            return;
        }
        long request = ++evidenceRequest;
        LabelMode mode = model.context().labelModeProperty().get();
        model.worker().submit(model.texts().get("task.evidence"), c -> model.context().store().readGraph(all -> {
            List<Evidence> evidence = new StepEvidence(all, c).of(edge);
            String fact = factOf(edge, model.graph().state(), mode);
            return (Runnable) () -> {
                if (request == evidenceRequest) {
                    edgeEvidence.set(evidence);
                    edgeFact.set(fact);
                }
            };
        }));
    }

    /** Clears the selection. */
    public void clearSelection() {
        select(null);
    }

    /**
     * Highlights the nodes and edges that came from the given rows of the answer shown (rows of its table;
     * empty to clear).
     */
    public void highlightRows(int[] rows) {
        Set<Integer> wanted = new HashSet<>();
        for (int r : rows) {
            wanted.add(r);
        }
        Map<String, int[]> byId = model.graph().state().rows();
        Set<String> ids = new HashSet<>();
        byId.forEach((id, r) -> {
            for (int row : r) {
                if (wanted.contains(row)) {
                    ids.add(id);
                    break;
                }
            }
        });
        highlight(ids);
    }

    /** Highlights these nodes and edges (and dims the rest); empty to clear. */
    public void highlight(Set<String> ids) {
        highlighted.set(Set.copyOf(ids));
        model.remark();
    }

    /** Sets the highlight without drawing (the caller redraws). */
    void setHighlighted(Set<String> ids) {
        highlighted.set(Set.copyOf(ids));
    }

    /**
     * Finds the visible node whose label (in the label mode) best matches the text: the same label, then a label
     * that starts with it, then one that contains it; selects it and asks the view to centre on it.
     */
    public void search(String text) {
        String wanted = TextFolding.fold(text.strip());
        if (wanted.isEmpty()) {
            return;
        }
        LabelMode mode = model.context().labelModeProperty().get();
        model.worker().submit(model.texts().get("task.search"), c -> {
            String best = null;
            int bestRank = Integer.MAX_VALUE;
            for (NodeInfo n : model.graph().visible().nodes().values()) {
                String label = TextFolding.fold(n.label(mode));
                int rank = label.equals(wanted) ? 0 : label.startsWith(wanted) ? 1 : label.contains(wanted) ? 2 : 3;
                if (rank < bestRank || rank == bestRank && rank < 3 && best != null && n.label(mode).length() < best.length()) {
                    bestRank = rank;
                    best = rank < 3 ? n.id() : null;
                }
            }
            String found = bestRank < 3 ? best : null;
            return () -> {
                if (found == null) {
                    notice.set(model.texts().get("search.none", text.strip()));
                } else {
                    notice.set("");
                    select(found);
                    onCentre.accept(found);
                }
            };
        });
    }

    /** The shown relationships of the selected node, ordered by fact (empty when no node is selected). */
    public ObservableList<Connection> connections() {
        return FXCollections.unmodifiableObservableList(connections);
    }

    /** Reads the selected node's connections anew, in the background (after a change or a label mode switch). */
    void refreshConnections() {
        String node = selectedNode.get();
        if (node == null || GraphKeys.isMore(node)) {
            connections.clear();
            return;
        }
        LabelMode mode = model.context().labelModeProperty().get();
        model.worker().submit(model.texts().get("task.scene"), c -> {
            GraphState state = model.graph().state();
            List<Connection> found = new ArrayList<>();
            for (EdgeInfo e : model.graph().visible().edges().values()) {
                if (e.touches(node) && state.edges().containsKey(e.id())) {
                    found.add(new Connection(e.id(), e.opposite(node), factOf(e, state, mode)));
                }
            }
            found.sort(Comparator.comparing((Connection x) -> TextFolding.fold(x.sentence())).thenComparing(Connection::edgeId));
            return () -> {
                if (node.equals(selectedNode.get())) {
                    connections.setAll(found);
                }
            };
        });
    }

    public ReadOnlyStringProperty selectedNodeProperty() {
        return selectedNode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedEdgeProperty() {
        return selectedEdge.getReadOnlyProperty();
    }

    /** The selected edge as a fact ("Joint Task Force Alpha works with Operation Sentinel"), or "". */
    public ReadOnlyStringProperty edgeFactProperty() {
        return edgeFact.getReadOnlyProperty();
    }

    /** The evidence of the selected edge (its quoted sentences), empty when none or nothing selected. */
    public ReadOnlyObjectProperty<List<Evidence>> edgeEvidenceProperty() {
        return edgeEvidence.getReadOnlyProperty();
    }

    /** The rows of the answer table the selected node or edge came from (empty when none). */
    public ReadOnlyObjectProperty<int[]> selectedRowsProperty() {
        return selectedRows.getReadOnlyProperty();
    }

    /** The highlighted node and edge ids. */
    public ReadOnlyObjectProperty<Set<String>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** What the last search said when it found nothing ("" otherwise). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** What the view does to centre on a node (its camera); called after a search finds one. */
    public void setOnCentre(Consumer<String> onCentre) {
        this.onCentre = onCentre == null ? id -> { } : onCentre;
    }

    SceneBuilder.Marks marks() {
        return new SceneBuilder.Marks(selectedNode.get(), selectedEdge.get(), highlighted.get());
    }

    /** After a change: a selection that left the graph is dropped. */
    void graphChanged() {
        refreshConnections();
        GraphScene scene = model.current();
        if (selectedNode.get() != null && scene.indexOfNode(selectedNode.get()) < 0) {
            selectedNode.set(null);
            selectedRows.set(new int[0]);
            connections.clear();
        }
        if (selectedEdge.get() != null && scene.indexOfEdge(selectedEdge.get()) < 0) {
            selectedEdge.set(null);
            edgeFact.set("");
            edgeEvidence.set(List.of());
            selectedRows.set(new int[0]);
        }
    }

    private int[] rowsOf(String id) {
        int[] rows = id == null ? null : model.graph().state().rows().get(id);
        return rows == null ? new int[0] : rows.clone();
    }

    private static String factOf(EdgeInfo e, GraphState state, LabelMode mode) {
        NodeInfo s = state.nodes().get(e.source());
        NodeInfo o = state.nodes().get(e.target());
        var p = state.vocabulary().get(e.predicate());
        return (s == null ? e.source() : s.label(mode)) + " " + (p == null ? LabelResolver.localName(e.predicate())
                : p.in(mode)) + " " + (o == null ? e.target() : o.label(mode));
    }
}
