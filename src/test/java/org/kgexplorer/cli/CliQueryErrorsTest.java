package org.kgexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query errors on the command line: exit 2 (4 for time), nothing on stdout, one line that starts with its position. */
class CliQueryErrorsTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void writeData() throws Exception {
        data = Files.writeString(dir.resolve("d.ttl"), "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n");
    }

    private CliTest.Run query(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("query", "--no-default", "--data", data.toString()));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    private static void oneLine(CliTest.Run r, int code, String start) {
        assertEquals(code, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
    }

    @Test
    void everyQueryErrorStartsWithItsPosition() {
        oneLine(query("-e", "FOO"), ExitCode.USAGE, "query:1:1: ");
        oneLine(query("-e", "LOAD <http://ex.org/x>"), ExitCode.USAGE, "query:1:1: LOAD is an update");
        oneLine(query("-e", "INSERT DATA { <http://ex.org/a> <http://ex.org/p> 1 }"), ExitCode.USAGE, "query:1:1: ");
        oneLine(query("-e", "CLEAR ALL"), ExitCode.USAGE, "query:1:1: ");
        oneLine(query("-e", "# drop\n\nDROP ALL"), ExitCode.USAGE, "query:3:1: ");
    }

    @Test
    void aQueryFileThatIsNotUtf8IsExitTwoAtTheBadByte() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.rq"),
                new byte[] {'A', 'S', 'K', ' ', '{', ' ', '?', 's', ' ', '?', 'p', ' ', '"', (byte) 0xE9, '"', ' ', '}'});
        oneLine(query("-f", latin1.toString()), ExitCode.USAGE, "query:1:14: the query is not UTF-8 text (byte 0xe9)");
    }

    @Test
    void deepNestingIsExitTwoWithOneLine() throws Exception {
        Path deep = Files.writeString(dir.resolve("deep.rq"),
                "SELECT * { FILTER(" + "(".repeat(3000) + "1" + ")".repeat(3000) + ") }");
        oneLine(query("-f", deep.toString()), ExitCode.USAGE, "query:1:3018: nested too deeply");
        Path sum = Files.writeString(dir.resolve("sum.rq"), "SELECT (1" + "+1".repeat(10_000) + " AS ?x) {}");
        oneLine(query("-f", sum.toString()), ExitCode.USAGE, "query:1:8: nested too deeply");
    }

    @Test
    void serviceInsideAnExpressionIsExitTwoAtItsPosition() {
        oneLine(query("-e", "SELECT ?s (EXISTS { SERVICE <http://127.0.0.1:9/s> {} } AS ?x) { ?s ?p ?o }"),
                ExitCode.USAGE, "query:1:21: SERVICE <http://127.0.0.1:9/s> refused");
        CliTest.Run comment = query("-e", "# SERVICE <http://127.0.0.1:9/s>\nASK { ?s ?p 'SERVICE' }");
        assertEquals(0, comment.code(), comment.err());
        assertEquals("false\n", comment.out());
    }

    @Test
    void readingAHugeQueryCountsAgainstTheTimeout() throws Exception {
        // JavaCC reads a 3 MB comment in seconds (10 MB took 53 s): the abandoned parse ends soon after the test.
        Path huge = Files.writeString(dir.resolve("huge.rq"), "#" + "x".repeat(3_000_000) + "\nASK {}");
        long start = System.nanoTime();
        oneLine(query("--timeout", "0.5", "-f", huge.toString()), ExitCode.TIMEOUT,
                "the query did not finish within its time limit of 0.5 s");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 8000, "took " + millis + " ms");
    }
}
