package org.kgexplorer.core.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;

/** Views and counts over a dataset as the user thinks of it: the default graph and every named graph together. */
public final class Datasets {
    private Datasets() {
    }

    /** A read-only view of every triple in the default graph and all named graphs (use inside a read). */
    public static Graph everything(DatasetGraph dsg) {
        return new Union(dsg.getDefaultGraph(), dsg.getUnionGraph());
    }

    /** Distinct triples in the union of the default graph and all named graphs. */
    static long distinctTriples(DatasetGraph dsg) {
        Iterator<Node> names = dsg.listGraphNodes();
        if (!names.hasNext()) {
            return dsg.getDefaultGraph().size();
        }
        Set<Triple> seen = new HashSet<>();
        addAll(seen, dsg.getDefaultGraph());
        while (names.hasNext()) {
            addAll(seen, dsg.getGraph(names.next()));
        }
        return seen.size();
    }

    static int namedGraphs(DatasetGraph dsg) {
        int n = 0;
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static void addAll(Set<Triple> seen, Graph g) {
        g.find().forEachRemaining(seen::add);
    }
}
