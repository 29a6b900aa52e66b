package org.kgexplorer.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs background work off the JavaFX thread and lists what is running, so the status bar can show each
 * task's progress with a cancel button. Threads are daemons: a closing window never waits for them.
 */
public final class TaskRunner {
    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    // One wrapper kept for good: an unmodifiable view listens weakly to its list, so a view made per call could be
    // garbage-collected together with the listeners added to it.
    private final ObservableList<Task<?>> runningView = FXCollections.unmodifiableObservableList(running);

    public TaskRunner() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "kgx-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts a task; it shows in {@link #running()} until it ends. The task's title is what the status bar
     * shows; set it with {@code updateTitle} in the task or before submitting. Call from the JavaFX thread.
     */
    public <T> Task<T> submit(Task<T> task) {
        running.add(task);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
            }
        });
        executor.submit(task);
        return task;
    }

    /** What is running now (only read or observed on the JavaFX thread). */
    public ObservableList<Task<?>> running() {
        return runningView;
    }

    /** Cancels every running task. */
    public void cancelAll() {
        if (Platform.isFxApplicationThread()) {
            running.forEach(Task::cancel);
        } else {
            Platform.runLater(() -> running.forEach(Task::cancel));
        }
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
