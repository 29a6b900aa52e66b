package org.kgexplorer.bench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.Results;

/**
 * What a command on the bundled graph alone costs against the floor of any Jena command: {@code cli-stats-bundled}
 * is {@code java -jar target/kg-explorer.jar stats} (the bundled ontology, graph and evidence, read from the RDF
 * Thrift form made at build time, ADR 35), {@code cli-riot-count-tiny} is Jena's own {@code riot --count} on a
 * five-triple N-Triples file, each a fresh JVM with the JVM's defaults, taken turn about after one warm-up of each
 * (so the files are in the page cache for both). Rows: the medians in seconds, and their ratio.
 */
public final class CliStatsBundledBenchmark implements Benchmark {
    @Override
    public String name() {
        return "cli-stats-bundled";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        Path jar = context.buildDir().resolve("kg-explorer.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the bench profile with verify (it packages first)");
        }
        Path dir = Files.createDirectories(context.benchDir().resolve("cli-stats-bundled"));
        Path tiny = dir.resolve("tiny.nt");
        StringBuilder triples = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            triples.append("<http://example.org/s").append(i).append("> <http://example.org/p> \"").append(i).append("\" .\n");
        }
        Files.writeString(tiny, triples, StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> ours = List.of(java, "-jar", jar.toString(), "stats");
        List<String> riot = List.of(java, "-cp", System.getProperty("java.class.path"), "riotcmd.riot", "--count",
                tiny.toString());
        time(ours, dir, "triples: ");
        time(riot, dir, "Triples = 5");
        int runs = context.runs(7);
        List<Double> oursSeconds = new ArrayList<>();
        List<Double> riotSeconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            oursSeconds.add(time(ours, dir, "triples: "));
            riotSeconds.add(time(riot, dir, "Triples = 5"));
        }
        double oursMedian = median(oursSeconds);
        double riotMedian = median(riotSeconds);
        results.add("cli-stats-bundled", "bundled", oursMedian, "s");
        results.add("cli-riot-count-tiny", "5", riotMedian, "s");
        results.add("cli-stats-bundled-ratio", "riot-count-tiny", oursMedian / riotMedian, "x");
    }

    /** Seconds from starting the command to its exit; fails unless it exits 0 and printed {@code expected}. */
    private static double time(List<String> command, Path dir, String expected) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took over 120 s");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = Files.readString(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || !text.contains(expected)) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + text);
        }
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
