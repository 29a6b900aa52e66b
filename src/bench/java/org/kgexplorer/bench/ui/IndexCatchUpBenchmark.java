package org.kgexplorer.bench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.Results;
import org.kgexplorer.core.explore.DatabaseIndexes;
import org.kgexplorer.core.explore.EntitySearch;
import org.kgexplorer.core.explore.StoredEntityIndex;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.query.completion.KeptCompletion;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInput;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * What keeping a database's search index, class tree and completion index up to date after a small addition costs (ADR 36), side by
 * side with making them again, on the seeded ORG-shaped data ({@code -Dbench.store.triples=N}, as
 * {@link StoreOpenBenchmark}; a new database under {@code target/bench/catch-up-N/} each run):
 *
 * <ul>
 * <li>{@code index-made-again,N,<ms>}: the search index (in memory, then written with Lucene), the class tree and
 * the completion index made from all the data, as the window does after a load it cannot follow;</li>
 * <li>{@code index-catch-up,N,<ms>}: after adding {@value #ADDED} generated triples in place (one write
 * transaction), bringing all three up to date ({@link DatabaseIndexes#catchUp}, {@link KeptCompletion#catchUp});</li>
 * <li>{@code add-in-place,N,<ms>}: that addition itself, for scale.</li>
 * </ul>
 */
public final class IndexCatchUpBenchmark implements Benchmark {
    static final int ADDED = 1_000;

    @Override
    public String name() {
        return "index-catch-up";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        long triples = Long.getLong(StoreOpenBenchmark.TRIPLES_PROPERTY, 10_000_000L);
        String param = Long.toString(triples);
        Path dir = context.benchDir().resolve("catch-up-" + triples);
        Path db = dir.resolve("db");
        Path data = dir.resolve("org-" + triples + ".nt.gz");
        Path more = dir.resolve("more.nt");
        Files.createDirectories(dir);
        if (!Files.exists(data)) {
            new OrgDataGenerator(42, triples).write(data);
        }
        new OrgDataGenerator(7, ADDED).write(more);
        if (Files.exists(db)) {
            try (var files = Files.walk(db)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        try (TdbStore store = TdbStore.open(db, true)) {
            List<RdfInput> inputs = new ArrayList<>(BundledGraph.inputs());
            inputs.addAll(RdfInputs.of(List.of(data)));
            store.load(inputs, LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
            long t0 = System.nanoTime();
            EntitySearch made = DatabaseIndexes.entitySearch(store, ProgressListener.silent(), Cancellation.none());
            DatabaseIndexes.classTree(store, Cancellation.none());
            KeptCompletion.of(store, ProgressListener.silent(), Cancellation.none());
            results.add("index-made-again", param, (System.nanoTime() - t0) / 1e6, "ms");
            ((StoredEntityIndex) made).close();

            t0 = System.nanoTime();
            store.load(RdfInputs.of(List.of(more)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
            results.add("add-in-place", param, (System.nanoTime() - t0) / 1e6, "ms");
            if (store.lastAddition().isEmpty()) {
                throw new IllegalStateException("the addition was not made in place");
            }
            t0 = System.nanoTime();
            DatabaseIndexes.catchUp(store, Cancellation.none());
            KeptCompletion.catchUp(store, Cancellation.none());
            results.add("index-catch-up", param, (System.nanoTime() - t0) / 1e6, "ms");
            if (StoredEntityIndex.open(DatabaseIndexes.entityIndexFolder(store), store.generation()).isEmpty()) {
                throw new IllegalStateException("the search index was not brought up to date");
            }
        }
    }
}
