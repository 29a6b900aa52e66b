package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        Path a = write("a.ttl", "@prefix ex: <http://ex.org/> . ex:a ex:p ex:b .\n");
        Path b = write("b.nt", "<http://ex.org/c> <http://ex.org/p> <http://ex.org/d> .\n");
        try (TdbStore store = TdbStore.open(db, true)) {
            load(store, a, LoadMode.ADD);
            load(store, b, LoadMode.ADD);
        }
        try (TdbStore store = TdbStore.open(db, false)) {
            assertEquals(List.of("a.ttl", "b.nt"), store.sources().stream().map(LoadedSource::name).toList());
            assertEquals("http://ex.org/", store.prefixes().get("ex"));
            assertEquals(2, store.tripleCount());
            assertEquals(2L, (long) store.readGraph(g -> (long) g.size()));
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
}
