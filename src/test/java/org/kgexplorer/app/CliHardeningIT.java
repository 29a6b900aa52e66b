package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar under faults a user causes: a signal, a closed pipe, a full disk, too little memory. */
class CliHardeningIT {
    /** A query whose answer is large and slow to write: a cartesian product of the data with itself. */
    static final String PRODUCT = "SELECT * { ?a ?b ?c . ?d ?e ?f }";

    @TempDir
    Path dir;
    Path data;
    Path tmp;

    @BeforeEach
    void writeData() throws IOException {
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            nt.append("<http://ex.org/s").append(i).append("> <http://ex.org/p> \"value ").append(i).append("\" .\n");
        }
        data = Files.writeString(dir.resolve("data.nt"), nt);
        tmp = Files.createDirectory(dir.resolve("tmp"));
    }

    private ProcessBuilder jar(List<String> jvm, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(jvm);
        command.add("-jar");
        command.add(Path.of(System.getProperty("kgx.jar")).toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        return pb;
    }

    private static List<Path> files(Path folder, Predicate<String> name) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> name.test(f.getFileName().toString())).toList();
        }
    }

    /** Waits until a file the run is writing appears with content, then sends SIGTERM (Process.destroy). */
    private int terminateOnceWriting(Process p, Path folder, Predicate<String> name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (files(folder, name).stream().noneMatch(f -> f.toFile().length() > 0)) {
            assertTrue(p.isAlive(), "the run ended before it wrote anything");
            assertTrue(System.nanoTime() < deadline, "the run never started writing");
            Thread.onSpinWait();
        }
        p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run did not stop");
        return p.exitValue();
    }

    @Test
    void sigtermWhileWritingDashOExits130RemovesTheTemporaryAndKeepsTheOldTarget() throws Exception {
        Path target = Files.writeString(dir.resolve("answer.csv"), "old answer");
        Path err = dir.resolve("err.txt");
        Process p = jar(List.of(), "query", "--no-default", "--data", data.toString(), "-e", PRODUCT, "--format", "csv",
                "-o", target.toString()).redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
        int code = terminateOnceWriting(p, dir, n -> n.startsWith(".answer.csv.") && n.endsWith(".part"));
        assertEquals(130, code, Files.readString(err));
        assertEquals(List.of(), files(dir, n -> n.endsWith(".part")));
        assertEquals("old answer", Files.readString(target));
        assertEquals(List.of("interrupted"), Files.readString(err).lines().toList());
    }

    @Test
    void sigtermWhileSpoolingForStdoutExits130AndRemovesTheSpool() throws Exception {
        Process p = jar(List.of(), "query", "--no-default", "--data", data.toString(), "-e", PRODUCT, "--format", "csv")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        int code = terminateOnceWriting(p, tmp, n -> n.contains("kg-explorer-"));
        assertEquals(130, code);
        assertEquals(List.of(), files(tmp, n -> n.contains("kg-explorer-")));
        assertEquals("", Files.readString(dir.resolve("out.txt")));
    }

    @Test
    void aQueryThatRunsOutOfMemoryIsExitTwoWithOneLine() throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = jar(List.of("-Xmx96m"), "query", "--no-default", "--data", data.toString(),
                "-e", PRODUCT + " ORDER BY ?c ?f").redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the run did not end");
        assertEquals(2, p.exitValue(), Files.readString(err));
        assertEquals("", Files.readString(out));
        assertEquals(List.of("the answer does not fit in memory; give Java more with -Xmx or narrow the query"),
                Files.readString(err).lines().toList());
    }

    @Test
    void validateThatRunsOutOfMemoryAfterTheLoadIsExitThreeWithOneLine() throws Exception {
        StringBuilder ttl = new StringBuilder("@prefix kgx: <https://kgexplorer.org/ontology#> .\n");
        for (int i = 0; i < 200_000; i++) {
            ttl.append("<http://ex.org/m").append(i).append("> a kgx:Membership .\n");
        }
        Path memberships = Files.writeString(dir.resolve("memberships.ttl"), ttl);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        // The same heap holds the data (stats answers), but not the 600,000 violations SHACL reports on it.
        Process stats = jar(List.of("-Xmx160m"), "stats", "--no-default", "--data", memberships.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(stats.waitFor(300, TimeUnit.SECONDS), "stats did not end");
        assertEquals(0, stats.exitValue(), Files.readString(err));
        Process validate = jar(List.of("-Xmx160m"), "validate", "--no-default", "--data", memberships.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(validate.waitFor(300, TimeUnit.SECONDS), "validate did not end");
        assertEquals(3, validate.exitValue(), Files.readString(err));
        assertEquals("", Files.readString(out));
        assertEquals(List.of("the data does not fit in memory; give Java more with -Xmx"), Files.readString(err).lines().toList());
    }

    @Test
    void statsThatRunsOutOfMemoryAfterTheLoadIsExitThreeWithOneLine() throws Exception {
        // 20,000 properties with 1,000-character names: the data is 21 MB and loads in 48 MB of heap, but stats'
        // report holds a line of twice that length per property until it is complete (it needs more than 192 MB).
        String name = "x".repeat(1000);
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            nt.append("<http://ex.org/s> <http://ex.org/p/").append(name).append(i).append("> \"v\" .\n");
        }
        Path properties = Files.writeString(dir.resolve("properties.nt"), nt);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process ask = jar(List.of("-Xmx96m"), "query", "--no-default", "--data", properties.toString(), "-e", "ASK {}")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(ask.waitFor(300, TimeUnit.SECONDS), "the query did not end");
        assertEquals(0, ask.exitValue(), "the data fits in this heap: " + Files.readString(err));
        Process stats = jar(List.of("-Xmx96m"), "stats", "--no-default", "--data", properties.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(stats.waitFor(300, TimeUnit.SECONDS), "stats did not end");
        assertEquals(3, stats.exitValue(), Files.readString(err));
        assertEquals("", Files.readString(out));
        assertEquals(List.of("the data does not fit in memory; give Java more with -Xmx"), Files.readString(err).lines().toList());
    }

    @Test
    void aClosedPipeIsExitFiveWithOneLine() throws Exception {
        Path err = dir.resolve("err.txt");
        Process p = jar(List.of(), "query", "--no-default", "--data", data.toString(), "-e",
                "SELECT * { ?a ?b ?c . ?d ?b ?f FILTER(?a != ?d && STRLEN(?c) < 7) }")
                .redirectError(err.toFile()).start();
        p.getInputStream().close();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the run did not end");
        assertEquals(5, p.exitValue(), Files.readString(err));
        assertEquals(1, Files.readString(err).lines().count(), Files.readString(err));
    }

    @Test
    void aFullDiskBehindStdoutIsExitFive() throws Exception {
        for (String command : List.of("stats", "validate")) {
            Path err = dir.resolve("err.txt");
            Process p = jar(List.of(), command).redirectOutput(new File("/dev/full")).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not end");
            assertEquals(5, p.exitValue(), command + ": " + Files.readString(err, StandardCharsets.UTF_8));
            assertEquals(List.of("standard output could not be written (closed, or the disk is full)"),
                    Files.readString(err).lines().toList());
        }
    }
}
