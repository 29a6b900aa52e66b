package org.kgexplorer.core.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * A database's entity search kept on disk with Lucene answers as the in-memory index does (every name match, same
 * kind), is kept in the database folder, opened again while the data is the same, and made again when it changed;
 * the class tree kept beside it has the counts, names and instances of one built from the data.
 */
class StoredEntityIndexTest {
    @TempDir
    Path dir;

    private static final List<String> QUERIES = List.of("alpha", "alfa", "jtf", "joint task", "ice", "fent", "a", "o",
            "operación", "Operacion sentinel", "  TASK   force ", "custom", "mexico", "méxico", "zzzz", "x", "unit",
            // longer than the indexed start of a word (WORD_TERM): matched by each word start, then checked whole
            "joint task force alpha", "department of homeland security", "united states department of homeland",
            "department of homeland securityx", "force alpha joint task");

    @Test
    void answersAsTheIndexInMemoryDoesForEveryNameMatch() throws Exception {
        EntityIndex memory = EntityIndex.build(Fixtures.bundled(), ProgressListener.silent(), Cancellation.none());
        try (StoredEntityIndex stored = StoredEntityIndex.build(dir.resolve("entities"), "g1", memory,
                Cancellation.none())) {
            assertEquals(memory.entityCount(), stored.entityCount());
            assertEquals(memory.nameCount(), stored.nameCount());
            for (String q : QUERIES) {
                Map<String, EntityMatch.Kind> want = new LinkedHashMap<>();
                memory.search(q, EntityIndex.MAX_RESULTS).stream().filter(m -> m.kind() != EntityMatch.Kind.SUBSTRING)
                        .forEach(m -> want.put(m.iri(), m.kind()));
                Map<String, EntityMatch.Kind> got = new LinkedHashMap<>();
                stored.search(q, EntityIndex.MAX_RESULTS).forEach(m -> got.put(m.iri(), m.kind()));
                assertEquals(want, got, q);
            }
            EntityMatch alpha = stored.search("alpha", 1).get(0);
            EntityMatch inMemory = memory.search("alpha", 1).get(0);
            assertEquals(inMemory, alpha, "the first answer with its names, types and the name that matched");
            assertEquals(memory.names(Fixtures.KG + "ICE"), stored.names(Fixtures.KG + "ICE"));
            assertEquals(Optional.empty(), stored.names("https://example.org/nothing"));
            assertEquals(12, stored.search("a", 12).size());
        }
    }

    @Test
    void aClosedIndexLetsGoOfItsFilesAndAnswersNothingAfterwards() throws Exception {
        EntityIndex memory = EntityIndex.build(Fixtures.bundled(), ProgressListener.silent(), Cancellation.none());
        Path folder = dir.resolve("entities");
        StoredEntityIndex.build(folder, "g1", memory, Cancellation.none()).close();
        StoredEntityIndex replaced = StoredEntityIndex.open(folder, "g1").orElseThrow();
        assertEquals("Joint Task Force Alpha", replaced.search("alpha", 1).get(0).names().english());
        replaced.close();
        replaced.close();
        assertEquals(List.of(), replaced.search("alpha", 1), "a search after the window moved on finds nothing");
        assertEquals(Optional.empty(), replaced.names(Fixtures.KG + "ICE"));
        // the folder holds no open file of it: a new index is built over it and opened
        StoredEntityIndex.build(folder, "g2", memory, Cancellation.none()).close();
        try (StoredEntityIndex again = StoredEntityIndex.open(folder, "g2").orElseThrow()) {
            assertEquals(memory.entityCount(), again.entityCount());
        }
    }

    @Test
    void anIndexOfAnotherGenerationIsNotOpenedAndACancelledBuildLeavesTheOldOne() throws Exception {
        EntityIndex memory = EntityIndex.build(Fixtures.bundled(), ProgressListener.silent(), Cancellation.none());
        Path folder = dir.resolve("entities");
        StoredEntityIndex.build(folder, "g1", memory, Cancellation.none()).close();
        assertTrue(StoredEntityIndex.open(folder, "g2").isEmpty(), "stale");
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThrows(CancellationException.class, () -> StoredEntityIndex.build(folder, "g2", memory, cancelled));
        try (StoredEntityIndex old = StoredEntityIndex.open(folder, "g1").orElseThrow()) {
            assertEquals(memory.entityCount(), old.entityCount());
        }
        assertFalse(Files.exists(dir.resolve("entities-tmp")));
    }

    @Test
    void aDatabaseKeepsItsIndexInItsFolderUntilItsDataChanges() throws Exception {
        Path db = dir.resolve("db");
        Path more = dir.resolve("more.ttl");
        Files.writeString(more, "<https://kgexplorer.org/id/Zebra> <http://www.w3.org/2000/01/rdf-schema#label> \"Zebra crossing\"@en .\n");
        try (TdbStore store = TdbStore.open(db, true)) {
            store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
            EntitySearch first = DatabaseIndexes.entitySearch(store, ProgressListener.silent(), Cancellation.none());
            assertInstanceOf(StoredEntityIndex.class, first);
            assertTrue(Files.isDirectory(db.resolve("kgx-index/entities")));
            assertEquals(Fixtures.KG + "JointTaskForceAlpha", first.search("alpha", 1).get(0).iri());
            ((StoredEntityIndex) first).close();
            String generation = store.generation();

            store.load(RdfInputs.of(List.of(more)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
            assertNotEquals(generation, store.generation(), "a load that adds data changes the generation");
            assertTrue(StoredEntityIndex.open(DatabaseIndexes.entityIndexFolder(store), store.generation()).isEmpty(),
                    "the kept index is stale now");
            EntitySearch second = DatabaseIndexes.entitySearch(store, ProgressListener.silent(), Cancellation.none());
            assertEquals(Fixtures.KG + "Zebra", second.search("zebra", 1).get(0).iri());
            ((StoredEntityIndex) second).close();
        }
        // the folder with its index is still a database, and the index is the one for its data
        try (TdbStore again = TdbStore.open(db, false)) {
            Optional<StoredEntityIndex> kept = StoredEntityIndex.open(DatabaseIndexes.entityIndexFolder(again),
                    again.generation());
            assertTrue(kept.isPresent(), "opened, not made again");
            assertEquals(Fixtures.KG + "Zebra", kept.get().search("zebra crossing", 1).get(0).iri());
            kept.get().close();
        }
    }

    @Test
    void aDatabaseKeepsItsClassTreeWithTheSameCountsNamesAndInstances() throws Exception {
        Path db = dir.resolve("db");
        try (TdbStore store = TdbStore.open(db, true)) {
            store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
            ClassTree built = ClassTree.build(Fixtures.bundled(), Cancellation.none());
            ClassTree first = DatabaseIndexes.classTree(store, Cancellation.none());
            assertTrue(Files.isRegularFile(db.resolve("kgx-index/classes.tsv")));
                ClassTree kept;
            try (var in = Files.newBufferedReader(DatabaseIndexes.classTreeFile(store))) {
                kept = ClassTree.read(in, store.generation(), store).orElseThrow();
            }
            for (ClassTree tree : List.of(first, kept)) {
                assertEquals(built.size(), tree.size());
                // TDB2 and memory list triples in different orders: the same classes, counts and names, in any order
                assertEquals(comparable(built.roots()), comparable(tree.roots()));
                for (ClassTree.ClassNode root : built.roots()) {
                    assertEquals(comparable(built.children(root)),
                            comparable(tree.children(tree.get(root.iri()).orElseThrow())));
                    assertEquals(new java.util.HashSet<>(built.instances(root.iri(), true)),
                            new java.util.HashSet<>(tree.instances(root.iri(), true)), root.iri());
                }
            }
            try (var in = Files.newBufferedReader(DatabaseIndexes.classTreeFile(store))) {
                assertTrue(ClassTree.read(in, "another", store).isEmpty(), "stale");
            }
        }
    }

    private static final String PREFIXES = "@prefix kg: <https://kgexplorer.org/id/> .\n"
            + "@prefix kgx: <https://kgexplorer.org/ontology#> .\n"
            + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
            + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n";

    @Test
    void anAdditionInPlaceBringsTheKeptIndexAndClassTreeToWhatTheyWouldBeIfMadeAgain() throws Exception {
        Path db = dir.resolve("db");
        Path instances = dir.resolve("instances.ttl");
        // a new entity of a known class; a known entity with another name and another class (Person: its own count
        // and its total grow, Actor's does not: Alpha was an actor already); an entity with neither name nor class
        Files.writeString(instances, PREFIXES
                + "kg:Zebra a kgx:TaskForce ; rdfs:label \"Zebra crossing\"@en , \"Paso de cebra\"@es .\n"
                + "kg:JointTaskForceAlpha skos:altLabel \"The Alphas\"@en ; a kgx:Person .\n"
                + "kg:NamelessOne kgx:worksWith kg:JointTaskForceAlpha .\n");
        Path renamed = dir.resolve("renamed.ttl");
        // and a blank node typed with a class that has no triples of its own: the class keeps its entries
        Files.writeString(renamed, PREFIXES + "kgx:TaskForce skos:prefLabel \"cuerpo especial\"@es .\n"
                + "[] a <http://www.w3.org/2002/07/owl#ObjectProperty> .\n");
        try (TdbStore store = TdbStore.open(db, true)) {
            store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
            ((StoredEntityIndex) DatabaseIndexes.entitySearch(store, ProgressListener.silent(), Cancellation.none())).close();
            DatabaseIndexes.classTree(store, Cancellation.none());
            Path folder = DatabaseIndexes.entityIndexFolder(store);

            store.load(RdfInputs.of(List.of(instances)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
            assertTrue(store.lastAddition().isPresent(), "added in one write transaction");
            DatabaseIndexes.catchUp(store, Cancellation.none());
            assertSameAsMadeAgain(store, folder);
            ClassTree fresh = ClassTree.build(store, Cancellation.none());
            ClassTree kept;
            try (var in = Files.newBufferedReader(DatabaseIndexes.classTreeFile(store))) {
                kept = ClassTree.read(in, store.generation(), store).orElseThrow(() -> new AssertionError("not brought up to date"));
            }
            assertEquals(everyClass(fresh), everyClass(kept));
            assertEquals(fresh.get(Fixtures.KGX + "Person").orElseThrow().totalCount(),
                    kept.get(Fixtures.KGX + "Person").orElseThrow().totalCount());

            // a class's new name reaches its instances' entries; the class tree is made again when next asked
            store.load(RdfInputs.of(List.of(renamed)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
            DatabaseIndexes.catchUp(store, Cancellation.none());
            assertSameAsMadeAgain(store, folder);
            try (StoredEntityIndex index = StoredEntityIndex.open(folder, store.generation()).orElseThrow()) {
                EntityMatch zebra = index.search("zebra", 1).get(0);
                assertTrue(zebra.types().stream().anyMatch(t -> "cuerpo especial".equals(t.spanish())), zebra.types().toString());
            }
            try (var in = Files.newBufferedReader(DatabaseIndexes.classTreeFile(store))) {
                assertTrue(ClassTree.read(in, store.generation(), store).isEmpty(), "a renamed class: not patched");
            }
            assertEquals(everyClass(ClassTree.build(store, Cancellation.none())),
                    everyClass(DatabaseIndexes.classTree(store, Cancellation.none())));
        }
    }

    @Test
    void theIndexesGatheredWhileAStagedLoadIsParsedAreThoseMadeFromTheData() throws Exception {
        // repeated triples, a reification statement named by an IRI (no entity), a class used by it alone
        Path more = Files.writeString(dir.resolve("more.ttl"), PREFIXES
                + "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
                + "kg:Zebra a kgx:Person ; rdfs:label \"Zebra crossing\"@en , \"Paso de cebra\"@es .\n"
                + "kg:Zebra a kgx:Person ; rdfs:label \"Zebra crossing\"@en .\n"
                + "kg:said a rdf:Statement , kgx:Quotation ; rdfs:label \"What was said\" ; rdf:subject kg:Zebra .\n"
                + "kg:JointTaskForceAlpha skos:altLabel \"The Alphas\"@en .\n");
        java.util.List<org.kgexplorer.core.store.RdfInput> inputs = new java.util.ArrayList<>(BundledGraph.inputs());
        inputs.addAll(RdfInputs.of(List.of(more)));
        // gathered while parsed; and let go of at once (a budget of nothing), so read back from the data after
        for (long budget : new long[] {Long.MAX_VALUE, 0}) {
            Path db = dir.resolve("db-" + budget);
            try (TdbStore store = TdbStore.open(db, true)) {
                DatabaseIndexes.Watcher watcher = new DatabaseIndexes.Watcher(budget);
                store.load(inputs, LoadMode.ADD, org.kgexplorer.core.store.ParsePolicy.strict(), ProgressListener.silent(),
                        Cancellation.none(), watcher);
                assertEquals(budget > 0, watcher.complete(), "budget " + budget);
                DatabaseIndexes.keepUpToDate(store, watcher, ProgressListener.silent(), Cancellation.none());
                Path folder = DatabaseIndexes.entityIndexFolder(store);
                assertSameAsMadeAgain(store, folder);
                try (StoredEntityIndex index = StoredEntityIndex.open(folder, store.generation()).orElseThrow()) {
                    assertEquals(List.of(), index.search("what was said", 5), "a reification statement is no entity");
                    assertEquals(List.of(), index.search("quotation", 5), "nor a class only it is typed with");
                    assertEquals(Fixtures.KG + "Zebra", index.search("paso de cebra", 1).get(0).iri());
                }
                ClassTree kept;
                try (var in = Files.newBufferedReader(DatabaseIndexes.classTreeFile(store))) {
                    kept = ClassTree.read(in, store.generation(), store).orElseThrow(() -> new AssertionError("not kept"));
                }
                assertEquals(everyClass(ClassTree.build(store, Cancellation.none())), everyClass(kept), "budget " + budget);
            }
        }
    }

    /** The kept index is of the data's generation, and answers every query as one made from the data now. */
    private static void assertSameAsMadeAgain(TdbStore store, Path folder) throws Exception {
        EntityIndex memory = EntityIndex.build(store, ProgressListener.silent(), Cancellation.none());
        try (StoredEntityIndex updated = StoredEntityIndex.open(folder, store.generation())
                .orElseThrow(() -> new AssertionError("not brought up to date"));
             StoredEntityIndex made = StoredEntityIndex.build(folder.resolveSibling("made"), "x", memory, Cancellation.none())) {
            assertEquals(made.entityCount(), updated.entityCount());
            assertEquals(made.nameCount(), updated.nameCount());
            List<String> queries = new java.util.ArrayList<>(QUERIES);
            queries.addAll(List.of("zebra", "paso de", "the alphas", "nameless", "crossing", "object property"));
            for (String q : queries) {
                // the same matches; among names that rank the same, and among an entity's types, the order read
                // from the data may differ
                assertEquals(unordered(made.search(q, EntityIndex.MAX_RESULTS)),
                        unordered(updated.search(q, EntityIndex.MAX_RESULTS)), q);
            }
            assertEquals(made.names(Fixtures.KG + "JointTaskForceAlpha"), updated.names(Fixtures.KG + "JointTaskForceAlpha"));
        }
    }

    private static java.util.Set<List<Object>> unordered(List<EntityMatch> matches) {
        java.util.Set<List<Object>> out = new java.util.HashSet<>();
        for (EntityMatch m : matches) {
            out.add(List.of(m.iri(), m.names(), new java.util.HashSet<>(m.types()), m.matchedText(),
                    String.valueOf(m.matchedLanguage()), m.source(), m.kind()));
        }
        return out;
    }

    private static java.util.Set<List<Object>> everyClass(ClassTree tree) {
        List<ClassTree.ClassNode> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<ClassTree.ClassNode> todo = new java.util.ArrayDeque<>(tree.roots());
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            ClassTree.ClassNode n = todo.pop();
            if (seen.add(n.iri())) {
                all.add(n);
                todo.addAll(tree.children(n));
            }
        }
        return comparable(all);
    }

    /** Each class with its names, counts, and its superclasses and subclasses as sets. */
    private static java.util.Set<List<Object>> comparable(List<ClassTree.ClassNode> nodes) {
        java.util.Set<List<Object>> out = new java.util.HashSet<>();
        for (ClassTree.ClassNode n : nodes) {
            out.add(List.of(n.iri(), n.names(), new java.util.HashSet<>(n.parents()), new java.util.HashSet<>(n.children()),
                    n.directCount(), n.totalCount()));
        }
        return out;
    }
}
