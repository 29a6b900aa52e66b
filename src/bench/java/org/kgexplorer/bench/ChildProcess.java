package org.kgexplorer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.kgexplorer.core.generate.OrgDataGenerator;

/**
 * What the benchmarks that time whole commands share: a child process run to its end and timed, the packaged jar,
 * this JVM's class path (Jena's command-line tools, {@code jena-cmds}, are on it in the bench profile), generated
 * data, medians and the machine's load average.
 */
public final class ChildProcess {
    private ChildProcess() {
    }

    /**
     * What a command printed on stdout, how long it ran (start to exit) and the processor time it used (user and
     * system, all its threads and its own children; -1 where there is no {@code /proc}).
     */
    public record Run(String out, double millis, double cpuMillis) {
    }

    /** The {@code java} of this JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java -cp <this class path> MAIN}: Jena's tools and the benchmarks' own child mains. */
    public static List<String> javaCp(List<String> jvmOptions, String main) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
        return command;
    }

    /** {@code target/kg-explorer.jar}, or a failure saying how to make it. */
    public static Path jar(BenchContext context) {
        Path jar = context.buildDir().resolve("kg-explorer.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the bench profile with verify (it packages first)");
        }
        return jar;
    }

    /**
     * N-Triples of the generator (seed 1) of about {@code triples} triples, made once into {@code dir} and kept
     * there for the next run.
     */
    public static Path generated(Path dir, long triples) throws IOException {
        Path data = Files.createDirectories(dir).resolve("org-" + triples + ".nt");
        if (!Files.isRegularFile(data)) {
            new OrgDataGenerator(1, triples).write(data);
        }
        return data;
    }

    /** How many triples the generator makes when asked for about {@code triples} (it ends with a whole agency). */
    public static long generatedCount(long triples) {
        // Jena's vocabulary classes need Jena set up first (writing the file did it when it was written in this run)
        org.apache.jena.sys.JenaSystem.init();
        return new OrgDataGenerator(1, triples).generate(new org.apache.jena.riot.system.StreamRDFBase());
    }

    /** Runs a command to its end in {@code dir}; fails unless it exits 0 within the timeout. */
    public static Run run(List<String> command, Path dir, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        long cpuBefore = childrenCpuMillis();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(shown(command) + " took over " + timeoutSeconds + " s");
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(shown(command) + " exited " + process.exitValue() + ": "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        // waitFor returned once the JDK's reaper had waited for the process: its times are now this JVM's children's
        long cpuAfter = childrenCpuMillis();
        return new Run(Files.readString(out, StandardCharsets.UTF_8), millis,
                cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore);
    }

    /**
     * The processor time of this JVM's child processes that have ended and been waited for (cutime and cstime of
     * {@code /proc/self/stat}, in ms at the usual 100 ticks a second); -1 where there is no {@code /proc}. The
     * benchmarks run one child at a time, so the difference across a run is that child's.
     */
    static long childrenCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The command as a line for a message, without the class path's hundred jars. */
    public static String shown(List<String> command) {
        List<String> shown = new ArrayList<>(command);
        int cp = shown.indexOf("-cp");
        if (cp >= 0 && cp + 1 < shown.size()) {
            shown.set(cp + 1, "<class path>");
        }
        return String.join(" ", shown);
    }

    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The first figure of {@code /proc/loadavg} (the last minute), or -1 where there is none. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Logs the load average, so a figure can be read beside how busy the machine was. */
    public static void logLoad(String benchmark, String when) {
        System.out.printf(java.util.Locale.ROOT, "[bench] %s: load average %.2f %s%n", benchmark, loadAverage(), when);
    }

    public static void deleteTree(Path path) throws IOException {
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
