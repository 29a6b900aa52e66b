package org.kgexplorer.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.testing.LoopbackServer;

/** Queries a careless or hostile user writes: each fails alone with a positioned one-line error. */
class HostileQueryTest {
    @TempDir
    Path dir;
    QueryRunner runner;

    static final class Rows implements QueryResultHandler {
        final List<String> rows = new ArrayList<>();
        Boolean ask;

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
            rows.add(String.valueOf(g.size()));
        }
    }

    @BeforeEach
    void load() throws Exception {
        Path file = dir.resolve("data.ttl");
        Files.writeString(file, """
                @prefix ex: <http://ex.org/> .
                ex:a ex:p ex:b . ex:b ex:p ex:c . ex:c ex:note "SERVICE" .
                """);
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(file), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        runner = new QueryRunner(store);
    }

    private Rows run(String query, long timeoutMillis) throws QueryProblem, IOException {
        Rows rows = new Rows();
        runner.run(query, new QueryOptions(timeoutMillis, false, false), Cancellation.none(), rows);
        return rows;
    }

    private QueryProblem fails(String query) {
        return assertThrows(QueryProblem.class, () -> run(query, 0));
    }

    private void stillAnswers() throws Exception {
        assertEquals(2, run("SELECT * { ?s <http://ex.org/p> ?o }", 0).rows.size());
    }

    static String nestedSubqueries(int n) {
        return "SELECT * WHERE " + "{ SELECT * WHERE ".repeat(n) + "{ ?s ?p ?o }" + " }".repeat(n);
    }

    @Test
    void deepNestingInEveryFormIsAPositionedQueryErrorAndTheNextQueryRuns() throws Exception {
        String parens = "ASK { FILTER(" + "(".repeat(3000) + "1" + ")".repeat(3000) + ") }";
        QueryProblem p = fails(parens);
        assertEquals(QueryProblem.Kind.SYNTAX, p.kind());
        assertEquals("query:1:" + (parens.indexOf('1')) + ": nested too deeply", p.getMessage());

        String sum = "SELECT (1" + "+1".repeat(10_000) + " AS ?x) {}";
        assertEquals("query:1:8: nested too deeply", fails(sum).getMessage());

        String unions = "SELECT * {\n {?s ?p ?o}" + " UNION {?s ?p ?o}".repeat(10_000) + " }";
        assertEquals("query:2:2: nested too deeply", fails(unions).getMessage());

        String subqueries = nestedSubqueries(3000);
        QueryProblem deep = fails(subqueries);
        assertTrue(deep.getMessage().matches("query:1:\\d+: nested too deeply"), deep.getMessage());
        stillAnswers();
    }

    @Test
    void everyQueryErrorHasALineAndColumn() {
        assertEquals("query:1:1: unexpected \"FOO\"", fails("FOO").getMessage());
        assertEquals("query:1:1: LOAD is an update: only SELECT, ASK, CONSTRUCT and DESCRIBE queries are run",
                fails("LOAD <http://ex.org/data.ttl>").getMessage());
        assertTrue(fails("INSERT DATA { <http://ex.org/a> <http://ex.org/p> 1 }").getMessage()
                .startsWith("query:1:1: INSERT DATA is an update"));
        assertTrue(fails("CLEAR ALL").getMessage().startsWith("query:1:1: CLEAR is an update"));
        assertTrue(fails("PREFIX ex: <http://ex.org/>\n\nDROP ALL").getMessage().startsWith("query:3:1: DROP is an update"));
        assertTrue(fails("SELECT * { ?s ?p \"abc").getMessage().startsWith("query:1:18: "));
        QueryProblem blank = fails("");
        assertTrue(blank.getMessage().startsWith("query:1:1: "), blank.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ASK { FILTER EXISTS { SERVICE <%s> { ?s ?p ?o } } }",
        "ASK { ?s ?p ?o FILTER NOT EXISTS { SERVICE <%s> { ?s ?p ?o } } }",
        "SELECT (EXISTS { SERVICE <%s> { ?s ?p ?o } } AS ?x) {}",
        "SELECT * { ?s ?p ?o BIND(NOT EXISTS { SERVICE SILENT <%s> { ?s ?p ?o } } AS ?x) }",
        "SELECT * { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <%s> {} })",
        "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { service <%s> {} })",
    })
    void serviceIsRefusedWhereverItAppearsAndNothingLeavesTheMachine(String template) throws Exception {
        try (LoopbackServer server = new LoopbackServer("application/sparql-results+json",
                "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[{}]}}")) {
            String endpoint = server.url("/sparql");
            String query = "# a query\n" + template.formatted(endpoint);
            QueryProblem p = fails(query);
            assertEquals(QueryProblem.Kind.REFUSED, p.kind());
            int at = query.toUpperCase().indexOf("SERVICE <") >= 0 ? query.toUpperCase().indexOf("SERVICE <")
                    : query.indexOf("SERVICE SILENT");
            String line = query.substring(query.indexOf('\n') + 1);
            assertTrue(p.getMessage().startsWith("query:2:" + (at - query.indexOf('\n')) + ": SERVICE <" + endpoint + "> refused"),
                    p.getMessage());
            assertEquals(0, server.requests(), line);
        }
    }

    @Test
    void theWordServiceInACommentAStringOrANameIsNoService() throws Exception {
        Rows r = run("""
                PREFIX SERVICE: <http://ex.org/SERVICE#>
                # SERVICE <http://ex.org/sparql> { ?s ?p ?o }
                SELECT ?s ?SERVICE WHERE { ?s ?p ?SERVICE . FILTER(?SERVICE = "SERVICE" || ?s = SERVICE:x
                  || ?s = <http://ex.org/SERVICE> || STR(?s) = '''SERVICE <http://ex.org/> {}''') }
                """, 0);
        assertEquals(1, r.rows.size(), r.rows.toString());
    }

    @Test
    void readingTheQueryCountsAgainstTheTimeLimit() throws Exception {
        // Seconds for JavaCC (10 MB took 53 s), so the abandoned parse ends soon after the test.
        String text = "#" + "x".repeat(3_000_000) + "\nASK {}";
        long start = System.nanoTime();
        QueryProblem p = assertThrows(QueryProblem.class, () -> run(text, 500));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(QueryProblem.Kind.TIMEOUT, p.kind(), p.getMessage());
        assertTrue(millis < 5000, "gave up after " + millis + " ms");
        assertEquals(Boolean.TRUE, run("ASK { ?s ?p ?o }", 1000).ask);
    }
}
