package org.kgexplorer.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.graphstream.graph.Node;
import org.graphstream.stream.SinkAdapter;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;

/** The GraphStream graph as the model: ids, attributes, sinks following it, undo and redo of every change. */
class KgGraphTest {
    static final String EX = GraphFixtures.EX;

    private static KgGraph opened(String id) {
        KgGraph g = new KgGraph();
        g.change("open", s -> GraphOperations.replace(GraphExtraction.entity(GraphFixtures.org(), id)));
        expand(g, id);
        return g;
    }

    private static void expand(KgGraph g, String id) {
        GraphFixtures.read(GraphFixtures.org(), data -> g.change("expand",
                s -> GraphOperations.expand(s, id, data, LabelMode.ENGLISH, Cancellation.none())));
    }

    private static Set<String> nodeIds(KgGraph g) {
        Set<String> ids = new HashSet<>();
        g.graph().nodes().forEach(n -> ids.add(n.getId()));
        return ids;
    }

    private static Set<String> edgeIds(KgGraph g) {
        Set<String> ids = new HashSet<>();
        g.graph().edges().forEach(e -> ids.add(e.getId()));
        return ids;
    }

    @Test
    void nodesAreIrisWithTheirTermAndClassesAndEdgesAreTriples() {
        KgGraph g = opened(EX + "B");
        Node d = g.graph().getNode(EX + "D");
        assertEquals(NodeFactory.createURI(EX + "D"), d.getAttribute(GraphKeys.TERM));
        assertArrayEquals(new String[] {EX + "Bureau", EX + "Agency", EX + "Org"}, (String[]) d.getAttribute(GraphKeys.CLASSES));
        var edge = g.graph().getEdge(EX + "B|" + EX + "isRunBy|" + EX + "D");
        assertEquals(EX + "isRunBy", edge.getAttribute(GraphKeys.PREDICATE));
        assertTrue(edge.isDirected());
        assertEquals(EX + "B", edge.getSourceNode().getId());
    }

    @Test
    void theMoreNodeNamesTheNodeItContinuesAndItsCount() {
        KgGraph g = opened(EX + "Hub");
        Node more = g.graph().getNode("more:" + EX + "Hub");
        assertArrayEquals(new Object[] {EX + "Hub", 35}, (Object[]) more.getAttribute(GraphKeys.MORE));
        expand(g, more.getId());
        assertArrayEquals(new Object[] {EX + "Hub", 10}, (Object[]) g.graph().getNode(more.getId()).getAttribute(GraphKeys.MORE));
    }

    @Test
    void aSinkFollowsEveryChange() {
        KgGraph g = new KgGraph();
        Set<String> seen = new HashSet<>();
        g.graph().addSink(new SinkAdapter() {
            @Override
            public void nodeAdded(String sourceId, long timeId, String nodeId) {
                seen.add(nodeId);
            }

            @Override
            public void nodeRemoved(String sourceId, long timeId, String nodeId) {
                seen.remove(nodeId);
            }
        });
        g.change("open", s -> GraphOperations.replace(GraphExtraction.entity(GraphFixtures.org(), EX + "A")));
        expand(g, EX + "A");
        assertEquals(nodeIds(g), seen);
        g.change("hide", s -> GraphOperations.hide(s, List.of(EX + "B")));
        assertEquals(nodeIds(g), seen);
        assertFalse(seen.contains(EX + "B"));
    }

    @Test
    void undoAndRedoRestoreEachChangeExactly() {
        KgGraph g = opened(EX + "A");
        Set<String> nodes = nodeIds(g);
        Set<String> edges = edgeIds(g);
        expand(g, EX + "B");
        g.change("hide", s -> GraphOperations.hide(s, List.of(EX + "C")));
        g.change("filter", s -> GraphOperations.filterProperty(s, EX + "locatedIn", false));
        Set<String> after = nodeIds(g);
        assertTrue(g.undo() && g.undo() && g.undo());
        assertEquals(nodes, nodeIds(g));
        assertEquals(edges, edgeIds(g));
        assertTrue(g.redo() && g.redo() && g.redo());
        assertEquals(after, nodeIds(g));
        assertFalse(g.canRedo());
    }

    @Test
    void pinningAndMovingReachTheLayoutThroughTheStandardAttributes() {
        KgGraph g = opened(EX + "A");
        g.change("move", s -> GraphOperations.move(s, EX + "B", 3f, 4f));
        Node b = g.graph().getNode(EX + "B");
        assertTrue(b.hasAttribute("layout.frozen"));
        assertArrayEquals(new Object[] {3.0, 4.0, 0.0}, (Object[]) b.getAttribute("xyz"));
        g.change("unpin", s -> GraphOperations.pin(s, EX + "B", false));
        assertFalse(b.hasAttribute("layout.frozen"));
        g.undo();
        assertTrue(b.hasAttribute("layout.frozen"));
        g.undo();
        assertFalse(b.hasAttribute("layout.frozen"));
    }

    @Test
    void aChangeThatChangesNothingIsNotRecorded() {
        KgGraph g = opened(EX + "A");
        g.undo();
        g.redo();
        assertFalse(g.change("show", s -> GraphOperations.show(s, null)));
        assertEquals("expand", g.undoRedoKinds()[0]);
        assertNull(g.undoRedoKinds()[1]);
    }

    /** A change waiting for its data (an endpoint's answer, say) until {@code release}, once {@code entered}. */
    private static Thread slowChange(KgGraph g, java.util.concurrent.CountDownLatch entered,
                                     java.util.concurrent.CountDownLatch release, String pinned) {
        Thread t = new Thread(() -> g.change("pin", s -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return GraphOperations.pin(s, pinned, true);
        }), "slow-change");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void readingTheStateNeverWaitsForAChangeBeingComputed() throws Exception {
        KgGraph g = opened(EX + "B");
        GraphState before = g.state();
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread slow = slowChange(g, entered, release, EX + "B");
        assertTrue(entered.await(10, java.util.concurrent.TimeUnit.SECONDS));
        // the window's thread reads the state while the change waits: it gets the state as it is, at once
        assertEquals(before, java.util.concurrent.CompletableFuture.supplyAsync(g::state).get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(before.nodes().size(), java.util.concurrent.CompletableFuture.supplyAsync(() -> g.visible().nodes().size())
                .get(10, java.util.concurrent.TimeUnit.SECONDS));
        release.countDown();
        slow.join(10_000);
        assertTrue(g.state().pinned().contains(EX + "B"));
    }

    @Test
    void aChangeComputedWhileAnotherWasInstalledIsAppliedAgainOnTopOfIt() throws Exception {
        KgGraph g = opened(EX + "B");
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread slow = slowChange(g, entered, release, EX + "B");
        assertTrue(entered.await(10, java.util.concurrent.TimeUnit.SECONDS));
        // installed at once, while the first is still being computed
        assertTrue(java.util.concurrent.CompletableFuture.supplyAsync(() -> g.change("pin", s -> GraphOperations.pin(s, EX + "D", true)))
                .get(10, java.util.concurrent.TimeUnit.SECONDS));
        release.countDown();
        slow.join(10_000);
        assertFalse(slow.isAlive());
        assertEquals(Set.of(EX + "B", EX + "D"), g.state().pinned(), "neither change is lost");
        assertTrue(g.graph().getNode(EX + "B").hasAttribute("layout.frozen"));
        assertTrue(g.undo());
        assertEquals(Set.of(EX + "D"), g.state().pinned(), "each change is one step of the history, in the order installed");
    }

    @Test
    void aChangeNoLongerWantedOnceComputedIsNotInstalled() {
        KgGraph g = opened(EX + "B");
        GraphState before = g.state();
        java.util.concurrent.atomic.AtomicBoolean wanted = new java.util.concurrent.atomic.AtomicBoolean(true);
        // cancelled while it computed (while it waited for an endpoint, say)
        assertFalse(g.change("pin", s -> {
            wanted.set(false);
            return GraphOperations.pin(s, EX + "B", true);
        }, wanted::get));
        assertTrue(before == g.state(), "nothing installed");
        assertFalse(g.graph().getNode(EX + "B").hasAttribute("layout.frozen"));
        assertEquals("expand", g.undoRedoKinds()[0], "nothing recorded");
    }
}
