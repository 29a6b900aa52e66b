package org.kgexplorer.core.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a state shows: the nodes in scope that are not hidden and whose class is not filtered out, a
 * "+N more" node for each expansion with neighbours left, and the edges between shown nodes whose property is
 * not filtered out.
 */
public final class VisibleGraph {
    /** A "+N more" node: its id, the node it continues, how many neighbours are left. */
    public record More(String id, String continues, int count) {
    }

    private final Map<String, NodeInfo> nodes = new LinkedHashMap<>();
    private final Map<String, More> more = new LinkedHashMap<>();
    private final Map<String, EdgeInfo> edges = new LinkedHashMap<>();

    public VisibleGraph(GraphState state) {
        state.nodes.values().forEach(n -> {
            if (!state.hidden.contains(n.id()) && !state.hiddenClasses.contains(n.primaryClass())) {
                nodes.put(n.id(), n);
            }
        });
        state.edges.values().forEach(e -> {
            if (nodes.containsKey(e.source()) && nodes.containsKey(e.target())
                    && !state.hiddenProperties.contains(e.predicate())) {
                edges.put(e.id(), e);
            }
        });
        state.expansions.forEach((id, x) -> {
            if (x.remaining() > 0 && nodes.containsKey(id)) {
                String moreId = GraphKeys.moreId(id);
                more.put(moreId, new More(moreId, id, x.remaining()));
                edges.put(GraphKeys.edgeId(id, GraphKeys.MORE_PREDICATE, moreId),
                        EdgeInfo.of(id, GraphKeys.MORE_PREDICATE, moreId));
            }
        });
    }

    /** The shown resource nodes, in the order they came. */
    public Map<String, NodeInfo> nodes() {
        return nodes;
    }

    /** The shown "+N more" nodes. */
    public Map<String, More> more() {
        return more;
    }

    /** The shown edges ("+N more" edges included). */
    public Map<String, EdgeInfo> edges() {
        return edges;
    }

    /** Every shown node id: resources in order, then "+N more" nodes. */
    public List<String> nodeIds() {
        List<String> ids = new ArrayList<>(nodes.keySet());
        ids.addAll(more.keySet());
        return ids;
    }

    public boolean contains(String nodeId) {
        return nodes.containsKey(nodeId) || more.containsKey(nodeId);
    }

    /** The shown nodes tied to a node by a shown edge. */
    public Set<String> neighbours(String nodeId) {
        Set<String> out = new HashSet<>();
        edges.values().forEach(e -> {
            if (e.touches(nodeId)) {
                out.add(e.opposite(nodeId));
            }
        });
        return out;
    }
}
