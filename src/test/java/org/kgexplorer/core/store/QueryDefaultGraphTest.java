package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** A query's default graph is every triple of the default graph and the named graphs, each once (cli.md). */
class QueryDefaultGraphTest {
    private static final String PREFIXES = "PREFIX ex: <http://ex.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @TempDir
    Path dir;
    LocalStore store;

    @BeforeEach
    void load() throws Exception {
        Path file = Files.writeString(dir.resolve("graphs.trig"), """
                @prefix ex: <http://ex.org/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ex:a ex:p ex:b .
                ex:g1 { ex:a ex:p ex:b . ex:c ex:p ex:d . ex:Agency rdfs:subClassOf ex:Body . }
                ex:g2 { ex:e ex:p ex:f . ex:x a ex:Agency . }
                """);
        store = newStore(dir.resolve("db"));
        store.load(RdfInputs.of(file), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
    }

    /** The store under test: in memory here, a TDB2 database in {@link TdbQueryDefaultGraphTest}. */
    LocalStore newStore(Path folder) throws Exception {
        return new InMemoryStore();
    }

    @AfterEach
    void close() throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private long count(String where) {
        return store.query(QueryFactory.create(PREFIXES + "SELECT (COUNT(*) AS ?n) " + where), false,
                ARQ.getContext().copy(), 0, exec -> exec.execSelect().next().getLiteral("n").getLong());
    }

    @Test
    void thePatternsOfAQuerySeeEveryGraphAndEachTripleOnce() {
        assertEquals(5, count("WHERE { ?s ?p ?o }"));
        assertEquals(1, count("WHERE { ex:e ex:p ex:f }"));
        assertEquals(store.tripleCount(), count("WHERE { ?s ?p ?o }"));
    }

    @Test
    void graphStillNamesEachGraphAsItIs() {
        Map<String, Long> byGraph = store.query(QueryFactory.create(PREFIXES
                        + "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"), false,
                ARQ.getContext().copy(), 0, exec -> {
                    Map<String, Long> found = new TreeMap<>();
                    exec.execSelect().forEachRemaining((QuerySolution row) ->
                            found.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
                    return found;
                });
        assertEquals(Map.of("http://ex.org/g1", 3L, "http://ex.org/g2", 2L), byGraph);
    }

    @Test
    void fromSelectsALoadedGraph() {
        assertEquals(2, count("FROM ex:g2 WHERE { ?s ?p ?o }"));
        assertEquals(0, count("FROM ex:g2 WHERE { ex:a ex:p ex:b }"));
    }

    @Test
    void rdfsReasonsOverTheUnion() {
        boolean inferred = store.query(QueryFactory.create(PREFIXES + "ASK { ex:x a ex:Body }"), true,
                ARQ.getContext().copy(), 0, exec -> exec.execAsk());
        assertTrue(inferred);
    }
}
