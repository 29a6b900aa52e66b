package org.kgexplorer.ui.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.LoadedSource;
import org.kgexplorer.core.store.RdfInput;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.ui.task.TaskRunner;

/**
 * The loaded sources and their triple counts, and the loads that change them. Loads run in background
 * tasks; a failed or cancelled load leaves the data and this list as they were and says why.
 */
public final class SourcesViewModel {
    private final KnowledgeStore store;
    private final TaskRunner tasks;
    private final ObservableList<LoadedSource> sources = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper totalTriples = new ReadOnlyLongWrapper(this, "totalTriples");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private Task<?> running;

    public SourcesViewModel(KnowledgeStore store, TaskRunner tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    /** Loads the bundled ontology and graph. */
    public Task<?> loadBundled() {
        return load("the bundled graph", LoadMode.ADD, () -> BundledGraph.inputs(), () -> { });
    }

    /**
     * What the window does when it opens: the bundled graph first, then the files named on the command line as
     * a load of their own (so a broken file of the user's never keeps the bundled graph out).
     */
    public Task<?> loadAtStartup(List<Path> files) {
        return load("the bundled graph", LoadMode.ADD, () -> BundledGraph.inputs(), () -> {
            if (!files.isEmpty()) {
                loadPaths(files, LoadMode.ADD);
            }
        });
    }

    /** Loads files and folders, adding to the data or replacing it. */
    public Task<?> loadPaths(List<Path> paths, LoadMode mode) {
        String what = paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " files";
        return load(what, mode, () -> RdfInputs.of(paths), () -> { });
    }

    /** Stops the running load; the data stays as it was before it. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public void dismissError() {
        error.set("");
    }

    private interface InputList {
        List<RdfInput> get() throws Exception;
    }

    private Task<?> load(String what, LoadMode mode, InputList inputs, Runnable then) {
        Cancellation cancellation = new Cancellation();
        Task<Long> task = new Task<>() {
            @Override
            protected Long call() throws Exception {
                updateMessage("Loading " + what + "…");
                store.load(inputs.get(), mode, (done, total, message) -> {
                    updateMessage(message);
                    if (total > 0) {
                        updateProgress(done, total);
                    }
                }, cancellation);
                updateMessage("Counting triples…");
                return store.tripleCount();
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }
        };
        task.setOnRunning(e -> {
            busy.set(true);
            error.set("");
        });
        task.setOnSucceeded(e -> {
            sources.setAll(store.sources());
            totalTriples.set(task.getValue());
            finish("Loaded " + what + ".");
            then.run();
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            if (t instanceof CancellationException) {
                finish("Loading " + what + " was cancelled; the data is unchanged.");
            } else {
                error.set(t.getMessage() == null ? t.toString() : t.getMessage());
                finish("Loading " + what + " failed; the data is unchanged.");
            }
            then.run();
        });
        task.setOnCancelled(e -> {
            finish("Loading " + what + " was cancelled; the data is unchanged.");
            then.run();
        });
        status.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        running = task;
        return tasks.submit(task);
    }

    private void finish(String message) {
        status.unbind();
        progress.unbind();
        status.set(message);
        progress.set(0);
        busy.set(false);
        running = null;
    }

    public ObservableList<LoadedSource> sources() {
        return FXCollections.unmodifiableObservableList(sources);
    }

    public ReadOnlyLongProperty totalTriplesProperty() {
        return totalTriples.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last load's error, "PATH:LINE:COLUMN: what was wrong", or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
