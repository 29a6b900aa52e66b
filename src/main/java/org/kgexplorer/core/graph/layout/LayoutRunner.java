package org.kgexplorer.core.graph.layout;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Steps a layout on its own daemon thread, as fast as it can or at a capped rate, and hands each new snapshot to
 * its listeners (on that thread). It sleeps while the layout is settled and wakes when the graph, a pin or a
 * position changes; while paused ("freeze the layout") it still applies such changes, so a dragged node moves,
 * but steps no forces. {@link #close()} stops the thread.
 */
public final class LayoutRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutRunner.class);

    private final SnapshotLayout layout;
    private final long minNanosPerStep;
    private final List<Consumer<LayoutSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Thread thread;
    private boolean paused;
    private boolean closed;
    private boolean signalled;
    private volatile boolean idle;

    /** A runner that steps as fast as it can. */
    public LayoutRunner(SnapshotLayout layout) {
        this(layout, 0);
    }

    /** A runner that makes at most {@code maxStepsPerSecond} steps a second (0: no cap). */
    public LayoutRunner(SnapshotLayout layout, double maxStepsPerSecond) {
        this.layout = layout;
        this.minNanosPerStep = maxStepsPerSecond > 0 ? (long) (1e9 / maxStepsPerSecond) : 0;
        this.thread = new Thread(this::run, "kgx-layout-" + layout.getLayoutAlgorithmName());
        thread.setDaemon(true);
        layout.setOnChange(this::signal);
    }

    /** Starts the thread; call once. */
    public LayoutRunner start() {
        thread.start();
        return this;
    }

    /** Called with every snapshot the layout publishes, on the runner's thread. */
    public void addListener(Consumer<LayoutSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<LayoutSnapshot> listener) {
        listeners.remove(listener);
    }

    /** The layout's latest snapshot. */
    public LayoutSnapshot snapshot() {
        return layout.snapshot();
    }

    public SnapshotLayout layout() {
        return layout;
    }

    /** Freezes the layout: no more force steps until {@link #resume()}; changes are still applied. */
    public void pause() {
        setPaused(true);
    }

    public void resume() {
        setPaused(false);
    }

    public boolean isPaused() {
        lock.lock();
        try {
            return paused;
        } finally {
            lock.unlock();
        }
    }

    private void setPaused(boolean value) {
        lock.lock();
        try {
            paused = value;
            signalled = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** True while the runner waits (settled, or paused with nothing to apply) rather than computing. */
    public boolean isIdle() {
        return idle;
    }

    /** Makes the layout run again even if it had settled (e.g. after the user asks for it). */
    public void reheat() {
        layout.reheat();
    }

    /** Stops the thread and waits for it; the layout keeps its last snapshot. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        layout.setOnChange(null);
        if (Thread.currentThread() != thread && thread.isAlive()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void signal() {
        lock.lock();
        try {
            signalled = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        try {
            while (true) {
                boolean step;
                lock.lock();
                try {
                    while (!closed && !signalled && !layout.hasPendingChanges()
                            && (paused || layout.isSettled())) {
                        idle = true;
                        wake.await();
                    }
                    idle = false;
                    signalled = false;
                    if (closed) {
                        return;
                    }
                    step = !paused;
                } finally {
                    lock.unlock();
                }
                long start = System.nanoTime();
                if (step) {
                    layout.compute();
                } else {
                    layout.applyPendingChanges();
                }
                LayoutSnapshot snapshot = layout.snapshot();
                for (Consumer<LayoutSnapshot> listener : listeners) {
                    listener.accept(snapshot);
                }
                pace(start);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The layout stopped after an error", e);
        } finally {
            idle = true;
        }
    }

    /** Waits out the rest of the step's time slot when the rate is capped (a change or close ends the wait). */
    private void pace(long start) throws InterruptedException {
        long left = minNanosPerStep - (System.nanoTime() - start);
        if (left <= 0) {
            return;
        }
        lock.lock();
        try {
            while (left > 0 && !closed && !signalled) {
                left = wake.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }
}
