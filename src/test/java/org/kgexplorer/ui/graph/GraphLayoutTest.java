package org.kgexplorer.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.graph.GraphKeys;
import org.kgexplorer.core.graph.layout.ForceAtlas2Layout;
import org.kgexplorer.ui.graph.render.RenderScene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The model with a real layout following its graph, and the selected node's connections. */
@ExtendWith(ApplicationExtension.class)
class GraphLayoutTest {
    static final String EX = GraphModelFixture.EX;
    GraphModelFixture small;

    @Start
    void start(Stage stage) {
        small = new GraphModelFixture(GraphModelFixture.org());
    }

    @Test
    void theSceneDrawsNodesWhereTheLayoutPutThemAndAMovedNodeStaysPinnedThere(FxRobot robot) throws Exception {
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        small.model.graph().withGraph(layout::attach);
        small.model.setPositionSource(new LayoutPositions(layout::snapshot));
        robot.interact(() -> small.model.openEntity(EX + "A"));
        small.settle(() -> small.scene().nodeCount() == 6);
        robot.interact(() -> small.model.move(EX + "B", 500f, 300f));
        small.settle(() -> small.nodeHas(EX + "B", RenderScene.PINNED));
        for (int i = 0; i < 50; i++) {
            layout.compute();
        }
        assertEquals(6, layout.snapshot().size());
        RenderScene placed = small.model.positionedScene();
        int b = small.scene().indexOfNode(EX + "B");
        int a = small.scene().indexOfNode(EX + "A");
        assertEquals(500f, placed.x(b), 0.01);
        assertEquals(300f, placed.y(b), 0.01);
        int j = layout.snapshot().indexOf(EX + "A");
        assertEquals(layout.snapshot().x(j), placed.x(a));
        robot.interact(() -> small.model.hide(List.of(EX + "C")));
        small.settle(() -> small.scene().nodeCount() == 5);
        layout.compute();
        assertEquals(-1, layout.snapshot().indexOf(EX + "C"));
    }

    @Test
    void theSelectedNodesConnectionsReadAsFacts(FxRobot robot) throws Exception {
        robot.interact(() -> small.model.openEntity(EX + "A"));
        small.settle(() -> small.scene().nodeCount() == 6);
        robot.interact(() -> small.model.trace().select(EX + "A"));
        small.settle(() -> small.model.trace().connections().size() == 5);
        List<String> facts = small.model.trace().connections().stream().map(GraphTrace.Connection::sentence).toList();
        assertEquals(List.of("Alpha Group is located in Springfield", "Alpha Group works with Bravo Unit",
                "Alpha Group works with Charlie Office", "Echo Team takes part in Alpha Group",
                "Funded 02 works with Alpha Group"), facts);
        assertEquals(EX + "Town", small.model.trace().connections().get(0).otherId());
        robot.interact(() -> small.model.hide(List.of(EX + "E")));
        small.settle(() -> small.model.trace().connections().size() == 4);
        assertFalse(small.model.trace().connections().stream()
                .anyMatch(c -> c.edgeId().equals(GraphKeys.edgeId(EX + "E", EX + "takesPartIn", EX + "A"))));
        assertTrue(small.nodeHas(EX + "A", RenderScene.SELECTED));
    }
}
