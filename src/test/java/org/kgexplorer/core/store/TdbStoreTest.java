package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfs.DatasetGraphRDFS;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** A TDB2 database in a folder, through the store's own interface. */
class TdbStoreTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void load(TdbStore store, Path file, LoadMode mode) throws Exception {
        store.load(RdfInputs.of(file), mode, ProgressListener.silent(), Cancellation.none());
    }

    private static boolean hasArea(Path db, String name) throws Exception {
        try (Stream<Path> files = Files.list(db)) {
            return files.anyMatch(f -> f.getFileName().toString().equals(name));
        }
    }

    @Test
    void sourcesAndPrefixesAreKeptAcrossAReopen() throws Exception {
        Path db = dir.resolve("db");
        Path a = write("a.ttl", "@prefix ex: <http://ex.org/> . ex:a ex:p ex:b .\n"
                + "ex:o a <http://www.w3.org/2002/07/owl#Ontology> ;\n"
                + "  <http://purl.org/dc/terms/title> \"Ontología\"@es, \"Ontology\"@en .\n");
        Path b = write("b.nt", "<http://ex.org/c> <http://ex.org/p> <http://ex.org/d> .\n");
        try (TdbStore store = TdbStore.open(db, true)) {
            load(store, a, LoadMode.ADD);
            load(store, b, LoadMode.ADD);
        }
        try (TdbStore store = TdbStore.open(db, false)) {
            assertEquals(List.of("a.ttl", "b.nt"), store.sources().stream().map(LoadedSource::name).toList());
            assertEquals(List.of("Ontology", ""), store.sources().stream().map(LoadedSource::title).toList());
            assertEquals(List.of("Ontología", ""), store.sources().stream().map(LoadedSource::titleEs).toList());
            assertEquals("http://ex.org/", store.prefixes().get("ex"));
            assertEquals(5, store.tripleCount());
            assertEquals(5L, (long) store.readGraph(g -> (long) g.size()));
            load(store, b, LoadMode.REPLACE);
            assertEquals(List.of("b.nt"), store.sources().stream().map(LoadedSource::name).toList());
            assertEquals(1, store.tripleCount());
        }
    }

    @Test
    void aReadThatBeganBeforeALoadSeesTheDataAsItWasAndTheNextReadSeesTheLoad() throws Exception {
        Path db = dir.resolve("db");
        Path a = write("a.nt", "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n");
        Path b = write("b.nt", "<http://ex.org/c> <http://ex.org/p> <http://ex.org/d> .\n");
        try (TdbStore store = TdbStore.open(db, true)) {
            load(store, a, LoadMode.ADD);
            assertFalse(TdbStore.addsInPlace(RdfInputs.of(b), store.tripleCount()), "this load is staged and swapped");
            String next = "Data-000" + 3;
            CompletableFuture<Void> loading = new CompletableFuture<>();
            long seen = store.read(dsg -> {
                CompletableFuture.runAsync(() -> {
                    try {
                        load(store, b, LoadMode.ADD);
                        loading.complete(null);
                    } catch (Exception e) {
                        loading.completeExceptionally(e);
                    }
                });
                try {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    // the store counts 2 once the database has switched to the new area (after the rename)
                    while (!hasArea(db, next) || store.tripleCount() != 2) {
                        assertTrue(System.nanoTime() < deadline, "the load never swapped its area in");
                        assertTrue(!loading.isCompletedExceptionally(), "the load failed");
                        Thread.onSpinWait();
                    }
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                return Datasets.distinctTriples(dsg);
            });
            assertEquals(1, seen, "a read sees one state of the data from its start to its end");
            loading.get(60, TimeUnit.SECONDS);
            assertEquals(2, store.tripleCount());
            assertEquals(2L, (long) store.read(Datasets::distinctTriples));
        }
    }

    /** The figures the store keeps, and the same figures counted afresh from the data. */
    private static void assertKeptFiguresAreAFreshCount(TdbStore store, String after) {
        List<String> en = List.of("en");
        DataSummary fresh = store.read(dsg -> TdbStore.Statistics.count(dsg, List.of()).summary(Datasets.everything(dsg), en));
        assertEquals(fresh, store.summary(en), "after " + after);
        assertEquals(fresh.graphs(), store.namedGraphCount(), "after " + after);
    }

    @Test
    void aStagedLoadsFiguresCountedAsTheDataGoesInAreAFreshCountWithRepeatedTriplesOrWithout() throws Exception {
        Path db = dir.resolve("db");
        Path once = write("once.nt", """
                <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/C> .
                <http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .
                """);
        // the same triples again, in the file and across files: the database holds each once
        Path twice = write("twice.nt", """
                <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/C> .
                <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/C> .
                <http://ex.org/c> <http://ex.org/p> <http://ex.org/b> .
                """);
        try (TdbStore store = TdbStore.open(db, true)) {
            load(store, once, LoadMode.ADD);
            assertKeptFiguresAreAFreshCount(store, "a load without repeats");
            assertEquals(2, store.tripleCount());
            store.load(RdfInputs.of(List.of(once, twice)), LoadMode.REPLACE, ProgressListener.silent(), Cancellation.none());
            assertKeptFiguresAreAFreshCount(store, "a load with repeats");
            assertEquals(3, store.tripleCount());
            assertEquals(1, store.summary(List.of("en")).classes().get(0).count(), "ex:C has one instance");
        }
    }

    private static List<String> areas(Path db) throws Exception {
        try (Stream<Path> files = Files.list(db)) {
            return files.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theKeptFiguresEqualAFreshCountAfterLoadAddReplaceAndCompact() throws Exception {
        Path db = dir.resolve("db");
        Path org = dir.resolve("org.nt");
        new OrgDataGenerator(1, 3_000).write(org);
        Path small = write("small.trig", """
                @prefix ex: <http://ex.org/> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                ex:a rdf:type ex:Agency ; ex:p ex:b .
                ex:g1 { ex:a ex:p ex:b . ex:c rdf:type ex:Body . ex:c rdf:type ex:Agency . }
                ex:g2 { ex:c rdf:type ex:Body . ex:e ex:q "x" . }
                """);
        try (TdbStore store = TdbStore.open(db, true)) {
            load(store, org, LoadMode.ADD);
            assertKeptFiguresAreAFreshCount(store, "the first load");
            List<String> before = areas(db);
            long triples = store.tripleCount();
            assertTrue(TdbStore.addsInPlace(RdfInputs.of(small), triples));
            load(store, small, LoadMode.ADD);
            assertEquals(before, areas(db), "a small addition goes into the database as it is, not into a rebuilt one");
            assertEquals(triples + 5, store.tripleCount(), "each new triple once, whichever graphs state it");
            assertKeptFiguresAreAFreshCount(store, "an addition in place");
            load(store, small, LoadMode.ADD);
            assertEquals(triples + 5, store.tripleCount(), "nothing new the second time");
            load(store, org, LoadMode.ADD);
            assertKeptFiguresAreAFreshCount(store, "a staged addition");
            load(store, small, LoadMode.REPLACE);
            assertEquals(5, store.tripleCount());
            assertKeptFiguresAreAFreshCount(store, "a replace");
            store.compact();
            assertKeptFiguresAreAFreshCount(store, "a compaction");
        }
        try (TdbStore store = TdbStore.open(db, false)) {
            assertKeptFiguresAreAFreshCount(store, "a reopen");
        }
    }

    @Test
    void aFailingFileInAnAdditionInPlaceLeavesTheDatabaseAndItsFiguresAsTheyWere() throws Exception {
        Path db = dir.resolve("db");
        Path org = dir.resolve("org.nt");
        new OrgDataGenerator(1, 3_000).write(org);
        Path good = write("good.nt", "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n");
        Path bad = write("bad.nt", "<http://ex.org/c> <http://ex.org/p> \"open .\n");
        try (TdbStore store = TdbStore.open(db, true)) {
            load(store, org, LoadMode.ADD);
            DataSummary before = store.summary(List.of("en"));
            List<RdfInput> inputs = RdfInputs.of(List.of(good, bad));
            assertTrue(TdbStore.addsInPlace(inputs, store.tripleCount()));
            assertThrows(DataLoadException.class, () -> store.load(inputs, LoadMode.ADD,
                    ProgressListener.silent(), Cancellation.none()));
            assertEquals(before, store.summary(List.of("en")));
            assertFalse((boolean) store.read(dsg -> dsg.contains(Node.ANY, NodeFactory.createURI("http://ex.org/a"), Node.ANY,
                    Node.ANY)));
            assertTrue(Files.exists(db.resolve(TdbStore.STATS_FILE)), "the kept figures are still there");
        }
        try (TdbStore store = TdbStore.open(db, false)) {
            assertKeptFiguresAreAFreshCount(store, "a failed addition");
        }
    }

    @Test
    void theRuleStagesLargeAdditionsAndAnEmptyDatabase() {
        RdfInput megabyte = new RdfInput("m.nt", "m.nt", "http://ex.org/", 1_000_000, false, () -> null);
        RdfInput gz = new RdfInput("m.nt.gz", "m.nt.gz", "http://ex.org/", 1_000_000, true, () -> null);
        RdfInput unknown = new RdfInput("u.nt", "u.nt", "http://ex.org/", -1, false, () -> null);
        assertFalse(TdbStore.addsInPlace(List.of(megabyte), 0), "an empty database is built by the bulk loader");
        assertTrue(TdbStore.addsInPlace(List.of(megabyte), 300_000));
        assertFalse(TdbStore.addsInPlace(List.of(megabyte), 10_000), "more than the database holds is a rebuild");
        assertFalse(TdbStore.addsInPlace(List.of(gz), 300_000), "gzip counts as many times its size");
        RdfInput hundred = new RdfInput("h.nt", "h.nt", "http://ex.org/", 100_000_000, false, () -> null);
        assertFalse(TdbStore.addsInPlace(List.of(hundred), 300_000_000),
                "no more than a million triples go in place (they are parsed into memory first)");
        assertFalse(TdbStore.addsInPlace(List.of(unknown), 300_000));
    }

    @Test
    void rdfsInferenceAnswersFromTheDatabaseItselfNotFromACopy() throws Exception {
        Path flat = write("flat.ttl", """
                @prefix ex: <http://ex.org/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ex:Agency rdfs:subClassOf ex:Body .
                ex:x a ex:Agency .
                """);
        Path named = write("named.trig", """
                @prefix ex: <http://ex.org/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ex:g1 { ex:Agency rdfs:subClassOf ex:Body . }
                ex:g2 { ex:x a ex:Agency . }
                """);
        Query ask = QueryFactory.create("PREFIX ex: <http://ex.org/> ASK { ex:x a ex:Body }");
        for (Path file : List.of(flat, named)) {
            try (TdbStore store = TdbStore.open(dir.resolve("db-" + file.getFileName()), true)) {
                load(store, file, LoadMode.ADD);
                store.read(dsg -> {
                    try (QueryExecution plain = store.execution(ask, false, Context.create(), 0)) {
                        assertFalse(plain.execAsk(), file + ": nothing inferred without --inference");
                    }
                    try (QueryExecution qe = store.execution(ask, true, Context.create(), 0)) {
                        assertTrue(qe.execAsk(), file + ": ex:x is an ex:Body by RDFS");
                        DatasetGraph view = qe.getDataset().asDatasetGraph();
                        assertInstanceOf(DatasetGraphRDFS.class, view, file.toString());
                        while (view instanceof DatasetGraphWrapper wrapper) {
                            view = wrapper.getWrapped();
                        }
                        assertInstanceOf(DatasetGraphTDB.class, view,
                                file + ": the inference is a view over TDB2's storage, not over a copy in memory");
                    }
                    return null;
                });
            }
        }
    }
}
