package org.kgexplorer.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.query.AnswerStream;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.testing.TinyEndpoint;

/**
 * A page of a streamed answer that ends normally while its rows' names are being fetched ends normally (ADR 42):
 * before, the end of the page interrupted the thread handing the rows over, whose name request then ended as
 * cancelled, and the page with it, though nobody had cancelled anything.
 */
class AnswerPageEndTest {
    @Test
    void aPageThatEndsWhileItsNamesAreFetchedIsNotCancelled() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (TinyEndpoint server = new TinyEndpoint()) {
                RemoteStore store = new RemoteStore(EndpointProfile.open(URI.create(server.url("/paused"))), null);
                List<Node> named = new CopyOnWriteArrayList<>();
                try (AnswerStream stream = AnswerStream.open(store, QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o }"),
                        false)) {
                    // the row is handed over by the page's 100 ms hand-over while the answer is open; the server
                    // ends the answer once that row's names are asked, and answers them only after
                    AnswerStream.Page page = stream.read(10, 0, new Cancellation(), (variables, rows) ->
                            store.readLabels(rows.stream().map(r -> r[0]).toList(), names -> {
                                rows.forEach(r -> named.add(r[0]));
                                return names.size();
                            }));
                    assertEquals(1, page.rows(), "round " + i);
                    assertFalse(page.more(), "round " + i);
                    assertEquals(List.of("http://example.org/a"), named.stream().map(Node::getURI).toList(),
                            "the row's names were read, round " + i);
                    assertTrue(stream.awaitEnd(5_000), "the answer's thread left, round " + i);
                }
            }
        }
    }
}
