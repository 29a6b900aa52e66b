package org.kgexplorer.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.graph.Facets;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.graph.render.RenderScene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The graph view model without its view: changes run in the background, in order, and undo. */
@ExtendWith(ApplicationExtension.class)
class GraphViewModelTest {
    static final String EX = GraphModelFixture.EX;
    static final String KG = GraphModelFixture.KG;
    GraphModelFixture small;

    @Start
    void start(Stage stage) {
        small = new GraphModelFixture(GraphModelFixture.org());
    }

    @Test
    void aDisposedModelNoLongerFollowsTheDataOrTheLabels(FxRobot robot) throws Exception {
        // the presenter makes a graph of its own on the window's context and disposes of it when it closes: before,
        // it kept reloading itself in the background at every later change of the data
        GraphViewModel[] closed = new GraphViewModel[1];
        robot.interact(() -> {
            closed[0] = new GraphViewModel(small.context);
            small.model.openEntity(EX + "Hub");
            closed[0].openEntity(EX + "Hub");
        });
        small.settle(() -> small.scene() != null && small.scene().nodeCount() > 0);
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !closed[0].busyProperty().get() && closed[0].sceneProperty().get() != null);
        GraphScene before = closed[0].sceneProperty().get();
        GraphScene live = small.scene();
        robot.interact(() -> {
            closed[0].dispose();
            small.context.dataChanged();
        });
        // the model still in use reloads: the change has been seen
        small.settle(() -> small.scene() != live);
        assertTrue(before == closed[0].sceneProperty().get() && !closed[0].busyProperty().get(),
                "the disposed model did not reload");
    }

    @Test
    void openingJointTaskForceAlphaShowsItsParticipantsLabelledAndStyledByClass(FxRobot robot) throws Exception {
        GraphModelFixture bundled = new GraphModelFixture(org.kgexplorer.core.explore.Fixtures.bundled());
        robot.interact(() -> bundled.model.openEntity(KG + "JointTaskForceAlpha"));
        bundled.settle(() -> bundled.scene().nodeCount() > 1);
        List<String> labels = bundled.labels();
        assertTrue(labels.containsAll(List.of("Joint Task Force Alpha", "Federal Bureau of Investigation",
                "Operation Sentinel", "United States Department of Homeland Security")), labels.toString());
        assertTrue(bundled.edgeLabels().contains("works with"));
        RenderScene scene = bundled.scene().scene();
        int jtf = bundled.scene().indexOfNode(KG + "JointTaskForceAlpha");
        assertEquals("Task force", scene.styleOf(jtf).legend());
    }

    @Test
    void theMoreNodeContinuesAndUndoRedoStepThroughTheChanges(FxRobot robot) throws Exception {
        robot.interact(() -> small.model.openEntity(EX + "Hub"));
        small.settle(() -> small.scene().nodeCount() == 27);
        assertTrue(small.labels().contains("+35 more"));
        assertTrue(small.nodeHas("more:" + EX + "Hub", RenderScene.MORE));
        robot.interact(() -> small.model.expand("more:" + EX + "Hub"));
        small.settle(() -> small.scene().nodeCount() == 52);
        assertTrue(small.labels().contains("+10 more"));
        robot.interact(() -> small.model.undo());
        small.settle(() -> small.scene().nodeCount() == 27);
        assertTrue(small.model.canRedoProperty().get());
        robot.interact(() -> small.model.redo());
        small.settle(() -> small.scene().nodeCount() == 52);
        assertFalse(small.model.canRedoProperty().get());
    }

    @Test
    void aClassFilterHidesItsNodesKeepsItsCountAndUndoes(FxRobot robot) throws Exception {
        robot.interact(() -> small.model.openEntity(EX + "A"));
        small.settle(() -> small.scene().nodeCount() == 6);
        robot.interact(() -> small.model.filterClass(EX + "Org", false));
        small.settle(() -> small.scene().nodeCount() == 2);
        Facets.Facet orgs = small.model.classFacets().get(0);
        assertEquals(new Facets.Facet(EX + "Org", "Organization", 4, false), orgs);
        robot.interact(() -> small.model.undo());
        small.settle(() -> small.scene().nodeCount() == 6);
        assertTrue(small.model.classFacets().get(0).shown());
        assertTrue(small.model.propertyFacets().stream().anyMatch(f -> f.label().equals("works with") && f.count() == 3));
    }

    @Test
    void collapseAndHideTakeNodesAwayAndShowingBringsThemBack(FxRobot robot) throws Exception {
        robot.interact(() -> small.model.openEntity(EX + "A"));
        small.settle(() -> small.scene().nodeCount() == 6);
        robot.interact(() -> small.model.hide(List.of(EX + "B")));
        small.settle(() -> small.scene().nodeCount() == 5);
        assertEquals(-1, small.scene().indexOfNode(EX + "B"));
        robot.interact(() -> small.model.showHidden());
        small.settle(() -> small.scene().nodeCount() == 6);
        robot.interact(() -> small.model.collapse(EX + "A"));
        small.settle(() -> small.scene().nodeCount() == 1);
    }

    @Test
    void aMovedNodeIsPinnedUntilUnpinnedAndTheMoveUndoes(FxRobot robot) throws Exception {
        robot.interact(() -> small.model.openEntity(EX + "A"));
        small.settle(() -> small.scene().nodeCount() == 6);
        robot.interact(() -> small.model.move(EX + "B", 120f, -40f));
        small.settle(() -> small.nodeHas(EX + "B", RenderScene.PINNED));
        int b = small.scene().indexOfNode(EX + "B");
        assertEquals(120f, small.model.positionedScene().x(b));
        robot.interact(() -> small.model.pin(EX + "B", false));
        small.settle(() -> !small.nodeHas(EX + "B", RenderScene.PINNED));
        robot.interact(() -> small.model.undo());
        small.settle(() -> small.nodeHas(EX + "B", RenderScene.PINNED));
    }

    @Test
    void theLayoutsPositionsAreWhereTheSceneDrawsTheNodes(FxRobot robot) throws Exception {
        robot.interact(() -> small.model.openEntity(EX + "A"));
        small.settle(() -> small.scene().nodeCount() == 6);
        small.model.setPositionSource((ids, x, y) -> {
            for (int i = 0; i < ids.length; i++) {
                x[i] = i * 10;
                y[i] = ids[i].equals(EX + "A") ? 7 : Float.NaN;
            }
        });
        RenderScene placed = small.model.positionedScene();
        int a = small.scene().indexOfNode(EX + "A");
        assertEquals(7f, placed.y(a));
        assertEquals(a * 10f, placed.x(a));
    }

    @Test
    void newlyLoadedDataRenamesAndRestylesTheNodesShown(FxRobot robot) throws Exception {
        robot.interact(() -> small.model.openEntity(EX + "A"));
        small.settle(() -> small.labels().contains("Alpha Group"));
        small.context.store().load(List.of(org.kgexplorer.core.store.RdfInputs.resource(
                "org/kgexplorer/core/graph/more-about-alpha.ttl")), org.kgexplorer.core.store.LoadMode.ADD,
                org.kgexplorer.core.task.ProgressListener.silent(), org.kgexplorer.core.task.Cancellation.none());
        robot.interact(() -> small.context.dataChanged());
        small.settle(() -> small.labels().contains("Alpha Command"));
        int a = small.scene().indexOfNode(EX + "A");
        assertEquals("Bureau", small.scene().scene().styleOf(a).legend());
        assertEquals(6, small.scene().nodeCount());
        assertFalse(small.model.canUndoProperty().get());
    }

    @Test
    void switchingTheLabelModeRelabelsTheScene(FxRobot robot) throws Exception {
        robot.interact(() -> small.model.openEntity(EX + "A"));
        small.settle(() -> small.labels().contains("Alpha Group"));
        robot.interact(() -> small.context.labelModeProperty().set(LabelMode.SPANISH));
        small.settle(() -> small.labels().contains("Grupo Alfa"));
        assertTrue(small.edgeLabels().contains("trabaja con"));
    }
}
