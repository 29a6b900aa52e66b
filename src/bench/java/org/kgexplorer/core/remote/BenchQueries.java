package org.kgexplorer.core.remote;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

/** The benchmarks' view of requests the remote store makes (package-private there), to time them alone. */
public final class BenchQueries {
    private BenchQueries() {
    }

    /** The one request that reads a node's neighbourhood ({@code RemoteGraph}), as the graph's open sends it. */
    public static Query neighbourhood(String iri) {
        return RemoteGraph.neighbourhoodQuery(NodeFactory.createURI(iri), RemoteGraph.NEIGHBOURHOOD_ROWS + 1);
    }
}
