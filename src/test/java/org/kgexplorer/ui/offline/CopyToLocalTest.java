package org.kgexplorer.ui.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.remote.Endpoint;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.testing.LoopbackFuseki;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.graph.GraphView;
import org.kgexplorer.ui.graph.GraphViewModel;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.results.ResultsView;
import org.kgexplorer.ui.results.ResultsViewModel;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Copy to local…" against a loopback Fuseki, through the window: a CONSTRUCT answer and a graph view are copied
 * into a new store in memory and into a TDB2 database chosen in the dialog; the window then works on the copy (a
 * query of the window finds its triples, and their provenance in PROV-O).
 */
@ExtendWith(ApplicationExtension.class)
class CopyToLocalTest {
    static final String EX = "http://example.org/";
    static final String NEIGHBOURHOOD = "CONSTRUCT { <" + EX + "a> ?p ?o } WHERE { <" + EX + "a> ?p ?o }";
    static final String PROV = "PREFIX prov: <http://www.w3.org/ns/prov#> ";

    static LoopbackFuseki fuseki;

    @TempDir
    Path dir;
    ExplorerContext context;
    ResultsViewModel results;
    ResultsView resultsView;
    GraphView graph;

    @BeforeAll
    static void serve() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 4; i++) {
            data.add(Quad.defaultGraphIRI, NodeFactory.createURI(EX + "a"), NodeFactory.createURI(EX + "knows"),
                    NodeFactory.createURI(EX + "b" + i));
            data.add(Quad.defaultGraphIRI, NodeFactory.createURI(EX + "b" + i), RDFS.label.asNode(),
                    NodeFactory.createLiteralLang("Bee " + i, "en"));
            data.add(Quad.defaultGraphIRI, NodeFactory.createURI(EX + "b" + i), RDF.type.asNode(),
                    NodeFactory.createURI(EX + "Person"));
        }
        data.add(Quad.defaultGraphIRI, NodeFactory.createURI(EX + "a"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Ay", "en"));
        fuseki = LoopbackFuseki.open("net", data);
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    @Start
    void start(Stage stage) {
        context = new ExplorerContext(new RemoteStore(Endpoint.open(URI.create(fuseki.sparql())), 10_000),
                new TaskRunner(), new I18n());
        results = new ResultsViewModel(context);
        resultsView = new ResultsView(results);
        graph = new GraphView(new GraphViewModel(context));
        HBox both = new HBox(resultsView, graph);
        stage.setScene(new Scene(both, 1200, 600));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        if (context.store() instanceof TdbStore db) {
            db.close();
        }
    }

    static List<String> select(KnowledgeStore store, String sparql) {
        return store.query(QueryFactory.create(sparql), false, ARQ.getContext().copy(), 10_000, exec -> {
            List<String> rows = new ArrayList<>();
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                rows.add(row.get(rs.getResultVars().get(0)).isLiteral()
                        ? row.getLiteral(rs.getResultVars().get(0)).getLexicalForm()
                        : row.get(rs.getResultVars().get(0)).toString());
            }
            rows.sort(String::compareTo);
            return rows;
        });
    }

    private void waitForTheCopy(OfflineCopyViewModel copy) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !copy.copyingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void runInTheWindow(FxRobot robot, String sparql) throws Exception {
        robot.interact(() -> results.run(sparql));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !results.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aConstructAnswerIsCopiedIntoMemoryAndTheWindowWorksOnTheCopy(FxRobot robot) throws Exception {
        runInTheWindow(robot, NEIGHBOURHOOD);
        Button copyButton = robot.lookup("#results-copy-local").queryButton();
        assertTrue(copyButton.isVisible(), "offered for a CONSTRUCT answer of an endpoint");
        OfflineCopyCommand copy = resultsView.copyToLocalCommand();
        copy.setAsk(m -> Optional.of(new OfflineCopyViewModel.Request("Lesson 4", OfflineCopyViewModel.Target.MEMORY, null)));
        long version = context.dataVersionProperty().get();
        robot.clickOn(copyButton);
        waitForTheCopy(copy.model());

        assertEquals("", copy.model().errorProperty().get());
        assertEquals("Copied 5 triples as \"Lesson 4\"; the window now works on the local copy.",
                copy.model().noticeProperty().get());
        assertInstanceOf(InMemoryStore.class, context.store());
        assertTrue(context.dataVersionProperty().get() > version, "the screens reload from the copy");
        assertFalse(robot.lookup("#results-copy-local").queryButton().isVisible(), "the data is local now");

        runInTheWindow(robot, "SELECT ?o WHERE { <" + EX + "a> <" + EX + "knows> ?o }");
        assertEquals(4, results.answerProperty().get().table().rowCount(), "the window's queries see the copy");
        assertEquals(List.of(fuseki.sparql()), select(context.store(), PROV + "SELECT ?e WHERE { ?g a prov:Entity ; "
                + "prov:wasDerivedFrom ?e ; <http://www.w3.org/2000/01/rdf-schema#label> \"Lesson 4\" }"));
        assertEquals(List.of(NEIGHBOURHOOD), select(context.store(), PROV + "SELECT ?q WHERE { ?p a prov:Plan ; prov:value ?q }"));
    }

    @Test
    void theDialogCopiesAGraphViewIntoANewDatabase(FxRobot robot) throws Exception {
        runInTheWindow(robot, NEIGHBOURHOOD);
        robot.interact(() -> graph.model().showAnswer(results.answerProperty().get()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> graph.model().sceneProperty().get().nodeCount() == 5);
        MenuButton export = robot.lookup("#graph-export").queryAs(MenuButton.class);
        MenuItem item = export.getItems().stream().filter(i -> "graph-copy-local".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(item.isVisible());
        Path folder = dir.resolve("classroom-db");
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#copy-name").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#copy-name").queryTextInputControl().setText("Classroom");
            robot.lookup("#copy-database").queryAs(javafx.scene.control.RadioButton.class).setSelected(true);
            robot.lookup("#copy-folder").queryTextInputControl().setText(folder.toString());
        });
        robot.clickOn("#copy-ok");
        waitForTheCopy(graph.copyToLocalCommand().model());

        assertEquals("", graph.copyToLocalCommand().model().errorProperty().get());
        assertInstanceOf(TdbStore.class, context.store());
        assertTrue(Files.isDirectory(folder));
        KnowledgeStore local = context.store();
        assertEquals(List.of(EX + "b0", EX + "b1", EX + "b2", EX + "b3"),
                select(local, "SELECT ?o WHERE { GRAPH ?g { <" + EX + "a> <" + EX + "knows> ?o } }"));
        assertEquals(List.of("Bee 2"), select(local, "SELECT ?l WHERE { GRAPH ?g { <" + EX + "b2> <"
                + RDFS.label.getURI() + "> ?l } }"), "the names of what the graph shows come along");
        assertEquals(List.of(EX + "Person"), select(local, "SELECT DISTINCT ?c WHERE { GRAPH ?g { ?s a ?c } }"));
        List<String> plan = select(local, PROV + "SELECT ?q WHERE { ?p a prov:Plan ; prov:value ?q }");
        assertTrue(plan.get(0).startsWith("CONSTRUCT { ?s ?p ?o }") && plan.get(0).contains("VALUES (?s ?p ?o)"), plan.get(0));
    }

    /**
     * The copy becomes the data through the sources panel's store switch: the endpoint is no longer the data (the
     * title follows), the database is the open one and a recent one, the triple count is the copy's, and the
     * endpoint's store is replaced.
     */
    @Test
    void aCopyIntoADatabaseSwitchesTheDataThroughTheSourcesPanel(FxRobot robot) throws Exception {
        org.kgexplorer.ui.sources.SourcesViewModel[] sources = new org.kgexplorer.ui.sources.SourcesViewModel[1];
        List<Path> recent = new ArrayList<>();
        robot.interact(() -> {
            sources[0] = new org.kgexplorer.ui.sources.SourcesViewModel(context);
            sources[0].setOnDatabaseOpened(recent::add);
            sources[0].connectEndpoint(org.kgexplorer.core.remote.EndpointProfile.open(URI.create(fuseki.sparql())), null);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sources[0].endpointProperty().get() != null
                && !sources[0].busyProperty().get());
        runInTheWindow(robot, NEIGHBOURHOOD);
        OfflineCopyCommand copy = resultsView.copyToLocalCommand();
        Path folder = dir.resolve("copy-db").toAbsolutePath().normalize();
        copy.setAsk(m -> Optional.of(new OfflineCopyViewModel.Request("Lesson 5", OfflineCopyViewModel.Target.DATABASE, folder)));
        robot.clickOn(robot.lookup("#results-copy-local").queryButton());
        waitForTheCopy(copy.model());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> folder.equals(sources[0].databaseProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("", copy.model().errorProperty().get());
        assertInstanceOf(TdbStore.class, context.store());
        assertEquals(null, sources[0].endpointProperty().get(), "the title no longer names the endpoint");
        assertEquals(List.of(folder), recent, "the copy's database is a recent database");
        assertEquals(context.store().tripleCount(), sources[0].totalTriplesProperty().get());
        assertTrue(sources[0].totalTriplesProperty().get() >= 5, "the copy's triples are counted");
        assertEquals("The window now works on the local copy Lesson 5.", sources[0].statusProperty().get());
    }
}
