package org.kgexplorer.core.graph.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphstream.algorithm.Toolkit;
import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;

class LayoutSnapshotTest {
    @Test
    void snapshotDoesNotChangeWhenTheLayoutMovesOn() {
        Graph graph = TestGraphs.random(50, 100, 11);
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.attach(graph);
        layout.compute();
        LayoutSnapshot first = layout.snapshot();
        float[] x = first.xs();
        float[] y = first.ys();
        long step = first.step();
        float kept = x[0];
        x[0] = 99_999f;
        graph.removeNode("n0");
        for (int i = 0; i < 10; i++) {
            layout.compute();
        }
        assertEquals(50, first.size());
        assertEquals(step, first.step());
        assertEquals(kept, first.x(0));
        x[0] = kept;
        assertArrayEquals(x, first.xs());
        assertArrayEquals(y, first.ys());
        assertNotEquals(first.structure(), layout.snapshot().structure());
    }

    @Test
    void indexAndIdsAgree() {
        Graph graph = TestGraphs.random(40, 60, 12);
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.attach(graph);
        graph.removeNode("n5");
        graph.removeNode("n0");
        layout.compute();
        LayoutSnapshot s = layout.snapshot();
        assertEquals(38, s.size());
        for (int i = 0; i < s.size(); i++) {
            assertEquals(i, s.indexOf(s.id(i)));
        }
        assertEquals(-1, s.indexOf("n5"));
        assertEquals(-1, s.indexOf("nothing"));
    }

    @Test
    void snapshotsOfOneStructureShareTheirIds() {
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.attach(TestGraphs.random(20, 30, 13));
        layout.compute();
        LayoutSnapshot a = layout.snapshot();
        layout.compute();
        LayoutSnapshot b = layout.snapshot();
        assertEquals(a.structure(), b.structure());
        assertSame(a.id(3), b.id(3));
        assertEquals(a.step() + 1, b.step());
    }

    @Test
    void positionsReachTheGraphAsGraphStreamLayoutsSendThem() {
        Graph graph = TestGraphs.random(20, 30, 14);
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.attach(graph);
        layout.addAttributeSink(graph);
        for (int i = 0; i < 3; i++) {
            layout.compute();
        }
        LayoutSnapshot s = layout.snapshot();
        double[] xyz = Toolkit.nodePosition(graph, "n9");
        int i = s.indexOf("n9");
        assertEquals(s.x(i), xyz[0], 1e-3);
        assertEquals(s.y(i), xyz[1], 1e-3);
        layout.compute();
        assertTrue(layout.snapshot().x(i) != s.x(i), "the echo of its own positions did not pin or move it");
    }
}
