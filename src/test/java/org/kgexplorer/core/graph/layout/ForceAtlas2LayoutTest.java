package org.kgexplorer.core.graph.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;

class ForceAtlas2LayoutTest {
    private static ForceAtlas2Layout attached(Graph graph) {
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.attach(graph);
        return layout;
    }

    @Test
    void pinnedNodeKeepsItsPlaceWhileOthersMove() {
        Graph graph = TestGraphs.random(60, 120, 1);
        ForceAtlas2Layout layout = attached(graph);
        layout.compute();
        layout.freezeNode("n0", true);
        layout.moveNode("n0", 25, -40);
        layout.compute();
        LayoutSnapshot before = layout.snapshot();
        for (int i = 0; i < 50; i++) {
            layout.compute();
        }
        LayoutSnapshot after = layout.snapshot();
        int pinned = after.indexOf("n0");
        assertEquals(25f, after.x(pinned));
        assertEquals(-40f, after.y(pinned));
        int other = after.indexOf("n1");
        assertTrue(before.x(other) != after.x(other) || before.y(other) != after.y(other), "the others still move");
    }

    @Test
    void unpinnedNodeMovesAgain() {
        Graph graph = TestGraphs.random(30, 60, 2);
        ForceAtlas2Layout layout = attached(graph);
        layout.freezeNode("n0", true);
        layout.moveNode("n0", 500, 500);
        layout.compute();
        layout.freezeNode("n0", false);
        for (int i = 0; i < 20; i++) {
            layout.compute();
        }
        int n0 = layout.snapshot().indexOf("n0");
        assertTrue(layout.snapshot().x(n0) < 500, "pulled back towards its neighbours");
    }

    @Test
    void newNodeAppearsNextToItsNeighbour() {
        Graph graph = TestGraphs.random(200, 400, 3);
        ForceAtlas2Layout layout = attached(graph);
        TestGraphs.settle(layout, 3000);
        graph.addNode("new");
        graph.addEdge("new-n7", "new", "n7", true);
        layout.compute();
        LayoutSnapshot s = layout.snapshot();
        double toNeighbour = TestGraphs.distance(s, "new", "n7");
        double toOthers = 0;
        for (int i = 0; i < 200; i++) {
            toOthers += TestGraphs.distance(s, "new", "n" + i);
        }
        assertTrue(toNeighbour < toOthers / 200 / 3, toNeighbour + " to its neighbour, " + toOthers / 200 + " on average");
    }

    @Test
    void smallSeededGraphSettlesWithinStepBudget() {
        ForceAtlas2Layout layout = attached(TestGraphs.random(300, 600, 4));
        int steps = TestGraphs.settle(layout, 2000);
        assertTrue(steps <= 2000, "settled after " + steps + " steps");
        assertTrue(layout.isSettled());
        assertEquals(1.0, layout.getStabilization());
    }

    @Test
    void connectedNodesEndUpNearerThanUnconnectedOnes() {
        Graph graph = TestGraphs.random(300, 600, 5);
        ForceAtlas2Layout layout = attached(graph);
        TestGraphs.settle(layout, 2000);
        LayoutSnapshot s = layout.snapshot();
        double connected = graph.edges().mapToDouble(e -> TestGraphs.distance(s, e.getSourceNode().getId(),
                e.getTargetNode().getId())).average().orElseThrow();
        double all = 0;
        for (int i = 0; i < 300; i++) {
            for (int j = i + 1; j < 300; j++) {
                all += TestGraphs.distance(s, "n" + i, "n" + j);
            }
        }
        double mean = all / (300 * 299 / 2);
        assertTrue(connected < mean / 2, connected + " along edges, " + mean + " between any two");
    }

    @Test
    void separateComponentsSitSideBySideAndLoneNodesStayClose() {
        Graph graph = TestGraphs.random(80, 160, 10);
        for (int i = 1; i < 80; i++) {
            graph.addEdge("chain" + i, "n" + (i - 1), "n" + i, true);
        }
        for (int i = 0; i < 40; i++) {
            graph.addNode("m" + i);
            graph.addEdge("m" + i, "m" + i, "m" + (i / 2), true);
        }
        graph.addNode("alone");
        ForceAtlas2Layout layout = attached(graph);
        TestGraphs.settle(layout, 3000);
        LayoutSnapshot s = layout.snapshot();
        double[] main = disc(s, "n", 80);
        double[] second = disc(s, "m", 40);
        double apart = Math.hypot(main[0] - second[0], main[1] - second[1]);
        assertTrue(apart > main[2] + second[2], "the two components do not overlap");
        int alone = s.indexOf("alone");
        double fromMain = Math.hypot(s.x(alone) - main[0], s.y(alone) - main[1]);
        assertTrue(fromMain < 4 * (main[2] + second[2]), "the lone node is " + fromMain + " away");
    }

    /** Centre x, y and radius of the nodes named prefix0 .. prefix(count-1). */
    private static double[] disc(LayoutSnapshot s, String prefix, int count) {
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < count; i++) {
            cx += s.x(s.indexOf(prefix + i)) / count;
            cy += s.y(s.indexOf(prefix + i)) / count;
        }
        double r = 0;
        for (int i = 0; i < count; i++) {
            r = Math.max(r, Math.hypot(s.x(s.indexOf(prefix + i)) - cx, s.y(s.indexOf(prefix + i)) - cy));
        }
        return new double[] {cx, cy, r};
    }

    @Test
    void followsNodeAndEdgeEventsOfTheGraph() {
        Graph graph = TestGraphs.random(20, 30, 6);
        ForceAtlas2Layout layout = attached(graph);
        layout.compute();
        assertEquals(20, layout.snapshot().size());
        graph.addNode("a");
        graph.addNode("b");
        Edge ab = graph.addEdge("ab", "a", "b");
        graph.removeNode("n3");
        layout.compute();
        LayoutSnapshot s = layout.snapshot();
        assertEquals(21, s.size());
        assertEquals(-1, s.indexOf("n3"));
        assertTrue(s.indexOf("a") >= 0 && s.indexOf("b") >= 0);
        assertEquals(1, layout.graph.degree[layout.graph.indexOf("a")]);
        graph.removeEdge(ab);
        layout.compute();
        assertEquals(0, layout.graph.degree[layout.graph.indexOf("a")]);
        graph.clear();
        layout.compute();
        assertEquals(0, layout.snapshot().size());
    }

    @Test
    void repulsionOnTwoThreadsGivesTheSameLayoutAsOnOne() {
        ForceAtlas2Layout one = new ForceAtlas2Layout(9, new Settling(), 1);
        ForceAtlas2Layout two = new ForceAtlas2Layout(9, new Settling(), 2);
        one.attach(TestGraphs.random(1500, 3000, 9));
        two.attach(TestGraphs.random(1500, 3000, 9));
        for (int i = 0; i < 15; i++) {
            one.compute();
            two.compute();
        }
        assertArrayEquals(one.snapshot().xs(), two.snapshot().xs());
        assertArrayEquals(one.snapshot().ys(), two.snapshot().ys());
    }

    @Test
    void nodesAlreadyPositionedInTheGraphStartThere() {
        Graph graph = TestGraphs.random(10, 12, 7);
        graph.getNode("n4").setAttribute("xyz", 300.0, 200.0, 0.0);
        ForceAtlas2Layout layout = attached(graph);
        layout.applyPendingChanges();
        LayoutSnapshot s = layout.snapshot();
        assertEquals(300f, s.x(s.indexOf("n4")));
        assertEquals(200f, s.y(s.indexOf("n4")));
    }

    @Test
    void graphAttributesMoveAndPinNodes() {
        Graph graph = TestGraphs.random(10, 12, 8);
        ForceAtlas2Layout layout = attached(graph);
        layout.compute();
        graph.getNode("n2").setAttribute("layout.frozen");
        graph.getNode("n2").setAttribute("xy", -7.0, 9.0);
        for (int i = 0; i < 5; i++) {
            layout.compute();
        }
        LayoutSnapshot s = layout.snapshot();
        assertEquals(-7f, s.x(s.indexOf("n2")));
        assertEquals(9f, s.y(s.indexOf("n2")));
    }
}
