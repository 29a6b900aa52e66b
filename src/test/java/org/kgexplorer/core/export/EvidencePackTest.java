package org.kgexplorer.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgexplorer.core.export.PackXml.byClass;
import static org.kgexplorer.core.export.PackXml.parse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.project.ViewState;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An evidence pack of the bundled graph and of hostile data, written and parsed back as XML. */
class EvidencePackTest {
    static final String KG = Fixtures.KG;
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String SVG = "http://www.w3.org/2000/svg";
    static final EvidencePackWriter.Headings ENGLISH = new EvidencePackWriter.Headings("en", "Evidence pack", "Scenes",
            "Graph", "Query", "No query", "Answer", "{0,choice,0#no rows|1#1 row|1<{0,number,integer} rows}",
            "The first {0} of {1} rows", "Evidence", "Sentence {0}", "No sentence", "General knowledge:",
            "No relationship", "Reproducibility", "The block beside a saved CSV", "Empty graph",
            "The first {0} of at least {1} rows", "No class");
    static final String QUERY = "PREFIX kg: <" + KG + ">\nPREFIX kgx: <" + Fixtures.KGX + ">\n"
            + "SELECT ?who WHERE { ?who kgx:takesPartIn kg:JointTaskForceAlpha } ORDER BY ?who";

    @TempDir
    Path dir;

    @Test
    void aSavedViewOfTheBundledGraphHasOneNodePerEntityEveryFactsSentenceTheAnswerAndTheBlock() throws Exception {
        KnowledgeStore store = Fixtures.bundled();
        List<String> nodes = List.of(KG + "JointTaskForceAlpha", KG + "OperationSentinel", KG + "ICE",
                KG + "HomelandSecurityInvestigations", KG + "July2022Meeting");
        // no positions: the nodes are laid out as the graph view lays them out
        ViewState view = new ViewState(nodes, Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), "FORCE",
                ViewState.Camera.DEFAULT, List.of());
        EvidencePack.Scene scene = scene(store, "Joint Task Force Alpha", QUERY, view, LabelMode.ENGLISH);
        Path file = dir.resolve("pack.html");
        EvidencePackWriter.write(file, new EvidencePack("Lesson", List.of(scene)), ENGLISH, Cancellation.none());

        Document doc = parse(file);
        Element svg = (Element) doc.getElementsByTagNameNS(SVG, "svg").item(0);
        List<Element> circles = byClass(svg.getElementsByTagNameNS(SVG, "circle"), "node");
        assertEquals(nodes.size(), circles.size(), "one circle per node");
        Set<String> drawn = new HashSet<>();
        circles.forEach(c -> drawn.add(c.getTextContent()));
        assertEquals(Set.copyOf(nodes), drawn, "each circle is titled with its node's IRI");
        for (Element c : circles) {
            double cx = Double.parseDouble(c.getAttribute("cx"));
            assertTrue(cx > 0 && cx < Double.parseDouble(svg.getAttribute("width")), "inside the drawing: " + cx);
        }
        assertTrue(svg.getElementsByTagNameNS(SVG, "line").getLength() > 0, "the relationships are drawn");
        assertTrue(text(svg).contains("Joint Task Force Alpha"), "labels in the label language");

        // every sentence the data gives for a relationship between the view's nodes is quoted in the pack
        Set<String> quoted = new HashSet<>();
        NodeList quotes = doc.getElementsByTagNameNS(XHTML, "blockquote");
        for (int i = 0; i < quotes.getLength(); i++) {
            quoted.add(((Element) quotes.item(i)).getElementsByTagNameNS(XHTML, "p").item(0).getTextContent());
        }
        List<String> expected = sentencesAmong(store, nodes);
        assertFalse(expected.isEmpty(), "the view's relationships have evidence in the bundled graph");
        for (String sentence : expected) {
            assertTrue(quoted.contains(sentence), "the pack quotes: " + sentence);
        }
        assertEquals(scene.facts().size(), ((Element) byClass(doc.getElementsByTagNameNS(XHTML, "ol"), "facts").get(0))
                .getElementsByTagNameNS(XHTML, "li").getLength(), "one list item per fact");

        // the answer, as the results table shows it (labels), with its row count
        Element table = (Element) doc.getElementsByTagNameNS(XHTML, "table").item(0);
        int rows = table.getElementsByTagNameNS(XHTML, "tbody").item(0).getChildNodes().getLength();
        List<String> who = answer(store, QUERY);
        assertTrue(who.size() >= 3, "the query answers: " + who);
        assertEquals(who.size(), table.getElementsByTagNameNS(XHTML, "tr").getLength() - 1);
        assertTrue(rows > 0);
        assertTrue(text(table).contains("U.S. Immigration and Customs Enforcement") || text(table).contains("ICE"),
                text(table));
        assertEquals(who.size() + " rows", byClass(doc.getElementsByTagNameNS(XHTML, "p"), "rows").get(0).getTextContent());

        // the query, and the same block as beside a saved CSV
        assertEquals(QUERY, byClass(doc.getElementsByTagNameNS(XHTML, "pre"), "query").get(0).getTextContent());
        String block = byClass(doc.getElementsByTagNameNS(XHTML, "pre"), "reproducibility").get(0).getTextContent();
        JsonObject json = JSON.parse(block);
        assertEquals(List.of("query", "sources", "inference", "created", "software", "rows"), List.copyOf(json.keys()));
        assertEquals(QUERY, json.getString("query"));
        assertEquals(who.size(), json.get("rows").getAsNumber().value().intValue());
        assertEquals("none", json.getString("inference"));
        assertEquals(scene.reproducibility(), block);
        assertEquals("en", doc.getDocumentElement().getAttribute("lang"));
        assertNoScriptOrExternalResource(doc);
    }

    @Test
    void theViewOnScreenIsDrawnWhereItsNodesStand() throws Exception {
        KnowledgeStore store = Fixtures.bundled();
        List<String> nodes = List.of(KG + "JointTaskForceAlpha", KG + "OperationSentinel", KG + "ICE");
        Map<String, ViewState.Point> at = Map.of(nodes.get(0), new ViewState.Point(0, 0),
                nodes.get(1), new ViewState.Point(300, 0), nodes.get(2), new ViewState.Point(150, 200));
        ViewState view = new ViewState(nodes, at, Set.of(), Set.of(), Set.of(), Set.of(), "FORCE",
                ViewState.Camera.DEFAULT, List.of());
        EvidencePack.Scene scene = scene(store, "", "", view, LabelMode.SPANISH);
        assertEquals(3, scene.drawing().nodes().size());
        for (EvidencePack.Node n : scene.drawing().nodes()) {
            assertEquals(at.get(n.id()).x(), n.x(), 1e-3, n.id());
            assertEquals(at.get(n.id()).y(), n.y(), 1e-3, n.id());
        }
        assertEquals(null, scene.table(), "no query, no answer");
        Path file = dir.resolve("screen.html");
        EvidencePackWriter.write(file, new EvidencePack("", List.of(scene)), ENGLISH, Cancellation.none());
        List<Element> circles = byClass(parse(file).getElementsByTagNameNS(SVG, "circle"), "node");
        Map<String, Double> cx = new java.util.HashMap<>();
        circles.forEach(c -> cx.put(c.getTextContent(), Double.parseDouble(c.getAttribute("cx"))));
        assertTrue(cx.get(nodes.get(0)) < cx.get(nodes.get(2)) && cx.get(nodes.get(2)) < cx.get(nodes.get(1)),
                "left to right as on screen: " + cx);
    }

    @Test
    void labelsQueriesAndCaptionsFromTheDataAreTextNeverMarkup() throws Exception {
        Path data = dir.resolve("hostile.ttl");
        String hostile = "<script>alert(1)</script> & ]]> \\\" '";
        Files.writeString(data, """
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix ex: <http://example.org/h/> .
                ex:a rdfs:label "%s\\u0001" ; ex:knows ex:b .
                ex:b rdfs:label "<img src=x onerror=alert(2)>" .
                ex:knows rdfs:label "</text></svg><script>x()</script>" .
                """.formatted(hostile), StandardCharsets.UTF_8);
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(List.of(data)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        String query = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } # </pre><script>y()</script>";
        ViewState view = new ViewState(List.of("http://example.org/h/a", "http://example.org/h/b"), Map.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), "", ViewState.Camera.DEFAULT, List.of());
        EvidencePack.Scene scene = scene(store, "<b>caption</b>", query, view, LabelMode.ENGLISH);
        Path file = dir.resolve("hostile.html");
        EvidencePackWriter.write(file, new EvidencePack("<i>title</i>", List.of(scene)), ENGLISH, Cancellation.none());

        Document doc = parse(file);
        assertNoScriptOrExternalResource(doc);
        assertEquals(0, doc.getElementsByTagNameNS("*", "b").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "i").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength());
        String all = doc.getDocumentElement().getTextContent();
        assertTrue(all.contains("<script>alert(1)</script> & ]]> \" '"), "the label is shown as written");
        assertTrue(all.contains("<img src=x onerror=alert(2)>"));
        assertTrue(all.contains("</text></svg><script>x()</script>"), "the property's label too");
        assertTrue(all.contains("<b>caption</b>") && all.contains("<i>title</i>"));
        assertEquals(query, byClass(doc.getElementsByTagNameNS(XHTML, "pre"), "query").get(0).getTextContent());
        assertEquals(2, byClass(doc.getElementsByTagNameNS(SVG, "circle"), "node").size());
    }

    @Test
    void aCancelledPackLeavesNoFileAndAnEarlierOneAsItWas() throws Exception {
        KnowledgeStore store = Fixtures.bundled();
        ViewState view = new ViewState(List.of(KG + "JointTaskForceAlpha"), Map.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), "", ViewState.Camera.DEFAULT, List.of());
        EvidencePack.Scene scene = scene(store, "", QUERY, view, LabelMode.ENGLISH);
        List<List<String>> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(List.of("row " + i));
        }
        EvidencePack.Scene big = new EvidencePack.Scene("big", "SELECT * {}",
                new EvidencePack.Table(List.of("x"), many, 5000, false), scene.drawing(), scene.facts(), scene.reproducibility(),
                "");
        EvidencePack pack = new EvidencePack("", List.of(scene, big));
        Path file = dir.resolve("cancelled.html");
        // cancelled while the big table's rows are written: the writer stops at its next check
        Cancellation cancellation = new Cancellation();
        java.io.Writer probe = new java.io.StringWriter() {
            @Override
            public void write(String s) {
                super.write(s);
                if (s.startsWith("<td>row 300<")) {
                    cancellation.cancel();
                }
            }
        };
        assertThrows(CancellationException.class, () -> EvidencePackWriter.write(probe, pack, ENGLISH, cancellation));
        assertTrue(probe.toString().contains("row 300") && !probe.toString().contains("row 4999"), "stopped midway");
        assertThrows(CancellationException.class, () -> EvidencePackWriter.write(file, pack, ENGLISH, cancellation));
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no temporary file is left either");
        }
        EvidencePackWriter.write(file, pack, ENGLISH, Cancellation.none());
        byte[] before = Files.readAllBytes(file);
        assertThrows(CancellationException.class, () -> EvidencePackWriter.write(file, new EvidencePack("other",
                List.of(big)), ENGLISH, cancellation));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the earlier pack is as it was");
    }

    @Test
    void aQueryThatFailsWritesItsProblemInPlaceOfItsAnswerAndTheLessonGoesOn() throws Exception {
        KnowledgeStore store = Fixtures.bundled();
        ViewState view = new ViewState(List.of(KG + "JointTaskForceAlpha"), Map.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), "", ViewState.Camera.DEFAULT, List.of());
        EvidencePack.Scene halfTyped = scene(store, "half", "SELECT ?x WHERE { ?x", view, LabelMode.ENGLISH);
        EvidencePack.Scene service = scene(store, "service",
                "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", view, LabelMode.ENGLISH);
        EvidencePack.Scene good = scene(store, "good", QUERY, view, LabelMode.ENGLISH);
        assertEquals(null, halfTyped.table());
        assertTrue(halfTyped.problem().startsWith("query:1:"), halfTyped.problem());
        assertFalse(halfTyped.problem().contains("\n"), "one line");
        assertEquals(null, service.table());
        assertFalse(service.problem().isBlank(), "SERVICE is refused");
        assertEquals("", good.problem());
        Path file = dir.resolve("lesson.html");
        EvidencePackWriter.write(file, new EvidencePack("Lesson", List.of(halfTyped, service, good)), ENGLISH,
                Cancellation.none());
        Document doc = parse(file);
        List<Element> problems = byClass(doc.getElementsByTagNameNS(XHTML, "p"), "problem");
        assertEquals(List.of(halfTyped.problem(), service.problem()), problems.stream().map(Element::getTextContent).toList());
        assertEquals(3, byClass(doc.getElementsByTagNameNS(XHTML, "section"), "scene").size(), "every scene written");
        assertEquals(1, byClass(doc.getElementsByTagNameNS(XHTML, "table"), "answer").size(), "the good one's answer");
    }

    @Test
    void aQueryStopsAtTheTimeLimitGivenAndTheSceneSaysSo() throws Exception {
        KnowledgeStore store = Fixtures.bundled();
        // every triple against every triple against every triple: far longer than the limit
        String endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        EvidencePacks.Options limited = EvidencePacks.Options.of(store, LabelMode.ENGLISH, false, 200);
        long start = System.nanoTime();
        EvidencePack.Scene scene = EvidencePacks.scene(store, "", endless, ViewState.EMPTY, Map.of(), limited,
                Cancellation.none());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(null, scene.table());
        assertTrue(scene.problem().startsWith("the query did not finish within its time limit of 0.2 s"), scene.problem());
        assertTrue(millis < 60_000, "stopped at the limit, not hours later at the end: " + millis + " ms");
    }

    @Test
    void aStreamedAnswerIsCountedOnlyOneRowPastThoseShown() throws Exception {
        KnowledgeStore store = Fixtures.bundled();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 3 * EvidencePacks.ROWS; i++) {
            values.append(i).append(' ');
        }
        String query = "SELECT ?i WHERE { VALUES ?i { " + values + "} }";
        EvidencePacks.Options streamed = new EvidencePacks.Options(LabelMode.ENGLISH, false, 60_000, true,
                ResultProvenance.sources(store));
        EvidencePack.Scene scene = EvidencePacks.scene(store, "", query, ViewState.EMPTY, Map.of(), streamed,
                Cancellation.none());
        assertEquals(EvidencePacks.ROWS, scene.table().rows().size());
        assertEquals(EvidencePacks.ROWS + 1, scene.table().total());
        assertTrue(scene.table().atLeast());
        EvidencePack.Scene local = scene(store, "", query, ViewState.EMPTY, LabelMode.ENGLISH);
        assertEquals(3 * EvidencePacks.ROWS, local.table().total(), "a local answer is counted whole");
        assertFalse(local.table().atLeast());
        Path file = dir.resolve("streamed.html");
        EvidencePackWriter.write(file, new EvidencePack("", List.of(scene)), ENGLISH, Cancellation.none());
        assertEquals("The first 1,000 of at least 1,001 rows",
                byClass(parse(file).getElementsByTagNameNS(XHTML, "p"), "rows").get(0).getTextContent());
    }

    @Test
    void theColoursDrawnOnScreenAreKeptPerClassAndEachSceneHasALegend() throws Exception {
        KnowledgeStore store = Fixtures.bundled();
        String alpha = KG + "JointTaskForceAlpha";
        List<String> nodes = List.of(alpha, KG + "ICE", KG + "FBI", KG + "OperationSentinel");
        ViewState view = new ViewState(nodes, Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), "",
                ViewState.Camera.DEFAULT, List.of());
        EvidencePack.Scene plain = scene(store, "", "", view, LabelMode.ENGLISH);
        EvidencePack.Node ice = plain.drawing().nodes().stream().filter(n -> n.id().equals(KG + "ICE")).findFirst()
                .orElseThrow();
        EvidencePack.Node fbi = plain.drawing().nodes().stream().filter(n -> n.id().equals(KG + "FBI")).findFirst()
                .orElseThrow();
        assertEquals(ice.colour(), fbi.colour(), "one class, one colour");
        int screen = 0xFF123456;
        EvidencePack.Scene drawn = EvidencePacks.scene(store, "", "", view, Map.of(KG + "ICE", screen),
                EvidencePacks.Options.of(store, LabelMode.ENGLISH, false, 0), Cancellation.none());
        for (EvidencePack.Node n : drawn.drawing().nodes()) {
            if (n.id().equals(KG + "ICE") || n.id().equals(KG + "FBI")) {
                assertEquals(screen, n.colour(), n.id() + " in its class's colour on screen");
            } else {
                assertTrue(n.colour() != screen, n.id());
            }
        }
        assertTrue(drawn.drawing().legend().stream().anyMatch(k -> k.colour() == screen && !k.label().isBlank()),
                "the class in the screen's colour, named: " + drawn.drawing().legend());
        assertEquals(drawn.drawing().legend().size(), drawn.drawing().legend().stream().map(EvidencePack.Key::colour)
                .distinct().count(), "one entry per class: " + drawn.drawing().legend());
        Path file = dir.resolve("legend.html");
        EvidencePackWriter.write(file, new EvidencePack("", List.of(drawn)), ENGLISH, Cancellation.none());
        Document doc = parse(file);
        List<Element> keys = byClass(doc.getElementsByTagNameNS(XHTML, "span"), "swatch");
        assertEquals(drawn.drawing().legend().size(), keys.size());
        assertTrue(keys.stream().anyMatch(k -> k.getAttribute("style").equals("background:#123456")),
                "the screen's colour in the legend");
    }

    // ---- helpers

    /** The quotes of the sentences that support a triple between two of the nodes, straight from evidence.ttl. */
    private static List<String> sentencesAmong(KnowledgeStore store, List<String> nodes) {
        StringBuilder values = new StringBuilder();
        nodes.forEach(n -> values.append('<').append(n).append("> "));
        String q = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\nPREFIX kgx: <" + Fixtures.KGX + ">\n"
                + "SELECT DISTINCT ?quote WHERE { VALUES ?s { " + values + "} VALUES ?o { " + values + "}\n"
                + "  ?s ?p ?o . ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgx:supportedBy ?sentence .\n"
                + "  ?sentence kgx:quote ?quote }";
        return store.readGraph(g -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution x = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(g))) {
                ResultSet rs = x.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(s.getLiteral("quote").getLexicalForm());
                }
            }
            return out;
        });
    }

    private static List<String> answer(KnowledgeStore store, String q) {
        return store.readGraph(g -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution x = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(g))) {
                x.execSelect().forEachRemaining(s -> out.add(s.get("who").toString()));
            }
            return out;
        });
    }

    /** The scene of a view as a one-view pack of {@code store} makes it. */
    static EvidencePack.Scene scene(KnowledgeStore store, String caption, String query, ViewState view, LabelMode mode)
            throws Exception {
        return EvidencePacks.scene(store, caption, query, view, Map.of(), EvidencePacks.Options.of(store, mode, false, 0),
                Cancellation.none());
    }


    static void assertNoScriptOrExternalResource(Document doc) {
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), "no script");
        assertEquals(0, doc.getElementsByTagNameNS("*", "link").getLength(), "no linked style sheet");
        assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength(), "no picture from elsewhere");
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (int a = 0; a < e.getAttributes().getLength(); a++) {
                String name = e.getAttributes().item(a).getNodeName();
                String value = e.getAttributes().item(a).getNodeValue();
                assertFalse(name.startsWith("on"), "no event handler: " + name);
                assertFalse((name.equals("href") || name.equals("src")) && !value.startsWith("#"),
                        "only links within the file: " + name + "=" + value);
            }
        }
    }


    private static String text(Element e) {
        return e.getTextContent();
    }
}
