package org.kgexplorer.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background work off the JavaFX thread and lists what is running, so the status bar can show each
 * task's progress with a cancel button. Threads are daemons: a closing window never waits for them.
 *
 * <p>Two lanes. What the user waits on (a query, an export, an entity's details, a graph change) starts at once on
 * a thread of its own. {@linkplain #submitDataWork Data work}, which reads or rewrites all of the loaded data (a
 * load, and the class tree, search index and completion index a data change sets off), shares one processor less
 * than the machine has (at least one thread, at most three): on a two-core laptop it runs one task after another
 * on one core, and the other stays free for the JavaFX thread and its renderer while a large file loads.
 */
public final class TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    /**
     * Background work that failed with no screen of its own to say so.
     *
     * @param task   the task's title, as the status bar showed it; null for an exception no task caught
     * @param reason why, in one line
     */
    public record Failure(String task, String reason) {
    }

    private final ReadOnlyObjectWrapper<Failure> lastFailure = new ReadOnlyObjectWrapper<>(this, "lastFailure");
    private final javafx.beans.property.ReadOnlyStringWrapper notice =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "notice", "");
    private final ExecutorService executor;
    private final ExecutorService dataWork;
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
        AtomicInteger d = new AtomicInteger();
        dataWork = Executors.newFixedThreadPool(dataWorkThreads(Runtime.getRuntime().availableProcessors()), job -> {
            Thread t = new Thread(job, "kgx-data-" + d.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** How many data tasks run at once on a machine with this many processors: one fewer, from one to three. */
    public static int dataWorkThreads(int processors) {
        return Math.max(1, Math.min(3, processors - 1));
    }

    /**
     * Starts a task; it shows in {@link #running()} until it ends. The task's title is what the status bar
     * shows; set it with {@code updateTitle} in the task or before submitting. Call from the JavaFX thread.
     */
    public <T> Task<T> submit(Task<T> task) {
        return submit(task, executor);
    }

    /**
     * Starts data work (see the class comment): it waits for a free data thread, in the order submitted, and shows
     * in {@link #running()} from now on. A task cancelled while it waits never runs. Call from the JavaFX thread.
     */
    public <T> Task<T> submitDataWork(Task<T> task) {
        return submit(task, dataWork);
    }

    private <T> Task<T> submit(Task<T> task, ExecutorService on) {
        if (on.isShutdown()) {
            // The window has closed (stop() ran) while events still arrive, e.g. a load's end queued on the JavaFX
            // thread just before: the work has no one to show it to.
            task.cancel();
            return task;
        }
        running.add(task);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
            }
        });
        on.submit(task);
        return task;
    }

    /**
     * Reports a task that failed where no screen shows the failure itself (an index, a count, a relabelling): it
     * goes to the log with its stack trace, and to the status bar. Call from the task's failure handler.
     */
    public void reportFailure(Task<?> task) {
        Throwable t = task.getException();
        String reason = t == null ? "" : t.getMessage() == null || t.getMessage().isBlank() ? t.toString() : t.getMessage();
        if (t instanceof java.util.concurrent.CancellationException) {
            // work stopped because what it was for went away (a store replaced, a newer request): no failure to show
            LOG.info("{} stopped: {}", task.getTitle(), reason);
            return;
        }
        LOG.warn("{} failed: {}", task.getTitle(), reason, t);
        lastFailure.set(new Failure(task.getTitle(), reason(t)));
    }

    /** Reports a failure that no task carries (a project's linked file that is missing): the log and the status bar. */
    public void report(String title, String reason) {
        LOG.warn("{}: {}", title, reason);
        lastFailure.set(new Failure(title, reason.lines().findFirst().orElse("")));
    }

    /**
     * Reports an exception nothing caught (the uncaught-exception handler of every thread, the JavaFX thread's
     * too): the log gets it as an error with its stack trace, the status bar one line (a {@link Failure} with no
     * task). Any thread.
     */
    public void reportUncaught(Thread thread, Throwable t) {
        LOG.error("Uncaught exception in thread {}: {}", thread.getName(), reason(t), t);
        Failure failure = new Failure(null, reason(t));
        if (javafx.application.Platform.isFxApplicationThread()) {
            lastFailure.set(failure);
        } else {
            javafx.application.Platform.runLater(() -> lastFailure.set(failure));
        }
    }

    /** A failure's reason in one line for the user: the first line of its message, or what it is. */
    public static String reason(Throwable t) {
        if (t == null) {
            return "";
        }
        String m = t.getMessage() == null || t.getMessage().isBlank() ? t.toString() : t.getMessage();
        return m.lines().findFirst().orElse("");
    }

    /** The latest failure {@linkplain #reportFailure reported}, or null (JavaFX thread). */
    public ReadOnlyObjectProperty<Failure> lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }

    /**
     * Says in the status bar what finished work did where no screen of its own says it (an evidence pack written
     * from any tab), until the next notice or the user clicks it away. JavaFX thread.
     */
    public void tell(String what) {
        notice.set(what == null ? "" : what);
    }

    /** The latest notice {@linkplain #tell told} ("" when none or dismissed). */
    public javafx.beans.property.ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Forgets the latest failure (the user dismissed it). */
    public void clearFailure() {
        lastFailure.set(null);
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
        dataWork.shutdownNow();
    }
}
