package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** Faults in the data leave the loaded data as it was, whatever thread loads. */
class HostileInputLoadingTest {
    @TempDir
    Path dir;

    private InMemoryStore loaded() throws Exception {
        Path good = dir.resolve("good.ttl");
        Files.writeString(good, "<http://ex.org/a> <http://ex.org/p> 1 .");
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(good), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        return store;
    }

    private static void assertUnchanged(InMemoryStore store) {
        assertEquals(1, store.tripleCount());
        assertEquals(List.of("good.ttl"), store.sources().stream().map(LoadedSource::name).toList());
    }

    @Test
    void aTruncatedGzipFileBesideAGoodOneAddsNothing() throws Exception {
        InMemoryStore store = loaded();
        Path other = dir.resolve("other.ttl");
        Files.writeString(other, "<http://ex.org/b> <http://ex.org/p> 2 .");
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(whole)) {
            for (int i = 0; i < 5_000; i++) {
                gz.write(("<http://ex.org/s" + i + "> <http://ex.org/p> \"" + i + "\" .\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        Path cut = dir.resolve("cut.nt.gz");
        Files.write(cut, Arrays.copyOf(whole.toByteArray(), whole.size() - 10));
        DataLoadException e = assertThrows(DataLoadException.class, () -> store.load(
                RdfInputs.of(List.of(other, cut)), LoadMode.REPLACE, ProgressListener.silent(), Cancellation.none()));
        assertEquals(cut + ": the compressed data ends early", e.getMessage());
        assertUnchanged(store);
    }

    @Test
    void invalidUtf8InJsonLdIsADataErrorWithItsPositionAndAddsNothing() throws Exception {
        InMemoryStore store = loaded();
        Path file = dir.resolve("bad.jsonld");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes("{\"@id\": \"http://ex.org/s\",\n \"http://ex.org/p\": \"caf".getBytes(StandardCharsets.US_ASCII));
        content.write(0xE9);
        content.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        Files.write(file, content.toByteArray());
        DataLoadException e = assertThrows(DataLoadException.class, () -> store.load(
                RdfInputs.of(file), LoadMode.ADD, ProgressListener.silent(), Cancellation.none()));
        assertEquals(2, e.line());
        assertEquals(25, e.column());
        assertTrue(e.problem().startsWith("not valid UTF-8: byte 0xe9"), e.problem());
        assertUnchanged(store);
    }

    @Test
    void theNestingLimitIsTheSameOnAThreadWithASmallStack() throws Exception {
        int depth = 5_000;
        Path deep = dir.resolve("deep.ttl");
        Files.writeString(deep, "<http://ex.org/s> <http://ex.org/p> " + "(".repeat(depth) + " 1 " + ")".repeat(depth) + " .\n");
        AtomicReference<Object> outcome = new AtomicReference<>();
        // 256 KB would overflow long before 5,000 levels if the parse ran on the caller's stack.
        Thread small = new Thread(null, () -> {
            try {
                InMemoryStore store = new InMemoryStore();
                store.load(RdfInputs.of(deep), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
                outcome.set(store.tripleCount());
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertEquals(2L * depth + 1, outcome.get());
    }

    @Test
    void aCancelDuringALongParseStopsIt() throws Exception {
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            nt.append("<http://ex.org/s").append(i).append("> <http://ex.org/p> \"").append(i).append("\" .\n");
        }
        Path big = dir.resolve("big.nt");
        Files.writeString(big, nt);
        InMemoryStore store = loaded();
        Cancellation cancellation = new Cancellation();
        assertThrows(java.util.concurrent.CancellationException.class, () -> store.load(RdfInputs.of(big), LoadMode.ADD,
                (done, total, message) -> {
                    if (done > total / 4) {
                        cancellation.cancel();
                    }
                }, cancellation));
        assertUnchanged(store);
    }
}
