package org.kgexplorer.ui.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.stage.Stage;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.graph.GraphKeys;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.query.table.ResultTables;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.ui.graph.render.RenderScene;
import org.kgexplorer.ui.results.ResultsAnswer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Selection, evidence, rows and graph, search and paths through the graph view model. */
@ExtendWith(ApplicationExtension.class)
class GraphTraceTest {
    static final String EX = GraphModelFixture.EX;
    static final String KG = GraphModelFixture.KG;
    GraphModelFixture small;

    @Start
    void start(Stage stage) {
        small = new GraphModelFixture(GraphModelFixture.org());
    }

    private ResultTable select(String sparql) {
        return small.context.store().query(QueryFactory.create(sparql), false,
                org.apache.jena.query.ARQ.getContext().copy(), 10_000,
                exec -> ResultTables.fromRows(exec.execSelect(), 1000, Cancellation.none()));
    }

    @Test
    void selectingANodeOpensItInTheDetailsAndSelectingAnEdgeReadsItsEvidence(FxRobot robot) throws Exception {
        robot.interact(() -> small.model.openEntity(EX + "A"));
        small.settle(() -> small.scene().nodeCount() == 6);
        robot.interact(() -> small.model.trace().select(EX + "B"));
        small.settle(() -> small.nodeHas(EX + "B", RenderScene.SELECTED));
        assertEquals(EX + "B", small.context.selectedEntityProperty().get());
        String edge = GraphKeys.edgeId(EX + "A", EX + "worksWith", EX + "B");
        robot.interact(() -> small.model.trace().selectEdge(edge));
        small.settle(() -> !small.model.trace().edgeEvidenceProperty().get().isEmpty());
        assertEquals("Alpha Group works with Bravo Unit", small.model.trace().edgeFactProperty().get());
        assertEquals("Alpha works hand in hand with Bravo.",
                small.model.trace().edgeEvidenceProperty().get().get(0).sentences().get(0).quote());
        assertTrue(small.edgeHas(edge, RenderScene.SELECTED));
        assertFalse(small.nodeHas(EX + "B", RenderScene.SELECTED));
    }

    @Test
    void resultRowsHighlightTheirNodesAndEdgesAndAGraphSelectionGivesItsRows(FxRobot robot) throws Exception {
        ResultTable table = select("PREFIX ex: <" + EX + "> SELECT ?a ?b WHERE { VALUES (?a ?b) {"
                + " (ex:A ex:B) (ex:C ex:D) (ex:A ex:Town) } }");
        ResultsAnswer answer = new ResultsAnswer(ResultsAnswer.Kind.TABLE, table, false, 0, "", List.of(), List.of());
        robot.interact(() -> small.model.showAnswer(answer));
        small.settle(() -> small.scene().nodeCount() == 5);
        robot.interact(() -> small.model.trace().highlightRows(new int[] {1}));
        String runs = GraphKeys.edgeId(EX + "C", EX + "isRunBy", EX + "D");
        small.settle(() -> small.edgeHas(runs, RenderScene.HIGHLIGHTED));
        assertTrue(small.nodeHas(EX + "C", RenderScene.HIGHLIGHTED) && small.nodeHas(EX + "D", RenderScene.HIGHLIGHTED));
        assertTrue(small.nodeHas(EX + "A", RenderScene.DIMMED));
        robot.interact(() -> small.model.trace().select(EX + "A"));
        assertArrayEquals(new int[] {0, 2}, small.model.trace().selectedRowsProperty().get());
    }

    @Test
    void aConstructAnswerIsShownAsItsTriples(FxRobot robot) throws Exception {
        ResultTable triples = small.context.store().query(QueryFactory.create("PREFIX ex: <" + EX + ">"
                        + " CONSTRUCT { ex:A ex:worksWith ?x } WHERE { ex:A ex:worksWith ?x }"), false,
                org.apache.jena.query.ARQ.getContext().copy(), 10_000,
                exec -> ResultTables.fromGraph(exec.execConstruct().getGraph(), 1000, Cancellation.none()));
        ResultsAnswer answer = new ResultsAnswer(ResultsAnswer.Kind.GRAPH, triples, false, 0, "", List.of(), List.of());
        robot.interact(() -> small.model.showAnswer(answer));
        small.settle(() -> small.scene().nodeCount() == 3);
        assertEquals(List.of("works with", "works with"), small.edgeLabels());
    }

    @Test
    void searchingALabelSelectsTheNodeAndAsksTheViewToCentreOnIt(FxRobot robot) throws Exception {
        List<String> centred = new ArrayList<>();
        robot.interact(() -> {
            small.model.trace().setOnCentre(centred::add);
            small.model.openEntity(EX + "A");
        });
        small.settle(() -> small.scene().nodeCount() == 6);
        robot.interact(() -> small.model.trace().search("bravo"));
        small.settle(() -> !centred.isEmpty());
        assertEquals(List.of(EX + "B"), centred);
        assertEquals(EX + "B", small.model.trace().selectedNodeProperty().get());
        robot.interact(() -> small.model.trace().search("nothing like it"));
        small.settle(() -> !small.model.trace().noticeProperty().get().isEmpty());
    }

    @Test
    void thePathFromTheFbiToHomelandSecurityIsShownHighlightedAndWrittenOut(FxRobot robot) throws Exception {
        GraphModelFixture bundled = new GraphModelFixture(Fixtures.bundled());
        robot.interact(() -> bundled.model.openEntity(KG + "FBI"));
        bundled.settle(() -> bundled.scene().nodeCount() > 1);
        robot.interact(() -> bundled.model.paths().find(KG + "FBI", KG + "DHS"));
        bundled.settle(() -> bundled.model.paths().resultProperty().get() != null
                && bundled.nodeHas(KG + "DHS", RenderScene.HIGHLIGHTED));
        assertTrue(bundled.model.paths().sentences().contains("Federal Bureau of Investigation takes part in Joint "
                + "Task Force Alpha, which works in partnership with United States Department of Homeland Security."));
        assertTrue(bundled.model.paths().textProperty().get().contains("(sentence 14)"));
        assertTrue(bundled.edgeHas(GraphKeys.edgeId(KG + "JointTaskForceAlpha", Fixtures.KGX + "inPartnershipWith",
                KG + "DHS"), RenderScene.HIGHLIGHTED));
        robot.interact(() -> bundled.context.labelModeProperty().set(LabelMode.SPANISH));
        bundled.settle(() -> bundled.model.paths().textProperty().get().contains("(oración 14)"));
        assertTrue(bundled.model.canUndoProperty().get());
    }
}
