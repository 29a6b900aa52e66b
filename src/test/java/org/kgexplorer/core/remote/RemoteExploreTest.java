package org.kgexplorer.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.explore.DatabaseIndexes;
import org.kgexplorer.core.explore.EntityMatch;
import org.kgexplorer.core.explore.EntitySearch;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.testing.LoopbackFuseki;
import org.kgexplorer.testing.TinyEndpoint;

/**
 * The window's requests to a real Fuseki (ADR 41): the search asks by label prefix with LIMIT, the probe says what the
 * endpoint offers, a remembered endpoint keeps no secret, and a cancelled task's request ends at once.
 */
class RemoteExploreTest {
    static LoopbackFuseki fuseki;
    static TinyEndpoint tiny;
    static long triples;
    static DatasetGraph data;
    static final String KGX = "https://kgexplorer.org/ontology#";

    @BeforeAll
    static void start() throws Exception {
        data = DatasetGraphFactory.createTxnMem();
        triples = new OrgDataGenerator(3, 20_000).generate(StreamRDFLib.dataset(data));
        data.getDefaultGraph().add(Triple.create(NodeFactory.createURI("https://example.org/un"), SKOS.altLabel.asNode(),
                NodeFactory.createLiteralLang("UNO", "es")));
        data.getDefaultGraph().add(Triple.create(NodeFactory.createURI(KGX + "Pledge"),
                org.apache.jena.vocabulary.RDFS.subClassOf.asNode(), NodeFactory.createURI(KGX + "Commitment")));
        data.getDefaultGraph().add(Triple.create(NodeFactory.createURI(KGX + "Commitment"),
                org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralLang("Compromiso", "es")));
        data.getDefaultGraph().add(Triple.create(NodeFactory.createURI(KGX + "Commitment"),
                org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralLang("Commitment", "en")));
        fuseki = LoopbackFuseki.open("org", data);
        tiny = new TinyEndpoint();
    }

    @AfterAll
    static void stop() throws Exception {
        fuseki.close();
        tiny.close();
    }

    private static RemoteStore store(TextSearch search) {
        return new RemoteStore(EndpointProfile.open(URI.create(fuseki.sparql())).withTextSearch(search), null);
    }

    @Test
    void theSearchOfAnEndpointAsksByLabelPrefixWithLimit() {
        RemoteStore store = store(TextSearch.NONE);
        EntitySearch search = DatabaseIndexes.entitySearch(store, ProgressListener.silent(), Cancellation.none());
        assertInstanceOf(RemoteEntitySearch.class, search, "no index is built from the endpoint's data");
        long named = data.getDefaultGraph().find(null, org.apache.jena.vocabulary.RDFS.label.asNode(), null).toList()
                .stream().filter(t -> t.getObject().getLiteralLexicalForm().startsWith("Commitment of")).count();
        assertTrue(named > 5, "the data has " + named);
        List<EntityMatch> found = search.search("commitment of", 5);
        assertEquals(5, found.size(), "as many as asked, no more");
        for (EntityMatch m : found) {
            assertTrue(m.matchedText().toLowerCase(Locale.ROOT).startsWith("commitment of"), m.matchedText());
            assertTrue(m.iri().startsWith(OrgDataGenerator.NS), m.iri());
            assertFalse(m.names().in(LabelMode.ENGLISH).isBlank());
            assertEquals(List.of("Commitment"), m.types().stream().map(t -> t.in(LabelMode.ENGLISH)).toList(),
                    "a suggestion names its class, as the local index's do: " + m.iri());
            assertEquals("Compromiso", m.types().get(0).in(LabelMode.SPANISH), "by the class's own name");
        }
        String sparql = ((RemoteEntitySearch) search).sparql("commitment of", 5);
        assertTrue(sparql.contains("STRSTARTS") && sparql.contains("LIMIT 20"), sparql);
        EntityMatch uno = search.search("uno", 3).get(0);
        assertEquals("https://example.org/un", uno.iri());
        assertEquals(EntityMatch.Kind.EXACT, uno.kind());
        assertEquals(EntityMatch.Source.ALTERNATIVE, uno.source());
        assertTrue(search.names(found.get(0).iri()).isPresent());
        assertTrue(search.names("https://example.org/nobody").isEmpty());
        assertEquals(List.of(), search.search("zzzz no such name", 5));
    }

    /**
     * Virtuoso's free-text search: every word, the last as a prefix only from four letters on (Virtuoso 7.2.5 answered
     * "FT370: Wildcard word needs at least 4 leading characters", a 500, to "commitment of*"), a shorter last word as the
     * start of the text, and without a word of four letters the plain prefix query. (Tried by hand on Virtuoso 7.2.5:
     * each of these answers; no Virtuoso runs in the tests.)
     */
    @Test
    void virtuososSearchAsksOnlyForWildcardsItAccepts() {
        RemoteEntitySearch search = new RemoteEntitySearch(store(TextSearch.VIRTUOSO));
        String arms = search.sparql("Commitment arms", 5);
        assertTrue(arms.contains("<bif:contains> \"'commitment' AND 'arms*'\""), arms);
        String of = search.sparql("commitment of", 5);
        assertTrue(of.contains("<bif:contains> \"'commitment'\"") && of.contains("CONTAINS(LCASE(STR(?m)), \"commitment of\")")
                && !of.contains("of*"), of);
        String shortWords = search.sparql("un ab", 5);
        assertFalse(shortWords.contains("bif:contains"), shortWords);
        assertTrue(shortWords.contains("STRSTARTS(LCASE(STR(?m)), \"un ab\")"), shortWords);
        String quoted = search.sparql("o'brien (arms)", 5);
        assertTrue(quoted.contains("<bif:contains> \"'o' AND 'brien' AND 'arms*'\""), quoted);
        for (String q : List.of(arms, of, shortWords, quoted)) {
            QueryFactory.create(q);
        }
    }

    @Test
    void theClassTreeOfAnEndpointIsCountedByGroupedQueries() {
        RemoteStore store = store(TextSearch.NONE);
        org.kgexplorer.core.explore.ClassTree tree = DatabaseIndexes.classTree(store, Cancellation.none());
        long pledges = typed("Pledge");
        long commitments = typed("Commitment");
        assertTrue(pledges > 0 && commitments > 0, pledges + " " + commitments);
        var commitment = tree.get(KGX + "Commitment").orElseThrow();
        var pledge = tree.get(KGX + "Pledge").orElseThrow();
        assertEquals(List.of(KGX + "Commitment"), pledge.parents());
        assertEquals(List.of(KGX + "Pledge"), commitment.children());
        assertEquals(commitments, commitment.directCount());
        assertEquals(commitments + pledges, commitment.totalCount());
        assertEquals(pledges, pledge.totalCount());
        assertEquals(pledges, tree.instances(KGX + "Pledge", false).size());
        assertEquals(commitments + pledges, tree.instances(KGX + "Commitment", true).size());
        assertTrue(tree.roots().stream().noneMatch(r -> r.iri().equals(KGX + "Pledge")));
    }

    private static long typed(String local) {
        return data.getDefaultGraph().find(null, org.apache.jena.vocabulary.RDF.type.asNode(),
                NodeFactory.createURI(KGX + local)).toList().size();
    }

    @Test
    void theProbeCountsTheTriplesAndFindsNoTextIndexOnAPlainFuseki() {
        EndpointProbe.Report report = EndpointProbe.probe(store(TextSearch.DETECT));
        assertEquals(data.getDefaultGraph().size(), report.triples());
        assertEquals(TextSearch.NONE, report.textSearch());
        assertTrue(report.millis() >= 0);
    }

    @Test
    void eachTextIndexCandidateIsProbedUnderTheProbesLimitNotTheStores() {
        // the name comes at once; no candidate's search is ever answered
        RemoteStore slow = new RemoteStore(Endpoint.open(URI.create(tiny.url("/slow-search"))), 60_000);
        long start = System.nanoTime();
        assertEquals(TextSearch.NONE, EndpointProbe.detect(slow, 2_000));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // three searches of at most 2 s each; under the store's own limit (60 s) it would be three minutes
        assertTrue(millis < 30_000, millis + " ms");
    }

    @Test
    void anEndpointThatDoesNotAnswerIsOneLine() {
        RemoteStore down = new RemoteStore(EndpointProfile.open(URI.create(tiny.url("/status/503"))), null);
        EndpointException e = org.junit.jupiter.api.Assertions.assertThrows(EndpointException.class,
                () -> EndpointProbe.probe(down));
        assertEquals(tiny.url("/status/503") + ": 503 Service Unavailable", e.getMessage());
    }

    @Test
    void aRememberedEndpointKeepsEverythingButTheSecret() {
        EndpointProfile p = new EndpointProfile(URI.create("https://data.example.org/ds/sparql?x=a%20b"),
                Endpoint.Auth.BASIC, "ana maría", java.nio.file.Path.of("/tmp/team ca.pem"), 12, 500, TextSearch.QLEVER);
        String line = p.toSetting();
        assertFalse(line.contains("s3cret"));
        assertEquals(p, EndpointProfile.parse(line).orElseThrow());
        assertEquals("s3cret", p.endpoint("s3cret").secret());
        assertFalse(p.endpoint("s3cret").toString().contains("s3cret"));
        assertTrue(EndpointProfile.parse("not a profile").isEmpty());
    }

    @Test
    void aCancelledTaskStopsItsRequestWithinASecond() throws Exception {
        RemoteStore store = new RemoteStore(EndpointProfile.open(URI.create(tiny.url("/hang"))), null);
        for (String run : List.of("/hang 0", "/stall 0", "/hang 30000", "/stall 30000")) {
            String path = run.split(" ")[0];
            long limit = Long.parseLong(run.split(" ")[1]);
            RemoteStore s = new RemoteStore(Endpoint.open(URI.create(tiny.url(path))), limit);
            CompletableFuture<Throwable> ended = new CompletableFuture<>();
            int asked = tiny.requests().size();
            Thread reader = new Thread(() -> {
                try {
                    s.query(QueryFactory.create("SELECT * WHERE { ?s ?p ?o }"), false, ARQ.getContext().copy(), limit,
                            exec -> {
                                var rows = exec.execSelect();
                                while (rows.hasNext()) {
                                    rows.next();
                                }
                                return null;
                            });
                    ended.complete(null);
                } catch (Throwable t) {
                    ended.complete(t);
                }
            });
            reader.start();
            // the server has the request (and never ends its answer): the reader waits for it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (tiny.requests().size() <= asked && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(tiny.requests().size() > asked, run + " reached the server");
            assertFalse(ended.isDone(), run + " has not answered");
            long start = System.nanoTime();
            reader.interrupt();
            Throwable t;
            try {
                t = ended.get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(run + " did not end within 5 s of the interrupt", e);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertInstanceOf(CancellationException.class, t, run + ": " + t);
            assertTrue(millis < 1000, run + " ended " + millis + " ms after the interrupt");
        }
        assertTrue(store.timeoutMillis() > 0);
    }
}
