package org.kgexplorer.core.remote;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.query.AnswerStream;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.testing.GatedProxy;
import org.kgexplorer.testing.LoopbackFuseki;

/**
 * A streamed answer's labels are fetched where Cancel reaches them (ADR 42, review of issue 16, item 5): a label
 * request the endpoint does not answer ends within a second of Cancel, with the answer's threads. Before, it ran on
 * a shared timer thread nothing interrupted, until its time limit.
 */
class AnswerLabelsCancelTest {
    static final String EX = "http://example.org/";

    @Test
    void cancelEndsALabelRequestTheEndpointHolds() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 5_000; i++) {
            data.getDefaultGraph().add(Triple.create(NodeFactory.createURI(EX + "n" + i), RDFS.label.asNode(),
                    NodeFactory.createLiteralString("n" + i)));
        }
        try (LoopbackFuseki fuseki = LoopbackFuseki.open("labels", data);
             // the answer's first rows, then a server that sends no more: the rows that arrived are handed over
             // by the 100 ms hand-over while the reader waits, and their labels are never answered
             GatedProxy proxy = new GatedProxy(fuseki.sparql(), query -> query.contains("VALUES ?x"),
                     query -> query.contains("?s ?p ?o"))) {
            RemoteStore store = new RemoteStore(EndpointProfile.open(URI.create(proxy.url())), null);
            assertTrue(store.timeoutMillis() >= 30_000, "a time limit far beyond the test's second");
            AnswerStream stream = AnswerStream.open(store,
                    QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o }"), false);
            Cancellation cancel = new Cancellation();
            CompletableFuture<Throwable> page = CompletableFuture.supplyAsync(() -> {
                try {
                    stream.read(1000, 0, cancel, (variables, rows) ->
                            store.readLabels(rows.stream().map(r -> r[0]).toList(), names -> names.size()));
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            assertTrue(proxy.awaitHeld(30), "the labels were asked");
            long start = System.nanoTime();
            cancel.cancel();
            Throwable failure = page.get(5, TimeUnit.SECONDS);
            assertInstanceOf(java.util.concurrent.CancellationException.class, failure);
            assertTrue(stream.awaitEnd(1000), "the answer's thread left");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (handing() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(!handing(), "the hand-over fetching the labels ended");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "within a second of Cancel");
        }
    }

    /** Whether a thread of a streamed answer is still waiting for labels from the endpoint. */
    private static boolean handing() {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(e -> e.getKey().isAlive()
                && (e.getKey().getName().startsWith("kgx-answer"))
                && java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getMethodName().equals("readLabels")));
    }
}
