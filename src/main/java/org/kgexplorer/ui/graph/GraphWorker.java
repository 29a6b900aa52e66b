package org.kgexplorer.ui.graph;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.ui.task.TaskRunner;

/**
 * Runs the graph's work in background tasks one after the other, in the order it was asked for, so an undo
 * right after an expand always comes after it. Each job returns what to do on the JavaFX thread with its result.
 */
final class GraphWorker {
    /** Background work; returns the step that publishes its result on the JavaFX thread (or null). */
    @FunctionalInterface
    interface Job {
        Runnable run(Cancellation cancellation) throws Exception;
    }

    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending");
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    GraphWorker(TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    /** Queues a job (call on the JavaFX thread). */
    Task<Runnable> submit(String title, Job job) {
        CompletableFuture<Void> before = tail;
        CompletableFuture<Void> done = new CompletableFuture<>();
        tail = done;
        Cancellation cancellation = new Cancellation();
        Task<Runnable> task = new Task<>() {
            {
                updateTitle(title);
            }

            @Override
            protected Runnable call() throws Exception {
                try {
                    before.join();
                    cancellation.throwIfCancelled();
                    return job.run(cancellation);
                } finally {
                    done.complete(null);
                }
            }

            @Override
            protected void succeeded() {
                finish();
                Runnable publish = getValue();
                if (publish != null) {
                    publish.run();
                }
            }

            @Override
            protected void failed() {
                finish();
                onFailure.accept(getException());
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
                // a task cancelled before it started never runs call(): let the next one go
                done.complete(null);
                finish();
            }
        };
        pending.set(pending.get() + 1);
        tasks.submit(task);
        return task;
    }

    private void finish() {
        pending.set(Math.max(0, pending.get() - 1));
    }

    /** How many jobs are queued or running (JavaFX thread). */
    ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }
}
