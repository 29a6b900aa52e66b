package org.kgexplorer.core.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;

class HierarchicalLayoutTest {
    private static LayoutSnapshot laidOut(Graph graph, HierarchicalLayout layout) {
        layout.attach(graph);
        assertTrue(TestGraphs.settle(layout, 200) <= 200, "converges");
        return layout.snapshot();
    }

    private static float y(LayoutSnapshot s, String id) {
        return s.y(s.indexOf(id));
    }

    @Test
    void rootIsAboveItsChildrenAndTheyAboveTheirs() {
        Graph graph = TestGraphs.tree(3, 2);
        HierarchicalLayout layout = new HierarchicalLayout();
        layout.setRoot("r");
        LayoutSnapshot s = laidOut(graph, layout);
        for (int i = 0; i < 3; i++) {
            assertTrue(y(s, "r") < y(s, "c" + i));
            assertTrue(y(s, "c" + i) < y(s, "c" + i + "g1"));
        }
        assertEquals(y(s, "c0"), y(s, "c2"));
    }

    @Test
    void chosenRootIsOnTopEvenAgainstTheEdgesDirection() {
        Graph graph = TestGraphs.tree(2, 2);
        HierarchicalLayout layout = new HierarchicalLayout();
        layout.setRoot("c1g0");
        LayoutSnapshot s = laidOut(graph, layout);
        assertTrue(y(s, "c1g0") < y(s, "c1"));
        assertTrue(y(s, "c1") < y(s, "r"));
    }

    @Test
    void longestPathPutsSourcesOnTop() {
        Graph graph = TestGraphs.tree(2, 2);
        graph.addEdge("shortcut", "r", "c0g0", true);
        HierarchicalLayout layout = new HierarchicalLayout();
        layout.setLayering(HierarchicalLayout.Layering.LONGEST_PATH);
        layout.setRoot("c0g0");
        LayoutSnapshot s = laidOut(graph, layout);
        assertTrue(y(s, "r") < y(s, "c0"));
        assertTrue(y(s, "c0") < y(s, "c0g0"), "the shortcut does not lift c0g0 to c0's layer");
    }

    @Test
    void withoutARootTheBestConnectedNodeIsOnTop() {
        Graph graph = TestGraphs.tree(2, 3);
        LayoutSnapshot s = laidOut(graph, new HierarchicalLayout());
        assertTrue(y(s, "c0") < y(s, "r"), "c0 has four neighbours, r two");
    }

    @Test
    void longestPathSurvivesCycles() {
        Graph graph = TestGraphs.tree(2, 1);
        graph.addEdge("back", "c0g0", "r", true);
        HierarchicalLayout layout = new HierarchicalLayout();
        layout.setLayering(HierarchicalLayout.Layering.LONGEST_PATH);
        LayoutSnapshot s = laidOut(graph, layout);
        assertEquals(graph.getNodeCount(), s.size());
    }

    @Test
    void treeIsDrawnWithoutCrossings() {
        Graph graph = TestGraphs.tree(4, 3);
        HierarchicalLayout layout = new HierarchicalLayout();
        layout.setRoot("r");
        layout.setAspect(4); // a view wide enough for the widest layer: no rows to wrap
        LayoutSnapshot s = laidOut(graph, layout);
        graph.edges().forEach(e -> graph.edges().forEach(f -> {
            String a = e.getSourceNode().getId();
            String b = e.getTargetNode().getId();
            String c = f.getSourceNode().getId();
            String d = f.getTargetNode().getId();
            if (y(s, a) == y(s, c) && !a.equals(c)) {
                float top = s.x(s.indexOf(a)) - s.x(s.indexOf(c));
                float bottom = s.x(s.indexOf(b)) - s.x(s.indexOf(d));
                assertTrue(top * bottom > 0, e.getId() + " crosses " + f.getId());
            }
        }));
    }

    @Test
    void pinnedNodeStaysAndOthersAreArranged() {
        Graph graph = TestGraphs.tree(2, 2);
        HierarchicalLayout layout = new HierarchicalLayout();
        layout.setRoot("r");
        layout.attach(graph);
        layout.freezeNode("c1", true);
        layout.moveNode("c1", -99, 77);
        TestGraphs.settle(layout, 200);
        LayoutSnapshot s = layout.snapshot();
        assertEquals(-99f, s.x(s.indexOf("c1")));
        assertEquals(77f, s.y(s.indexOf("c1")));
        assertTrue(y(s, "r") < y(s, "c0"));
    }

    @Test
    void aLayerTooWideForTheViewWrapsIntoRowsAndTheDrawingTakesTheViewsShape() {
        for (double aspect : new double[] {16.0 / 10, 1.0, 4.0 / 3}) {
            Graph graph = TestGraphs.tree(40, 0);
            HierarchicalLayout layout = new HierarchicalLayout();
            layout.setRoot("r");
            layout.setAspect(aspect);
            LayoutSnapshot s = laidOut(graph, layout);
            java.util.Set<Float> rows = new java.util.TreeSet<>();
            for (int i = 0; i < 40; i++) {
                rows.add(y(s, "c" + i));
                assertTrue(y(s, "r") < y(s, "c" + i), "the root stays above its neighbours");
            }
            assertTrue(rows.size() > 1, "forty neighbours are not one line: " + rows);
            float minX = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (int i = 0; i < s.size(); i++) {
                minX = Math.min(minX, s.x(i));
                maxX = Math.max(maxX, s.x(i));
                minY = Math.min(minY, s.y(i));
                maxY = Math.max(maxY, s.y(i));
            }
            double drawn = (maxX - minX) / (double) (maxY - minY);
            assertTrue(drawn > aspect / 1.6 && drawn < aspect * 1.6, "the drawing's shape " + drawn + " is near the view's " + aspect);
        }
    }

    @Test
    void aLayerThatFitsTheViewStaysOneLine() {
        Graph graph = TestGraphs.tree(3, 0);
        HierarchicalLayout layout = new HierarchicalLayout();
        layout.setRoot("r");
        layout.setAspect(16.0 / 10);
        LayoutSnapshot s = laidOut(graph, layout);
        assertEquals(y(s, "c0"), y(s, "c2"));
    }
}
