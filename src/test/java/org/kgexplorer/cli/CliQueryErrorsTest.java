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

    @Test
    void aQueryFileWithoutEndIsRefusedBeforeItFillsTheHeap() {
        oneLine(query("-f", "/dev/zero"), ExitCode.USAGE, "/dev/zero: the query file is larger than 64 MB; a query is text, not data");
    }

    @Test
    void aQueryFileThatIsNotUtf8NamesItsFirstBadByte() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.rq"),
                "ASK {\n  FILTER(\"caf\u00e9\" != \"\")\n}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        oneLine(query("-f", latin1.toString()), ExitCode.USAGE,
                "query:2:14: the query is not UTF-8 text (byte 0xe9); save it as UTF-8");
        Path utf16 = Files.write(dir.resolve("utf16.rq"), "ASK {}".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        oneLine(query("-f", utf16.toString()), ExitCode.USAGE, "query:1:1: the query is not UTF-8 text (byte 0xfe)");
    }

    @Test
    void aGraphWithTripleTermsInAFormatThatCannotHoldThemIsExitTwoAndLeavesNoFile() throws Exception {
        data = Files.writeString(dir.resolve("star.ttl"), "PREFIX : <http://ex.org/>\n:a :b :c ~ :r {| :q 1 |} .\n");
        String construct = "CONSTRUCT { ?s ?p ?o } { ?s ?p ?o }";
        oneLine(query("-e", construct, "--format", "rdfxml"), ExitCode.USAGE,
                "--format rdfxml: RDF/XML cannot write triple terms (RDF 1.2): choose Turtle or N-Triples");
        Path target = dir.resolve("answer.jsonld");
        oneLine(query("-e", "DESCRIBE ?s { ?s ?p ?o }", "--format", "jsonld", "-o", target.toString()), ExitCode.USAGE,
                "--format jsonld: JSON-LD cannot write triple terms (RDF 1.2): choose Turtle or N-Triples");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().contains("answer")).toList());
        }
        CliTest.Run turtle = query("-e", construct, "--format", "ntriples");
        assertEquals(ExitCode.OK, turtle.code(), turtle.err());
        assertTrue(turtle.out().contains("<<( <http://ex.org/a> <http://ex.org/b> <http://ex.org/c> )>>"), turtle.out());
    }
}
