package org.kgexplorer.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kgexplorer.core.explore.Names;
import org.kgexplorer.core.graph.EdgeInfo;
import org.kgexplorer.core.graph.GraphKeys;
import org.kgexplorer.core.graph.GraphOperations;
import org.kgexplorer.core.graph.GraphPath;
import org.kgexplorer.core.graph.NodeInfo;
import org.kgexplorer.core.graph.PathFinder;
import org.kgexplorer.core.graph.PathProse;
import org.kgexplorer.core.graph.PathReport;
import org.kgexplorer.core.graph.PathStep;
import org.kgexplorer.core.graph.Relationships;
import org.kgexplorer.core.graph.Subgraph;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.labels.LabelResolver;

/**
 * Paths between two entities: found over all the loaded data in the background, added to the graph (an undoable
 * change) and highlighted, each written as sentences in the label language, and the whole as plain text with
 * each step's quoted evidence, ready to copy into a report. Methods on the JavaFX thread.
 */
public final class GraphPaths {
    private final GraphViewModel model;
    private final ReadOnlyObjectWrapper<PathFinder.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ObservableList<String> sentences = FXCollections.observableArrayList();
    private String fromId;
    private String toId;

    GraphPaths(GraphViewModel model) {
        this.model = model;
    }

    /** Finds the shortest paths between two entities, shows them in the graph and writes them out. */
    public void find(String from, String to) {
        fromId = from;
        toId = to;
        LabelMode mode = model.context().labelModeProperty().get();
        String title = model.texts().get("task.paths", LabelResolver.localName(from), LabelResolver.localName(to));
        model.worker().submit(title, c -> {
            PathFinder.Result found = model.context().store().readGraph(all -> {
                Relationships data = new Relationships(all);
                PathFinder.Result r = PathFinder.find(data, from, to, c);
                if (r.found()) {
                    Subgraph sub = subgraph(r, data);
                    model.graph().change("paths", s -> GraphOperations.add(s, sub, data));
                }
                return r;
            });
            String report = report(found, mode);
            List<String> written = written(found, mode);
            Set<String> marked = marked(found);
            return () -> {
                result.set(found);
                text.set(report);
                sentences.setAll(written);
                model.trace().setHighlighted(marked);
                model.redraw();
            };
        });
    }

    /** Forgets the paths and their highlight. */
    public void clear() {
        fromId = null;
        toId = null;
        result.set(null);
        text.set("");
        sentences.clear();
        model.trace().highlight(Set.of());
    }

    /** The paths found (null before any search). */
    public ReadOnlyObjectProperty<PathFinder.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The paths as plain text for a report: sentences, then each step with its quoted evidence. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Each path as one line of sentences, in the label language. */
    public ObservableList<String> sentences() {
        return FXCollections.unmodifiableObservableList(sentences);
    }

    /** Writes the paths anew in the current label mode. */
    void relabel() {
        PathFinder.Result r = result.get();
        if (r != null) {
            LabelMode mode = model.context().labelModeProperty().get();
            text.set(report(r, mode));
            sentences.setAll(written(r, mode));
        }
    }

    private String report(PathFinder.Result r, LabelMode mode) {
        return PathReport.text(label(fromId, r, mode), label(toId, r, mode), r, mode);
    }

    private static List<String> written(PathFinder.Result r, LabelMode mode) {
        List<String> out = new ArrayList<>();
        for (GraphPath p : r.paths()) {
            out.add(String.join(" ", PathProse.sentences(p, PathProse.Language.of(mode), mode)));
        }
        return out;
    }

    private static Set<String> marked(PathFinder.Result r) {
        Set<String> ids = new HashSet<>();
        r.paths().forEach(p -> {
            p.nodes().forEach(n -> ids.add(n.id()));
            ids.addAll(p.edgeIds());
        });
        return ids;
    }

    private String label(String id, PathFinder.Result r, LabelMode mode) {
        for (GraphPath p : r.paths()) {
            for (NodeInfo n : p.nodes()) {
                if (n.id().equals(id)) {
                    return n.label(mode);
                }
            }
        }
        NodeInfo known = id == null ? null : model.graph().state().nodes().get(id);
        return known != null ? known.label(mode) : id == null ? "" : LabelResolver.localName(id);
    }

    private static Subgraph subgraph(PathFinder.Result r, Relationships data) {
        Map<String, NodeInfo> nodes = new LinkedHashMap<>();
        Map<String, EdgeInfo> edges = new LinkedHashMap<>();
        Map<String, Names> vocabulary = new HashMap<>();
        for (GraphPath p : r.paths()) {
            for (PathStep s : p.steps()) {
                for (NodeInfo n : List.of(s.from(), s.to())) {
                    nodes.putIfAbsent(n.id(), n);
                    n.classes().forEach(cl -> vocabulary.computeIfAbsent(cl, k -> data.names(GraphKeys.term(k))));
                }
                edges.putIfAbsent(s.edge().id(), s.edge());
                vocabulary.putIfAbsent(s.edge().predicate(), s.predicate());
            }
        }
        return new Subgraph(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()), vocabulary, Map.of());
    }
}
