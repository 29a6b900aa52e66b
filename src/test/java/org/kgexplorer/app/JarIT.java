package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: from another folder, without a display. */
class JarIT {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(Path.of(System.getProperty("kgx.jar")).toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
        Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    @Test
    void statsRunsHeadlessFromAnyFolderAndPrintsOnlyTheAnswer() throws Exception {
        Run r = java("stats");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().findFirst().orElseThrow().matches("triples: \\d+"), r.out());
        assertEquals("", r.err(), "no logger noise on stderr");
    }

    @Test
    void theQuestionLibraryAndDataAreInsideTheJar() throws Exception {
        Run r = java("query", "--format", "csv", "--raw", "-e",
                "PREFIX kgx: <https://kgexplorer.org/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?s kgx:quote ?q }");
        assertEquals(0, r.code(), r.err());
        int sentences = Integer.parseInt(r.out().lines().skip(1).findFirst().orElseThrow().strip());
        assertTrue(sentences > 20, r.out());
    }

    @Test
    void aMalformedFileGivesOneLineOnStderrAndExitThree() throws Exception {
        Files.writeString(dir.resolve("bad.ttl"), "@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c .\nex:d ex:e ex:f ex:g .\n");
        Run r = java("stats", "--no-default", "--data", "bad.ttl");
        assertEquals(3, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("bad.ttl:3:"), r.err());
    }

    @Test
    void anUnknownWindowOptionIsAUsageErrorBeforeAnyWindowOpens() throws Exception {
        Run r = java("my.ttl", "--entiy", "Joint Task Force Alpha");
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("kg-explorer: unknown option --entiy. Usage: kg-explorer [FILE... | --store DIR]"), r.err());
    }
}
