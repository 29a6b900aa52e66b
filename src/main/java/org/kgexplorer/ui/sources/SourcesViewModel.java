package org.kgexplorer.ui.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.LoadedSource;
import org.kgexplorer.core.store.ParsePolicy;
import org.kgexplorer.core.store.RdfInput;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The loaded sources and their triple counts, and the loads that change them. Loads run in background
 * tasks; a failed or cancelled load leaves the data and this list as they were and says why, naming the
 * file, line and column. Loads run one after another, in the order asked.
 */
public final class SourcesViewModel {
    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final ObservableList<LoadedSource> sources = FXCollections.observableArrayList();
    private final ObservableList<LoadedSource> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ReadOnlyLongWrapper totalTriples = new ReadOnlyLongWrapper(this, "totalTriples");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper lenientPossible = new ReadOnlyBooleanWrapper(this, "lenientPossible", false);
    /** The last failed load again, accepting the parsers' warnings; null unless only warnings failed it. */
    private Runnable lenientRetry;
    private final java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
    private Task<?> running;
    private Throwable lastError;
    private java.util.function.Consumer<List<Path>> onPathsLoaded = paths -> { };

    public SourcesViewModel(ExplorerContext context) {
        this.context = context;
        this.texts = context.i18n().texts("org.kgexplorer.ui.sources.messages");
    }

    public ExplorerContext context() {
        return context;
    }

    /** Loads the bundled ontology and graph. */
    public void loadBundled() {
        load(() -> texts.get("what.bundled"), LoadMode.ADD, BundledGraph::inputs, () -> { }, () -> { }, false);
    }

    /**
     * What the window does when it opens: the bundled graph first, then the files named on the command line as
     * a load of their own (so a broken file of the user's never keeps the bundled graph out).
     */
    public void loadAtStartup(List<Path> files) {
        load(() -> texts.get("what.bundled"), LoadMode.ADD, BundledGraph::inputs, () -> {
            if (!files.isEmpty()) {
                loadPaths(files, LoadMode.ADD);
            }
        }, () -> { }, false);
    }

    /** Loads files and folders, adding to the data or replacing it. */
    public void loadPaths(List<Path> paths, LoadMode mode) {
        Supplier<String> what = () -> paths.size() == 1 ? String.valueOf(paths.get(0).getFileName())
                : texts.get("what.files", paths.size());
        load(what, mode, () -> RdfInputs.of(paths), () -> { }, () -> onPathsLoaded.accept(paths), false);
    }

    /** Told which files and folders were loaded, after each successful load of paths (for recent files). */
    public void setOnPathsLoaded(java.util.function.Consumer<List<Path>> listener) {
        this.onPathsLoaded = listener;
    }

    /** Stops the running load; the data stays as it was before it. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public void dismissError() {
        error.set("");
        lastError = null;
        lenientRetry = null;
        lenientPossible.set(false);
    }

    /**
     * Runs the last failed load again, accepting what the parsers only warned about (a relative IRI, a bad IRI
     * character...), as {@code --lenient} does on the command line. Only offered when warnings alone failed it.
     */
    public void loadLeniently() {
        Runnable retry = lenientRetry;
        dismissError();
        if (retry != null) {
            retry.run();
        }
    }

    /** Whether the last load failed only on what the parsers warned about, so that {@link #loadLeniently()} would load it. */
    public ReadOnlyBooleanProperty lenientPossibleProperty() {
        return lenientPossible.getReadOnlyProperty();
    }

    private interface InputList {
        List<RdfInput> get() throws DataLoadException;
    }

    /** Starts the load now, or after the running one ends: loads never overlap. */
    private void load(Supplier<String> what, LoadMode mode, InputList inputs, Runnable then, Runnable succeeded,
                      boolean lenient) {
        if (running != null) {
            queued.add(() -> load(what, mode, inputs, then, succeeded, lenient));
            return;
        }
        Cancellation cancellation = new Cancellation();
        AcceptedWarnings warnings = new AcceptedWarnings();
        ParsePolicy policy = lenient ? ParsePolicy.lenient(warnings) : ParsePolicy.strict(warnings);
        Task<Long> task = new Task<>() {
            @Override
            protected Long call() throws Exception {
                updateTitle(texts.get("task.loading", what.get()));
                updateMessage(texts.get("task.reading"));
                context.store().load(inputs.get(), mode, policy, (done, total, message) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    }
                }, cancellation);
                updateMessage(texts.get("task.counting"));
                return context.store().tripleCount();
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }
        };
        task.setOnRunning(e -> {
            busy.set(true);
            error.set("");
            lenientRetry = null;
            lenientPossible.set(false);
        });
        task.setOnSucceeded(e -> {
            sources.setAll(context.store().sources());
            totalTriples.set(task.getValue());
            finish(warnings.count() == 0 ? said("status.loaded", what)
                    : Bindings.createStringBinding(() -> texts.get("status.loadedLeniently", what.get(),
                            warnings.count(), warnings.first()), texts.language()));
            context.dataChanged();
            succeeded.run();
            then.run();
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            if (t instanceof CancellationException) {
                finish(said("status.cancelled", what));
            } else {
                lastError = t;
                if (t instanceof DataLoadException d && d.lenientWouldLoad()) {
                    lenientRetry = () -> load(what, mode, inputs, () -> { }, succeeded, true);
                    lenientPossible.set(true);
                }
                error.set(t.getMessage() == null ? t.toString() : t.getMessage());
                finish(said("status.failed", what));
            }
            then.run();
        });
        task.setOnCancelled(e -> {
            finish(said("status.cancelled", what));
            then.run();
        });
        status.bind(task.titleProperty());
        progress.bind(task.progressProperty());
        running = task;
        context.tasks().submitDataWork(task);
    }

    /** A status that follows the interface language, as does the name of what was loaded. */
    private ObservableStringValue said(String key, Supplier<String> what) {
        return Bindings.createStringBinding(() -> texts.get(key, what.get()), texts.language());
    }

    private void finish(ObservableStringValue message) {
        status.unbind();
        progress.unbind();
        status.bind(message);
        progress.set(0);
        busy.set(false);
        running = null;
        Runnable next = queued.poll();
        if (next != null) {
            next.run();
        }
    }

    public ObservableList<LoadedSource> sources() {
        return sourcesView;
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

    /** The last load's failure, with its file, line and column when it was a data error; null when none. */
    public Throwable lastError() {
        return lastError;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The interface language, for number formats. */
    java.util.Locale locale() {
        return context.i18n().locale();
    }

    /** The texts of this screen. */
    I18n.Texts texts() {
        return texts;
    }

}
