package org.kgexplorer.ui.graph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderSceneTest {

    private static RenderScene twoNodes() {
        return new RenderScene(new float[] {0, 10}, new float[] {0, 5}, new String[] {"a", "b"}, new int[] {0, 7},
                new byte[] {RenderScene.SELECTED, 0}, new int[] {0}, new int[] {1}, new String[] {"knows"},
                new byte[] {0}, List.of(new NodeStyle("Person", 0xFF3366CC, NodeStyle.Shape.SQUARE)));
    }

    @Test
    void withPositionsKeepsNodesEdgesAndStates() {
        RenderScene moved = twoNodes().withPositions(new float[] {1, 2}, new float[] {3, 4});
        assertEquals(2, moved.nodeCount());
        assertEquals(1, moved.edgeCount());
        assertEquals(2f, moved.x(1));
        assertEquals(4f, moved.y(1));
        assertTrue(moved.nodeHas(0, RenderScene.SELECTED));
        assertEquals("knows", moved.edgeLabel(0));
    }

    @Test
    void styleIndexOutOfRangeFallsBackToDefault() {
        RenderScene scene = twoNodes();
        assertSame(scene.styles().get(0), scene.styleOf(0));
        assertEquals(NodeStyle.Shape.CIRCLE, scene.styleOf(1).shape());
    }

    @Test
    void edgeToMissingNodeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RenderScene(new float[] {0}, new float[] {0},
                new String[] {"a"}, new int[] {0}, new byte[] {0}, new int[] {0}, new int[] {1},
                new String[] {null}, new byte[] {0}, List.of()));
    }

    @Test
    void mismatchedArraysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> twoNodes().withStates(new byte[1], new byte[1]));
    }
}
