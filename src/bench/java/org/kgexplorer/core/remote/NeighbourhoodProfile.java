package org.kgexplorer.core.remote;

import java.net.URI;
import java.util.Arrays;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.*;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.vocabulary.RDF;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.graph.GraphExtraction;
import org.kgexplorer.core.graph.GraphOperations;
import org.kgexplorer.core.graph.Relationships;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.testing.LoopbackFuseki;

public final class NeighbourhoodProfile {
    public static void main(String[] args) throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.executeWrite(() -> new OrgDataGenerator(16, 1_000_000).generate(StreamRDFLib.dataset(data)));
        Node agencyClass = NodeFactory.createURI("https://kgexplorer.org/ontology#Agency");
        String agency = data.calculateRead(() -> data.getDefaultGraph().find(Node.ANY, RDF.type.asNode(), agencyClass).next()
                .getSubject().getURI());
        Query q = RemoteGraph.neighbourhoodQuery(NodeFactory.createURI(agency), 20001);
        System.out.println(Algebra.optimize(Algebra.compile(q)));
        java.util.logging.Logger.getLogger("org.apache.jena").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("org.eclipse.jetty").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        try (LoopbackFuseki fuseki = LoopbackFuseki.open("bench", data)) {
            RemoteStore store = new RemoteStore(EndpointProfile.open(URI.create(fuseki.sparql())), null);
            for (int round = 0; round < 3; round++) {
                double[] http = new double[7], local = new double[7], bare = new double[7];
                int rows = 0;
                for (int i = 0; i < 7; i++) {
                    long t = System.nanoTime();
                    try (QueryExecution e = QueryExecutionHTTP.service(fuseki.sparql()).query(q).build()) {
                        rows = ResultSetFormatter.consume(e.execSelect());
                    }
                    http[i] = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    data.begin(ReadWrite.READ);
                    try (QueryExecution e = QueryExecutionFactory.create(q, DatasetFactory.wrap(data))) {
                        ResultSetFormatter.consume(e.execSelect());
                    }
                    data.end();
                    local[i] = (System.nanoTime() - t) / 1e6;
                    long before = fuseki.requests();
                    t = System.nanoTime();
                    store.readGraph(all -> GraphOperations.open(store, agency, new Relationships(all), LabelMode.ENGLISH,
                            Cancellation.none()));
                    bare[i] = (System.nanoTime() - t) / 1e6;
                    if (i == 0) System.out.println("requests " + (fuseki.requests() - before));
                }
                double[] ask = new double[7], names = new double[7];
                Query a = QueryFactory.create("ASK {}");
                Query nq = QueryFactory.create("SELECT ?p ?o WHERE { <" + agency + "> ?p ?o }");
                for (int i = 0; i < 7; i++) {
                    long t = System.nanoTime();
                    try (QueryExecution e = QueryExecutionHTTP.service(fuseki.sparql()).query(a).build()) { e.execAsk(); }
                    ask[i] = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    try (QueryExecution e = QueryExecutionHTTP.service(fuseki.sparql()).query(nq).build()) { ResultSetFormatter.consume(e.execSelect()); }
                    names[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ask); Arrays.sort(names);
                System.out.printf("ask %.1f small select %.1f%n", ask[3], names[3]);
                Arrays.sort(http); Arrays.sort(local); Arrays.sort(bare);
                System.out.printf("rows %d http %.1f local %.1f bare %.1f%n", rows, http[3], local[3], bare[3]);
            }
        }
        System.exit(0);
    }
}
