package org.kgexplorer.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.export.ResultFormat;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.query.table.RowFilter;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInput;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's answers while data arrives: its query task (the rows read into the table, then labelled) and its
 * save of a cut answer (the query run again and every row streamed to the file with label columns) run again and
 * again while another thread replaces the data and adds to it; each succeeds and holds the rows of one whole state.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsDuringLoadsTest {
    private static final int BASE = 5_000;
    private static final int EXTRA = 5_000;
    private static final int LOAD_ROUNDS = 4;
    private static final String QUERY = "SELECT ?n ?label WHERE { <http://ex.org/hub> <http://ex.org/link> ?n . "
            + "?n <http://www.w3.org/2000/01/rdf-schema#label> ?label }";

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // the tasks report their messages on the JavaFX thread, which the extension starts
    }

    @Test
    void queriesAndSavesOfTheWindowSeeWholeLoads() throws Exception {
        InMemoryStore store = new InMemoryStore();
        List<RdfInput> base = RdfInputs.of(write("base.nt", 0, BASE));
        List<RdfInput> extra = RdfInputs.of(write("extra.nt", BASE, BASE + EXTRA));
        store.load(base, LoadMode.REPLACE, ProgressListener.silent(), Cancellation.none());
        Set<Integer> allowed = Set.of(BASE, BASE + EXTRA);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger answers = new AtomicInteger();
        AtomicInteger saves = new AtomicInteger();
        try {
            Future<?> loads = pool.submit(() -> {
                try {
                    for (int i = 0; i < LOAD_ROUNDS; i++) {
                        store.load(extra, LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
                        store.load(base, LoadMode.REPLACE, ProgressListener.silent(), Cancellation.none());
                    }
                } finally {
                    loading.set(false);
                }
                return null;
            });
            Future<?> reads = pool.submit(() -> {
                do {
                    QueryTask whole = new QueryTask(store, QUERY, 0, Integer.MAX_VALUE, 0, LabelMode.ENGLISH, "", "", "", arrived -> { });
                    whole.run();
                    int rows = whole.get().table().rowCount();
                    assertTrue(allowed.contains(rows), "the table holds " + rows + " rows");
                    answers.incrementAndGet();

                    QueryTask cut = new QueryTask(store, QUERY, 0, 10, 0, LabelMode.ENGLISH, "", "", "", arrived -> { });
                    cut.run();
                    Path file = dir.resolve("answer-" + saves.get() + ".csv");
                    SaveTask save = new SaveTask(store, cut.get(), false, file, ResultFormat.CSV, true, 0,
                            LabelMode.ENGLISH, List.of(), RowFilter.NONE, Locale.ROOT, "");
                    save.run();
                    save.get();
                    long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size() - 1;
                    assertTrue(allowed.contains((int) lines), "the saved file holds " + lines + " rows");
                    saves.incrementAndGet();
                } while (loading.get());
                return null;
            });
            loads.get(180, TimeUnit.SECONDS);
            reads.get(180, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(answers.get() > 0 && saves.get() > 0);
        assertEquals(BASE, store.tripleCount() / 2);
    }

    /** The hub links to neighbours from..to-1, each with a label. */
    private Path write(String name, int from, int to) throws Exception {
        StringBuilder nt = new StringBuilder();
        for (int i = from; i < to; i++) {
            String n = "<http://ex.org/n" + i + ">";
            nt.append("<http://ex.org/hub> <http://ex.org/link> ").append(n).append(" .\n");
            nt.append(n).append(" <http://www.w3.org/2000/01/rdf-schema#label> \"Neighbour ").append(i).append("\"@en .\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, nt, StandardCharsets.UTF_8);
        return file;
    }
}
