package org.kgexplorer.ui.results;

import java.io.IOException;

import javafx.concurrent.Task;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.kgexplorer.core.labels.DisplayLabels;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryResultHandler;
import org.kgexplorer.core.query.QueryRunner;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.query.table.ResultTables;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * Runs one query in the background (SERVICE always refused), reads its answer into a table and labels it.
 * Cancelling the task aborts the query through core's cancellation token.
 */
final class QueryTask extends Task<ResultsAnswer> {
    private final KnowledgeStore store;
    private final String text;
    private final long timeoutMillis;
    private final int rowLimit;
    private final LabelMode mode;
    private final String labelling;
    private final Cancellation cancellation = new Cancellation();

    QueryTask(KnowledgeStore store, String text, long timeoutMillis, int rowLimit, LabelMode mode,
              String title, String running, String labelling) {
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
        ResultTable labelled = labelled(store, table, mode, cancellation);
        return ResultsAnswer.table(kind, labelled, millisSince(start), text);
    }

    /** Labels every resource of the table in the given mode, inside one read of the store. */
    static ResultTable labelled(KnowledgeStore store, ResultTable table, LabelMode mode, Cancellation cancellation) {
        return store.readGraph(all -> {
            DisplayLabels labels = new DisplayLabels(all, mode);
            return table.relabel(labels::label, cancellation);
        });
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    protected void cancelled() {
        cancellation.cancel();
    }
}
