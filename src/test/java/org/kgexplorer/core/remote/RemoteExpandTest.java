package org.kgexplorer.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.graph.GraphOperations;
import org.kgexplorer.core.graph.GraphState;
import org.kgexplorer.core.graph.Relationships;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.testing.LoopbackFuseki;

/**
 * Opening an entity with its neighbours over an endpoint (ADR 41, issue 16's "one query per expand"): the same
 * graph as over the same data loaded here, in one request, not one per node and pattern; a hub whose
 * neighbourhood is too large to read at once gives the same graph too.
 */
class RemoteExpandTest {
    static final String KGX = "https://kgexplorer.org/ontology#";
    @TempDir
    static Path folder;
    static LoopbackFuseki fuseki;
    static DatasetGraph data;
    static KnowledgeStore local;

    @BeforeAll
    static void start() throws Exception {
        data = DatasetGraphFactory.createTxnMem();
        new OrgDataGenerator(5, 20_000).generate(StreamRDFLib.dataset(data));
        fuseki = LoopbackFuseki.open("org", data);
        Path file = folder.resolve("org.nt");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, data.getDefaultGraph(), Lang.NTRIPLES);
        }
        local = new InMemoryStore();
        local.load(RdfInputs.of(file), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    private static RemoteStore remote() {
        return new RemoteStore(EndpointProfile.open(URI.create(fuseki.sparql())), null);
    }

    private static String first(String cls) {
        return data.getDefaultGraph().find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(KGX + cls)).next()
                .getSubject().getURI();
    }

    /** What the graph view shows after opening {@code iri}: its nodes with names and classes, its edges, the pages. */
    private static String opened(KnowledgeStore store, String iri) {
        GraphState state = store.readGraph(all -> GraphOperations.open(store, iri, new Relationships(all),
                LabelMode.ENGLISH, Cancellation.none()));
        List<String> lines = new ArrayList<>();
        new TreeMap<>(state.nodes()).forEach((id, n) -> lines.add(id + " " + n.names().in(LabelMode.ENGLISH) + " / "
                + n.names().in(LabelMode.SPANISH) + " " + n.classes()));
        new TreeMap<>(state.edges()).forEach((id, e) -> lines.add(e.toString()));
        new TreeMap<>(state.vocabulary()).forEach((c, names) -> lines.add(c + " " + names.in(LabelMode.ENGLISH)));
        lines.add(new TreeMap<>(state.expansions()).toString());
        return String.join("\n", lines);
    }

    @Test
    void anEntityOpensWithItsNeighboursInOneRequestAsOverTheLoadedData() {
        for (String cls : List.of("Agency", "Commitment", "Membership")) {
            String iri = first(cls);
            String expected = opened(local, iri);
            assertTrue(expected.lines().count() > 4, expected);
            long before = fuseki.requests();
            String got = opened(remote(), iri);
            long requests = fuseki.requests() - before;
            assertEquals(expected, got, cls);
            // one: the neighbourhood, which holds the entity's names and types too (before: those first, then the
            // neighbourhood, then the names and types of what pointed at a neighbour)
            assertEquals(1, requests, cls + ": requests");
        }
    }

    @Test
    void aHubTooLargeToReadAtOnceOpensTheSame() {
        String issue = data.getDefaultGraph().find(Node.ANY, NodeFactory.createURI(KGX + "addresses"), Node.ANY).next()
                .getObject().getURI();
        long pointing = data.getDefaultGraph().find(Node.ANY, Node.ANY, NodeFactory.createURI(issue)).toList().size();
        assertTrue(pointing > 20, issue + " has " + pointing);
        RemoteStore store = remote();
        String expected = opened(local, issue);
        // a limit below the issue's own triples: its neighbourhood is read node by node
        String got = store.readGraph(store.timeoutMillis(), 20, all -> opened(store, issue));
        assertEquals(expected, got);
    }
}
