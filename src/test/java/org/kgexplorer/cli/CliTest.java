package org.kgexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.kgexplorer.testing.LoopbackServer;

class CliTest {
    @TempDir
    Path dir;
    Path data;

    /** What one run of the command line printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KgxCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void writeData() throws Exception {
        data = dir.resolve("people.ttl");
        Files.writeString(data, """
                @prefix ex: <http://ex.org/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ex:Person a rdfs:Class ; rdfs:label "Person"@en .
                ex:knows rdfs:label "knows"@en .
                ex:ana a ex:Person ; rdfs:label "Ana"@en ; ex:knows ex:bo .
                ex:bo a ex:Person ; rdfs:label "Bo"@en ; ex:knows ex:ana ; ex:note "=1+1" ; ex:age 42 .
                """);
    }

    /**
     * A run that names its command builds that command alone (ADR 35); {@code help CMD} builds them all: the command's
     * usage and a usage error in it read the same either way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"query", "stats", "validate", "load", "compact", "dump"})
    void aCommandBuiltAloneReadsAsItDoesAmongAll(String command) {
        Run alone = run(command, "--help");
        Run amongAll = run("help", command);
        assertEquals(0, alone.code());
        assertEquals(amongAll.out(), alone.out());
        assertEquals(amongAll.code(), alone.code());
        Run wrong = run(command, "--no-such-option");
        assertEquals(2, wrong.code());
        assertEquals(1, wrong.err().lines().count(), wrong.err());
        assertTrue(wrong.err().strip().endsWith("(see: kg-explorer " + command + " --help)"), wrong.err());
    }

    @Test
    void statsPrintsTriplesFirstThenGraphsClassesAndProperties() {
        Run r = run("stats", "--no-default", "--data", data.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("triples: 11", lines.get(0));
        assertEquals("graphs: 0", lines.get(1));
        assertTrue(lines.contains("class: Person <http://ex.org/Person> 2"), r.out());
        assertTrue(lines.contains("property: knows <http://ex.org/knows> 2"), r.out());
        assertTrue(lines.indexOf("property: label <http://www.w3.org/2000/01/rdf-schema#label> 4")
                < lines.indexOf("property: knows <http://ex.org/knows> 2"), "most used first: " + r.out());
        assertEquals("", r.err());
    }

    @Test
    void statsOfTheBundledGraphCountsItsTriples() {
        Run r = run("stats");
        assertEquals(0, r.code(), r.err());
        long triples = Long.parseLong(r.out().lines().findFirst().orElseThrow().substring("triples: ".length()));
        assertTrue(triples >= 300, r.out());
    }

    @Test
    void querySelectAsAlignedTextByDefault() {
        Run r = run("query", "--no-default", "--data", data.toString(), "-e",
                "PREFIX ex: <http://ex.org/> SELECT ?who WHERE { ex:ana ex:knows ?who }");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| ex:bo |"), r.out());
    }

    @Test
    void queryWritesSpreadsheetSafeCsvWithLabelsToAFile() throws Exception {
        Path out = dir.resolve("answer.csv");
        Run r = run("query", "--no-default", "--data", data.toString(), "--format", "csv", "--labels", "-o", out.toString(),
                "-e", "PREFIX ex: <http://ex.org/> SELECT ?p ?note ?age WHERE { ?p ex:note ?note ; ex:age ?age }");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out(), "with -o nothing goes to stdout");
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals("\uFEFFp,p_label,note,age\r\nhttp://ex.org/bo,Bo,'=1+1,42\r\n", csv);
    }

    @Test
    void rawCsvHasNoMarkAndNoGuard() {
        Run r = run("query", "--no-default", "--data", data.toString(), "--format", "csv", "--raw",
                "-e", "PREFIX ex: <http://ex.org/> SELECT ?note WHERE { ?p ex:note ?note }");
        assertEquals("note\r\n=1+1\r\n", r.out());
    }

    @Test
    void askPrintsTrueOrFalse() {
        assertEquals("true\n", run("query", "--no-default", "--data", data.toString(), "-e", "ASK { ?s ?p ?o }").out());
        assertEquals("false\r\n", run("query", "--no-default", "--data", data.toString(), "--format", "csv",
                "-e", "ASK { ?s <http://ex.org/none> ?o }").out());
    }

    @Test
    void constructPrintsTurtleByDefaultAndNTriplesOnRequest() {
        String q = "PREFIX ex: <http://ex.org/> CONSTRUCT { ?a ex:friend ?b } WHERE { ?a ex:knows ?b }";
        Run turtle = run("query", "--no-default", "--data", data.toString(), "-e", q);
        assertTrue(turtle.out().contains("ex:friend"), turtle.out());
        Run nt = run("query", "--no-default", "--data", data.toString(), "--format", "ntriples", "-e", q);
        assertEquals(2, nt.out().lines().count(), nt.out());
    }

    @Test
    void aQuerySyntaxErrorIsExitTwoWithLineAndColumn() {
        Run r = run("query", "--no-default", "--data", data.toString(), "-e", "SELECT ?s\nWHERE { ?s ?p }");
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("query:2:15: unexpected \"}\""), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void malformedDataIsExitThreeWithFileLineAndColumnAndNoOutputFile() throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c .\nex:d ex:e ex:f ex:g .\n");
        Path out = dir.resolve("never.csv");
        Run r = run("query", "--no-default", "--data", bad.toString(), "--format", "csv", "-o", out.toString(),
                "-e", "SELECT * { ?s ?p ?o }");
        assertEquals(ExitCode.DATA, r.code());
        assertTrue(r.err().startsWith(bad + ":3:"), r.err());
        assertEquals(1, r.err().lines().count());
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the two data files: no temporary file left");
        }
    }

    @Test
    void aTimeoutIsExitFourAndPrintsNothing() throws Exception {
        Path many = dir.resolve("many.nt");
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            nt.append("<http://ex.org/s").append(i).append("> <http://ex.org/p> \"").append(i).append("\" .\n");
        }
        Files.writeString(many, nt);
        Path out = dir.resolve("timeout.csv");
        Run r = run("query", "--no-default", "--data", many.toString(), "--timeout", "1", "--format", "csv", "-o", out.toString(),
                "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertEquals(ExitCode.TIMEOUT, r.code(), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(out));
        assertTrue(r.err().contains("time limit"), r.err());
    }

    @Test
    void anUnwritableOutputIsExitFive() {
        Run r = run("query", "--no-default", "--data", data.toString(), "-o", dir.resolve("no/such/folder/a.csv").toString(),
                "--format", "csv", "-e", "SELECT * { ?s ?p ?o }");
        assertEquals(ExitCode.OUTPUT, r.code());
        assertEquals("", r.out());
    }

    @Test
    void serviceIsRefusedWithExitTwoUnlessAllowed() throws Exception {
        try (LoopbackServer server = new LoopbackServer("application/sparql-results+json",
                "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[]}}")) {
            Run r = run("query", "--no-default", "--data", data.toString(),
                    "-e", "SELECT * WHERE { SERVICE <" + server.url("/sparql") + "> { ?s ?p ?o } }");
            assertEquals(ExitCode.USAGE, r.code());
            assertTrue(r.err().contains("--allow-service"), r.err());
            assertEquals(0, server.requests());
        }
    }

    @Test
    void aRemoteJsonLdContextIsExitThree() throws Exception {
        Path remote = dir.resolve("remote.jsonld");
        Files.writeString(remote, "{\"@context\": \"http://127.0.0.1:9/ctx.jsonld\", \"@id\": \"http://ex.org/a\", \"ex:p\": \"v\"}");
        Run r = run("stats", "--no-default", "--data", remote.toString());
        assertEquals(ExitCode.DATA, r.code());
        assertEquals("", r.out());
    }

    @Test
    void aTableFormatForAGraphQueryIsAUsageError() {
        Run r = run("query", "--no-default", "--data", data.toString(), "--format", "csv",
                "-e", "CONSTRUCT WHERE { ?s ?p ?o }");
        assertEquals(ExitCode.USAGE, r.code());
        Run reverse = run("query", "--no-default", "--data", data.toString(), "--format", "turtle",
                "-e", "SELECT * { ?s ?p ?o }");
        assertEquals(ExitCode.USAGE, reverse.code());
    }

    @Test
    void usageErrorsAreExitTwoOnOneLine() {
        for (Run r : List.of(run("query", "--no-such-option", "-e", "ASK {}"), run("stats", "--no-default"),
                run("query", "--no-default", "--data", data.toString()), run("query", "-f", dir.resolve("none.rq").toString()),
                run("query", "--format", "pdf", "-e", "ASK {}"), run("frobnicate"))) {
            assertEquals(ExitCode.USAGE, r.code(), r.err());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void aMissingDataFileIsExitThree() {
        Run r = run("stats", "--no-default", "--data", dir.resolve("missing.ttl").toString());
        assertEquals(ExitCode.DATA, r.code());
        assertTrue(r.err().contains("missing.ttl: no such file"), r.err());
    }

    @Test
    void validateTheBundledGraphConforms() {
        Run r = run("validate");
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    void validateReportsViolationsInWordsWithExitOne() throws Exception {
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, """
                @prefix kgx: <https://kgexplorer.org/ontology#> .
                <https://kgexplorer.org/id/Nameless> a kgx:TaskForce .
                """);
        Run r = run("validate", "--data", broken.toString());
        assertEquals(ExitCode.VIOLATIONS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Violation: Nameless <https://kgexplorer.org/id/Nameless>"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"query", "stats", "validate"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: kg-explorer " + command), r.out());
        assertTrue(r.out().contains("--data"), r.out());
    }
}
