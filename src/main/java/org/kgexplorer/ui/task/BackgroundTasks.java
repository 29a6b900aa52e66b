package org.kgexplorer.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.concurrent.Task;

/** Runs background work off the JavaFX thread, on daemon threads so a closing window never waits for them. */
public final class BackgroundTasks {
    private final ExecutorService executor;

    public BackgroundTasks() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "kgx-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public <T> Task<T> submit(Task<T> task) {
        executor.submit(task);
        return task;
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
