package org.kgexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kgexplorer.cli.CliTest.Run;

/** Data that is deep, cut short, not UTF-8 or only warned about: a data error on one line, or a lenient load. */
class HostileDataCliTest {
    @TempDir
    Path dir;

    private static Run stats(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "stats";
        args[1] = "--no-default";
        System.arraycopy(more, 0, args, 2, more.length);
        return CliTest.run(args);
    }

    private static void assertDataError(Run r, String expectedLine) {
        assertEquals(ExitCode.DATA, r.code(), r.err());
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(expectedLine, r.err().strip());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void deeplyNestedTurtleCollectionsAreNestedTooDeeplyAtTheDeepestPoint() throws Exception {
        int depth = 200_000;
        String prefix = "<http://ex.org/s> <http://ex.org/p> ";
        Path deep = write("deep.ttl", "\n" + prefix + "(".repeat(depth) + " 1 " + ")".repeat(depth) + " .\n");
        Run r = stats("--data", deep.toString());
        assertDataError(r, deep + ":2:" + (prefix.length() + depth) + ": nested too deeply");
    }

    @Test
    void deeplyNestedBlankNodesInTrigAreNestedTooDeeply() throws Exception {
        int depth = 200_000;
        Path deep = write("deep.trig", "<http://ex.org/g> { <http://ex.org/s> <http://ex.org/p> "
                + "[ <http://ex.org/p> ".repeat(depth) + "1" + " ]".repeat(depth) + " . }\n");
        Run r = stats("--data", deep.toString());
        assertEquals(ExitCode.DATA, r.code(), r.err());
        assertTrue(r.err().strip().matches("\\Q" + deep + "\\E:1:\\d+: nested too deeply"), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"arrays,'[',']'", "objects,'{\"http://ex.org/p\":','}'"})
    void deeplyNestedJsonLdIsNestedTooDeeply(String kind, String open, String close) throws Exception {
        int depth = 200_000;
        Path deep = write("deep-" + kind + ".jsonld",
                "{\"@id\":\"http://ex.org/s\",\n\"http://ex.org/p\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}");
        Run r = stats("--data", deep.toString());
        assertEquals(ExitCode.DATA, r.code(), r.err());
        assertTrue(r.err().strip().matches("\\Q" + deep + "\\E:2:\\d+: nested too deeply"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void aDeeplyNestedXmlLiteralInRdfXmlIsNestedTooDeeply() throws Exception {
        int depth = 200_000;
        Path deep = write("deep.rdf", "<?xml version=\"1.0\"?>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://ex.org/\">\n"
                + "<rdf:Description rdf:about=\"http://ex.org/a\"><ex:p rdf:parseType=\"Literal\">\n"
                + "<ex:x>".repeat(depth) + "v" + "</ex:x>".repeat(depth) + "</ex:p></rdf:Description></rdf:RDF>\n");
        Run r = stats("--data", deep.toString());
        assertEquals(ExitCode.DATA, r.code(), r.err());
        assertTrue(r.err().strip().matches("\\Q" + deep + "\\E:4:\\d+: nested too deeply"), r.err());
    }

    @Test
    void nestingThatRealDataUsesStillLoads() throws Exception {
        int depth = 3_000;
        Path deep = write("deep.ttl", "<http://ex.org/s> <http://ex.org/p> " + "(".repeat(depth) + " 1 " + ")".repeat(depth) + " .\n");
        Run r = stats("--data", deep.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("triples: " + (2 * depth + 1) + "\n"), r.out());
    }

    @Test
    void aTruncatedGzipFileIsADataErrorAndAddsNothing() throws Exception {
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            nt.append("<http://ex.org/s").append(i).append("> <http://ex.org/p> \"value ").append(i).append("\" .\n");
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(whole)) {
            gz.write(nt.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = whole.toByteArray();
        Path cut = dir.resolve("cut.nt.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertDataError(stats("--data", cut.toString()), cut + ": the compressed data ends early");
        Path header = dir.resolve("header.nt.gz");
        Files.write(header, Arrays.copyOf(bytes, 5));
        assertDataError(stats("--data", header.toString()), header + ": the compressed data ends early");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a stray continuation byte mid-line, 80",
            "a byte that is never UTF-8, FF",
            "an overlong encoding of '/', C0AF",
            "an overlong three-byte encoding, E08080",
            "an encoded surrogate, EDA080",
            "a character cut off, E282"})
    void invalidUtf8IsADataErrorAtTheFirstBadByte(String what, String hex) throws Exception {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes("<http://ex.org/a> <http://ex.org/p> \"fine é\" .\n".getBytes(StandardCharsets.UTF_8));
        content.writeBytes("<http://ex.org/a> <http://ex.org/p> \"ab".getBytes(StandardCharsets.UTF_8));
        content.writeBytes(bad);
        content.writeBytes("cd\" .\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("bad.nt");
        Files.write(file, content.toByteArray());
        Run r = stats("--data", file.toString());
        assertEquals(ExitCode.DATA, r.code(), r.err());
        assertTrue(r.err().startsWith(file + ":2:40: not valid UTF-8: byte 0x" + hex.substring(0, 2).toLowerCase()), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void invalidUtf8InACommentOfATurtleFileIsADataErrorToo() throws Exception {
        Path file = dir.resolve("comment.ttl");
        byte[] head = "# caf".getBytes(StandardCharsets.US_ASCII);
        byte[] rest = "\n<http://ex.org/a> <http://ex.org/p> 1 .\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(head);
        content.write(0xE9);
        content.writeBytes(rest);
        Files.write(file, content.toByteArray());
        Run r = stats("--data", file.toString());
        assertEquals(ExitCode.DATA, r.code(), r.err());
        assertTrue(r.err().startsWith(file + ":1:6: not valid UTF-8: byte 0xe9"), r.err());
    }

    @Test
    void aRelativeIriInNTriplesIsADataErrorThatSaysLenientLoadsIt() throws Exception {
        Path file = write("relative.nt", "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n<a> <http://ex.org/p> <b> .\n");
        Run r = stats("--data", file.toString());
        assertEquals(ExitCode.DATA, r.code(), r.err());
        assertTrue(r.err().startsWith(file + ":2:1: "), r.err());
        assertTrue(r.err().strip().endsWith("(--lenient loads it anyway)"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void lenientLoadsItAndPrintsEachWarningWithItsPosition() throws Exception {
        Path file = write("relative.nt", "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n<a> <http://ex.org/p> \"x\" .\n");
        Run r = stats("--lenient", "--data", file.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("triples: 2\n"), r.out());
        assertEquals(List.of(file + ":2:1: warning: Bad IRI: Relative IRI: a"), r.err().lines().toList());
    }

    @Test
    void lenientShowsTwentyWarningsThenCountsTheRest() throws Exception {
        StringBuilder nt = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            nt.append("<s").append(i).append("> <http://ex.org/p> \"x\" .\n");
        }
        Path file = write("many.nt", nt.toString());
        Run r = stats("--lenient", "--data", file.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(21, lines.size(), r.err());
        assertEquals(file + ":20:1: warning: Bad IRI: Relative IRI: s20", lines.get(19));
        assertEquals(file + ": 5 more warnings", lines.get(20));
    }

    @Test
    void aBaseIriJenaCannotResolveAgainstIsADataErrorWithoutTheLenientHintAndLenientRefusesItToo() throws Exception {
        Path file = write("bad-base.ttl", "@prefix ex: <http://ex.org/> .\n@base <%zz://x> .\n<a> ex:p ex:b .\n");
        Run strict = stats("--data", file.toString());
        assertEquals(ExitCode.DATA, strict.code(), strict.err());
        assertEquals(1, strict.err().lines().count(), strict.err());
        assertTrue(strict.err().startsWith(file + ":2:1: not valid Turtle: <%zz://x> "), strict.err());
        assertFalse(strict.err().contains("--lenient"), strict.err());

        Run lenient = stats("--lenient", "--data", file.toString());
        assertEquals(ExitCode.DATA, lenient.code(), lenient.err());
        assertEquals("", lenient.out());
        List<String> lines = lenient.err().lines().toList();
        assertEquals(List.of(file + ":2:1: warning: Bad IRI: <%zz://x> Code: 0/ILLEGAL_CHARACTER in SCHEME: The character "
                        + "violates the grammar rules for URIs/IRIs.",
                file + ":2:1: not valid Turtle: <%zz://x> Code: 0/ILLEGAL_CHARACTER in SCHEME: The character violates "
                        + "the grammar rules for URIs/IRIs."), lines);
    }

    @Test
    void aBaseIriThatJenaOnlyWarnsAboutStillSaysLenientLoadsItAndLenientDoes() throws Exception {
        Path file = write("urn-base.ttl", "@base <urn:x:Y> .\n<http://ex.org/a> <http://ex.org/p> 1 .\n");
        Run strict = stats("--data", file.toString());
        assertEquals(ExitCode.DATA, strict.code(), strict.err());
        assertTrue(strict.err().strip().endsWith("(--lenient loads it anyway)"), strict.err());
        Run lenient = stats("--lenient", "--data", file.toString());
        assertEquals(ExitCode.OK, lenient.code(), lenient.err());
        assertTrue(lenient.out().startsWith("triples: 1\n"), lenient.out());
    }

    @Test
    void lenientNeverAcceptsWhatJenaCallsAnError() throws Exception {
        Path file = write("broken.ttl", "<http://ex.org/a{b}> <http://ex.org/p> 1 .\n<http://ex.org/b> <http://ex.org/p> .\n");
        Run r = stats("--lenient", "--data", file.toString());
        assertEquals(ExitCode.DATA, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        String error = lines.get(lines.size() - 1);
        assertTrue(lines.subList(0, lines.size() - 1).stream().allMatch(l -> l.startsWith(file + ":1:") && l.contains(": warning: ")),
                r.err());
        assertTrue(error.startsWith(file + ":2:37: not valid Turtle"), r.err());
        assertTrue(!error.contains("--lenient"), r.err());
    }

    @Test
    void lenientWorksOnQueryAndValidateToo() throws Exception {
        Path file = write("relative.nt", "<a> <http://ex.org/p> \"x\" .\n");
        Run query = CliTest.run("query", "--no-default", "--lenient", "--data", file.toString(),
                "-e", "SELECT ?s WHERE { ?s ?p ?o }", "--format", "tsv");
        assertEquals(ExitCode.OK, query.code(), query.err());
        assertTrue(query.out().contains("<a>"), "N-Triples has no base: the IRI stays as written: " + query.out());
        assertEquals(1, query.err().lines().count(), query.err());
        Run validate = CliTest.run("validate", "--no-default", "--data", file.toString());
        assertEquals(ExitCode.DATA, validate.code(), validate.err());
        assertTrue(validate.err().strip().endsWith("(--lenient loads it anyway)"), validate.err());
        Run lenient = CliTest.run("validate", "--no-default", "--lenient", "--data", file.toString());
        assertEquals(ExitCode.OK, lenient.code(), lenient.err());
    }

    @Test
    void baseResolvesTheRelativeIrisOfTheDataFiles() throws Exception {
        Path file = write("relative.ttl", "<a> <p> <b> .\n");
        Run r = CliTest.run("query", "--no-default", "--base", "https://w3c.github.io/rdf-tests/x/", "--data",
                file.toString(), "-e", "SELECT ?s ?o WHERE { ?s ?p ?o }", "--format", "tsv");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("<https://w3c.github.io/rdf-tests/x/a>\t<https://w3c.github.io/rdf-tests/x/b>"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aBaseThatIsNotAnAbsoluteIriIsAUsageError() throws Exception {
        Path file = write("a.ttl", "<a> <p> <b> .\n");
        Run r = stats("--base", "relative/path", "--data", file.toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertEquals("--base relative/path: the base must be an absolute IRI, such as https://example.org/", r.err().strip());
    }

    @Test
    void aFileNameThatIsNotUtf8LoadsWhenGivenDirectlyAsThroughItsFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("names"));
        // A Latin-1 name (the byte 0xE9 alone): Java cannot write such a name from a String, so the shell does.
        Process p = new ProcessBuilder("sh", "-c", "printf '<http://ex.org/a> <http://ex.org/p> \"x\" .\\n' > \"$1/caf$(printf '\\351').nt\"",
                "sh", folder.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        Path listed;
        try (var entries = Files.list(folder)) {
            listed = entries.findFirst().orElseThrow();
        }
        // What the command line hands over: the name as Java decoded it, with U+FFFD for the byte.
        String asTyped = listed.toString();
        assertTrue(asTyped.contains("\uFFFD"), asTyped);
        Run direct = stats("--data", asTyped);
        assertEquals(ExitCode.OK, direct.code(), direct.err());
        Run viaFolder = stats("--data", folder.toString());
        assertEquals(ExitCode.OK, viaFolder.code(), viaFolder.err());
        assertEquals(viaFolder.out(), direct.out());
        assertTrue(direct.out().startsWith("triples: 1\n"), direct.out());
    }

    @Test
    void symlinkedSubfoldersAreFollowedOnceAndLoopsEnd() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        write("data/a.nt", "<http://ex.org/a> <http://ex.org/p> \"a\" .\n");
        write("elsewhere/b.nt", "<http://ex.org/b> <http://ex.org/p> \"b\" .\n");
        Files.createSymbolicLink(data.resolve("linked"), elsewhere);
        Files.createSymbolicLink(data.resolve("linked-again"), elsewhere);
        Files.createSymbolicLink(elsewhere.resolve("back"), data);
        Run r = CliTest.run("query", "--no-default", "--data", data.toString(), "-e",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "tsv");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(List.of("?n", "2"), r.out().lines().toList());
        Run sources = stats("--data", data.toString());
        assertTrue(sources.out().startsWith("triples: 2\n"), sources.out());
    }

    @Test
    void anXmlEntityThatNothingDefinesIsAWarningNotASilentEmptyString() throws Exception {
        Path file = write("entity.rdf", """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF SYSTEM "http://127.0.0.1:9/never-read.dtd">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex.org/">
                  <rdf:Description rdf:about="http://ex.org/a"><ex:p>a &undefined; b</ex:p></rdf:Description>
                </rdf:RDF>
                """);
        Run r = stats("--data", file.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).matches("\\Q" + file + "\\E:4:\\d+: warning: the entity &undefined; is not defined in the file.*"),
                r.err());
    }

    @Test
    void anEmptyDataPathIsAUsageErrorNotTheCurrentFolder() {
        Run r = stats("--data", "");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("--data needs a path: an empty one names no file", r.err().strip());
    }

    @Test
    void aJsonLdErrorSaysItsMessageOnceWithoutTitaniumsWrapping() throws Exception {
        Path file = write("context.jsonld", "{\"@context\": 42, \"@id\": \"http://ex.org/a\", \"http://ex.org/p\": \"x\"}");
        assertDataError(stats("--data", file.toString()),
                file + ": not valid JSON-LD: In invalid local context was detected [code=INVALID_LOCAL_CONTEXT].");
    }

    @Test
    void underALocaleWithoutUtf8ANonAsciiFileNameIsOneLineThatSaysWhatToRun() throws Exception {
        Path file = write("caf\u00e9.nt", "<http://ex.org/a> <http://ex.org/p> \"x\" .\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), org.kgexplorer.app.Launcher.class.getName(),
                "stats", "--no-default", "--data", file.toString());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("DISPLAY"));
        pb.environment().put("LC_ALL", "C");
        Process p = pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "the run did not end");
        List<String> err = Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(ExitCode.USAGE, p.exitValue(), err.toString());
        assertEquals("", Files.readString(dir.resolve("out.txt")));
        assertEquals(1, err.size(), err.toString());
        assertTrue(err.get(0).contains(": not a file name here (this locale's file names are ")
                && err.get(0).contains("; run with a UTF-8 locale, such as LANG=C.UTF-8)"), err.get(0));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void everyMemberOfAConcatenatedGzipFileLoadsAndACutOrDamagedOneIsADataError() throws Exception {
        byte[] first = gzip("<http://ex.org/a> <http://ex.org/p> \"1\" .\n");
        byte[] second = gzip("<http://ex.org/b> <http://ex.org/p> \"2\" .\n");
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(first);
        both.writeBytes(second);
        Path whole = Files.write(dir.resolve("both.nt.gz"), both.toByteArray());
        Run r = stats("--data", whole.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("triples: 2\n"), r.out());

        // the second member cut inside its header: the JDK's reader took it for the end and loaded one triple
        Path cut = Files.write(dir.resolve("cut.nt.gz"), Arrays.copyOf(both.toByteArray(), first.length + 5));
        assertDataError(stats("--data", cut.toString()), cut + ": the compressed data ends early");

        ByteArrayOutputStream trailing = new ByteArrayOutputStream();
        trailing.writeBytes(first);
        trailing.writeBytes("<http://ex.org/c> <http://ex.org/p> \"3\" .\n".getBytes(StandardCharsets.UTF_8));
        Path plainAfter = Files.write(dir.resolve("after.nt.gz"), trailing.toByteArray());
        assertDataError(stats("--data", plainAfter.toString()),
                plainAfter + ": something that is not compressed data follows the compressed data");

        Path notGzip = write("plain.nt.gz", "<http://ex.org/a> <http://ex.org/p> \"1\" .\n");
        assertDataError(stats("--data", notGzip.toString()), notGzip + ": not gzip-compressed data, though its name ends .gz");
    }
}
