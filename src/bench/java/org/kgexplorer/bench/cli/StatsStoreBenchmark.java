package org.kgexplorer.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.ChildProcess;
import org.kgexplorer.bench.Results;
import org.kgexplorer.core.store.TdbStore;

/**
 * {@code stats --store} on a database of N generated ORG-shaped triples (seed 1), answered from the figures kept at
 * load time (ADR 34): {@code java -jar target/kg-explorer.jar stats --store DIR}, a fresh JVM each run, the median
 * after one warm-up. Beside it {@code stats-store-recount}: the same command once the kept figures are removed, so
 * it counts afresh (one run); its output must be the kept figures' or the benchmark fails. N is 10,000,000 (issue
 * 15) unless {@code -Dbench.stats-store.triples=N} says otherwise; the database is built anew by {@code load} for
 * each run of the benchmark.
 */
public final class StatsStoreBenchmark implements Benchmark {
    @Override
    public String name() {
        return "stats-store";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        long n = Long.getLong("bench.stats-store.triples", 10_000_000L);
        Path jar = ChildProcess.jar(context);
        Path dir = context.benchDir().resolve("stats-store");
        Path data = ChildProcess.generated(dir, n);
        Path db = dir.resolve("db-" + n);
        ChildProcess.deleteTree(db);
        String java = ChildProcess.java();
        ChildProcess.run(List.of(java, "-jar", jar.toString(), "load", "--store", db.toString(), "--no-default", "--data",
                data.toString()), dir, 3600);
        List<String> stats = List.of(java, "-jar", jar.toString(), "stats", "--store", db.toString());
        String kept = ChildProcess.run(stats, dir, 120).out();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < context.runs(5); i++) {
            ChildProcess.Run r = ChildProcess.run(stats, dir, 120);
            if (!r.out().equals(kept)) {
                throw new IllegalStateException("stats --store changed between runs");
            }
            ms.add(r.millis());
        }
        results.add("stats-store", Long.toString(n), ChildProcess.median(ms), "ms");
        Files.delete(db.resolve(TdbStore.STATS_FILE));
        ChildProcess.Run recount = ChildProcess.run(stats, dir, 3600);
        if (!recount.out().equals(kept)) {
            throw new IllegalStateException("the kept figures differ from a fresh count:\n" + kept + "\n---\n" + recount.out());
        }
        results.add("stats-store-recount", Long.toString(n), recount.millis(), "ms");
        ChildProcess.deleteTree(db);
    }
}
