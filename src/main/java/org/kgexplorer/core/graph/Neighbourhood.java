package org.kgexplorer.core.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.kgexplorer.core.explore.TextFolding;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;

/**
 * A node's neighbours in the loaded data, in and out, in a fixed order that shows the most telling ones first
 * and pages deterministically: entities before n-ary nodes (a membership that only ties an agency to a task
 * force comes after the agency: {@link Relationships#isQualifier}), what the node points at before what
 * points at it, then by the label of the predicate, then the neighbour's label and IRI.
 */
public final class Neighbourhood {
    /** One neighbour and every relationship between it and the node. */
    public record Neighbour(NodeInfo node, List<EdgeInfo> edges) {
    }

    private Neighbourhood() {
    }

    /** Every neighbour of a node, ordered. */
    public static List<Neighbour> read(Relationships data, String nodeId, LabelMode mode, Cancellation cancellation) {
        Node centre = GraphKeys.term(nodeId);
        Map<Node, List<Triple>> byNeighbour = new LinkedHashMap<>();
        collect(data, data.graph().find(centre, Node.ANY, Node.ANY), centre, true, byNeighbour, cancellation);
        collect(data, data.graph().find(Node.ANY, Node.ANY, centre), centre, false, byNeighbour, cancellation);
        List<Neighbour> out = new ArrayList<>(byNeighbour.size());
        record Keyed(Neighbour n, boolean qualifier, boolean in, String predicate, String label) {
        }
        List<Keyed> keyed = new ArrayList<>(byNeighbour.size());
        byNeighbour.forEach((node, triples) -> {
            cancellation.throwIfCancelled();
            triples.sort(Comparator.comparing((Triple t) -> !t.getSubject().equals(centre))
                    .thenComparing(t -> predicateLabel(data, t.getPredicate(), mode)).thenComparing(t -> t.getPredicate().getURI()));
            Triple first = triples.get(0);
            NodeInfo info = data.node(node);
            keyed.add(new Keyed(new Neighbour(info, triples.stream().map(EdgeInfo::of).toList()),
                    data.isQualifier(node), !first.getSubject().equals(centre),
                    predicateLabel(data, first.getPredicate(), mode), TextFolding.fold(info.label(mode))));
        });
        keyed.sort(Comparator.comparing(Keyed::qualifier).thenComparing(Keyed::in).thenComparing(Keyed::predicate)
                .thenComparing(Keyed::label)
                .thenComparing(k -> k.n().node().id()));
        keyed.forEach(k -> out.add(k.n()));
        return out;
    }

    /** The relationships between a node and any of the given nodes, both directions. */
    public static List<EdgeInfo> edgesBetween(Relationships data, String nodeId, Set<String> others) {
        Node n = GraphKeys.term(nodeId);
        List<EdgeInfo> edges = new ArrayList<>();
        data.graph().find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isLiteral() && others.contains(GraphKeys.nodeId(t.getObject()))
                    && data.isRelationship(t)) {
                edges.add(EdgeInfo.of(t));
            }
        });
        data.graph().find(Node.ANY, Node.ANY, n).forEachRemaining(t -> {
            if (!t.getSubject().isLiteral() && others.contains(GraphKeys.nodeId(t.getSubject()))
                    && data.isRelationship(t)) {
                edges.add(EdgeInfo.of(t));
            }
        });
        return edges;
    }

    private static void collect(Relationships data, java.util.Iterator<Triple> triples, Node centre, boolean out,
                                Map<Node, List<Triple>> byNeighbour, Cancellation cancellation) {
        int n = 0;
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (++n % 1024 == 0) {
                cancellation.throwIfCancelled();
            }
            Node other = out ? t.getObject() : t.getSubject();
            if (!other.equals(centre) && data.isRelationship(t)) {
                byNeighbour.computeIfAbsent(other, k -> new ArrayList<>()).add(t);
            }
        }
    }

    private static String predicateLabel(Relationships data, Node predicate, LabelMode mode) {
        return TextFolding.fold(data.names(predicate).in(mode));
    }
}
