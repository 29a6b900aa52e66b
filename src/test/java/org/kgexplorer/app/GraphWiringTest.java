package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.graph.EdgeInfo;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.details.DetailsView;
import org.kgexplorer.ui.details.DetailsViewModel;
import org.kgexplorer.ui.graph.GraphScene;
import org.kgexplorer.ui.graph.GraphView;
import org.kgexplorer.ui.graph.render.RenderScene;
import org.kgexplorer.ui.graph.render.Viewport;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.main.MainWindow;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.kgexplorer.ui.results.ResultsAnswer;
import org.kgexplorer.ui.results.ResultsView;
import org.kgexplorer.ui.results.ResultsViewModel;
import org.kgexplorer.ui.task.TaskRunner;
import org.kgexplorer.ui.teach.Teaching;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The graph inside the window: answers drawn, entities opened from elsewhere, rows and nodes, edges and evidence, and
 * the nodes a step-through's step matched lit (ADR 47).
 */
@ExtendWith(ApplicationExtension.class)
class GraphWiringTest {
    static final String ALPHA = Fixtures.KG + "JointTaskForceAlpha";
    static final String SENTINEL = Fixtures.KG + "OperationSentinel";
    static final String PREFIXES = "PREFIX kgx: <" + Fixtures.KGX + "> PREFIX kg: <" + Fixtures.KG + "> ";
    /** Two steps: what takes part in the task force, then only the components of DHS among them. */
    static final String STEPS = PREFIXES + "\n"
            + "SELECT ?org WHERE {\n  ?org kgx:takesPartIn kg:JointTaskForceAlpha .\n  ?org kgx:isComponentOf kg:DHS .\n}";

    ExplorerContext context;
    MainWindow window;
    ResultsViewModel results;
    DetailsViewModel details;
    GraphView graph;
    GraphWiring wiring;
    QueryWorkspaceViewModel queries;

    @Start
    void start(Stage stage) throws Exception {
        context = new ExplorerContext(Fixtures.bundled(), new TaskRunner(), new I18n());
        window = new MainWindow(context, Settings.in(Files.createTempDirectory("kgx-wiring")));
        results = new ResultsViewModel(context);
        details = new DetailsViewModel(context);
        window.setResults(new ResultsView(results));
        window.setDetails(new DetailsView(details));
        wiring = new GraphWiring(context, window, results, details);
        graph = wiring.view();
        queries = new QueryWorkspaceViewModel(context, Settings.in(Files.createTempDirectory("kgx-wiring-q")));
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @Test
    void aConstructAnswerIsDrawnInTheGraphTab(FxRobot robot) throws Exception {
        robot.interact(() -> results.run(PREFIXES + "CONSTRUCT { ?a kgx:worksWith ?b } WHERE { ?a kgx:worksWith ?b }"));
        waitFor(() -> window.graphShown() && index(ALPHA) >= 0 && index(SENTINEL) >= 0);
    }

    @Test
    void anEntityOpenedWhileTheGraphIsInFrontShowsWithItsNeighbours(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.showGraph();
            context.selectedEntityProperty().set(ALPHA);
        });
        waitFor(() -> index(ALPHA) >= 0 && index(SENTINEL) >= 0);
    }

    @Test
    void anEntityOpenedBehindTheQueryWorkspaceShowsWhenTheGraphComesToTheFront(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.showGraph();
            context.selectedEntityProperty().set(SENTINEL);
        });
        waitFor(() -> index(SENTINEL) >= 0);
        robot.interact(() -> {
            window.showQuery();
            context.selectedEntityProperty().set(Fixtures.KG + "Fentanyl");
        });
        // the wiring decides as the selection changes: the entity is kept for later and no graph work was started
        assertEquals(Fixtures.KG + "Fentanyl", wiring.pendingEntity());
        assertFalse(graph.model().busyProperty().get(), "no graph work for the entity behind the query workspace");
        assertEquals(-1, index(Fixtures.KG + "Fentanyl"), "the graph behind the query workspace is left alone");
        robot.interact(() -> window.showGraph());
        waitFor(() -> index(Fixtures.KG + "Fentanyl") >= 0);
    }

    @Test
    void aSelectedRowHighlightsItsNodesAndAClickedNodeSelectsItsRows(FxRobot robot) throws Exception {
        robot.interact(() -> results.run(PREFIXES + "SELECT ?actor ?effort WHERE { ?actor kgx:takesPartIn kg:JointTaskForceAlpha "
                + "BIND(kg:JointTaskForceAlpha AS ?effort) } ORDER BY ?actor"));
        waitFor(() -> results.answerProperty().get().kind() == ResultsAnswer.Kind.TABLE);
        robot.clickOn("#results-as-graph");
        waitFor(() -> window.graphShown() && index(ALPHA) >= 0 && placed());
        TableView<?> table = robot.lookup("#results-table").queryAs(TableView.class);
        robot.clickOn(robot.lookup("#results-table .table-cell").nth(0).queryAs(javafx.scene.Node.class));
        String actor = results.answerProperty().get().table().node(0, 0).getURI();
        waitFor(() -> index(actor) >= 0 && graph.canvas().scene().nodeHas(index(actor), RenderScene.HIGHLIGHTED));

        robot.interact(() -> {
            graph.freezeLayout(true);
            graph.canvas().camera().fit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        String other = results.answerProperty().get().table().node(2, 0).getURI();
        robot.clickOn(onScreen(other));
        waitFor(() -> Arrays.equals(new int[] {2}, results.selectedRowsProperty().get()));
        assertArrayEquals(new int[] {2}, results.selectedRowsProperty().get());
    }

    @Test
    void aSelectedEdgeShowsItsRelationshipWithTheSourceSentenceInTheDetails(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.showGraph();
            context.selectedEntityProperty().set(ALPHA);
        });
        waitFor(() -> index(SENTINEL) >= 0);
        String edge = EdgeInfo.of(ALPHA, Fixtures.KGX + "worksWith", SENTINEL).id();
        robot.interact(() -> graph.model().trace().selectEdge(edge));
        waitFor(() -> details.selectedFactProperty().get() != null && details.passageProperty().get() != null);
        assertEquals("Joint Task Force Alpha works with Operation Sentinel",
                details.selectedFactProperty().get().sentence(LabelMode.ENGLISH));
        assertFalse(details.passageProperty().get().ranges().isEmpty());
        assertEquals(edge, graph.model().trace().selectedEdgeProperty().get(), "the edge stays selected in the graph");
    }

    @Test
    void eachStepLightsTheNodesItMatchedAndClosingPutsTheLightOut(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.showGraph();
            context.selectedEntityProperty().set(ALPHA);
        });
        waitFor(() -> index(ALPHA) >= 0 && index(Fixtures.KG + "ICE") >= 0 && index(Fixtures.KG + "FBI") >= 0
                && index(Fixtures.KG + "OperationSentinel") >= 0);
        assertFalse(any(RenderScene.HIGHLIGHTED) || any(RenderScene.DIMMED), "nothing lit before the step-through");

        robot.interact(() -> queries.selectedTabProperty().get().setText(STEPS));
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> dialog[0] = Teaching.stepThrough(context, queries));
        // step 1: everything that takes part in the task force
        waitFor(() -> lit(Fixtures.KG + "ICE") && lit(Fixtures.KG + "FBI") && lit(Fixtures.KG + "DEA"));
        // the same margin as the other dialogs: the heading is not flush with the window's left border
        javafx.scene.Node heading = robot.lookup("#step-heading").query();
        assertTrue(heading.localToScene(heading.getLayoutBounds()).getMinX() >= 8,
                "the heading starts " + heading.localToScene(heading.getLayoutBounds()).getMinX() + " px from the border");
        assertTrue(has(Fixtures.KG + "OperationSentinel", RenderScene.DIMMED), "what the step did not match is dimmed");
        assertFalse(lit(ALPHA), "the task force is in the query, not bound by it");

        // the last step: only the components of DHS among them
        while (robot.lookup("#step-next").queryButton().isDisabled() == false) {
            robot.clickOn("#step-next");
        }
        waitFor(() -> lit(Fixtures.KG + "ICE") && lit(Fixtures.KG + "CBP") && !lit(Fixtures.KG + "FBI"));
        assertTrue(has(Fixtures.KG + "FBI", RenderScene.DIMMED));
        assertEquals(Set.of(Fixtures.KG + "ICE", Fixtures.KG + "CBP"), context.litEntitiesProperty().get());

        // an entity the graph does not show is not drawn and dims nothing by itself
        Set<String> step = context.litEntitiesProperty().get();
        robot.interact(() -> context.litEntitiesProperty().set(Set.of(Fixtures.KG + "NoSuchThing")));
        waitFor(() -> !any(RenderScene.HIGHLIGHTED) && !any(RenderScene.DIMMED));
        robot.interact(() -> context.litEntitiesProperty().set(step));
        waitFor(() -> lit(Fixtures.KG + "ICE"));

        // leaving the step-through puts the light out
        robot.interact(() -> dialog[0].close());
        waitFor(() -> !any(RenderScene.HIGHLIGHTED) && !any(RenderScene.DIMMED));
        assertEquals(Set.of(), context.litEntitiesProperty().get());
    }

    @Test
    void aGraphDrawnAfterTheStepIsShownIsLitToo(FxRobot robot) throws Exception {
        robot.interact(() -> queries.selectedTabProperty().get().setText(STEPS));
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> dialog[0] = Teaching.stepThrough(context, queries));
        waitFor(() -> context.litEntitiesProperty().get().contains(Fixtures.KG + "ICE"));
        assertEquals(-1, index(ALPHA), "nothing drawn yet");
        // the step is shown first, the graph drawn after: the nodes it matched are lit as they appear
        robot.interact(() -> {
            window.showGraph();
            context.selectedEntityProperty().set(ALPHA);
        });
        waitFor(() -> lit(Fixtures.KG + "ICE") && lit(Fixtures.KG + "FBI"));
        assertTrue(has(SENTINEL, RenderScene.DIMMED));
        robot.interact(() -> dialog[0].close());
    }

    @Test
    void closingOneOfTwoStepThroughsLeavesTheOthersLightOn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.showGraph();
            context.selectedEntityProperty().set(ALPHA);
        });
        waitFor(() -> index(ALPHA) >= 0 && index(SENTINEL) >= 0 && index(Fixtures.KG + "ICE") >= 0);
        Dialog<?>[] first = new Dialog<?>[1];
        Dialog<?>[] second = new Dialog<?>[1];
        robot.interact(() -> {
            queries.selectedTabProperty().get().setText(STEPS);
            first[0] = Teaching.stepThrough(context, queries);
        });
        waitFor(() -> lit(Fixtures.KG + "ICE"));
        robot.interact(() -> {
            queries.selectedTabProperty().get().setText(PREFIXES + "SELECT ?with WHERE { kg:JointTaskForceAlpha kgx:worksWith ?with }");
            second[0] = Teaching.stepThrough(context, queries);
        });
        waitFor(() -> lit(SENTINEL) && !lit(Fixtures.KG + "ICE"));
        Set<String> secondLight = context.litEntitiesProperty().get();
        robot.interact(() -> first[0].close());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(secondLight, context.litEntitiesProperty().get(), "the open step-through keeps its light");
        assertTrue(lit(SENTINEL));
        robot.interact(() -> second[0].close());
        waitFor(() -> context.litEntitiesProperty().get().isEmpty() && !lit(SENTINEL));
    }

    private boolean lit(String iri) {
        return has(iri, RenderScene.HIGHLIGHTED);
    }

    private boolean has(String iri, byte bit) {
        int i = index(iri);
        return i >= 0 && graph.canvas().scene().nodeHas(i, bit);
    }

    private boolean any(byte bit) {
        RenderScene s = graph.canvas().scene();
        for (int i = 0; i < s.nodeCount(); i++) {
            if (s.nodeHas(i, bit)) {
                return true;
            }
        }
        return false;
    }

    private int index(String id) {
        GraphScene scene = graph.model().sceneProperty().get();
        int i = scene.indexOfNode(id);
        return i < graph.canvas().scene().nodeCount() ? i : -1;
    }

    private boolean placed() {
        RenderScene s = graph.canvas().scene();
        for (int i = 0; i < s.nodeCount(); i++) {
            if (Float.isNaN(s.x(i))) {
                return false;
            }
        }
        return s.nodeCount() > 0;
    }

    private Point2D onScreen(String id) {
        RenderScene s = graph.canvas().scene();
        Viewport v = graph.canvas().camera().viewport();
        int i = index(id);
        return graph.canvas().localToScreen(v.toLocalX(s.x(i)), v.toLocalY(s.y(i)));
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
