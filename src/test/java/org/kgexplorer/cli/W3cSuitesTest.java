package org.kgexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * The W3C RDF 1.1 test suites (N-Triples, N-Quads, Turtle, TriG, RDF/XML), every test of every manifest, run
 * through the command line's entry point with the manifest's base IRI: positive syntax and eval tests load (eval:
 * the data is isomorphic to the expected result), negative tests are data errors with a position. The suites are
 * vendored under src/test/resources/w3c with their licence; exclusions, each with its reason, are listed in
 * w3c/exclusions.txt.
 */
class W3cSuitesTest {
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String RDFT = "http://www.w3.org/ns/rdftest#";
    private static final List<String> SUITES = List.of("rdf-n-triples", "rdf-n-quads", "rdf-turtle", "rdf-trig", "rdf-xml");
    private static final int MOST_EXCLUSIONS = 5;

    /** One entry of a manifest. */
    record Entry(String suite, String name, String type, Path action, String base, Path result) {
        boolean negative() {
            return type.contains("Negative");
        }

        boolean eval() {
            return type.endsWith("Eval");
        }
    }

    @TestFactory
    Stream<DynamicNode> everyTestOfEveryManifest() throws Exception {
        Map<String, String> excluded = exclusions();
        List<DynamicNode> suites = new ArrayList<>();
        for (String suite : SUITES) {
            List<DynamicNode> tests = entries(suite).stream()
                    .filter(e -> !excluded.containsKey(e.suite() + "/" + e.name()))
                    .map(e -> (DynamicNode) dynamicTest(e.name(), () -> check(e)))
                    .toList();
            suites.add(DynamicContainer.dynamicContainer(suite, tests));
        }
        return suites.stream();
    }

    @Test
    void everySuiteIsThereAndFewTestsAreExcluded() throws Exception {
        int all = 0;
        for (String suite : SUITES) {
            all += entries(suite).size();
        }
        assertEquals(992, all, "the vendored manifests list 992 tests");
        Map<String, String> excluded = exclusions();
        assertTrue(excluded.size() <= MOST_EXCLUSIONS, "at most five exclusions: " + excluded.keySet());
        excluded.forEach((test, reason) -> assertTrue(reason.length() > 10, test + " needs its reason"));
    }

    private static void check(Entry e) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KgxCli.run(new String[] {"stats", "--no-default", "--base", e.base(), "--data", e.action().toString()},
                new PrintWriter(out), new PrintWriter(err));
        if (e.negative()) {
            assertEquals(ExitCode.DATA, code, "a negative test is a data error: " + err);
            String line = err.toString().strip();
            assertEquals(1, line.lines().count(), "one line: " + line);
            assertTrue(Pattern.compile("^" + Pattern.quote(e.action().toString()) + ":\\d+(:\\d+)?: \\S.*").matcher(line).matches(),
                    "the error names the file and a position: " + line);
            assertEquals("", out.toString(), "nothing on stdout");
            checkLenient(e, line.endsWith(DataOptions.LENIENT_HINT));
            return;
        }
        assertEquals(ExitCode.OK, code, "a positive test loads: " + err);
        assertEquals("", err.toString(), "no message");
        if (e.eval()) {
            assertIsomorphic(e);
        }
    }

    /**
     * With {@code --lenient}, a negative test that failed only on Jena's warnings loads and prints them; one that
     * failed on an error still fails.
     */
    private static void checkLenient(Entry e, boolean onlyWarnings) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KgxCli.run(new String[] {"stats", "--no-default", "--lenient", "--base", e.base(), "--data",
                e.action().toString()}, new PrintWriter(out), new PrintWriter(err));
        List<String> lines = err.toString().lines().toList();
        if (onlyWarnings) {
            assertEquals(ExitCode.OK, code, "--lenient loads it: " + err);
            assertTrue(!lines.isEmpty() && lines.stream().allMatch(l -> l.startsWith(e.action() + ":") && l.contains(": warning: ")),
                    "each warning printed: " + err);
        } else {
            assertEquals(ExitCode.DATA, code, "--lenient never accepts an error: " + err);
        }
    }

    /** Loads the action as the command line does, and compares the data with the expected result. */
    private static void assertIsomorphic(Entry e) throws Exception {
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(e.action()).stream().map(i -> i.withBase(e.base())).toList(), LoadMode.ADD,
                ProgressListener.silent(), Cancellation.none());
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.source(e.result()).base(e.base()).parse(expected);
        boolean same = store.read(actual -> IsoMatcher.isomorphic(expected, actual));
        assertTrue(same, () -> "isomorphic to " + e.result().getFileName() + "; got:\n" + store.read(actual -> {
            StringWriter w = new StringWriter();
            RDFDataMgr.write(w, actual, org.apache.jena.riot.Lang.NQUADS);
            return w.toString();
        }));
    }

    private static List<Entry> entries(String suite) throws IOException, URISyntaxException {
        Path dir = Path.of(W3cSuitesTest.class.getResource("/w3c/" + suite + "/manifest.ttl").toURI()).getParent();
        Graph manifest = GraphFactory.createDefaultGraph();
        RDFParser.source(dir.resolve("manifest.ttl")).parse(manifest);
        Node root = NodeFactory.createURI(dir.resolve("manifest.ttl").toUri().toString());
        // The N-Triples and N-Quads manifests name no base; the suites' home is the one the others name.
        Node assumed = G.getZeroOrOneSP(manifest, root, uri(MF + "assumedTestBase"));
        String testBase = assumed != null ? assumed.getURI() : "https://w3c.github.io/rdf-tests/rdf/rdf11/" + suite + "/";
        Node list = G.getOneSP(manifest, root, uri(MF + "entries"));
        List<Entry> entries = new ArrayList<>();
        for (Node test : G.rdfList(manifest, list)) {
            String type = G.getOneSP(manifest, test, RDF.type.asNode()).getURI().substring(RDFT.length());
            String name = G.getOneSP(manifest, test, uri(MF + "name")).getLiteralLexicalForm();
            Path action = Path.of(java.net.URI.create(G.getOneSP(manifest, test, uri(MF + "action")).getURI()));
            Node resultNode = G.getZeroOrOneSP(manifest, test, uri(MF + "result"));
            Path result = resultNode == null ? null : Path.of(java.net.URI.create(resultNode.getURI()));
            String relative = dir.relativize(action).toString().replace('\\', '/');
            entries.add(new Entry(suite, name, type, relativeToWorkDir(action),
                    testBase + relative, result));
        }
        return entries;
    }

    /** The action as a user would type it from the project folder, so the messages show short paths. */
    private static Path relativeToWorkDir(Path action) {
        Path here = Path.of("").toAbsolutePath();
        return action.startsWith(here) ? here.relativize(action) : action;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** "suite/name" to the reason it is left out. */
    private static Map<String, String> exclusions() throws IOException, URISyntaxException {
        Path file = Path.of(W3cSuitesTest.class.getResource("/w3c/exclusions.txt").toURI());
        return Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toMap(l -> l.split("\\s+", 2)[0], l -> l.split("\\s+", 2).length > 1 ? l.split("\\s+", 2)[1] : ""));
    }
}
