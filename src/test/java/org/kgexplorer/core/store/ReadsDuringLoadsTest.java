package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.EntityDetailsReader;
import org.kgexplorer.core.explore.EntityIndex;
import org.kgexplorer.core.export.LabelColumns;
import org.kgexplorer.core.export.ResultFormat;
import org.kgexplorer.core.export.ResultWriter;
import org.kgexplorer.core.graph.GraphExtraction;
import org.kgexplorer.core.graph.GraphOperations;
import org.kgexplorer.core.graph.GraphState;
import org.kgexplorer.core.graph.Relationships;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.QueryResultHandler;
import org.kgexplorer.core.query.QueryRunner;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * ADR 13's promise under load: while one thread replaces the data and adds to it, again and again, every kind of
 * read the CLI and the window make (a query whose rows are read, an export written row by row with label columns,
 * the entity search, a graph expansion, an entity's details, the counts) finishes without an exception and sees
 * the data either before or after a load, never half of one.
 */
class ReadsDuringLoadsTest {
    private static final String HUB = "http://ex.org/hub";
    private static final int BASE = 10_000;
    private static final int EXTRA = 10_000;
    /** Rounds of (replace with the base, add the extra); the reads go on until the last one is done. */
    private static final int LOAD_ROUNDS = 4;
    private static final long LIMIT_MILLIS = 180_000;

    @TempDir
    Path dir;
    private List<RdfInput> base;
    private List<RdfInput> extra;
    private final InMemoryStore store = new InMemoryStore();

    @BeforeEach
    void writeData() throws Exception {
        base = RdfInputs.of(write("base.nt", 0, BASE));
        extra = RdfInputs.of(write("extra.nt", BASE, BASE + EXTRA));
    }

    /** The hub links to neighbours from..to-1, each with a label. */
    private Path write(String name, int from, int to) throws IOException {
        StringBuilder nt = new StringBuilder();
        for (int i = from; i < to; i++) {
            String n = "<http://ex.org/n" + i + ">";
            nt.append('<').append(HUB).append("> <http://ex.org/link> ").append(n).append(" .\n");
            nt.append(n).append(" <http://www.w3.org/2000/01/rdf-schema#label> \"Neighbour ").append(i).append("\"@en .\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, nt, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyReadSeesWholeLoadsWhileLoadsAndReplacesRun() throws Exception {
        Map<String, IntSupplier> reads = new TreeMap<>();
        reads.put("query", this::queryRows);
        reads.put("export", this::exportedRows);
        reads.put("search", () -> EntityIndex.build(store, ProgressListener.silent(), Cancellation.none()).entityCount());
        reads.put("expansion", this::neighboursOfHub);
        reads.put("details", () -> EntityDetailsReader.read(store, HUB, LabelMode.ENGLISH, Cancellation.none())
                .outgoing().get(0).total());
        reads.put("count", () -> (int) store.tripleCount());

        Map<String, Set<Integer>> allowed = new TreeMap<>();
        load(base, LoadMode.REPLACE);
        reads.forEach((name, read) -> allowed.put(name, new java.util.HashSet<>(Set.of(read.getAsInt()))));
        load(extra, LoadMode.ADD);
        reads.forEach((name, read) -> allowed.get(name).add(read.getAsInt()));
        allowed.forEach((name, values) -> assertEquals(2, values.size(), name + " must tell the two states apart"));

        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> rounds = new ConcurrentHashMap<>();
        AtomicInteger loadRounds = new AtomicInteger();
        BooleanSupplier loading = () -> loadRounds.get() < LOAD_ROUNDS && failures.isEmpty();
        List<Thread> threads = new ArrayList<>();
        threads.add(worker("loads", failures, () -> {
            load(base, LoadMode.REPLACE);
            load(extra, LoadMode.ADD);
            loadRounds.incrementAndGet();
        }, loading));
        reads.forEach((name, read) -> threads.add(worker(name, failures, () -> {
            int seen = read.getAsInt();
            if (!allowed.get(name).contains(seen)) {
                throw new AssertionError(name + " saw " + seen + ", not one of " + allowed.get(name));
            }
            rounds.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        }, loading)));
        long limit = System.currentTimeMillis() + LIMIT_MILLIS;
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(Math.max(1, limit - System.currentTimeMillis()));
        }

        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError(failures.size() + " reads failed; the first: " + failures.get(0));
            failures.forEach(error::addSuppressed);
            throw error;
        }
        assertTrue(threads.stream().noneMatch(Thread::isAlive), "every worker finished: " + loadRounds + " " + rounds);
        assertEquals(LOAD_ROUNDS, loadRounds.get());
        reads.keySet().forEach(name -> assertTrue(rounds.containsKey(name), name + " ran: " + rounds));
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Repeats a step (at least once) while {@code again} holds, recording any failure; stops at the first. */
    private static Thread worker(String name, List<Throwable> failures, Step step, BooleanSupplier again) {
        Thread t = new Thread(() -> {
            do {
                try {
                    step.run();
                } catch (Throwable e) {
                    failures.add(e);
                    return;
                }
            } while (again.getAsBoolean());
        }, "reads-during-loads-" + name);
        t.setDaemon(true);
        return t;
    }

    private void load(List<RdfInput> inputs, LoadMode mode) throws DataLoadException {
        store.load(inputs, mode, ProgressListener.silent(), Cancellation.none());
    }

    private static final String NEIGHBOURS = "SELECT ?n WHERE { <" + HUB + "> <http://ex.org/link> ?n }";

    private int queryRows() {
        int[] rows = new int[1];
        run(new Rows() {
            @Override
            public void select(ResultSet rs) {
                while (rs.hasNext()) {
                    rs.next();
                    rows[0]++;
                }
            }
        });
        return rows[0];
    }

    /** As `query --format csv` and the window's save write it: label columns added while rows stream out. */
    private int exportedRows() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(new Rows() {
            @Override
            public void select(ResultSet rs) throws IOException {
                ResultSet labelled = store.read(dsg -> LabelColumns.add(rs,
                        new LabelResolver(Datasets.everything(dsg), List.of("en"))));
                ResultWriter.select(labelled, ResultFormat.CSV, false, PrefixMapping.Standard, out, Cancellation.none());
            }
        });
        String csv = out.toString(StandardCharsets.UTF_8);
        return (int) csv.lines().filter(l -> l.contains("Neighbour ")).count();
    }

    private void run(Rows handler) {
        try {
            new QueryRunner(store).run(NEIGHBOURS, new QueryOptions(0, false, false), Cancellation.none(), handler);
        } catch (QueryProblem e) {
            throw new AssertionError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many neighbours expanding the hub in the graph finds. */
    private int neighboursOfHub() {
        GraphState alone = GraphOperations.replace(GraphExtraction.entity(store, HUB));
        GraphState expanded = store.read(dsg -> GraphOperations.expand(alone, HUB,
                new Relationships(Datasets.everything(dsg)), LabelMode.ENGLISH, Cancellation.none()));
        return expanded.expansions().get(HUB).total();
    }

    private abstract static class Rows implements QueryResultHandler {
        @Override
        public void ask(boolean answer) {
            throw new AssertionError("a SELECT answers with rows");
        }

        @Override
        public void graph(Model graph) {
            throw new AssertionError("a SELECT answers with rows");
        }
    }
}
