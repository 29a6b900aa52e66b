package org.kgexplorer.core.graph;

import java.util.List;
import java.util.Map;

import org.kgexplorer.core.explore.Names;

/**
 * What an extraction found: nodes and edges, the names of the predicates and classes they use, and for a
 * SELECT result the rows (0-based) each node and edge came from.
 */
public record Subgraph(List<NodeInfo> nodes, List<EdgeInfo> edges, Map<String, Names> vocabulary,
                       Map<String, int[]> rows) {

    public Subgraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        vocabulary = Map.copyOf(vocabulary);
        rows = Map.copyOf(rows);
    }

    /** The node with this id, if the subgraph has it. */
    public NodeInfo node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }
}
