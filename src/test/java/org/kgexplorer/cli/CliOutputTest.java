package org.kgexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where answers go: a stdout that cannot be written and -o naming a folder are output errors (exit 5). */
class CliOutputTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void writeData() throws Exception {
        data = dir.resolve("people.ttl");
        Files.writeString(data, """
                @prefix ex: <http://ex.org/> .
                ex:ana a ex:Person ; ex:knows ex:bo .
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"query", "stats", "validate"})
    void aFullStdoutIsExitFiveWithOneLine(String command) throws Exception {
        List<String> args = command.equals("query")
                ? List.of(command, "--no-default", "--data", data.toString(), "-e", "SELECT * { ?s ?p ?o }")
                : List.of(command, "--data", data.toString());
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter full = new PrintWriter(new OutputStreamWriter(new FileOutputStream("/dev/full"), StandardCharsets.UTF_8))) {
            code = KgxCli.run(args.toArray(String[]::new), full, new PrintWriter(err));
        }
        assertEquals(ExitCode.OUTPUT, code, err.toString());
        assertEquals(List.of("standard output could not be written (closed, or the disk is full)"), err.toString().lines().toList());
    }

    @Test
    void dashOIntoAFolderIsAnOutputErrorAndWritesNothing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("answers"));
        for (String target : List.of(folder + "/", folder.toString(), dir.resolve("new") + "/")) {
            CliTest.Run r = CliTest.run("query", "--no-default", "--data", data.toString(), "-e", "ASK {}", "-o", target);
            assertEquals(ExitCode.OUTPUT, r.code(), target);
            assertEquals("", r.out());
            assertEquals(List.of(target + ": names a folder; -o needs a file name"), r.err().lines().toList());
        }
        assertFalse(Files.exists(dir.resolve("new")));
        try (Stream<Path> inside = Files.list(folder)) {
            assertEquals(0, inside.count());
        }
    }

    @Test
    void anEmptyDashOIsAUsageError() {
        CliTest.Run r = CliTest.run("query", "--no-default", "--data", data.toString(), "-e", "ASK {}", "-o", "");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of("-o needs a file name: an empty one names no file"), r.err().lines().toList());
    }

    @Test
    void aFolderThatRefusesNewFilesSaysWhyNotTheNameOfOurTemporary() {
        // /proc/self exists but takes no new file, even for root
        String target = "/proc/self/answer.txt";
        CliTest.Run r = CliTest.run("query", "--no-default", "--data", data.toString(), "-e", "ASK {}", "-o", target);
        assertEquals(ExitCode.OUTPUT, r.code(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(target + ": the answer could not be written ("), r.err());
        assertFalse(lines.get(0).contains(".part"), r.err());
    }

    @Test
    void aSymlinkTargetIsFollowedAndKept() throws Exception {
        Path file = Files.writeString(dir.resolve("answer.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.txt"), file.getFileName());
        CliTest.Run r = CliTest.run("query", "--no-default", "--data", data.toString(), "-e", "ASK { ?s ?p ?o }",
                "-o", link.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("true\n", Files.readString(file));
    }
}
