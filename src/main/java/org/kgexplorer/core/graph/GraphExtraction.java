package org.kgexplorer.core.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * Turns query answers into subgraphs: a CONSTRUCT or DESCRIBE graph as it is (its relationships, with the
 * types and names of its resources read from the answer and the loaded data), and SELECT rows as the
 * resources in each row with the loaded triples that connect them, each node and edge remembering its rows.
 */
public final class GraphExtraction {
    /** The most nodes an extraction keeps; the renderer stays fluid up to about this many. */
    public static final int MAX_NODES = 20_000;

    private GraphExtraction() {
    }

    /** The relationships of a CONSTRUCT or DESCRIBE answer, with every entity it mentions as a node. */
    public static Subgraph fromGraph(KnowledgeStore store, Graph answer, Cancellation cancellation) {
        return store.readGraph(all -> {
            Relationships data = new Relationships(new Union(answer, all));
            SubgraphCollector out = new SubgraphCollector(data);
            int n = 0;
            for (var it = answer.find(); it.hasNext(); ) {
                Triple t = it.next();
                if (++n % 1024 == 0) {
                    cancellation.throwIfCancelled();
                }
                boolean room = out.nodeCount() < MAX_NODES;
                if (data.isRelationship(t)) {
                    if (room || out.has(GraphKeys.nodeId(t.getSubject())) && out.has(GraphKeys.nodeId(t.getObject()))) {
                        out.node(t.getSubject());
                        out.node(t.getObject());
                        out.edge(EdgeInfo.of(t));
                    }
                } else if (room && data.isEntity(t.getSubject())) {
                    out.node(t.getSubject());
                }
            }
            return out.build();
        });
    }

    /**
     * The resources of each row of a SELECT answer (cells holding entities) and the loaded triples that
     * connect them. A node's rows are the rows it appears in; an edge's rows are those holding both its ends.
     */
    public static Subgraph fromRows(KnowledgeStore store, ResultTable table, Cancellation cancellation) {
        return store.readGraph(all -> {
            Relationships data = new Relationships(all);
            SubgraphCollector out = new SubgraphCollector(data);
            for (int row = 0; row < table.rowCount(); row++) {
                if (row % 256 == 0) {
                    cancellation.throwIfCancelled();
                }
                for (int col = 0; col < table.columnCount(); col++) {
                    Node cell = table.node(row, col);
                    if (cell != null && !cell.isLiteral() && data.isEntity(cell)
                            && (out.nodeCount() < MAX_NODES || out.has(GraphKeys.nodeId(cell)))) {
                        out.row(out.node(cell).id(), row);
                    }
                }
            }
            connect(data, out, cancellation);
            return out.build();
        });
    }

    /** A CONSTRUCT or DESCRIBE answer held as a table of subject, predicate and object rows. */
    public static Subgraph fromTripleTable(KnowledgeStore store, ResultTable triples, Cancellation cancellation) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (int row = 0; row < triples.rowCount() && triples.columnCount() >= 3; row++) {
            Node s = triples.node(row, 0);
            Node p = triples.node(row, 1);
            Node o = triples.node(row, 2);
            if (s != null && p != null && o != null) {
                g.add(Triple.create(s, p, o));
            }
        }
        return fromGraph(store, g, cancellation);
    }

    /** One entity alone, as a node (its neighbours come by expanding it). */
    public static Subgraph entity(KnowledgeStore store, String nodeId) {
        return store.readGraph(all -> {
            SubgraphCollector out = new SubgraphCollector(new Relationships(all));
            out.node(GraphKeys.term(nodeId));
            return out.build();
        });
    }

    /** Adds the relationships among the collected nodes, with their rows. */
    private static void connect(Relationships data, SubgraphCollector out, Cancellation cancellation) {
        Set<String> ids = new HashSet<>(out.nodes().keySet());
        List<NodeInfo> nodes = new ArrayList<>(out.nodes().values());
        for (NodeInfo n : nodes) {
            cancellation.throwIfCancelled();
            data.graph().find(n.term(), Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (!t.getObject().isLiteral() && ids.contains(GraphKeys.nodeId(t.getObject()))
                        && data.isRelationship(t)) {
                    EdgeInfo e = EdgeInfo.of(t);
                    out.edge(e);
                    commonRows(out.rowsOf(e.source()), out.rowsOf(e.target())).forEach(r -> out.row(e.id(), r));
                }
            });
        }
    }

    private static List<Integer> commonRows(List<Integer> a, List<Integer> b) {
        List<Integer> common = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int c = Integer.compare(a.get(i), b.get(j));
            if (c == 0) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
