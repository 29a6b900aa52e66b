package org.kgexplorer.core.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.explore.Names;

/** Gathers nodes, edges, the names of their predicates and classes, and rows, into a {@link Subgraph}. */
final class SubgraphCollector {
    private final Relationships data;
    private final Map<String, NodeInfo> nodes = new LinkedHashMap<>();
    private final Map<String, EdgeInfo> edges = new LinkedHashMap<>();
    private final Map<String, Names> vocabulary = new HashMap<>();
    private final Map<String, List<Integer>> rows = new HashMap<>();

    SubgraphCollector(Relationships data) {
        this.data = data;
    }

    boolean has(String nodeId) {
        return nodes.containsKey(nodeId);
    }

    int nodeCount() {
        return nodes.size();
    }

    Map<String, NodeInfo> nodes() {
        return nodes;
    }

    NodeInfo node(Node n) {
        NodeInfo info = nodes.get(GraphKeys.nodeId(n));
        if (info == null) {
            info = data.node(n);
            nodes.put(info.id(), info);
            info.classes().forEach(c -> vocabulary.computeIfAbsent(c, k -> data.names(GraphKeys.term(k))));
        }
        return info;
    }

    void edge(EdgeInfo e) {
        if (edges.putIfAbsent(e.id(), e) == null) {
            vocabulary.computeIfAbsent(e.predicate(), k -> data.names(GraphKeys.term(k)));
        }
    }

    void row(String id, int row) {
        List<Integer> r = rows.computeIfAbsent(id, k -> new ArrayList<>(1));
        if (r.isEmpty() || r.get(r.size() - 1) != row) {
            r.add(row);
        }
    }

    List<Integer> rowsOf(String id) {
        return rows.getOrDefault(id, List.of());
    }

    Subgraph build() {
        Map<String, int[]> r = new HashMap<>();
        rows.forEach((id, list) -> r.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
        return new Subgraph(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()), vocabulary, r);
    }
}
