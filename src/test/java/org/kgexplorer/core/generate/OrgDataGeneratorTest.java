package org.kgexplorer.core.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.ClassTree;
import org.kgexplorer.core.explore.EntityDetails;
import org.kgexplorer.core.explore.EntityDetailsReader;
import org.kgexplorer.core.explore.Fact;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.query.QuestionLibrary;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.ParsePolicy;
import org.kgexplorer.core.store.RdfInput;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** The generated ORG-shaped data: deterministic, sized as asked, strictly valid, and in terms the screens know. */
class OrgDataGeneratorTest {
    private static final String KGX = "https://kgexplorer.org/ontology#";

    @TempDir
    Path dir;

    @Test
    void theSameSeedAndSizeWriteTheSameBytesAndAnotherSeedOthers() throws IOException {
        Path a = dir.resolve("a.nt");
        Path b = dir.resolve("b.nt");
        Path c = dir.resolve("c.nt");
        new OrgDataGenerator(7, 20_000).write(a);
        new OrgDataGenerator(7, 20_000).write(b);
        new OrgDataGenerator(8, 20_000).write(c);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    void writesAboutTheTriplesAskedForAllDifferent() throws IOException {
        Path file = dir.resolve("org.nt");
        long written = new OrgDataGenerator(1, 100_000).write(file);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(file).strict(true).checking(true).errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                .parse(graph);
        assertEquals(written, graph.size(), "every triple written is different from the others");
        assertTrue(written >= 100_000 && written <= 101_000, "asked for 100000, wrote " + written);
    }

    @Test
    void gzippedTurtleLoadsStrictlyThroughTheApplicationsLoader() throws IOException, DataLoadException {
        Path file = dir.resolve("org.ttl.gz");
        long written = new OrgDataGenerator(3, 30_000).write(file);
        KnowledgeStore store = new InMemoryStore();
        store.load(RdfInputs.of(file), LoadMode.ADD, ParsePolicy.strict(), ProgressListener.silent(), Cancellation.none());
        assertEquals(written, store.tripleCount());
        assertEquals("Turtle", store.sources().get(0).syntax());
        assertTrue(store.sources().get(0).title().startsWith("Generated ORG-shaped data, seed 3"));
    }

    @Test
    void sendsTheSameTriplesItWrites() throws IOException {
        AtomicLong sent = new AtomicLong();
        long count = new OrgDataGenerator(5, 10_000).generate(new StreamRDFBase() {
            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                sent.incrementAndGet();
            }
        });
        assertEquals(count, sent.get());
        assertEquals(count, new OrgDataGenerator(5, 10_000).write(dir.resolve("same.nt")));
    }

    @Test
    void theClassTreeQuestionsAndDetailsWorkOnIt() throws Exception {
        Path file = dir.resolve("org.nt");
        new OrgDataGenerator(11, 20_000).write(file);
        KnowledgeStore store = new InMemoryStore();
        List<RdfInput> inputs = new ArrayList<>();
        inputs.add(BundledGraph.inputs().get(0)); // the ontology only: classes, properties and their labels
        inputs.addAll(RdfInputs.of(file));
        store.load(inputs, LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        long agencies = count(store, "SELECT (COUNT(?a) AS ?n) { ?a a <" + KGX + "Agency> }");

        ClassTree tree = ClassTree.build(store, Cancellation.none());
        assertEquals(agencies, tree.get(KGX + "Agency").orElseThrow().directCount());
        for (String kind : List.of("Country", "TaskForce", "Membership", "SourceSentence", "Meeting")) {
            assertTrue(tree.get(KGX + kind).orElseThrow().directCount() > 0, kind);
        }
        assertTrue(tree.get(KGX + "Obligation").orElseThrow().totalCount() == agencies,
                "one commitment or pledge per agency, under kgx:Obligation");

        Question parties = question("how-many-pledges-and-commitments-does-each-party-make.rq");
        assertEquals(agencies, rows(store, parties.sparqlIn("en")), "every agency is bound by an obligation");
        Question support = question("how-many-facts-does-each-sentence-support.rq");
        assertEquals(agencies, rows(store, support.sparqlIn("en")), "one sentence per agency supports its facts");

        EntityDetails agency = EntityDetailsReader.read(store, OrgDataGenerator.NS + "agency-0", LabelMode.ENGLISH,
                Cancellation.none());
        List<Fact> supported = agency.factsWithEvidence();
        assertFalse(supported.isEmpty(), "the agency's membership fact has evidence");
        String quote = supported.get(0).evidence().get(0).sentences().get(0).quote();
        assertTrue(quote.contains("takes part in Joint Task Force"), quote);
    }

    private static Question question(String file) throws IOException {
        return QuestionLibrary.bundled().stream().filter(q -> q.file().endsWith(file)).findFirst().orElseThrow();
    }

    private static long rows(KnowledgeStore store, String sparql) {
        return store.query(QueryFactory.create(sparql), false, new Context(), 0, exec -> {
            ResultSet results = exec.execSelect();
            long n = 0;
            while (results.hasNext()) {
                results.next();
                n++;
            }
            return n;
        });
    }

    private static long count(KnowledgeStore store, String sparql) {
        return store.query(QueryFactory.create(sparql), false, new Context(), 0,
                exec -> exec.execSelect().next().getLiteral("n").getLong());
    }
}
