package org.kgexplorer.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Stage;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.remote.EndpointProfile;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.testing.LoopbackFuseki;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Cancel that arrives after the endpoint's probe has ended but before the window has taken its answer (the JavaFX
 * thread busy) interrupts no thread: the pool thread that ran the probe may already run the next task.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectCancelTooLateTest {
    static LoopbackFuseki fuseki;

    ExplorerContext context;
    SourcesViewModel model;

    @BeforeAll
    static void serve() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.add(Quad.defaultGraphIRI, NodeFactory.createURI("http://example.org/a"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createURI("http://example.org/b"));
        fuseki = LoopbackFuseki.open("late", data);
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    @Start
    void start(Stage stage) {
        context = new ExplorerContext(new InMemoryStore(), new TaskRunner(), new I18n());
        model = new SourcesViewModel(context);
    }

    @Test
    void aCancelAfterTheProbeEndedInterruptsNotTheNextTaskOnItsThread(FxRobot robot) throws Exception {
        AtomicReference<Thread> probeThread = new AtomicReference<>();
        AtomicReference<Thread> nextThread = new AtomicReference<>();
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch nextRuns = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        CountDownLatch nextEnded = new CountDownLatch(1);
        AtomicReference<Throwable> trouble = new AtomicReference<>();
        // the pool's one thread, idle: the probe and then the next task run on it
        robot.interact(() -> context.tasks().submit(new Task<Void>() {
            @Override
            protected Void call() {
                probeThread.set(Thread.currentThread());
                return null;
            }
        }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> probeThread.get() != null
                && probeThread.get().getState() == Thread.State.TIMED_WAITING);
        AtomicReference<Task<?>> probe = new AtomicReference<>();
        // The JavaFX thread is held by the runnable queued first, before the probe starts: the probe's answer, which
        // it queues when it ends, waits behind it, as when the window is busy. (Queued after connecting, the loopback
        // server's answer could come first, and CI once found the probe already gone from the running tasks.)
        Runnable busyWindow = () -> {
            try {
                Task<?> connect = probe.get();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!connect.isDone() && System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
                assertTrue(connect.isDone(), "the probe ended");
                // the pool's thread, back waiting for work
                Thread pool = probeThread.get();
                while (pool.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
                context.tasks().submit(new Task<Void>() {
                    @Override
                    protected Void call() {
                        nextThread.set(Thread.currentThread());
                        nextRuns.countDown();
                        try {
                            cancelled.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            interrupted.set(true);
                        }
                        nextEnded.countDown();
                        return null;
                    }
                });
                assertTrue(nextRuns.await(30, TimeUnit.SECONDS));
                model.cancel();
                cancelled.countDown();
                assertTrue(nextEnded.await(30, TimeUnit.SECONDS));
            } catch (Throwable t) {
                trouble.set(t);
            }
        };
        WaitForAsyncUtils.asyncFx(() -> {
            Platform.runLater(busyWindow);
            model.connectEndpoint(EndpointProfile.open(URI.create(fuseki.sparql())), null);
            probe.set(context.tasks().running().get(0));
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> nextEnded.getCount() == 0 || trouble.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        if (trouble.get() != null) {
            throw new AssertionError(trouble.get());
        }
        assertEquals(probeThread.get(), nextThread.get(), "the next task ran on the probe's thread");
        assertFalse(interrupted.get(), "the late Cancel interrupted the next task on the probe's thread");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        assertNotNull(model.endpointProperty().get(), "the probe had ended: the endpoint is the data");
    }
}
