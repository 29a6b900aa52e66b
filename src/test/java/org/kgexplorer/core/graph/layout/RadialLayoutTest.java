package org.kgexplorer.core.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;

class RadialLayoutTest {
    @Test
    void nodesAtDistanceDAreOnRingD() {
        Graph graph = TestGraphs.tree(4, 3);
        graph.addEdge("across", "c0g0", "c1g0");
        RadialLayout layout = new RadialLayout();
        layout.setRingGap(10);
        layout.setRoot("r");
        layout.attach(graph);
        assertTrue(TestGraphs.settle(layout, 200) <= 200);
        LayoutSnapshot s = layout.snapshot();
        assertEquals(0, TestGraphs.distance(s, "r", "r"));
        assertEquals(0f, s.x(s.indexOf("r")), 1e-4);
        for (int i = 0; i < 4; i++) {
            assertEquals(10, TestGraphs.distance(s, "r", "c" + i), 1e-3);
            for (int j = 0; j < 3; j++) {
                assertEquals(20, TestGraphs.distance(s, "r", "c" + i + "g" + j), 1e-3);
            }
        }
    }

    @Test
    void childrenSitInTheirParentsSector() {
        Graph graph = TestGraphs.tree(4, 3);
        RadialLayout layout = new RadialLayout();
        layout.setRoot("r");
        layout.attach(graph);
        TestGraphs.settle(layout, 200);
        LayoutSnapshot s = layout.snapshot();
        for (int i = 0; i < 4; i++) {
            String child = "c" + i;
            for (int j = 0; j < 3; j++) {
                String grandchild = child + "g" + j;
                for (int k = 0; k < 4; k++) {
                    if (k != i) {
                        assertTrue(TestGraphs.distance(s, grandchild, child)
                                < TestGraphs.distance(s, grandchild, "c" + k), grandchild + " is nearest its parent");
                    }
                }
            }
        }
    }

    @Test
    void otherComponentsDoNotOverlapTheRootsRings() {
        Graph graph = TestGraphs.tree(3, 2);
        graph.addNode("lonely");
        graph.addNode("lonely2");
        graph.addEdge("l", "lonely", "lonely2");
        RadialLayout layout = new RadialLayout();
        layout.setRoot("r");
        layout.attach(graph);
        TestGraphs.settle(layout, 200);
        LayoutSnapshot s = layout.snapshot();
        assertTrue(TestGraphs.distance(s, "r", "lonely") > 20);
        assertTrue(TestGraphs.distance(s, "r", "lonely2") > 20);
    }

    @Test
    void easesTowardsItsTargetFromWhereNodesWere() {
        Graph graph = TestGraphs.tree(3, 2);
        ForceAtlas2Layout force = new ForceAtlas2Layout();
        force.attach(graph);
        TestGraphs.settle(force, 500);
        RadialLayout layout = new RadialLayout();
        layout.setRoot("r");
        layout.attach(graph);
        layout.seed(force.snapshot());
        layout.compute();
        LayoutSnapshot first = layout.snapshot();
        assertTrue(!first.settled(), "one step is not all the way");
        int steps = TestGraphs.settle(layout, 200);
        assertTrue(steps > 1 && steps <= 200);
        assertEquals(10, TestGraphs.distance(layout.snapshot(), "r", "c1"), 1e-3);
    }
}
