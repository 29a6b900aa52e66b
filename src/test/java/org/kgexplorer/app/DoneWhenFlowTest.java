package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.Fact;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.ui.data.EntitySearchField;
import org.kgexplorer.ui.data.EntitySearchViewModel.Suggestion;
import org.kgexplorer.ui.results.ResultsView;
import org.kgexplorer.ui.results.SaveTarget;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The issue's "Done when", as one analyst does it in the real window: find Joint Task Force Alpha by typing
 * "alpha", see who takes part in it and the sentence that says so, run "Which pledges address fentanyl?" from the
 * library, and save the answer as CSV through the window's Save results. Every expectation is computed here by
 * plain Jena over the bundled files, not by the explorer's own code.
 */
class DoneWhenFlowTest {
    static final String KG = "https://kgexplorer.org/id/";
    static final String KGX = "https://kgexplorer.org/ontology#";
    static final String ALPHA = KG + "JointTaskForceAlpha";
    static final String FENTANYL_QUESTION = "Which pledges address fentanyl?";

    @TempDir
    Path dir;
    Application app;
    final FxRobot robot = new FxRobot();
    Model bundled;

    /** The window's command line (the same flow runs over a database in {@link DoneWhenFlowOnDatabaseTest}). */
    String[] arguments() throws Exception {
        return new String[0];
    }

    @BeforeEach
    void open() throws Exception {
        bundled = RDFDataMgr.loadModel("ontology/kgx.ttl");
        RDFDataMgr.read(bundled, "data/kg.ttl");
        RDFDataMgr.read(bundled, "data/evidence.ttl");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class, arguments());
        waitFor(() -> robot.lookup("#sources-list").queryListView().getItems().size() == 3
                && !robot.lookup("#question-library").queryListView().getItems().isEmpty());
        // labels in English whatever an earlier run left in the test settings
        robot.interact(() -> menuItem("labels-english").fire());
    }

    @AfterEach
    void close() throws Exception {
        RealWindow.close(app);
    }

    @Test
    void findAlphaSeeWhoTakesPartAndTheSentenceRunTheFentanylQuestionAndSaveItAsCsv() throws Exception {
        EntitySearchField search = robot.lookup("#entity-search").queryAs(EntitySearchField.class);
        waitFor(() -> !search.completion().getAutoCompletionPopup().isShowing());
        robot.clickOn(search).write("alpha");
        waitFor(() -> search.completion().getAutoCompletionPopup().isShowing()
                && !search.completion().getAutoCompletionPopup().getSuggestions().isEmpty());
        Node choice = robot.lookup(".list-cell").match((ListCell<?> c) -> c.getItem() instanceof Suggestion s
                && s.iri().equals(ALPHA)).query();
        robot.clickOn(choice);
        waitFor(() -> "Joint Task Force Alpha".equals(robot.lookup("#details-title").queryAs(Label.class).getText()));

        // who takes part in it: every subject of kgx:takesPartIn JTF Alpha, by its English label
        Property takesPartIn = bundled.createProperty(KGX + "takesPartIn");
        Resource alpha = bundled.createResource(ALPHA);
        Set<String> participants = new TreeSet<>();
        bundled.listSubjectsWithProperty(takesPartIn, alpha).forEach(s -> participants.add(english(s)));
        assertTrue(participants.size() >= 8, participants.toString());
        waitFor(() -> incomingLinks().containsAll(participants));
        assertTrue(robot.lookup("… takes part in Joint Task Force Alpha").tryQuery().isPresent());

        // the sentence that says ICE takes part in it, from the evidence and the source document
        Resource ice = bundled.createResource(KG + "ICE");
        Resource sentence = supportingSentence(ice, takesPartIn, alpha);
        String document = Files.readString(Path.of("data/sources/source-document.txt"), StandardCharsets.UTF_8);
        int start = document.offsetByCodePoints(0, intOf(sentence, "startOffset"));
        int end = document.offsetByCodePoints(0, intOf(sentence, "endOffset"));
        String quote = document.substring(start, end);
        assertEquals(sentence.getProperty(bundled.createProperty(KGX + "quote")).getString(), quote);
        Button marker = robot.lookup(".evidence-marker").match((Button m) -> m.getUserData() instanceof Fact f
                && f.subject().key().equals(ice.getURI()) && f.predicate().key().equals(takesPartIn.getURI())
                && f.object().key().equals(ALPHA)).queryButton();
        robot.interact(marker::fire);
        waitFor(() -> robot.lookup(".evidence-quote").tryQuery().isPresent());
        assertEquals(english(ice) + " takes part in Joint Task Force Alpha",
                robot.lookup("#evidence-fact").queryAs(Label.class).getText());
        assertEquals("“" + quote + "”", robot.lookup(".evidence-quote").queryAs(Label.class).getText());
        StyleClassedTextArea source = robot.lookup("#source-view").queryAs(StyleClassedTextArea.class);
        assertEquals(quote, source.getText(start, end));
        assertTrue(source.getStyleOfChar(start + 1).contains("evidence-highlight"));
        assertFalse(source.getStyleOfChar(end + 2).contains("evidence-highlight"));

        // the question from the library
        ListView<Question> library = robot.lookup("#question-library").queryListView();
        Question fentanyl = library.getItems().stream().filter(q -> q.title().equals(FENTANYL_QUESTION))
                .findFirst().orElseThrow();
        robot.interact(() -> library.getSelectionModel().select(fentanyl));
        robot.clickOn("#run-question");
        List<QuerySolution> expected = plainJena(fentanyl.sparql());
        TableView<?> table = robot.lookup("#results-table").queryTableView();
        waitFor(() -> table.getItems().size() == expected.size());

        // saved through the window's Save results, with the file given instead of the native chooser
        Path csv = dir.resolve("fentanyl.csv");
        ResultsView results = robot.lookup("#results-view").queryAs(ResultsView.class);
        robot.interact(() -> results.setSaveTarget(answer -> Optional.of(SaveTarget.of(csv))));
        robot.interact(() -> menuItem("menu-file-saveResults").fire());
        waitFor(() -> Files.exists(csv) && !results.model().savingProperty().get());
        assertEquals("Saved " + expected.size() + " rows to fentanyl.csv.", results.model().noticeProperty().get());
        assertCsvIs(expected, Files.readString(csv, StandardCharsets.UTF_8));
    }

    /** The file: a byte-order mark, CRLF line ends, the query's columns with a label after the IRI column. */
    private void assertCsvIs(List<QuerySolution> expected, String written) throws Exception {
        assertTrue(written.startsWith("\uFEFF"), "UTF-8 byte-order mark for spreadsheets");
        assertTrue(written.contains("\r\n") && !written.replace("\r\n", "").contains("\n"), "CRLF line ends");
        List<String> header = List.of("obligation", "obligation_label", "obligationLabel", "kindLabel", "boundParties");
        try (CSVParser parser = CSVParser.parse(new StringReader(written.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(header, parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(expected.size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                QuerySolution want = expected.get(i);
                CSVRecord got = rows.get(i);
                Resource obligation = want.getResource("obligation");
                assertEquals(obligation.getURI(), got.get("obligation"));
                assertEquals(english(obligation), got.get("obligation_label"));
                assertEquals(want.getLiteral("obligationLabel").getString(), got.get("obligationLabel"));
                assertEquals(want.getLiteral("kindLabel").getString(), got.get("kindLabel"));
                // GROUP_CONCAT's order is not fixed: the same parties, in any order
                assertEquals(new TreeSet<>(List.of(want.getLiteral("boundParties").getString().split(", "))),
                        new TreeSet<>(List.of(got.get("boundParties").split(", "))));
                for (String cell : got.values()) {
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                            "a cell a spreadsheet would run as a formula: " + cell);
                }
            }
            assertTrue(rows.stream().anyMatch(r -> r.get("boundParties").contains("Andrés Manuel López Obrador")),
                    "accents survive");
        }
    }

    private List<QuerySolution> plainJena(String sparql) {
        Dataset dataset = DatasetFactory.create(bundled);
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(sparql).build()) {
            ResultSet rs = exec.execSelect();
            rs.forEachRemaining(rows::add);
        }
        assertEquals(2, rows.size(), "the bundled graph has two fentanyl obligations");
        return rows;
    }

    private Resource supportingSentence(Resource subject, Property predicate, Resource object) {
        Property supportedBy = bundled.createProperty(KGX + "supportedBy");
        for (Resource st : bundled.listSubjectsWithProperty(RDF.subject, subject).toList()) {
            if (st.hasProperty(RDF.predicate, predicate) && st.hasProperty(RDF.object, object)
                    && st.hasProperty(supportedBy)) {
                return st.getPropertyResourceValue(supportedBy);
            }
        }
        throw new AssertionError("no evidence for " + subject + " " + predicate + " " + object);
    }

    private int intOf(Resource r, String local) {
        return r.getProperty(bundled.createProperty(KGX + local)).getInt();
    }

    String english(RDFNode node) {
        for (Statement s : node.asResource().listProperties(RDFS.label).toList()) {
            Literal l = s.getLiteral();
            if ("en".equals(l.getLanguage())) {
                return l.getString();
            }
        }
        throw new AssertionError("no English label for " + node);
    }

    private Set<String> incomingLinks() {
        Set<String> texts = new TreeSet<>();
        robot.lookup("#details-incoming .entity-link").queryAllAs(Hyperlink.class).forEach(h -> texts.add(h.getText()));
        return texts;
    }

    MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            Optional<MenuItem> found = find(menu, id);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static Optional<MenuItem> find(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) {
                return Optional.of(item);
            }
            if (item instanceof Menu sub) {
                Optional<MenuItem> found = find(sub, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
