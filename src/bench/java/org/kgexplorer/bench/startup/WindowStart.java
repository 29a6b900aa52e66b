package org.kgexplorer.bench.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One start of a packaged application, timed from just before the process is created to the moment its window
 * wrote the start-up probe (the time written inside the probe, so polling adds nothing), and the processor time the
 * process had used by then (user and system, from {@code /proc}), which other work on a busy machine does not inflate.
 */
final class WindowStart {
    /** Wall-clock and processor milliseconds to the window. */
    record Times(long wallMs, long cpuMs) {
    }

    private static final long TIMEOUT_MS = 60_000;
    private static boolean warnedAboutCache;

    private WindowStart() {
    }

    /**
     * Starts the launcher with JVM options given through {@code JAVA_TOOL_OPTIONS} (the native launcher takes no
     * JVM options of its own), waits for the probe, then ends the process and returns the milliseconds.
     */
    static Times measure(Path launcher, String jvmOptions, Map<String, String> env, Path probe, Path log, boolean cold)
            throws IOException, InterruptedException {
        if (cold) {
            dropPageCache();
        }
        Files.deleteIfExists(probe);
        ProcessBuilder pb = new ProcessBuilder(List.of(launcher.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("JAVA_TOOL_OPTIONS", ("-Dkgx.startupProbe=" + probe + " " + jvmOptions).trim());
        long start = System.currentTimeMillis();
        Process process = pb.start();
        try {
            while (!Files.exists(probe)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(launcher + " ended (exit " + process.exitValue()
                            + ") before its window showed; see " + log);
                }
                if (System.currentTimeMillis() - start > TIMEOUT_MS) {
                    throw new IllegalStateException(launcher + " showed no window within " + TIMEOUT_MS + " ms; see " + log);
                }
                Thread.sleep(5);
            }
            long cpu = cpuMillis(process.pid());
            String[] fields = Files.readString(probe, StandardCharsets.UTF_8).trim().split("\\s+");
            return new Times(Long.parseLong(fields[1]) - start, cpu);
        } finally {
            stop(process);
        }
    }

    /**
     * utime + stime of a process, fields 14 and 15 of {@code /proc/PID/stat}, in clock ticks of 10 ms (the native
     * launcher runs the JVM inside its own process, so this is the JVM's time). -1 where there is no /proc.
     */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Ends the application as a session logout would (SIGTERM), so the JVM exits normally and runs its exit work. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** A cold start reads the application from disk: drop the kernel's page cache first (needs root on Linux). */
    private static void dropPageCache() throws InterruptedException, IOException {
        new ProcessBuilder("sync").start().waitFor();
        try {
            Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3");
        } catch (IOException | SecurityException e) {
            if (!warnedAboutCache) {
                warnedAboutCache = true;
                System.err.println("[bench] WARNING: could not drop the page cache (" + e.getMessage()
                        + "): 'cold' figures are starts with whatever the cache still holds");
            }
        }
    }
}
