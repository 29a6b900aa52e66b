package org.kgexplorer.core.teach;

import java.io.IOException;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.QueryResultHandler;
import org.kgexplorer.core.query.QueryRunner;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/** Runs a SELECT (a step, an exercise's query) and keeps its answer in memory. */
public final class SelectAnswers {
    private SelectAnswers() {
    }

    /**
     * Runs {@code query}, a SELECT, keeping at most {@code limit} rows and counting all of them.
     *
     * @throws QueryProblem when it times out or fails
     */
    public static Answer read(KnowledgeStore store, Query query, QueryOptions options, int limit,
                              Cancellation cancellation) throws QueryProblem {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("not a SELECT query");
        }
        Answer[] answer = new Answer[1];
        try {
            new QueryRunner(store).run(query, options, cancellation, new QueryResultHandler() {
                @Override
                public void select(ResultSet rows) {
                    answer[0] = Answer.read(rows, limit, cancellation);
                }

                @Override
                public void ask(boolean yes) {
                    throw new IllegalStateException("a SELECT answered yes or no");
                }

                @Override
                public void graph(Model graph) {
                    throw new IllegalStateException("a SELECT answered a graph");
                }
            });
        } catch (IOException e) {
            throw new QueryProblem(QueryProblem.Kind.EXECUTION, "the query failed: " + e.getMessage());
        }
        return answer[0];
    }
}
