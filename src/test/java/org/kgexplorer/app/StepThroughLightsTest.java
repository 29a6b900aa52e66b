package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.details.DetailsView;
import org.kgexplorer.ui.details.DetailsViewModel;
import org.kgexplorer.ui.graph.GraphScene;
import org.kgexplorer.ui.graph.GraphView;
import org.kgexplorer.ui.graph.render.RenderScene;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.main.MainWindow;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.kgexplorer.ui.results.ResultsView;
import org.kgexplorer.ui.results.ResultsViewModel;
import org.kgexplorer.ui.task.TaskRunner;
import org.kgexplorer.ui.teach.Teaching;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Query → Step through… lights the nodes its current step matched in the graph, and the light goes out with it. */
@ExtendWith(ApplicationExtension.class)
class StepThroughLightsTest {
    static final String KG = Fixtures.KG;
    static final String ALPHA = KG + "JointTaskForceAlpha";
    static final String QUERY = "PREFIX kgx: <" + Fixtures.KGX + "> PREFIX kg: <" + KG + ">\n"
            + "SELECT ?org WHERE {\n  ?org kgx:takesPartIn kg:JointTaskForceAlpha .\n  ?org kgx:isComponentOf kg:DHS .\n}";

    ExplorerContext context;
    MainWindow window;
    GraphView graph;
    QueryWorkspaceViewModel queries;

    @Start
    void start(Stage stage) throws Exception {
        context = new ExplorerContext(Fixtures.bundled(), new TaskRunner(), new I18n());
        window = new MainWindow(context, Settings.in(Files.createTempDirectory("kgx-lights")));
        ResultsViewModel results = new ResultsViewModel(context);
        DetailsViewModel details = new DetailsViewModel(context);
        window.setResults(new ResultsView(results));
        window.setDetails(new DetailsView(details));
        graph = new GraphWiring(context, window, results, details).view();
        queries = new QueryWorkspaceViewModel(context, Settings.in(Files.createTempDirectory("kgx-lights-q")));
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @Test
    void eachStepLightsTheNodesItMatchedAndClosingPutsTheLightOut(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.showGraph();
            context.selectedEntityProperty().set(ALPHA);
        });
        waitFor(() -> index(ALPHA) >= 0 && index(KG + "ICE") >= 0 && index(KG + "FBI") >= 0
                && index(KG + "OperationSentinel") >= 0);
        assertFalse(any(RenderScene.HIGHLIGHTED) || any(RenderScene.DIMMED), "nothing lit before the step-through");

        robot.interact(() -> queries.selectedTabProperty().get().setText(QUERY));
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> dialog[0] = Teaching.stepThrough(context, queries));
        // step 1: everything that takes part in the task force
        waitFor(() -> lit(KG + "ICE") && lit(KG + "FBI") && lit(KG + "DEA"));
        // the same margin as the other dialogs: the heading is not flush with the window's left border
        javafx.scene.Node heading = robot.lookup("#step-heading").query();
        assertTrue(heading.localToScene(heading.getLayoutBounds()).getMinX() >= 8,
                "the heading starts " + heading.localToScene(heading.getLayoutBounds()).getMinX() + " px from the border");
        assertTrue(has(KG + "OperationSentinel", RenderScene.DIMMED), "what the step did not match is dimmed");
        assertFalse(lit(ALPHA), "the task force is in the query, not bound by it");

        // the last step: only the components of DHS among them
        while (robot.lookup("#step-next").queryButton().isDisabled() == false) {
            robot.clickOn("#step-next");
        }
        waitFor(() -> lit(KG + "ICE") && lit(KG + "CBP") && !lit(KG + "FBI"));
        assertTrue(has(KG + "FBI", RenderScene.DIMMED));
        assertEquals(Set.of(KG + "ICE", KG + "CBP"), context.litEntitiesProperty().get());

        // an entity the graph does not show is not drawn and dims nothing by itself
        robot.interact(() -> context.litEntitiesProperty().set(Set.of(KG + "NoSuchThing")));
        waitFor(() -> !any(RenderScene.HIGHLIGHTED) && !any(RenderScene.DIMMED));
        robot.interact(() -> context.litEntitiesProperty().set(Set.of(KG + "ICE", KG + "CBP")));
        waitFor(() -> lit(KG + "ICE"));

        // leaving the step-through puts the light out
        robot.interact(() -> dialog[0].close());
        waitFor(() -> !any(RenderScene.HIGHLIGHTED) && !any(RenderScene.DIMMED));
        assertEquals(Set.of(), context.litEntitiesProperty().get());
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

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
