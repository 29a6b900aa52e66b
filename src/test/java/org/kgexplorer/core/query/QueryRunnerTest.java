package org.kgexplorer.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.testing.LoopbackServer;

class QueryRunnerTest {
    @TempDir
    Path dir;
    InMemoryStore store;
    QueryRunner runner;

    /** Collects whatever form of answer arrives. */
    static final class Answer implements QueryResultHandler {
        final List<String> rows = new ArrayList<>();
        Boolean ask;
        Model graph;

        @Override
        public void select(ResultSet rs) {
            rs.forEachRemaining(s -> rows.add(s.toString()));
        }

        @Override
        public void ask(boolean answer) {
            ask = answer;
        }

        @Override
        public void graph(Model g) {
            graph = g;
        }
    }

    @BeforeEach
    void load() throws Exception {
        Path file = dir.resolve("data.ttl");
        StringBuilder ttl = new StringBuilder("""
                @prefix ex: <http://ex.org/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ex:TaskForce rdfs:subClassOf ex:Organization .
                ex:alpha a ex:TaskForce ; ex:worksWith ex:sentinel .
                """);
        for (int i = 0; i < 3000; i++) {
            ttl.append("ex:n").append(i).append(" ex:value ").append(i).append(" .\n");
        }
        Files.writeString(file, ttl);
        store = new InMemoryStore();
        store.load(RdfInputs.of(file), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        runner = new QueryRunner(store);
    }

    private Answer run(String query, QueryOptions options) throws QueryProblem, IOException {
        Answer answer = new Answer();
        runner.run(query, options, Cancellation.none(), answer);
        return answer;
    }

    @Test
    void answersSelectAskConstructAndDescribe() throws Exception {
        String prefix = "PREFIX ex: <http://ex.org/> ";
        assertEquals(1, run(prefix + "SELECT ?x WHERE { ex:alpha ex:worksWith ?x }", QueryOptions.defaults()).rows.size());
        assertEquals(Boolean.TRUE, run(prefix + "ASK { ex:alpha ex:worksWith ex:sentinel }", QueryOptions.defaults()).ask);
        assertEquals(1, run(prefix + "CONSTRUCT { ?x ex:partner ?y } WHERE { ?x ex:worksWith ?y }",
                QueryOptions.defaults()).graph.size());
        assertEquals(2, run(prefix + "DESCRIBE ex:alpha", QueryOptions.defaults()).graph.size());
    }

    @Test
    void aSyntaxErrorGivesItsLineAndColumn() {
        QueryProblem e = assertThrows(QueryProblem.class,
                () -> run("SELECT ?s\nWHERE { ?s ?p }", QueryOptions.defaults()));
        assertEquals(QueryProblem.Kind.SYNTAX, e.kind());
        assertEquals(2, e.line());
        assertEquals(15, e.column(), "the \"}\" the parser did not expect, not the ?p before it");
        assertTrue(e.getMessage().startsWith("query:2:15: unexpected \"}\""), e.getMessage());
    }

    @Test
    void anUnfinishedStringIsPlacedWhereItStartsAndAnEarlyEndWhereTheQueryStops() {
        QueryProblem string = assertThrows(QueryProblem.class,
                () -> run("SELECT ?s\nWHERE { ?s ?p \"abc }", QueryOptions.defaults()));
        assertEquals(2, string.line());
        assertEquals(15, string.column());
        QueryProblem early = assertThrows(QueryProblem.class,
                () -> run("SELECT ?s\nWHERE { ?s ?p", QueryOptions.defaults()));
        assertEquals(2, early.line());
        assertEquals(12, early.column(), early.getMessage());
    }

    @Test
    void rdfsInferenceIsOffByDefaultAndOnWhenAsked() throws Exception {
        String q = "PREFIX ex: <http://ex.org/> ASK { ex:alpha a ex:Organization }";
        assertEquals(Boolean.FALSE, run(q, QueryOptions.defaults()).ask);
        assertEquals(Boolean.TRUE, run(q, new QueryOptions(0, true, false)).ask);
    }

    @Test
    void serviceIsRefusedAndTheEndpointReceivesNoRequest() throws Exception {
        try (LoopbackServer server = new LoopbackServer("application/sparql-results+json",
                "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[]}}")) {
            String q = "SELECT * WHERE {\n  SERVICE <" + server.url("/sparql") + "> { ?s ?p ?o } }";
            QueryProblem e = assertThrows(QueryProblem.class, () -> run(q, QueryOptions.defaults()));
            assertEquals(QueryProblem.Kind.REFUSED, e.kind());
            assertTrue(e.getMessage().startsWith("query:2:3: SERVICE"), e.getMessage());
            QueryProblem nested = assertThrows(QueryProblem.class, () -> run(
                    "SELECT * { { SELECT * { SERVICE <" + server.url("/x") + "> { ?s ?p ?o } } } }", QueryOptions.defaults()));
            assertEquals(QueryProblem.Kind.REFUSED, nested.kind());
            assertEquals(0, server.requests());
        }
    }

    @Test
    void serviceIsCalledWhenAllowed() throws Exception {
        try (LoopbackServer server = new LoopbackServer("application/sparql-results+json",
                "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"uri\",\"value\":\"http://ex.org/remote\"}}]}}")) {
            Answer answer = run("SELECT ?s WHERE { SERVICE <" + server.url("/sparql") + "> { ?s ?p ?o } }",
                    new QueryOptions(0, false, true));
            assertEquals(1, answer.rows.size());
            assertEquals(1, server.requests());
        }
    }

    @Test
    void aRunawayQueryStopsAtItsTimeout() {
        long start = System.nanoTime();
        QueryProblem e = assertThrows(QueryProblem.class, () -> run(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", new QueryOptions(500, false, false)));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(QueryProblem.Kind.TIMEOUT, e.kind());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
    }

    @Test
    void aRunningQueryCanBeCancelled() throws Exception {
        Cancellation cancellation = new Cancellation();
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                runner.run("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", QueryOptions.defaults(),
                        cancellation, new Answer());
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Thread.sleep(300);
        cancellation.cancel();
        Throwable t = outcome.get(30, TimeUnit.SECONDS);
        assertTrue(t instanceof CancellationException, String.valueOf(t));
    }
}
