package org.kgexplorer.core.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.kgexplorer.core.explore.Names;

/**
 * Everything the user has brought into the graph and done to it, as one immutable value: the nodes and
 * edges in scope, the hidden nodes, the class and property filters, pins and moved positions, which nodes
 * are expanded and how far, which expansion brought each node, the result rows each element came from, and
 * the names of the predicates and classes. An edit is a pair of these (before, after), so undo is exact.
 * What is visible is derived: see {@link VisibleGraph}.
 */
public final class GraphState {
    /** A node's expansion: how many of its neighbours are shown, out of how many. */
    public record Expansion(int shown, int total) {
        public int remaining() {
            return Math.max(0, total - shown);
        }
    }

    public static final GraphState EMPTY = new Builder().build();

    final Map<String, NodeInfo> nodes;
    final Map<String, EdgeInfo> edges;
    final Set<String> hidden;
    final Set<String> hiddenClasses;
    final Set<String> hiddenProperties;
    final Set<String> pinned;
    final Map<String, float[]> positions;
    final Map<String, Expansion> expansions;
    final Map<String, String> broughtBy;
    final Map<String, int[]> rows;
    final Map<String, Names> vocabulary;

    private GraphState(Builder b) {
        nodes = Collections.unmodifiableMap(b.nodes);
        edges = Collections.unmodifiableMap(b.edges);
        hidden = Collections.unmodifiableSet(b.hidden);
        hiddenClasses = Collections.unmodifiableSet(b.hiddenClasses);
        hiddenProperties = Collections.unmodifiableSet(b.hiddenProperties);
        pinned = Collections.unmodifiableSet(b.pinned);
        positions = Collections.unmodifiableMap(b.positions);
        expansions = Collections.unmodifiableMap(b.expansions);
        broughtBy = Collections.unmodifiableMap(b.broughtBy);
        rows = Collections.unmodifiableMap(b.rows);
        vocabulary = Collections.unmodifiableMap(b.vocabulary);
    }

    /** The nodes in scope (shown or hidden), in the order they came. */
    public Map<String, NodeInfo> nodes() {
        return nodes;
    }

    /** The edges in scope, in the order they came. */
    public Map<String, EdgeInfo> edges() {
        return edges;
    }

    public Set<String> hidden() {
        return hidden;
    }

    public Set<String> hiddenClasses() {
        return hiddenClasses;
    }

    public Set<String> hiddenProperties() {
        return hiddenProperties;
    }

    public Set<String> pinned() {
        return pinned;
    }

    /** Where the user put the nodes they moved (x, y). */
    public Map<String, float[]> positions() {
        return positions;
    }

    public Map<String, Expansion> expansions() {
        return expansions;
    }

    /** For a node that an expansion brought in: the node that was expanded. */
    public Map<String, String> broughtBy() {
        return broughtBy;
    }

    /** The result rows (0-based) each node or edge came from; absent when it did not come from a SELECT. */
    public Map<String, int[]> rows() {
        return rows;
    }

    /** The names of the predicates and classes in the graph, by IRI. */
    public Map<String, Names> vocabulary() {
        return vocabulary;
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** A builder starting from this state. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.nodes.putAll(nodes);
        b.edges.putAll(edges);
        b.hidden.addAll(hidden);
        b.hiddenClasses.addAll(hiddenClasses);
        b.hiddenProperties.addAll(hiddenProperties);
        b.pinned.addAll(pinned);
        b.positions.putAll(positions);
        b.expansions.putAll(expansions);
        b.broughtBy.putAll(broughtBy);
        b.rows.putAll(rows);
        b.vocabulary.putAll(vocabulary);
        return b;
    }

    /** Collects a new state. */
    public static final class Builder {
        final Map<String, NodeInfo> nodes = new LinkedHashMap<>();
        final Map<String, EdgeInfo> edges = new LinkedHashMap<>();
        final Set<String> hidden = new HashSet<>();
        final Set<String> hiddenClasses = new HashSet<>();
        final Set<String> hiddenProperties = new HashSet<>();
        final Set<String> pinned = new HashSet<>();
        final Map<String, float[]> positions = new HashMap<>();
        final Map<String, Expansion> expansions = new HashMap<>();
        final Map<String, String> broughtBy = new HashMap<>();
        final Map<String, int[]> rows = new HashMap<>();
        final Map<String, Names> vocabulary = new HashMap<>();

        /** Adds a node (kept as it is when already there). */
        public Builder node(NodeInfo node) {
            nodes.putIfAbsent(node.id(), node);
            return this;
        }

        /** Adds an edge (kept as it is when already there). */
        public Builder edge(EdgeInfo edge) {
            edges.putIfAbsent(edge.id(), edge);
            return this;
        }

        /** Adds everything a subgraph holds, its rows included. */
        public Builder add(Subgraph sub) {
            sub.nodes().forEach(this::node);
            sub.edges().forEach(this::edge);
            vocabulary.putAll(sub.vocabulary());
            sub.rows().forEach((id, r) -> rows.merge(id, r, Builder::union));
            return this;
        }

        public GraphState build() {
            return new GraphState(this);
        }

        private static int[] union(int[] a, int[] b) {
            return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
                    .distinct().sorted().toArray();
        }
    }
}
