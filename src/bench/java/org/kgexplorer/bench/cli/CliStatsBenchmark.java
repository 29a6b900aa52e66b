package org.kgexplorer.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.ChildProcess;
import org.kgexplorer.bench.Results;

/**
 * {@code cli-stats,N,<s>}: {@code java -jar target/kg-explorer.jar stats --no-default --data FILE} on N generated
 * ORG-shaped triples (N-Triples, seed 1), beside {@code cli-stats-riot-count,N,<s>}: Jena's {@code riot --count FILE}
 * ({@code jena-cmds}, on this profile's class path), the streaming floor of reading the file. Fresh JVMs with the
 * JVM's defaults, taken turn about after one warm-up of each (the file is then in the page cache for both); each
 * row the median, and their ratio. N is 5,000,000 (issue 15) unless {@code -Dbench.cli-stats.triples=N}. Goal: ours
 * at most 1.3 times {@code riot --count}.
 */
public final class CliStatsBenchmark implements Benchmark {
    @Override
    public String name() {
        return "cli-stats";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        long n = Long.getLong("bench.cli-stats.triples", 5_000_000L);
        Path jar = ChildProcess.jar(context);
        Path dir = context.benchDir().resolve("cli-stats");
        Path data = ChildProcess.generated(dir, n);
        long triples = ChildProcess.generatedCount(n);
        List<String> ours = List.of(ChildProcess.java(), "-jar", jar.toString(), "stats", "--no-default", "--data",
                data.toString());
        List<String> riot = new ArrayList<>(ChildProcess.javaCp(List.of(), "riotcmd.riot"));
        riot.addAll(List.of("--count", data.toString()));
        String oursSays = "triples: " + triples + "\n";
        String riotSays = "Triples = " + triples;
        seconds(ours, dir, oursSays);
        seconds(riot, dir, riotSays);
        List<Double> oursSeconds = new ArrayList<>();
        List<Double> riotSeconds = new ArrayList<>();
        ChildProcess.logLoad(name(), "before");
        for (int i = 0; i < context.runs(3); i++) {
            oursSeconds.add(seconds(ours, dir, oursSays));
            riotSeconds.add(seconds(riot, dir, riotSays));
        }
        ChildProcess.logLoad(name(), "after");
        System.out.println("[bench] cli-stats runs (s): ours " + oursSeconds + ", riot --count " + riotSeconds);
        double oursMedian = ChildProcess.median(oursSeconds);
        double riotMedian = ChildProcess.median(riotSeconds);
        results.add("cli-stats", Long.toString(n), oursMedian, "s");
        results.add("cli-stats-riot-count", Long.toString(n), riotMedian, "s");
        results.add("cli-stats-ratio", Long.toString(n), oursMedian / riotMedian, "x");
    }

    /** Seconds from start to exit; fails unless it exits 0 and printed {@code expected} (riot prints on stderr). */
    private static double seconds(List<String> command, Path dir, String expected) throws Exception {
        ChildProcess.Run run = ChildProcess.run(command, dir, 3600);
        // riot --count groups the digits (100,000)
        String said = (run.out() + java.nio.file.Files.readString(dir.resolve("err.txt"))).replace(",", "");
        if (!said.contains(expected)) {
            throw new IllegalStateException(ChildProcess.shown(command) + " did not say " + expected.strip() + ":\n" + said);
        }
        return run.millis() / 1e3;
    }
}
