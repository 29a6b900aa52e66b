package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * The in-memory load's pipeline (ADR 49): the parser hands batches to the storing thread while it reads on, and a
 * failure, a cancel or a failure while storing still leaves nothing half-loaded and no parse thread behind.
 */
class StoredSourceTest {
    @TempDir
    Path dir;

    private static String triples(int from, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            text.append("<http://ex.org/s").append(i).append("> <http://ex.org/p> \"value ").append(i).append("\" .\n");
        }
        return text.toString();
    }

    private static RdfInput input(String name, RdfInput.Opener opener) {
        return new RdfInput(name, name, "http://ex.org/", -1, false, opener);
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Set<Thread> parseThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("kgx-parse"))
                .collect(Collectors.toSet());
    }

    private static void assertEnds(Set<Thread> before) throws InterruptedException {
        for (Thread t : parseThreads()) {
            if (!before.contains(t)) {
                t.join(30_000);
                assertFalse(t.isAlive(), "the parse thread is still running");
            }
        }
    }

    @Test
    void triplesAreStoredWhileTheParserIsStillReading() throws Exception {
        int first = 3 * StoredSource.BATCH;
        CountDownLatch stored = new CountDownLatch(1);
        AtomicInteger added = new AtomicInteger();
        // the rest of the file comes only once the storing has taken in a batch: a parse-then-store never gets it
        InputStream waiting = new InputStream() {
            private InputStream rest;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (rest == null) {
                    try {
                        if (!stored.await(60, TimeUnit.SECONDS)) {
                            throw new IOException("nothing was stored while the parser waited");
                        }
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                    rest = new ByteArrayInputStream(triples(first, 100).getBytes(StandardCharsets.UTF_8));
                }
                return rest.read(b, off, len);
            }
        };
        RdfInput input = input("two-parts.nt", () -> new SequenceInputStream(
                new ByteArrayInputStream(triples(0, first).getBytes(StandardCharsets.UTF_8)), waiting));
        StoredSource source = StoredSource.read(input, ParsePolicy.strict(), n -> { }, new Cancellation(), true,
                () -> new GraphWrapper(GraphFactory.createGraphMem()) {
                    @Override
                    public void add(Triple t) {
                        super.add(t);
                        if (added.incrementAndGet() >= StoredSource.BATCH) {
                            stored.countDown();
                        }
                    }
                });
        assertEquals(first + 100, source.describe().triples());
        assertEquals(first + 100, added.get());
        assertEquals("N-Triples", source.describe().syntax());
    }

    @Test
    void withoutOverlapTheParseThreadStoresAndWithItTheCallingThread() throws Exception {
        Path file = file("some.nt", triples(0, 3 * StoredSource.BATCH + 5));
        for (boolean overlap : new boolean[] {false, true}) {
            Set<String> storedOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
            StoredSource source = StoredSource.read(RdfInputs.of(file).get(0), ParsePolicy.strict(), n -> { },
                    new Cancellation(), overlap, () -> new GraphWrapper(GraphFactory.createGraphMem()) {
                        @Override
                        public void add(Triple t) {
                            storedOn.add(Thread.currentThread().getName());
                            super.add(t);
                        }
                    });
            assertEquals(3 * StoredSource.BATCH + 5, source.describe().triples());
            assertEquals(Set.of(overlap ? Thread.currentThread().getName() : "kgx-parse"), storedOn);
        }
        InMemoryStore oneThread = new InMemoryStore(false);
        oneThread.load(RdfInputs.of(file), LoadMode.ADD, ParsePolicy.strict(), ProgressListener.silent(),
                new Cancellation());
        assertEquals(3 * StoredSource.BATCH + 5, oneThread.tripleCount());
    }

    @Test
    void anErrorLateInALargeFileAddsNothingAndSaysWhere() throws Exception {
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(file("small.nt", triples(0, 10))), LoadMode.ADD, ParsePolicy.strict(),
                ProgressListener.silent(), new Cancellation());
        int good = 5 * StoredSource.BATCH;
        Path bad = file("bad.nt", triples(100, good) + "<http://ex.org/a> <http://ex.org/p> .\n");
        Set<Thread> before = parseThreads();
        DataLoadException e = assertThrows(DataLoadException.class, () -> store.load(RdfInputs.of(bad), LoadMode.ADD,
                ParsePolicy.strict(), ProgressListener.silent(), new Cancellation()));
        assertEquals(good + 1, e.line());
        assertEquals(10, store.tripleCount());
        assertEquals(List.of("small.nt"), store.sources().stream().map(LoadedSource::name).toList());
        assertEquals(10, store.sources().get(0).triples());
        assertEnds(before);
    }

    @Test
    void aCancelWhileLoadingAddsNothingAndEndsTheParse() throws Exception {
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(file("small.nt", triples(0, 10))), LoadMode.ADD, ParsePolicy.strict(),
                ProgressListener.silent(), new Cancellation());
        Path big = file("big.nt", triples(100, 20 * StoredSource.BATCH));
        Cancellation cancellation = new Cancellation();
        Set<Thread> before = parseThreads();
        assertThrows(CancellationException.class, () -> store.load(RdfInputs.of(big), LoadMode.REPLACE,
                ParsePolicy.strict(), (done, total, message) -> {
                    if (done > total / 3) {
                        cancellation.cancel();
                    }
                }, cancellation));
        assertEquals(10, store.tripleCount());
        assertEnds(before);
    }

    @Test
    void aFailureWhileStoringStopsTheParseWaitingOnAFullQueue() throws Exception {
        Path big = file("big.nt", triples(0, (StoredSource.QUEUE_BATCHES + 8) * StoredSource.BATCH));
        AtomicInteger added = new AtomicInteger();
        Set<Thread> before = parseThreads();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StoredSource.read(
                RdfInputs.of(big).get(0), ParsePolicy.strict(), n -> { }, new Cancellation(), true,
                () -> new GraphWrapper(GraphFactory.createGraphMem()) {
                    @Override
                    public void add(Triple t) {
                        if (added.incrementAndGet() > StoredSource.BATCH) {
                            throw new IllegalStateException("no room");
                        }
                        super.add(t);
                    }
                }));
        assertEquals("no room", e.getMessage());
        assertEnds(before);
    }

    @Test
    void aFirstLoadSwapsAnAdditionMergesAndAReplaceStartsAgain() throws Exception {
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(file("a.nt", triples(0, 100))), LoadMode.ADD, ParsePolicy.strict(),
                ProgressListener.silent(), new Cancellation());
        assertEquals(100, store.tripleCount());
        // an addition with one triple already there, and a TriG file with a named graph repeating one triple
        store.load(RdfInputs.of(List.of(file("b.nt", triples(99, 11)), file("c.trig", """
                <http://ex.org/g> { <http://ex.org/s0> <http://ex.org/p> "value 0" . <http://ex.org/x> <http://ex.org/p> 1 . }
                <http://ex.org/x> <http://ex.org/p> 1 .
                """))), LoadMode.ADD, ParsePolicy.strict(), ProgressListener.silent(), new Cancellation());
        assertEquals(111, store.tripleCount());
        assertEquals(1, store.namedGraphCount());
        assertEquals(List.of(100L, 11L, 2L), store.sources().stream().map(LoadedSource::triples).toList());
        assertEquals(111, (int) store.read(dsg -> dsg.getDefaultGraph().size()));
        assertEquals(2, (int) store.read(dsg -> dsg.getGraph(NodeFactory.createURI("http://ex.org/g")).size()));
        store.load(RdfInputs.of(file("d.nt", triples(500, 7))), LoadMode.REPLACE, ParsePolicy.strict(),
                ProgressListener.silent(), new Cancellation());
        assertEquals(7, store.tripleCount());
        assertEquals(0, store.namedGraphCount());
        assertEquals(List.of("d.nt"), store.sources().stream().map(LoadedSource::name).toList());
    }
}
