package org.kgexplorer.core.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.junit.jupiter.api.Test;

class LayoutRunnerTest {
    private static final long PATIENCE_SECONDS = 60;

    /** Waits for a published snapshot that passes the test (the generous limit only catches a runner that hangs). */
    private static LayoutSnapshot await(BlockingQueue<LayoutSnapshot> published, Predicate<LayoutSnapshot> test)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < deadline) {
            LayoutSnapshot s = published.poll(1, TimeUnit.SECONDS);
            if (s != null && test.test(s)) {
                return s;
            }
        }
        throw new AssertionError("no such snapshot within " + PATIENCE_SECONDS + " s");
    }

    private static void awaitIdle(LayoutRunner runner) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (!runner.isIdle()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the runner did not come to rest within " + PATIENCE_SECONDS + " s");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aStepTakesAChangeMadeUnderTheChangeGuardWholeNeverHalf() throws InterruptedException {
        Graph graph = new MultiGraph("g");
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        Object guard = new Object();
        layout.setChangeGuard(guard);
        layout.attach(graph);
        Thread step = new Thread(layout::compute, "a layout step");
        synchronized (guard) {
            graph.addNode("a");
            graph.addNode("b");
            step.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (step.getState() != Thread.State.BLOCKED) {
                assertTrue(step.isAlive(), "the step waits for the change to be whole: it took the nodes without their edge");
                assertTrue(System.nanoTime() < deadline, "the step neither waited nor ended");
                Thread.onSpinWait();
            }
            graph.addEdge("a-b", "a", "b");
        }
        step.join();
        assertEquals(1, layout.snapshot().step(), "one step");
        assertEquals(2, layout.snapshot().size());
        assertEquals(1, layout.graph.edgeCount(), "and it had the edge too");
    }

    @Test
    void runsUntilSettledThenRestartsWhenTheGraphChanges() throws InterruptedException {
        Graph graph = TestGraphs.random(100, 200, 21);
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.attach(graph);
        BlockingQueue<LayoutSnapshot> published = new LinkedBlockingQueue<>();
        try (LayoutRunner runner = new LayoutRunner(layout)) {
            runner.addListener(published::add);
            runner.start();
            LayoutSnapshot settled = await(published, LayoutSnapshot::settled);
            graph.addNode("late");
            graph.addEdge("late-n1", "late", "n1");
            LayoutSnapshot grown = await(published, s -> s.indexOf("late") >= 0);
            assertFalse(grown.settled(), "a change starts the settling over");
            assertTrue(grown.step() > settled.step());
            await(published, LayoutSnapshot::settled);
        }
    }

    @Test
    void pausedRunnerMakesNoStepsButAppliesMoves() throws InterruptedException {
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.attach(TestGraphs.random(200, 400, 22));
        BlockingQueue<LayoutSnapshot> published = new LinkedBlockingQueue<>();
        try (LayoutRunner runner = new LayoutRunner(layout)) {
            runner.addListener(published::add);
            runner.start();
            await(published, s -> s.step() >= 3);
            runner.pause();
            layout.freezeNode("n5", true);
            layout.moveNode("n5", 1234, 567);
            LayoutSnapshot moved = await(published, s -> s.x(s.indexOf("n5")) == 1234f);
            assertEquals(567f, moved.y(moved.indexOf("n5")));
            long step = moved.step();
            awaitIdle(runner);
            assertEquals(step, runner.snapshot().step(), "no force step while paused");
            runner.resume();
            await(published, s -> s.step() > step);
        }
    }

    @Test
    void closeStopsTheThread() throws InterruptedException {
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.attach(TestGraphs.random(500, 1000, 23));
        BlockingQueue<LayoutSnapshot> published = new LinkedBlockingQueue<>();
        LayoutRunner runner = new LayoutRunner(layout).start();
        runner.addListener(published::add);
        await(published, s -> s.step() >= 2);
        runner.close();
        assertTrue(runner.isIdle());
        long step = layout.snapshot().step();
        layout.reheat();
        layout.moveNode("n1", 1, 1);
        assertEquals(step, layout.snapshot().step());
        assertTrue(layout.hasPendingChanges(), "nobody applies changes after close");
    }
}
