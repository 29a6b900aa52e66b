package org.kgexplorer.core.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;

class LayoutSwitchTest {
    @Test
    void seededLayoutStartsWhereThePreviousOneLeftOff() {
        Graph graph = TestGraphs.random(60, 100, 31);
        ForceAtlas2Layout before = new ForceAtlas2Layout();
        before.attach(graph);
        TestGraphs.settle(before, 2000);
        LayoutSnapshot last = before.snapshot();
        before.detach();
        ForceAtlas2Layout after = new ForceAtlas2Layout(5, new Settling(), 1);
        after.seed(last);
        after.attach(graph);
        after.applyPendingChanges();
        LayoutSnapshot first = after.snapshot();
        for (int i = 0; i < 60; i++) {
            String id = "n" + i;
            assertEquals(last.x(last.indexOf(id)), first.x(first.indexOf(id)));
            assertEquals(last.y(last.indexOf(id)), first.y(first.indexOf(id)));
        }
    }

    @Test
    void attachTakesPinsAndPositionsFromTheGraph() {
        Graph graph = TestGraphs.random(30, 50, 32);
        graph.getNode("n3").setAttribute("layout.frozen");
        graph.getNode("n3").setAttribute("xyz", 40.0, 50.0, 0.0);
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.attach(graph);
        for (int i = 0; i < 30; i++) {
            layout.compute();
        }
        LayoutSnapshot s = layout.snapshot();
        assertEquals(40f, s.x(s.indexOf("n3")));
        assertEquals(50f, s.y(s.indexOf("n3")));
    }

    @Test
    void detachedLayoutNoLongerFollowsTheGraph() {
        Graph graph = TestGraphs.random(10, 15, 33);
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.attach(graph);
        layout.compute();
        layout.detach();
        graph.addNode("later");
        layout.compute();
        assertEquals(-1, layout.snapshot().indexOf("later"));
        assertTrue(layout.snapshot().size() == 10);
    }
}
