package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.remote.Endpoint;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.testing.LoopbackFuseki;

/**
 * A CONSTRUCT answer of a loopback Fuseki copied into a local store, in memory and in a new TDB2 database: the
 * triples are in a named graph named after the copy (and in the union default graph), the provenance in PROV-O in
 * the default graph; a cancelled copy leaves the store as it was.
 */
class OfflineCopyTest {
    static final String EX = "http://example.org/";
    static final String NEIGHBOURHOOD = "CONSTRUCT { <" + EX + "a> ?p ?o . ?o <" + RDFS.label.getURI() + "> ?l } WHERE { <"
            + EX + "a> ?p ?o OPTIONAL { ?o <" + RDFS.label.getURI() + "> ?l } }";
    static final Instant TIME = Instant.parse("2026-12-06T23:30:05Z");

    static LoopbackFuseki fuseki;

    @TempDir
    Path dir;

    @BeforeAll
    static void serve() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 5; i++) {
            data.add(Quad.defaultGraphIRI, NodeFactory.createURI(EX + "a"), NodeFactory.createURI(EX + "knows"),
                    NodeFactory.createURI(EX + "b" + i));
            data.add(Quad.defaultGraphIRI, NodeFactory.createURI(EX + "b" + i), RDFS.label.asNode(),
                    NodeFactory.createLiteralLang("B " + i, "en"));
            data.add(Quad.defaultGraphIRI, NodeFactory.createURI(EX + "far" + i), RDFS.label.asNode(),
                    NodeFactory.createLiteralString("not copied"));
        }
        fuseki = LoopbackFuseki.open("data", data);
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    static URI endpoint() {
        return URI.create(fuseki.sparql());
    }

    static Graph answer() {
        RemoteStore remote = new RemoteStore(Endpoint.open(endpoint()), 10_000);
        return remote.query(QueryFactory.create(NEIGHBOURHOOD), false, ARQ.getContext().copy(), 10_000,
                exec -> exec.execConstruct().getGraph());
    }

    static List<String> select(KnowledgeStore store, String sparql) {
        return store.query(QueryFactory.create(sparql), false, ARQ.getContext().copy(), 10_000, exec -> {
            List<String> rows = new ArrayList<>();
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                List<String> cells = new ArrayList<>();
                rs.getResultVars().forEach(v -> cells.add(row.get(v) == null ? "" : row.get(v).isLiteral()
                        ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
                rows.add(String.join(" ", cells));
            }
            return rows;
        });
    }

    private void assertCopied(KnowledgeStore local) {
        String graph = OfflineCopy.graphIri("Classroom: Niño's neighbourhood", TIME);
        assertEquals("https://kgexplorer.org/copy/classroom-nino-s-neighbourhood/20261206T233005Z", graph);
        assertEquals(List.of("10"), select(local, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"));
        assertEquals(List.of("B 3"), select(local, "SELECT ?l WHERE { GRAPH <" + graph + "> { <" + EX
                + "b3> <" + RDFS.label.getURI() + "> ?l } }"));
        // the union default graph sees the copy: what the library, details and graph read
        assertEquals(List.of("5"), select(local, "SELECT (COUNT(*) AS ?n) WHERE { <" + EX + "a> <" + EX + "knows> ?o }"));
        assertEquals(List.of(), select(local, "SELECT ?s WHERE { ?s ?p \"not copied\" }"));

        String prov = "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        assertEquals(List.of(fuseki.sparql() + " 2026-12-06T23:30:05Z Classroom: Niño's neighbourhood"),
                select(local, prov + "SELECT ?endpoint ?time ?name WHERE { <" + graph + "> a prov:Entity ; "
                        + "prov:wasDerivedFrom ?endpoint ; prov:generatedAtTime ?time ; rdfs:label ?name }"));
        assertEquals(List.of(NEIGHBOURHOOD), select(local, prov + "SELECT ?query WHERE { <" + graph + "> "
                + "prov:wasGeneratedBy ?copying . ?copying a prov:Activity ; prov:used <" + fuseki.sparql() + "> ; "
                + "prov:qualifiedAssociation [ prov:hadPlan [ a prov:Plan ; prov:value ?query ] ] }"));
        assertEquals(List.of("0"), select(local, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <" + graph + "> ?p ?o } }"),
                "the provenance is in the default graph, not in the copy");
    }

    @Test
    void aConstructAnswerIsCopiedIntoANewStoreInMemoryWithItsProvenance() throws Exception {
        InMemoryStore local = new InMemoryStore();
        List<LoadedSource> sources = OfflineCopy.copy(local, "Classroom: Niño's neighbourhood", answer(),
                new OfflineCopy.Origin(endpoint(), NEIGHBOURHOOD, TIME), ProgressListener.silent(), Cancellation.none());
        assertEquals("Classroom: Niño's neighbourhood.nq", sources.get(sources.size() - 1).name());
        assertCopied(local);
    }

    @Test
    void aCopyGoesIntoANewTdb2Database() throws Exception {
        try (TdbStore db = TdbStore.open(dir.resolve("offline"), true)) {
            OfflineCopy.copy(db, "Classroom: Niño's neighbourhood", answer(),
                    new OfflineCopy.Origin(endpoint(), NEIGHBOURHOOD, TIME), ProgressListener.silent(), Cancellation.none());
            assertCopied(db);
        }
    }

    @Test
    void aCancelledCopyLeavesTheStoreAsItWas() throws Exception {
        InMemoryStore local = new InMemoryStore();
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThrows(CancellationException.class, () -> OfflineCopy.copy(local, "Lesson", answer(),
                new OfflineCopy.Origin(endpoint(), NEIGHBOURHOOD, TIME), ProgressListener.silent(), cancelled));
        assertEquals(0, local.tripleCount());
        assertTrue(local.sources().isEmpty());
    }

    @Test
    void provenanceKeepsNoSecretOfTheAddress() {
        assertEquals("https://sparql.example.org:8443/ds/query",
                OfflineCopy.publicAddress(URI.create("https://ann:pw@sparql.example.org:8443/ds/query?key=s3cret#x")));
    }
}
