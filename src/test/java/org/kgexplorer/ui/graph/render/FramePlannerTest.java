package org.kgexplorer.ui.graph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FramePlannerTest {
    private final FramePlanner planner = new FramePlanner(new TextMeasure());

    private FramePlan plan(RenderScene scene, Viewport view) {
        return planner.plan(SceneGeometry.of(scene, null), view, false);
    }

    @Test
    void labelsGrowWithTheInterfaceScale() {
        RenderScene scene = new RenderScene(new float[] {0, 300}, new float[] {0, 0},
                new String[] {"Left", "Right"}, new int[] {0, 0}, new byte[2],
                new int[] {0}, new int[] {1}, new String[] {"ties"}, new byte[1],
                java.util.List.of(new NodeStyle("Thing", 0xFF4E79A7, NodeStyle.Shape.CIRCLE)));
        Viewport view = new Viewport(800, 400, 150, 0, 1);
        FramePlan normal = plan(scene, view);
        planner.setLabelScale(2);
        FramePlan doubled = plan(scene, view);
        assertTrue(normal.nodeLabels().count() > 0 && normal.edgeLabels().count() > 0, "labels are drawn");
        assertEquals(2 * normal.nodeLabels().fontSize(0), doubled.nodeLabels().fontSize(0));
        assertEquals(2 * normal.edgeLabels().fontSize(0), doubled.edgeLabels().fontSize(0));
        assertTrue(doubled.nodeLabels().width(0) > 1.8 * normal.nodeLabels().width(0), "the label's box grows with it");
    }

    @Test
    void placedLabelsNeverOverlap() {
        RenderScene scene = TestScenes.random(3000, 7);
        // zoomed in so that labels are readable and crowd each other
        FramePlan plan = plan(scene, new Viewport(1280, 800, 270, 270, 2.5));
        PlacedLabels labels = plan.nodeLabels();
        assertTrue(labels.count() > 50, "labels placed: " + labels.count());
        for (int i = 0; i < labels.count(); i++) {
            for (int j = i + 1; j < labels.count(); j++) {
                boolean overlap = labels.x(i) < labels.x(j) + labels.width(j) && labels.x(j) < labels.x(i) + labels.width(i)
                        && labels.y(i) < labels.y(j) + labels.height(j) && labels.y(j) < labels.y(i) + labels.height(i);
                assertFalse(overlap, labels.text(i) + " overlaps " + labels.text(j));
            }
        }
    }

    @Test
    void aLabelNearTheRightEdgeGoesWhereItShowsWhole() {
        RenderScene scene = new RenderScene(new float[] {0, 380}, new float[] {0, 150},
                new String[] {"Left", "A long label that would run off the right edge"}, new int[] {0, 0}, new byte[2],
                new int[] {0}, new int[] {1}, new String[] {""}, new byte[1],
                java.util.List.of(new NodeStyle("Thing", 0xFF4E79A7, NodeStyle.Shape.CIRCLE)));
        FramePlan plan = plan(scene, new Viewport(400, 300, 190, 75, 1));
        PlacedLabels labels = plan.nodeLabels();
        boolean found = false;
        for (int i = 0; i < labels.count(); i++) {
            if (labels.owner(i) == 1) {
                found = true;
                assertTrue(labels.x(i) >= 0 && labels.x(i) + labels.width(i) <= 400, "the whole label is on screen");
            }
        }
        assertTrue(found, "the label is drawn");
    }

    @Test
    void aLongLabelNearTheLeftEdgeSlidesIntoViewBelowItsNode() {
        String text = "Prosecutors of the Civil Rights Division of the Department of Justice";
        RenderScene scene = new RenderScene(new float[] {0, 4000}, new float[] {0, 0},
                new String[] {text, "Other"}, new int[] {0, 0}, new byte[2],
                new int[] {0}, new int[] {1}, new String[] {""}, new byte[1],
                java.util.List.of(new NodeStyle("Thing", 0xFF4E79A7, NodeStyle.Shape.CIRCLE)));
        // how wide the label is drawn (cut to a readable length), seen in a wide view
        float width = labelOf(plan(scene, new Viewport(2000, 300, 0, 0, 1)), 0)[2];
        // then a view only a little wider than the label, the node 40 px from its left edge: the label fits the view
        // but on no side of the node
        int viewWidth = (int) width + 20;
        FramePlan plan = plan(scene, new Viewport(viewWidth, 300, viewWidth / 2.0 - 40, 0, 1));
        float[] placed = labelOf(plan, 0);
        assertTrue(placed[0] >= 0 && placed[0] + placed[2] <= viewWidth, "the whole label is on screen");
        assertTrue(placed[1] > 150 || placed[1] + placed[3] < 150, "below or above the node");
    }

    @Test
    void labelsKeepAnAgencysWholeNameAndCutLongerOnes() {
        assertEquals("United States Department of Homeland Security",
                LevelOfDetail.shown("  United States Department of Homeland Security "));
        String cut = LevelOfDetail.shown("Agents of U.S. Customs and Border Protection in Joint Task Force Alpha");
        assertEquals(LevelOfDetail.MAX_LABEL_CHARS, cut.length());
        assertTrue(cut.startsWith("Agents of U.S. Customs and Border Protection") && cut.endsWith("\u2026"), cut);
    }

    /** The placed label of a node: x, y, width, height (fails when the node has none). */
    private static float[] labelOf(FramePlan plan, int node) {
        PlacedLabels labels = plan.nodeLabels();
        for (int i = 0; i < labels.count(); i++) {
            if (labels.owner(i) == node) {
                return new float[] {labels.x(i), labels.y(i), labels.width(i), labels.height(i)};
            }
        }
        throw new AssertionError("node " + node + " has no label");
    }

    @Test
    void nodesOffScreenAreNotDrawn() {
        RenderScene scene = TestScenes.random(2000, 3);
        Viewport view = new Viewport(400, 300, 100, 100, 4);
        FramePlan plan = plan(scene, view);
        Set<Integer> drawn = new HashSet<>();
        for (int i = 0; i < plan.nodesDrawn(); i++) {
            drawn.add(plan.nodeDrawn(i));
        }
        int inside = 0;
        for (int n = 0; n < scene.nodeCount(); n++) {
            double lx = view.toLocalX(scene.x(n));
            double ly = view.toLocalY(scene.y(n));
            boolean farOff = lx < -50 || lx > 450 || ly < -50 || ly > 350;
            boolean within = lx >= 0 && lx <= 400 && ly >= 0 && ly <= 300;
            if (farOff) {
                assertFalse(drawn.contains(n), "node " + n + " is off screen but drawn");
            }
            if (within) {
                inside++;
                assertTrue(drawn.contains(n), "node " + n + " is on screen but not drawn");
            }
        }
        assertTrue(inside > 0 && drawn.size() < scene.nodeCount() / 4, "drawn " + drawn.size());
    }

    @Test
    void labelsAreLeftOutWhenTooSmallToRead() {
        RenderScene scene = TestScenes.random(5000, 5);
        SceneGeometry geometry = SceneGeometry.of(scene, null);
        // the whole scene in 1280 x 800: about 14 px between nodes, labels would be 6 px
        double scale = 800 / (10 * Math.sqrt(5000));
        FramePlan plan = planner.plan(geometry, new Viewport(1280, 800, 350, 350, scale), false);
        assertEquals(0, plan.nodeLabels().count());
        assertEquals(5000, plan.nodesDrawn());
    }

    @Test
    void selectedNodeIsLabelledEvenWhenZoomedOut() {
        RenderScene scene = TestScenes.random(5000, 5);
        byte[] states = new byte[5000];
        states[42] = RenderScene.SELECTED;
        scene = scene.withStates(states, new byte[10000]);
        double scale = 800 / (10 * Math.sqrt(5000));
        FramePlan plan = plan(scene, new Viewport(1280, 800, 350, 350, scale));
        assertEquals(1, plan.nodeLabels().count());
        assertEquals(42, plan.nodeLabels().owner(0));
    }

    @Test
    void edgeLabelsAndArrowsOnlyWhenZoomedIn() {
        RenderScene ring = TestScenes.ring(8);
        FramePlan far = plan(ring, new Viewport(300, 300, 0, 0, 0.3));
        assertFalse(far.arrows());
        assertEquals(0, far.edgeLabels().count());
        FramePlan near = plan(ring, new Viewport(1200, 1200, 0, 0, 5));
        assertTrue(near.arrows());
        assertTrue(near.edgeLabels().count() > 0);
    }

    @Test
    void everyLabelModeLabelsEveryNodeAndEdgeOnScreenWithArrowsWhereTheRuleShowsNone() {
        RenderScene scene = TestScenes.random(3000, 7);
        // the whole random scene at a zoom where the rule draws no labels and no arrows
        Viewport far = new Viewport(1280, 800, 270, 270, 0.5);
        FramePlan ruled = plan(scene, far);
        assertEquals(0, ruled.nodeLabels().count(), "the rule labels nothing this far out");
        assertFalse(ruled.arrows());
        planner.setEveryLabel(true);
        FramePlan every = plan(scene, far);
        Set<Integer> labelled = new HashSet<>();
        for (int i = 0; i < every.nodeLabels().count(); i++) {
            labelled.add(every.nodeLabels().owner(i));
            assertTrue(every.nodeLabels().fontSize(i) >= LevelOfDetail.EVERY_LABEL_MIN_FONT);
        }
        assertTrue(every.nodesDrawn() > 100, "nodes on screen: " + every.nodesDrawn());
        for (int k = 0; k < every.nodesDrawn(); k++) {
            assertTrue(labelled.contains(every.nodeDrawn(k)), "node " + every.nodeDrawn(k) + " has its label");
        }
        assertEquals(every.nodesDrawn(), every.nodeLabels().count());
        assertTrue(every.arrows(), "every arrowhead is drawn");

        RenderScene ring = TestScenes.ring(12);
        FramePlan ringEvery = plan(ring, new Viewport(1200, 1200, 0, 0, 0.5));
        assertEquals(ring.edgeCount(), ringEvery.edgeLabels().count(), "every edge label too");

        planner.setEveryLabel(false);
        assertEquals(0, plan(scene, far).nodeLabels().count(), "off again: the rule as before");
    }
}
