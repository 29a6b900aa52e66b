package org.kgexplorer.bench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.Results;
import org.kgexplorer.core.generate.OrgDataGenerator;
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
        Path jar = context.buildDir().resolve("kg-explorer.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the bench profile with verify (it packages first)");
        }
        Path dir = Files.createDirectories(context.benchDir().resolve("stats-store"));
        Path data = dir.resolve("org-" + n + ".nt.gz");
        if (!Files.isRegularFile(data)) {
            new OrgDataGenerator(1, n).write(data);
        }
        Path db = dir.resolve("db-" + n);
        deleteTree(db);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(java, "-jar", jar.toString(), "load", "--store", db.toString(), "--no-default", "--data",
                data.toString()), dir, 3600);
        List<String> stats = List.of(java, "-jar", jar.toString(), "stats", "--store", db.toString());
        String kept = run(stats, dir, 120).text;
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < context.runs(5); i++) {
            Run r = run(stats, dir, 120);
            if (!r.text.equals(kept)) {
                throw new IllegalStateException("stats --store changed between runs");
            }
            ms.add(r.millis);
        }
        results.add("stats-store", Long.toString(n), median(ms), "ms");
        Files.delete(db.resolve(TdbStore.STATS_FILE));
        Run recount = run(stats, dir, 3600);
        if (!recount.text.equals(kept)) {
            throw new IllegalStateException("the kept figures differ from a fresh count:\n" + kept + "\n---\n" + recount.text);
        }
        results.add("stats-store-recount", Long.toString(n), recount.millis, "ms");
        deleteTree(db);
    }

    private record Run(String text, double millis) {
    }

    /** Runs a command to its end; fails unless it exits 0. */
    private static Run run(List<String> command, Path dir, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took over " + timeoutSeconds + " s");
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ": "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), millis);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
