package org.kgexplorer.core.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphReadOnly;

/** Views and counts over a dataset as the user thinks of it: the default graph and every named graph together. */
public final class Datasets {
    private Datasets() {
    }

    /**
     * A read-only view of every triple in the default graph and all named graphs, each once (use inside a
     * read). Without named graphs it is the default graph itself; with them, no copy of the data is made.
     */
    public static Graph everything(DatasetGraph dsg) {
        List<Graph> graphs = new ArrayList<>();
        graphs.add(dsg.getDefaultGraph());
        for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext(); ) {
            graphs.add(dsg.getGraph(names.next()));
        }
        return graphs.size() == 1 ? new GraphReadOnly(dsg.getDefaultGraph()) : new DistinctUnion(graphs);
    }

    /** Distinct triples in the union of the default graph and all named graphs. */
    static long distinctTriples(DatasetGraph dsg) {
        if (!dsg.listGraphNodes().hasNext()) {
            return dsg.getDefaultGraph().size();
        }
        var it = everything(dsg).find();
        try {
            long n = 0;
            for (; it.hasNext(); it.next()) {
                n++;
            }
            return n;
        } finally {
            it.close();
        }
    }

    static int namedGraphs(DatasetGraph dsg) {
        int n = 0;
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
