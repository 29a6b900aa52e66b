package org.kgexplorer.core.graph;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * The changes a user makes to the graph, each a function from one {@link GraphState} to the next (the same
 * state when nothing changes). Those that need the data take a {@link Relationships} read inside a read of
 * the store.
 */
public final class GraphOperations {
    /** The most neighbours one expansion step brings in; the rest wait behind a "+N more" node. */
    public static final int PAGE = 25;

    private GraphOperations() {
    }

    /** The subgraph alone, replacing whatever was shown. */
    public static GraphState replace(Subgraph sub) {
        return GraphState.EMPTY.toBuilder().add(sub).build();
    }

    /** The subgraph added to what is shown, tied to it by the loaded relationships between them. */
    public static GraphState add(GraphState state, Subgraph sub, Relationships data) {
        GraphState.Builder b = state.toBuilder().add(sub);
        Set<String> scope = new HashSet<>(b.nodes.keySet());
        for (NodeInfo n : sub.nodes()) {
            b.hidden.remove(n.id());
            addEdges(b, data, Neighbourhood.edgesBetween(data, n.id(), scope));
        }
        return b.build();
    }

    /**
     * The nodes a saved view lists, with the relationships among them, as the user left them: moved, pinned, hidden
     * and filtered (a project's view, ADR 43). A node the data no longer holds comes back bare. The graph view
     * restores a view with it, and an evidence pack draws a saved view with it (ADR 47).
     */
    public static GraphState restore(KnowledgeStore store, Relationships data, List<String> nodes,
                                     Map<String, float[]> moved, Set<String> pinned, Set<String> hidden,
                                     Set<String> hiddenClasses, Set<String> hiddenProperties,
                                     Cancellation cancellation) {
        GraphState state = GraphState.EMPTY;
        for (String id : nodes) {
            cancellation.throwIfCancelled();
            state = add(state, GraphExtraction.entity(store, id), data);
        }
        for (Map.Entry<String, float[]> m : moved.entrySet()) {
            state = move(state, m.getKey(), m.getValue()[0], m.getValue()[1]);
        }
        for (String id : pinned) {
            state = pin(state, id, true);
        }
        state = hide(state, hidden);
        for (String cls : hiddenClasses) {
            state = filterClass(state, cls, false);
        }
        for (String property : hiddenProperties) {
            state = filterProperty(state, property, false);
        }
        return state;
    }

    /**
     * The graph started afresh from an entity with its first neighbours (the graph view's open). The entity's own
     * triples are asked for before its names and classes: over an endpoint the first request then reads its whole
     * neighbourhood, which answers the names, the classes and the expansion, instead of one request for the names
     * and another for the neighbourhood (ADR 41).
     */
    public static GraphState open(KnowledgeStore store, String iri, Relationships data, LabelMode mode,
                                  Cancellation cancellation) {
        var own = data.graph().find(GraphKeys.term(iri), Node.ANY, Node.ANY);
        try {
            own.hasNext();
        } finally {
            own.close();
        }
        return expand(replace(GraphExtraction.entity(store, iri)), iri, data, mode, cancellation);
    }

    /**
     * Shows the next {@link #PAGE} neighbours of a node (of the node a "+N more" node continues), with the
     * relationships between each new neighbour and everything already in scope. Unchanged when it has no
     * neighbour left to show.
     */
    public static GraphState expand(GraphState state, String nodeId, Relationships data, LabelMode mode,
                                    Cancellation cancellation) {
        String id = GraphKeys.isMore(nodeId) ? GraphKeys.continued(nodeId) : nodeId;
        if (!state.nodes.containsKey(id)) {
            return state;
        }
        List<Neighbourhood.Neighbour> all = Neighbourhood.read(data, id, mode, cancellation);
        GraphState.Expansion before = state.expansions.get(id);
        int from = before == null ? 0 : Math.min(before.shown(), all.size());
        int to = Math.min(all.size(), from + PAGE);
        if (before != null && from == to && before.total() == all.size()) {
            return state;
        }
        GraphState.Builder b = state.toBuilder();
        for (Neighbourhood.Neighbour n : all.subList(from, to)) {
            cancellation.throwIfCancelled();
            String nid = n.node().id();
            if (!b.nodes.containsKey(nid)) {
                b.node(n.node());
                b.broughtBy.put(nid, id);
                n.node().classes().forEach(c -> b.vocabulary.computeIfAbsent(c, k -> data.names(GraphKeys.term(k))));
                addEdges(b, data, Neighbourhood.edgesBetween(data, nid, new HashSet<>(b.nodes.keySet())));
            }
            b.hidden.remove(nid);
            addEdges(b, data, n.edges());
        }
        b.expansions.put(id, new GraphState.Expansion(to, all.size()));
        return b.build();
    }

    /**
     * Takes back a node's expansion: the neighbours it brought in leave, unless they are tied to something
     * else in scope (other than the node and each other), pinned, or expanded themselves.
     */
    public static GraphState collapse(GraphState state, String nodeId) {
        String id = GraphKeys.isMore(nodeId) ? GraphKeys.continued(nodeId) : nodeId;
        if (!state.expansions.containsKey(id)) {
            return state;
        }
        Set<String> candidates = new HashSet<>();
        state.broughtBy.forEach((n, by) -> {
            if (by.equals(id) && !state.pinned.contains(n) && !state.expansions.containsKey(n)) {
                candidates.add(n);
            }
        });
        Set<String> tied = new HashSet<>();
        for (EdgeInfo e : state.edges.values()) {
            for (String end : List.of(e.source(), e.target())) {
                String other = e.opposite(end);
                if (candidates.contains(end) && !other.equals(id) && !candidates.contains(other)) {
                    tied.add(end);
                }
            }
        }
        candidates.removeAll(tied);
        GraphState.Builder b = state.toBuilder();
        b.expansions.remove(id);
        removeNodes(b, candidates);
        return b.build();
    }

    /** Hides nodes with their edges (they stay in scope, to be shown again); "+N more" nodes are not hidden. */
    public static GraphState hide(GraphState state, Collection<String> nodeIds) {
        GraphState.Builder b = state.toBuilder();
        for (String id : nodeIds) {
            if (b.nodes.containsKey(id)) {
                b.hidden.add(id);
            }
        }
        return b.hidden.equals(state.hidden) ? state : b.build();
    }

    /** Shows hidden nodes again (all of them when {@code nodeIds} is null). */
    public static GraphState show(GraphState state, Collection<String> nodeIds) {
        GraphState.Builder b = state.toBuilder();
        if (nodeIds == null) {
            b.hidden.clear();
        } else {
            b.hidden.removeAll(nodeIds);
        }
        return b.hidden.equals(state.hidden) ? state : b.build();
    }

    /** Shows or hides the nodes whose most specific class is {@code classIri} ("" for untyped nodes). */
    public static GraphState filterClass(GraphState state, String classIri, boolean shown) {
        GraphState.Builder b = state.toBuilder();
        boolean changed = shown ? b.hiddenClasses.remove(classIri) : b.hiddenClasses.add(classIri);
        return changed ? b.build() : state;
    }

    /** Shows or hides the edges of a property. */
    public static GraphState filterProperty(GraphState state, String propertyIri, boolean shown) {
        GraphState.Builder b = state.toBuilder();
        boolean changed = shown ? b.hiddenProperties.remove(propertyIri) : b.hiddenProperties.add(propertyIri);
        return changed ? b.build() : state;
    }

    /** Pins a node where it is, or lets the layout move it again. */
    public static GraphState pin(GraphState state, String nodeId, boolean pinned) {
        GraphState.Builder b = state.toBuilder();
        boolean changed = pinned ? b.pinned.add(nodeId) : b.pinned.remove(nodeId);
        if (!pinned) {
            changed |= b.positions.remove(nodeId) != null;
        }
        return changed ? b.build() : state;
    }

    /** Puts a node at a place; a moved node stays pinned there until unpinned. */
    public static GraphState move(GraphState state, String nodeId, float x, float y) {
        GraphState.Builder b = state.toBuilder();
        b.pinned.add(nodeId);
        b.positions.put(nodeId, new float[] {x, y});
        return b.build();
    }

    /**
     * The same graph read again after the loaded data changed: each node's names and classes, the names of the
     * predicates and classes, and only the edges whose triple is still in the data.
     */
    public static GraphState reload(GraphState state, Relationships data, Cancellation cancellation) {
        GraphState.Builder b = state.toBuilder();
        for (NodeInfo n : state.nodes().values()) {
            cancellation.throwIfCancelled();
            b.nodes.put(n.id(), data.node(n.term()));
        }
        b.edges.values().removeIf(e -> !data.graph().contains(e.triple()));
        b.vocabulary.replaceAll((iri, names) -> data.names(GraphKeys.term(iri)));
        b.nodes.values().forEach(n -> n.classes().forEach(c ->
                b.vocabulary.computeIfAbsent(c, k -> data.names(GraphKeys.term(k)))));
        return b.build();
    }

    private static void addEdges(GraphState.Builder b, Relationships data, List<EdgeInfo> edges) {
        for (EdgeInfo e : edges) {
            b.edge(e);
            b.vocabulary.computeIfAbsent(e.predicate(), k -> data.names(GraphKeys.term(k)));
        }
    }

    private static void removeNodes(GraphState.Builder b, Set<String> ids) {
        b.nodes.keySet().removeAll(ids);
        b.edges.values().removeIf(e -> ids.contains(e.source()) || ids.contains(e.target()));
        b.broughtBy.keySet().removeAll(ids);
        b.hidden.removeAll(ids);
        b.pinned.removeAll(ids);
        b.positions.keySet().removeAll(ids);
    }
}
