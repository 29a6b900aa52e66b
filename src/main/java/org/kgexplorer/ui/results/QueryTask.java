package org.kgexplorer.ui.results;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.concurrent.Task;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.kgexplorer.core.labels.DisplayLabels;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.query.AnswerStream;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryResultHandler;
import org.kgexplorer.core.query.QueryRunner;
import org.kgexplorer.core.query.SparqlParsing;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.query.table.ResultTables;
import org.kgexplorer.core.query.table.ValueKind;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * Runs one query in the background (SERVICE always refused), reads its answer into a table and labels it.
 * Cancelling the task aborts the query through core's cancellation token. On a store whose answers stream (an
 * endpoint), a SELECT answer is held open instead and its first page read, its rows handed over in labelled
 * batches while they arrive (ADR 42): the task's value is then {@link ResultsAnswer#NONE} and {@link #stream()}
 * and {@link #page()} say what was read.
 */
final class QueryTask extends Task<ResultsAnswer> {
    private final KnowledgeStore store;
    private final String text;
    private final long timeoutMillis;
    private final int rowLimit;
    private final LabelMode mode;
    private final String labelling;
    private final int pageSize;
    private final Consumer<Arrived> arrived;
    private final Cancellation cancellation = new Cancellation();
    private volatile AnswerStream stream;
    private volatile AnswerStream.Page page;

    /**
     * Rows of a streamed answer that arrived, with the labels of their resources and the kinds of cells in each
     * column ({@link ResultsAnswer#NUMBERS}, {@link ResultsAnswer#OTHERS}).
     */
    record Arrived(List<String> variables, List<Node[]> rows, Function<Node, String> labels, byte[] kinds) {
    }

    /**
     * @param pageSize rows of a streamed answer read before it stops and waits for "load the next"
     * @param arrived  receives a streamed answer's rows as they arrive, on a background thread
     */
    QueryTask(KnowledgeStore store, String text, long timeoutMillis, int rowLimit, int pageSize, LabelMode mode,
              String title, String running, String labelling, Consumer<Arrived> arrived) {
        this.pageSize = pageSize;
        this.arrived = arrived;
        this.store = store;
        this.text = text;
        this.timeoutMillis = timeoutMillis;
        this.rowLimit = rowLimit;
        this.mode = mode;
        this.labelling = labelling;
        updateTitle(title);
        updateMessage(running);
    }

    @Override
    protected ResultsAnswer call() throws Exception {
        long start = System.nanoTime();
        if (store.answersStream()) {
            Query query = SparqlParsing.parse(text, timeoutMillis);
            if (query.isSelectType()) {
                AnswerStream opened = AnswerStream.open(store, query, false);
                stream = opened;
                page = readPage(opened, store, pageSize, timeoutMillis, mode, cancellation, arrived);
                return ResultsAnswer.NONE;
            }
        }
        ResultsAnswer[] answer = new ResultsAnswer[1];
        new QueryRunner(store).run(text, new QueryOptions(timeoutMillis, false, false), cancellation,
                new QueryResultHandler() {
                    @Override
                    public void select(ResultSet rows) {
                        answer[0] = table(ResultsAnswer.Kind.TABLE, ResultTables.fromRows(rows, rowLimit, cancellation), start);
                    }

                    @Override
                    public void ask(boolean yes) {
                        answer[0] = ResultsAnswer.ask(yes, millisSince(start), text);
                    }

                    @Override
                    public void graph(Model graph) throws IOException {
                        answer[0] = table(ResultsAnswer.Kind.GRAPH,
                                ResultTables.fromGraph(graph.getGraph(), rowLimit, cancellation), start);
                    }
                });
        return answer[0];
    }

    private ResultsAnswer table(ResultsAnswer.Kind kind, ResultTable table, long start) {
        updateMessage(labelling);
        ResultTable labelled = ResultTables.labelled(store, table, mode, cancellation);
        return ResultsAnswer.table(kind, labelled, millisSince(start), text);
    }

    /**
     * Reads the next page of a streamed answer (at most {@code count} rows, within {@code timeoutMillis} when
     * positive), handing each batch to {@code arrived} with its resources' labels, fetched for the batch at once.
     */
    static AnswerStream.Page readPage(AnswerStream stream, KnowledgeStore store, int count, long timeoutMillis,
                                     LabelMode mode, Cancellation cancellation, Consumer<Arrived> arrived)
            throws QueryProblem {
        return stream.read(count, timeoutMillis, cancellation, (variables, rows) -> {
            Set<Node> resources = new LinkedHashSet<>();
            byte[] kinds = new byte[variables.size()];
            for (Node[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    Node n = row[c];
                    if (n != null) {
                        kinds[c] |= ValueKind.of(n) == ValueKind.NUMBER ? ResultsAnswer.NUMBERS : ResultsAnswer.OTHERS;
                        if (n.isURI()) {
                            resources.add(n);
                        }
                    }
                }
            }
            Map<Node, String> names = resources.isEmpty() ? Map.of() : store.readLabels(resources, graph -> {
                DisplayLabels labels = new DisplayLabels(graph, mode);
                Map<Node, String> found = new HashMap<>();
                resources.forEach(n -> found.put(n, labels.label(n)));
                return found;
            });
            arrived.accept(new Arrived(variables, rows, names::get, kinds));
        });
    }

    /** The streamed answer this task opened, or null (not a streaming store, or not a SELECT). */
    AnswerStream stream() {
        return stream;
    }

    /** What the first page of a streamed answer read, or null. */
    AnswerStream.Page page() {
        return page;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    protected void cancelled() {
        cancellation.cancel();
    }
}
