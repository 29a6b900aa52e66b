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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import org.kgexplorer.core.remote.EndpointProbe;
import org.kgexplorer.core.remote.EndpointProfile;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.LoadedSource;
import org.kgexplorer.core.store.NewDatabase;
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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SourcesViewModel.class);
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
    private final ReadOnlyObjectWrapper<Path> database = new ReadOnlyObjectWrapper<>(this, "database");
    private java.util.function.Consumer<Path> onDatabaseOpened = folder -> { };
    private final ReadOnlyObjectWrapper<EndpointProfile> endpoint = new ReadOnlyObjectWrapper<>(this, "endpoint");
    private java.util.function.Consumer<EndpointProfile> onEndpointConnected = profile -> { };

    public SourcesViewModel(ExplorerContext context) {
        this.context = context;
        this.texts = context.i18n().texts("org.kgexplorer.ui.sources.messages");
        context.setAdopter(this::adopt);
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

    /**
     * Opens the TDB2 database in {@code folder} in place of the loaded data (File → Open database). A folder that is
     * not a database, or one another program holds, is refused with one sentence; the loaded data then stays.
     */
    public void openDatabase(Path folder) {
        openDatabase(folder, outcome -> { });
    }

    /** {@link #openDatabase(Path)}, telling {@code ended} how this switch ended (on the JavaFX thread). */
    public void openDatabase(Path folder, java.util.function.Consumer<Outcome> ended) {
        Supplier<String> what = () -> String.valueOf(folder.getFileName());
        switchTo("database", what, opened(folder), (progress, cancellation) -> new Opened(TdbStore.open(folder, false)),
                SourcesViewModel::close, ended);
    }

    /**
     * How one switch of the loaded data ended: told to the one who asked for it, and to no one else, so that the end
     * of another load (one running before it, or one after it) is never taken for its own.
     */
    public enum Outcome {
        SUCCEEDED, FAILED, CANCELLED
    }

    /**
     * Replaces the loaded data with a project's (ADR 43): the bundled graph when asked, then {@code files}, read into
     * a new store aside, which takes the place of the loaded data (a database or an endpoint too) only once all of it
     * is read. A failure or a cancel leaves the loaded data as it was. {@code ended} is told how this switch ended
     * (on the JavaFX thread, after the data is in place when it succeeded; with {@link #errorProperty()} set when it
     * failed).
     */
    public void replaceData(String what, boolean bundled, List<Path> files, java.util.function.Consumer<Outcome> ended) {
        switchTo("project", () -> what, store -> {
            endpoint.set(null);
            database.set(null);
        }, (progress, cancellation) -> {
            List<RdfInput> inputs = new java.util.ArrayList<>(bundled ? BundledGraph.inputs() : List.of());
            inputs.addAll(RdfInputs.of(files));
            org.kgexplorer.core.store.InMemoryStore store = new org.kgexplorer.core.store.InMemoryStore();
            store.load(inputs, LoadMode.ADD, ParsePolicy.strict(), progress, cancellation);
            return new Opened(store);
        }, store -> { }, ended);
    }

    /**
     * Connects to a SPARQL endpoint in place of the loaded data (File → Connect to a SPARQL endpoint, ADR 41): the
     * endpoint is asked what it holds ({@link EndpointProbe}) in the background, and becomes the data once it
     * answers; one that does not answer is refused with its one-line reason, and the loaded data stays. A cancel
     * stops the request at once. {@code secret} is held by the store only, in memory.
     */
    public void connectEndpoint(EndpointProfile profile, String secret) {
        connectEndpoint(profile, secret, outcome -> { });
    }

    /** {@link #connectEndpoint(EndpointProfile, String)}, telling {@code ended} how this switch ended (JavaFX thread). */
    public void connectEndpoint(EndpointProfile profile, String secret, java.util.function.Consumer<Outcome> ended) {
        Supplier<String> what = () -> profile.url().toString();
        java.util.concurrent.atomic.AtomicReference<EndpointProfile> found = new java.util.concurrent.atomic.AtomicReference<>(profile);
        switchTo("endpoint", what, store -> {
            database.set(null);
            endpoint.set(found.get());
            onEndpointConnected.accept(found.get());
        }, (progress, cancellation) -> {
            // A cancel interrupts the probe's request; once the probe is over it must not, since the pool thread
            // may by then run another task (an interrupt closes TDB2's file channels).
            Thread reading = Thread.currentThread();
            boolean[] done = new boolean[1];
            cancellation.whenCancelled(() -> {
                synchronized (done) {
                    if (!done[0]) {
                        reading.interrupt();
                    }
                }
            });
            try {
                RemoteStore store = new RemoteStore(profile, secret);
                EndpointProbe.Report report = EndpointProbe.probe(store);
                found.set(profile.withTextSearch(report.textSearch()));
                return new Opened(store.withTextSearch(report.textSearch()), Math.max(0, report.triples()));
            } finally {
                synchronized (done) {
                    done[0] = true;
                }
                // an interrupt the cancel sent that the request did not consume is not left to the next task
                Thread.interrupted();
            }
        }, SourcesViewModel::close, ended);
    }

    /**
     * Makes a store made elsewhere (a copy to local, ADR 42) the loaded data through the common store switch,
     * queued behind the running one: the sources, the triple count and the title follow it, and the store it
     * replaces is closed. {@code folder} is the copy's database (it becomes the open database and a recent one), or
     * null for a copy in memory.
     */
    public void adopt(KnowledgeStore store, String name, Path folder) {
        switchTo("copy", () -> name, folder != null ? opened(folder) : made -> {
            endpoint.set(null);
            database.set(null);
        }, (progress, cancellation) -> new Opened(store), SourcesViewModel::close);
    }

    /** Marks {@code folder} as the open database. */
    private java.util.function.Consumer<KnowledgeStore> opened(Path folder) {
        return store -> {
            endpoint.set(null);
            database.set(folder.toAbsolutePath().normalize());
            onDatabaseOpened.accept(database.get());
        };
    }

    /**
     * Makes a new TDB2 database in {@code folder} (missing or empty) from the bundled graph and {@code paths}, with
     * TDB2's bulk loader as {@code load --store} does, and opens it in place of the loaded data. A failure or a
     * cancel leaves no database behind and the loaded data as it was.
     */
    public void newDatabase(Path folder, List<Path> paths) {
        Supplier<String> what = () -> String.valueOf(folder.getFileName());
        switchTo("database", what, opened(folder), (progress, cancellation) -> {
            if (!NewDatabase.isNew(folder)) {
                throw new DataLoadException(folder.toString(), texts.get("database.notEmpty"));
            }
            List<RdfInput> inputs = new java.util.ArrayList<>(BundledGraph.inputs());
            inputs.addAll(RdfInputs.of(paths));
            TdbStore db;
            try {
                db = TdbStore.open(folder, true);
            } catch (TdbStore.Unavailable | RuntimeException e) {
                NewDatabase.removeNew(folder);
                throw e;
            }
            boolean made = false;
            try {
                // the search index, class tree and completion are gathered while the files are parsed and kept in
                // the folder before the screens open it, as load --store does (ADR 38)
                org.kgexplorer.core.explore.DatabaseIndexes.Watcher search = new org.kgexplorer.core.explore.DatabaseIndexes.Watcher();
                org.kgexplorer.core.query.completion.KeptCompletion.Watcher completion =
                        new org.kgexplorer.core.query.completion.KeptCompletion.Watcher();
                db.load(inputs, LoadMode.ADD, ParsePolicy.strict(), progress, cancellation,
                        org.kgexplorer.core.store.LoadWatcher.both(search, completion));
                try {
                    org.kgexplorer.core.explore.DatabaseIndexes.keepUpToDate(db, search, progress, cancellation);
                    org.kgexplorer.core.query.completion.KeptCompletion.keepUpToDate(db, completion, progress, cancellation);
                } catch (java.util.concurrent.CancellationException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // the data is in: the screens make what is missing when they open the database
                    LOG.warn("The indexes of the new database {} were not made with its load: {}", folder, e.toString());
                }
                made = true;
                return new Opened(db, db.tripleCount());
            } finally {
                if (!made) {
                    discardNew(db, folder);
                }
            }
        }, db -> discardNew((TdbStore) db, folder));
    }

    /** Says that a recent database's folder is gone (the status line and the error dialog); the data stays. */
    public void reportMissingDatabase(Path folder) {
        String message = texts.get("database.missing", folder);
        lastError = null;
        error.set(message);
        if (running == null) {
            status.unbind();
            status.set(message);
        }
    }

    /** Closes a database made by a first load that is not to be used, and removes what it made. */
    private static void discardNew(TdbStore db, Path folder) {
        try {
            db.close();
        } finally {
            // also when closing failed: a first load leaves nothing behind
            NewDatabase.removeNew(folder);
        }
    }

    private static void close(KnowledgeStore store) {
        if (store instanceof TdbStore db) {
            db.close();
        }
    }

    /** Told each endpoint connected, as connected (its text search found), for recent endpoints. */
    public void setOnEndpointConnected(java.util.function.Consumer<EndpointProfile> listener) {
        this.onEndpointConnected = listener;
    }

    /** The endpoint the window explores, or null while the data is local. */
    public ReadOnlyObjectProperty<EndpointProfile> endpointProperty() {
        return endpoint.getReadOnlyProperty();
    }

    /** Told the folder of each database opened or made, after it opened (for recent databases). */
    public void setOnDatabaseOpened(java.util.function.Consumer<Path> listener) {
        this.onDatabaseOpened = listener;
    }

    /** The folder of the open database, or null while the data is in memory. */
    public ReadOnlyObjectProperty<Path> databaseProperty() {
        return database.getReadOnlyProperty();
    }

    /** A store made to become the loaded data, with its triples counted in the background. */
    private record Opened(KnowledgeStore store, long triples) {
        Opened(KnowledgeStore store) {
            this(store, store.tripleCount());
        }
    }

    /** Makes the store: a database opened, or made and loaded; an endpoint connected. */
    private interface StoreMaker {
        Opened make(org.kgexplorer.core.task.ProgressListener progress, Cancellation cancellation) throws Exception;
    }

    /** Like a load, queued behind the running one: the store {@code maker} makes becomes the loaded data. */
    private void switchTo(String kind, Supplier<String> what, java.util.function.Consumer<KnowledgeStore> opened, StoreMaker maker,
                          java.util.function.Consumer<KnowledgeStore> discard) {
        switchTo(kind, what, opened, maker, discard, outcome -> { });
    }

    private void switchTo(String kind, Supplier<String> what, java.util.function.Consumer<KnowledgeStore> opened, StoreMaker maker,
                          java.util.function.Consumer<KnowledgeStore> discard, java.util.function.Consumer<Outcome> ended) {
        if (running != null) {
            queued.add(() -> switchTo(kind, what, opened, maker, discard, ended));
            return;
        }
        Cancellation cancellation = new Cancellation();
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable cancelled = () -> {
            if (!over.getAndSet(true)) {
                finish(said("status." + kind + "Cancelled", what));
                ended.accept(Outcome.CANCELLED);
            }
        };
        Task<Opened> task = new Task<>() {
            @Override
            protected Opened call() throws Exception {
                started.set(true);
                try {
                    updateTitle(texts.get("task." + kind, what.get()));
                    updateMessage(texts.get("task.reading"));
                    Opened made;
                    try {
                        made = maker.make((done, total, message) -> {
                            if (total > 0) {
                                updateProgress(done, total);
                            }
                            String said = DatabaseProgressText.of(texts, done, total, message);
                            if (said != null) {
                                updateMessage(said);
                            }
                        }, cancellation);
                    } catch (RuntimeException e) {
                        if (cancellation.isCancelled()) {
                            // an endpoint's request stopped by the cancel: the task says cancelled, not failed
                            throw new CancellationException("cancelled");
                        }
                        throw e;
                    }
                    if (isCancelled()) {
                        // cancelled after the last point the work looks: what it made is not used
                        discard.accept(made.store());
                    }
                    return made;
                } finally {
                    // A cancelled task ends at once for JavaFX; the work ends here, once what it made is removed.
                    if (isCancelled()) {
                        javafx.application.Platform.runLater(cancelled);
                    }
                }
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }

            /** Never interrupts: an interrupt closes TDB2's file channels under it; the work stops at its next check. */
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                cancellation.cancel();
                return super.cancel(false);
            }
        };
        task.setOnRunning(e -> running());
        task.setOnSucceeded(e -> {
            KnowledgeStore previous = context.useStore(task.getValue().store());
            sources.setAll(context.store().sources());
            totalTriples.set(task.getValue().triples());
            finish(said("status." + kind, what));
            context.dataChanged();
            opened.accept(context.store());
            if (previous instanceof AutoCloseable closing) {
                closeAfter(closing, List.copyOf(context.tasks().running()));
            }
            ended.accept(Outcome.SUCCEEDED);
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            if (t instanceof CancellationException) {
                finish(said("status." + kind + "Cancelled", what));
                ended.accept(Outcome.CANCELLED);
            } else {
                lastError = t;
                error.set(describe(texts, t));
                // the status bar and the log say it too, not only this panel
                context.tasks().report(task.getTitle(), describe(texts, t));
                // told before the next queued load begins and clears the error
                ended.accept(Outcome.FAILED);
                finish(said("status." + kind + "Failed", what));
            }
        });
        task.setOnCancelled(e -> {
            if (!started.get()) {
                cancelled.run();
            }
        });
        status.bind(task.titleProperty());
        progress.bind(task.progressProperty());
        running = task;
        if ("endpoint".equals(kind)) {
            // a request the user waits on, not work over the data: not queued behind the indexes of the data
            context.tasks().submit(task);
        } else {
            context.tasks().submitDataWork(task);
        }
    }

    /**
     * A failure in one line for the window: an endpoint that refused the sign-in (401) is told in the interface
     * language, about the dialog's user and password or token (the command line's line names its options instead).
     */
    static String describe(I18n.Texts texts, Throwable t) {
        if (t instanceof org.kgexplorer.core.remote.EndpointException e
                && e.kind() == org.kgexplorer.core.remote.EndpointException.Kind.UNAUTHORIZED) {
            int at = e.getMessage().lastIndexOf(": 401");
            return texts.get("error.unauthorized", at > 0 ? e.getMessage().substring(0, at) : "");
        }
        return LoadProblemTexts.message(texts, t);
    }

    /** Closes a store no screen uses any more once the work that began on it has ended. */
    private void closeAfter(AutoCloseable store, List<Task<?>> started) {
        List<Task<?>> open = started.stream().filter(t -> !t.isDone()).toList();
        if (!open.isEmpty()) {
            open.get(0).stateProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.concurrent.Worker.State> obs,
                                    javafx.concurrent.Worker.State old, javafx.concurrent.Worker.State now) {
                    if (open.get(0).isDone()) {
                        obs.removeListener(this);
                        closeAfter(store, open);
                    }
                }
            });
            return;
        }
        String title = texts.get("task.closeDatabase");
        Task<Void> closing = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateTitle(title);
                store.close();
                return null;
            }
        };
        closing.setOnFailed(e -> context.tasks().reportFailure(closing));
        context.tasks().submit(closing);
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
        task.setOnRunning(e -> running());
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
                error.set(LoadProblemTexts.message(texts, t));
                // the status bar and the log say it too, not only this panel
                context.tasks().report(task.getTitle(), error.get());
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

    /** A load or a new database has begun: busy, and the last one's error and lenient retry are gone. */
    private void running() {
        busy.set(true);
        error.set("");
        lenientRetry = null;
        lenientPossible.set(false);
    }
}
