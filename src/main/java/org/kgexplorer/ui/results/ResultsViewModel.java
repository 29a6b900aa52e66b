package org.kgexplorer.ui.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

import org.kgexplorer.core.export.ResultFormat;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.query.AnswerStream;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.query.table.RowFilter;
import org.kgexplorer.core.query.table.RowOrder;
import org.kgexplorer.core.query.table.RowView;
import org.kgexplorer.core.query.table.SortColumn;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.BackgroundWork;

/**
 * The state of the results panel: the last answer (a table, a yes/no, or a graph's triples as a table), how
 * its rows are sorted and filtered, and the query running now. Queries, labels, sorting, filtering and saving
 * run in background tasks; a failed or cancelled query leaves the previous answer as it was.
 *
 * <p>Over a store whose answers stream (an endpoint), a SELECT answer shows its rows as they arrive and stops at the
 * page size; {@link #loadMore} reads the next page of the same open answer (ADR 42). The open answer is closed when
 * another answer replaces it, when the user cancels, when the data changes, or by {@link #closeStream}.
 */
public final class ResultsViewModel {
    /** The bundle of the panel's texts. */
    public static final String BUNDLE = "org.kgexplorer.ui.results.messages";
    /** Rows of a streamed answer shown before it waits for "Load the next". */
    public static final int DEFAULT_PAGE_SIZE = 10_000;

    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final ReadOnlyObjectWrapper<ResultsAnswer> answer = new ReadOnlyObjectWrapper<>(this, "answer", ResultsAnswer.NONE);
    private final ReadOnlyObjectWrapper<RowView> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyObjectWrapper<List<SortColumn>> sort = new ReadOnlyObjectWrapper<>(this, "sort", List.of());
    private final ReadOnlyObjectWrapper<RowFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", RowFilter.NONE);
    private final ReadOnlyObjectWrapper<QueryProblem> lastProblem = new ReadOnlyObjectWrapper<>(this, "lastProblem");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper arranging = new ReadOnlyBooleanWrapper(this, "arranging");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyIntegerWrapper runs = new ReadOnlyIntegerWrapper(this, "runs");
    private final IntegerProperty timeoutSeconds = new SimpleIntegerProperty(this, "timeoutSeconds", 120);
    private final IntegerProperty rowLimit = new SimpleIntegerProperty(this, "rowLimit", 1_000_000);
    private final IntegerProperty pageSize = new SimpleIntegerProperty(this, "pageSize", DEFAULT_PAGE_SIZE);
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyBooleanWrapper arriving = new ReadOnlyBooleanWrapper(this, "arriving");
    private final BooleanProperty labelColumns = new SimpleBooleanProperty(this, "labelColumns", true);
    private final BooleanProperty provenance = new SimpleBooleanProperty(this, "provenance", false);
    private final ObjectProperty<Consumer<String>> onOpenEntity = new SimpleObjectProperty<>(this, "onOpenEntity");
    private final ObjectProperty<Consumer<ResultsAnswer>> onShowAsGraph = new SimpleObjectProperty<>(this, "onShowAsGraph");
    private final ReadOnlyObjectWrapper<int[]> selectedRows = new ReadOnlyObjectWrapper<>(this, "selectedRows", new int[0]);
    private final ReadOnlyObjectWrapper<int[]> rowsToSelect = new ReadOnlyObjectWrapper<>(this, "rowsToSelect", new int[0]);
    private Task<?> query;
    private Task<?> arrange;
    private Task<?> relabel;
    /** The banner's sentence about {@link #lastProblem}, said again in a new interface language while it shows. */
    private String problemSaid;
    /** The chart questions (by title) whose answer the user chose to see as a table, for this session. */
    private final java.util.Set<String> tableChosen = new java.util.HashSet<>();
    /** Held here so the language's weak listener lives as long as this model, and no longer. */
    private final javafx.beans.InvalidationListener relanguage = obs -> sayProblemAgain();
    /** The query of the answer shown (or running), to run again after the data changed. */
    private String shownQuery;
    /** What asked for the answer shown (a query tab), or null. */
    private Object source;
    /** The open answer whose next page {@link #loadMore} reads, or null. */
    private AnswerStream stream;
    /** The task whose streamed rows are arriving, and the answer they have made so far. */
    private Task<?> streaming;
    private ResultsAnswer streamed;
    /** The kinds of cells of each column of the streamed answer so far (see {@link ResultsAnswer#streamed}). */
    private byte[] streamedKinds;

    public ResultsViewModel(ExplorerContext context) {
        this.context = context;
        this.texts = context.i18n().texts(BUNDLE);
        status.bind(Bindings.createStringBinding(() -> ResultsStatus.describe(texts, answer.get(), view.get(), busy.get(),
                        arriving.get(), more.get()),
                context.i18n().localeProperty(), answer, view, busy, arriving, more));
        context.labelModeProperty().addListener((obs, old, mode) -> relabel(mode));
        texts.language().addListener(new javafx.beans.WeakInvalidationListener(relanguage));
        // A shown answer is not run again by itself (a long query would surprise): it is marked out of date.
        context.dataVersionProperty().addListener((obs, old, now) -> {
            if (answer.get().kind() != ResultsAnswer.Kind.NONE) {
                stale.set(true);
            }
            // the store may have been replaced: an answer still open on the old one is let go
            closeStream();
            pageSize.set(pageSizeOf(context.store()));
        });
        pageSize.set(pageSizeOf(context.store()));
    }

    /** The rows a page of the store's answers holds: an endpoint's as its connection says (ADR 41, 42). */
    private static int pageSizeOf(org.kgexplorer.core.store.KnowledgeStore store) {
        return store instanceof org.kgexplorer.core.remote.RemoteStore remote && remote.profile().pageSize() > 0
                ? remote.profile().pageSize() : DEFAULT_PAGE_SIZE;
    }

    /** Runs a query in the background (replacing one still running); SERVICE is always refused. */
    public void run(String sparql) {
        run(sparql, null);
    }

    /**
     * Runs a query that {@code source} asked for (a query tab): when that source closes ({@link #sourceClosed}) the
     * answer it left open is let go.
     */
    public void run(String sparql, Object source) {
        this.source = source;
        cancel();
        closeStream();
        lastProblem.set(null);
        error.set("");
        notice.set("");
        runs.set(runs.get() + 1);
        long version = context.dataVersionProperty().get();
        long start = System.nanoTime();
        QueryTask[] self = new QueryTask[1];
        QueryTask task = new QueryTask(context.store(), sparql, timeoutSeconds.get() * 1000L, rowLimit.get(),
                pageSize.get(), context.labelModeProperty().get(), texts.get("task.query"), texts.get("task.running"),
                texts.get("task.labelling"), rows -> Platform.runLater(() -> arrived(self[0], rows, sparql, start)));
        self[0] = task;
        task.setOnSucceeded(e -> {
            ended(task);
            shownQuery = sparql;
            if (task.stream() != null) {
                pageRead(task, task.stream(), task.page());
            } else {
                show(task.getValue());
            }
            // the data changed while the query ran: the answer may already be out of date
            stale.set(version != context.dataVersionProperty().get());
        });
        task.setOnFailed(e -> {
            ended(task);
            boolean rowsCame = stopped(task);
            if (!rowsCame && !(task.getException() instanceof CancellationException)) {
                // The answer below the message would be another query's (perhaps another tab's): it is let go, and the
                // message stands alone. Rows this run streamed before it failed stay, as after a cancel.
                shownQuery = null;
                stale.set(false);
                show(ResultsAnswer.NONE);
            }
            failed(task.getException());
        });
        task.setOnCancelled(e -> {
            ended(task);
            notice.set(stopped(task) ? texts.get("notice.streamStopped", answer.get().table().rowCount())
                    : texts.get("notice.cancelled"));
        });
        streaming = task;
        streamed = null;
        query = task;
        busy.set(true);
        context.tasks().submit(task);
    }

    /** Runs the query of the shown answer again (after the data changed); nothing when no answer is shown. */
    public void runAgain() {
        if (shownQuery != null) {
            run(shownQuery);
        }
    }

    /** Stops the running query (or the page being read); the answer shown before it stays. */
    public void cancel() {
        if (query != null) {
            query.cancel();
        }
    }

    /**
     * Reads the next page of the streamed answer shown, from the same open answer (no second query), its rows
     * added to the table as they arrive; nothing when the answer has no more or a query is running.
     */
    public void loadMore() {
        if (stream == null || !more.get() || query != null) {
            return;
        }
        AnswerStream open = stream;
        String sparql = shownQuery;
        long start = System.nanoTime();
        LabelMode mode = context.labelModeProperty().get();
        int count = pageSize.get();
        long limit = timeoutSeconds.get() * 1000L;
        @SuppressWarnings("unchecked")
        BackgroundWork<AnswerStream.Page>[] self = new BackgroundWork[1];
        BackgroundWork<AnswerStream.Page> task = new BackgroundWork<>(texts.get("task.more"),
                c -> QueryTask.readPage(open, context.store(), count, limit, mode, c,
                        rows -> Platform.runLater(() -> arrived(self[0], rows, sparql, start))));
        self[0] = task;
        task.setOnSucceeded(e -> {
            ended(task);
            pageRead(task, open, task.getValue());
        });
        task.setOnFailed(e -> {
            ended(task);
            stopped(task);
            failed(task.getException());
        });
        task.setOnCancelled(e -> {
            ended(task);
            // only the user's Cancel: a new query that cancelled the page shows its own answer, not this one's rows
            if (stopped(task)) {
                notice.set(texts.get("notice.streamStopped", answer.get().table().rowCount()));
            }
        });
        error.set("");
        notice.set("");
        streaming = task;
        streamed = answer.get();
        query = task;
        busy.set(true);
        context.tasks().submit(task);
    }

    /**
     * Lets the open answer go (the request ends, the server stops sending): the rows shown stay, the rest is not
     * loaded. Called when another answer replaces it, when its query tab closes, when the window closes.
     */
    public void closeStream() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
        more.set(false);
    }

    /** {@code closed} (a query tab) is gone: if it asked for the answer shown, its open answer is let go. */
    public void sourceClosed(Object closed) {
        if (closed != null && closed == source) {
            if (streaming != null) {
                cancel();
            }
            closeStream();
        }
    }

    /** The open answer of the answer shown, or the one whose first page is being read, or null (for tests). */
    AnswerStream openStream() {
        return stream != null ? stream : query instanceof QueryTask q ? q.stream() : null;
    }

    /** Rows of the streamed answer of {@code task} arrived: the table grows (the first rows make a new answer). */
    private void arrived(Task<?> task, QueryTask.Arrived rows, String sparql, long start) {
        if (streaming != task || query != task) {
            return;
        }
        arriving.set(true);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (streamed == null) {
            streamedKinds = rows.kinds().clone();
            ResultTable first = ResultTable.growing(rows.variables()).appended(rows.rows(), rows.labels());
            streamed = ResultsAnswer.streamed(first, millis, sparql, streamedKinds);
            show(streamed);
            return;
        }
        for (int c = 0; c < streamedKinds.length; c++) {
            streamedKinds[c] |= rows.kinds()[c];
        }
        ResultTable grown = streamed.table().appended(rows.rows(), rows.labels());
        streamed = ResultsAnswer.streamed(grown, millis, sparql, streamedKinds);
        answer.set(streamed);
        if (sort.get().isEmpty() && RowFilter.NONE.equals(filter.get())) {
            view.set(RowView.all(grown));
        } else {
            arrange();
        }
    }

    /** A page of the open answer was read: it stays open when it has more, for "Load the next". */
    private void pageRead(Task<?> task, AnswerStream open, AnswerStream.Page page) {
        if (streaming != task) {
            open.close();
            return;
        }
        streaming = null;
        arriving.set(false);
        if (page.more()) {
            stream = open;
            more.set(true);
        } else {
            open.close();
            stream = null;
            more.set(false);
        }
    }

    /**
     * A streamed page ended without being read whole (cancelled, failed): the answer is let go, the rows that
     * arrived stay. Whether rows of this task are shown.
     */
    private boolean stopped(Task<?> task) {
        if (streaming != task) {
            return false;
        }
        streaming = null;
        arriving.set(false);
        if (task instanceof QueryTask q && q.stream() != null) {
            q.stream().close();
        }
        closeStream();
        return streamed != null;
    }

    private void ended(Task<?> task) {
        if (query == task) {
            query = null;
            busy.set(false);
        }
    }

    private void show(ResultsAnswer shown) {
        if (arrange != null) {
            arrange.cancel();
        }
        sort.set(List.of());
        filter.set(RowFilter.NONE);
        answer.set(shown);
        view.set(shown.hasTable() ? RowView.all(shown.table()) : null);
    }

    private void sayProblemAgain() {
        QueryProblem p = lastProblem.get();
        if (p != null && problemSaid != null && problemSaid.equals(error.get())) {
            problemSaid = ResultsStatus.problem(texts, p, timeoutSeconds.get());
            error.set(problemSaid);
        }
    }

    private void failed(Throwable t) {
        if (t instanceof CancellationException) {
            notice.set(texts.get(streamed != null ? "notice.streamStopped" : "notice.cancelled",
                    answer.get().hasTable() ? answer.get().table().rowCount() : 0));
        } else if (t instanceof QueryProblem p) {
            lastProblem.set(p);
            problemSaid = ResultsStatus.problem(texts, p, timeoutSeconds.get());
            error.set(problemSaid);
        } else {
            error.set(texts.get("error.failed", t.getMessage() == null ? t.toString() : t.getMessage()));
        }
    }

    /** Sorts the rows by these columns (empty: the query's order), in the background. */
    public void sortBy(List<SortColumn> columns) {
        if (!columns.equals(sort.get())) {
            sort.set(List.copyOf(columns));
            arrange();
        }
    }

    /** Keeps the rows containing {@code text} in the column (or any column: {@link RowFilter#ALL_COLUMNS}). */
    public void filter(String text, int column) {
        RowFilter wanted = new RowFilter(text, column);
        if (!wanted.equals(filter.get())) {
            filter.set(wanted);
            arrange();
        }
    }

    private void arrange() {
        ResultsAnswer shown = answer.get();
        if (!shown.hasTable()) {
            return;
        }
        if (arrange != null) {
            arrange.cancel();
        }
        List<SortColumn> by = sort.get();
        RowFilter keep = filter.get();
        Locale collation = collation(context.labelModeProperty().get());
        BackgroundWork<RowView> task = new BackgroundWork<>(texts.get("task.arrange"),
                c -> RowOrder.view(shown.table(), by, keep, collation, c));
        task.setOnSucceeded(e -> {
            if (arrange == task && answer.get() == shown) {
                view.set(task.getValue());
            }
            arranged(task);
        });
        task.setOnFailed(e -> {
            arranged(task);
            context.tasks().reportFailure(task);
        });
        task.setOnCancelled(e -> arranged(task));
        arrange = task;
        arranging.set(true);
        context.tasks().submit(task);
    }

    private void arranged(Task<?> task) {
        if (arrange == task) {
            arrange = null;
            arranging.set(false);
        }
    }

    private void relabel(LabelMode mode) {
        ResultsAnswer shown = answer.get();
        if (!shown.hasTable()) {
            return;
        }
        if (relabel != null) {
            relabel.cancel();
        }
        BackgroundWork<ResultTable> task = new BackgroundWork<>(texts.get("task.labelling"),
                c -> org.kgexplorer.core.query.table.ResultTables.labelled(context.store(), shown.table(), mode, c));
        task.setOnSucceeded(e -> {
            if (relabel == task) {
                relabel = null;
                if (answer.get() == shown) {
                    answer.set(shown.relabelled(task.getValue()));
                    arrange();
                } else if (answer.get().hasTable() && answer.get().table().sharesValuesWith(shown.table())) {
                    // rows of a streamed answer arrived meanwhile (labelled as before): all of them again
                    relabel(mode);
                }
            }
        });
        task.setOnFailed(e -> {
            if (relabel == task) {
                relabel = null;
            }
            context.tasks().reportFailure(task);
        });
        relabel = task;
        context.tasks().submit(task);
    }

    private static Locale collation(LabelMode mode) {
        return mode == LabelMode.SPANISH ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }

    /**
     * Saves the whole answer (every row, whatever is filtered on screen) in the order shown, in the background,
     * atomically.
     *
     * @param labels add a label column after each IRI column
     * @return the running task, or null when there is nothing to save
     */
    public Task<Integer> saveResults(Path file, ResultFormat format, boolean labels) {
        return saveResults(file, format, labels, false);
    }

    /**
     * Saves the answer in the order shown, in the background, atomically; the notice says how many rows were
     * written.
     *
     * @param onlyShown write only the rows the filter keeps (else every row)
     */
    public Task<Integer> saveResults(Path file, ResultFormat format, boolean labels, boolean onlyShown) {
        ResultsAnswer shown = answer.get();
        if (shown.kind() == ResultsAnswer.Kind.NONE) {
            error.set(texts.get("error.nothingToSave"));
            return null;
        }
        error.set("");
        SaveTask task = new SaveTask(context.store(), shown, more.get(), file, format, labels, timeoutSeconds.get() * 1000L,
                context.labelModeProperty().get(), sort.get(), onlyShown ? filter.get() : RowFilter.NONE,
                collation(context.labelModeProperty().get()), texts.get("task.save", file.getFileName()));
        boolean withProvenance = provenance.get();
        task.setProvenance(withProvenance);
        task.setOnSucceeded(e -> {
            saving.set(false);
            notice.set(withProvenance ? texts.get("notice.savedWithProvenance", task.getValue(), file.getFileName(),
                    org.kgexplorer.core.export.ResultProvenance.besides(file).getFileName())
                    : texts.get("notice.saved", task.getValue(), file.getFileName()));
        });
        task.setOnFailed(e -> {
            saving.set(false);
            Throwable t = task.getException();
            error.set(texts.get("error.save", file.getFileName(), t.getMessage() == null ? t.toString() : t.getMessage()));
        });
        task.setOnCancelled(e -> {
            saving.set(false);
            notice.set(texts.get("notice.saveCancelled"));
        });
        saving.set(true);
        return context.tasks().submit(task);
    }

    /** The user picked a cell holding this IRI: the details panel shows it. */
    public void select(String iri) {
        context.selectedEntityProperty().set(iri);
    }

    /** The user opened this IRI (double-click, Enter). */
    public void open(String iri) {
        select(iri);
        if (onOpenEntity.get() != null) {
            onOpenEntity.get().accept(iri);
        }
    }

    public void dismissError() {
        error.set("");
    }

    public ExplorerContext context() {
        return context;
    }

    I18n.Texts texts() {
        return texts;
    }

    /** The last answer shown. */
    public ReadOnlyObjectProperty<ResultsAnswer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The rows shown, sorted and filtered (null when the answer has no table). */
    public ReadOnlyObjectProperty<RowView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<SortColumn>> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RowFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Whether the user chose the table over the chart for this library question (by its title) this session. */
    public boolean tableChosenFor(String question) {
        return question != null && tableChosen.contains(question);
    }

    /** Remembers, for this session, whether the user wants this chart question's answer as a table. */
    public void chooseTable(String question, boolean table) {
        if (question == null) {
            return;
        }
        if (table) {
            tableChosen.add(question);
        } else {
            tableChosen.remove(question);
        }
    }

    /** What was wrong with the last query run (with line and column for syntax errors), or null. */
    public ReadOnlyObjectProperty<QueryProblem> lastProblemProperty() {
        return lastProblem.getReadOnlyProperty();
    }

    /** The last failure as a sentence, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last outcome worth saying (cancelled, saved), or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Rows, time, filter: one line under the table. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether a query is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the rows are being sorted or filtered. */
    public ReadOnlyBooleanProperty arrangingProperty() {
        return arranging.getReadOnlyProperty();
    }

    /** Whether the data changed since the shown answer was computed (it is not run again by itself). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** How many queries were started here (each run, whether it ends in an answer, an error or a cancel). */
    public ReadOnlyIntegerProperty runsProperty() {
        return runs.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Stop a query after this many seconds (0: no limit). */
    public IntegerProperty timeoutSecondsProperty() {
        return timeoutSeconds;
    }

    /** Keep at most this many rows in memory; saving a longer answer runs the query again into the file. */
    public IntegerProperty rowLimitProperty() {
        return rowLimit;
    }

    /**
     * Rows of a streamed answer (an endpoint's) read before the table waits for "Load the next" (10,000 by default;
     * the endpoint's connection settings set it).
     */
    public IntegerProperty pageSizeProperty() {
        return pageSize;
    }

    /** Whether the answer shown is a streamed one with more rows on the server, which {@link #loadMore} reads. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** Whether saving adds label columns (on by default). */
    public BooleanProperty labelColumnsProperty() {
        return labelColumns;
    }

    /** Whether saving also writes the reproducibility block beside the file, as NAME.EXT.json (off by default). */
    public BooleanProperty provenanceProperty() {
        return provenance;
    }

    /** Called when the user opens an entity from the table (after selectedEntity is set). */
    public ObjectProperty<Consumer<String>> onOpenEntityProperty() {
        return onOpenEntity;
    }

    /** Called with the answer shown when the user asks to see it as a graph. */
    public ObjectProperty<Consumer<ResultsAnswer>> onShowAsGraphProperty() {
        return onShowAsGraph;
    }

    /** Shows the answer as a graph (the "As graph" button, Ctrl+G). */
    public void showAsGraph() {
        ResultsAnswer shown = answer.get();
        if (shown.hasTable() && onShowAsGraph.get() != null) {
            onShowAsGraph.get().accept(shown);
        }
    }

    /** The rows of the answer's table the user selected (their numbers in the answer, not on screen). */
    public ReadOnlyObjectProperty<int[]> selectedRowsProperty() {
        return selectedRows.getReadOnlyProperty();
    }

    /** Told by the table which answer rows are selected (after every change of the selection, even to the same rows). */
    void rowsSelected(int[] rows) {
        selectedRows.set(rows);
    }

    /** Selects these answer rows in the table (e.g. the rows a graph node came from) and scrolls to the first. */
    public void selectRows(int[] rows) {
        rowsToSelect.set(rows.clone());
    }

    ReadOnlyObjectProperty<int[]> rowsToSelectProperty() {
        return rowsToSelect.getReadOnlyProperty();
    }
}
