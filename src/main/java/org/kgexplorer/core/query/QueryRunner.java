package org.kgexplorer.core.query;

import java.io.IOException;
import java.util.concurrent.CancellationException;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.util.Context;
import org.kgexplorer.core.remote.EndpointException;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.ParseMessages;
import org.kgexplorer.core.task.Cancellation;

/** Runs SPARQL against a store with a time limit, cancellation and SERVICE refused unless allowed. */
public final class QueryRunner {
    /** What a query that ran out of memory says (the command line's exact words). */
    public static final String OUT_OF_MEMORY =
            "the answer does not fit in memory; give Java more with -Xmx or narrow the query";
    private final KnowledgeStore store;

    public QueryRunner(KnowledgeStore store) {
        this.store = store;
    }

    /**
     * Parses and runs {@code text}, handing the answer to {@code handler}.
     *
     * @throws QueryProblem      syntax error, refused SERVICE, timeout or failure while running
     * @throws IOException       when the handler could not write the answer
     * @throws CancellationException when cancelled through {@code cancellation}
     */
    public void run(String text, QueryOptions options, Cancellation cancellation, QueryResultHandler handler)
            throws QueryProblem, IOException {
        long start = System.nanoTime();
        Query query = SparqlParsing.parse(text, options.timeoutMillis());
        if (!options.allowService()) {
            SparqlParsing.refuseService(text);
        }
        run(query, options, start, cancellation, handler);
    }

    /**
     * Runs an already parsed query (SERVICE permission is enforced by Jena's context setting). The query runs and
     * its answer is handed over inside one read of the store, so the rows the handler iterates cannot change
     * under it: a load waits until the handler has written or kept them (ADR 13).
     */
    public void run(Query query, QueryOptions options, Cancellation cancellation, QueryResultHandler handler)
            throws QueryProblem, IOException {
        run(query, options, System.nanoTime(), cancellation, handler);
    }

    /**
     * Runs a query whose time limit started at {@code startNanos} ({@link System#nanoTime()}): reading the text
     * counts against the limit, so the run gets what is left of it.
     */
    public void run(Query query, QueryOptions options, long startNanos, Cancellation cancellation,
                    QueryResultHandler handler) throws QueryProblem, IOException {
        long limit = options.timeoutMillis();
        if (limit > 0) {
            long left = limit - (System.nanoTime() - startNanos) / 1_000_000;
            if (left <= 0) {
                throw timedOut(limit);
            }
            limit = left;
        }
        Context context = ARQ.getContext().copy();
        context.set(ARQ.httpServiceAllowed, options.allowService());
        cancellation.throwIfCancelled();
        long timeLimit = limit;
        try {
            store.query(query, options.rdfs(), context, timeLimit, exec -> {
                try {
                    execute(exec, query, options, cancellation, handler);
                    return null;
                } catch (QueryProblem | IOException e) {
                    throw new Failed(e);
                }
            });
        } catch (Failed f) {
            if (f.getCause() instanceof QueryProblem problem) {
                throw problem;
            }
            throw (IOException) f.getCause();
        } catch (EndpointException e) {
            throw switch (e.kind()) {
                case TIMEOUT -> timedOut(options.timeoutMillis());
                case REJECTED -> new QueryProblem(QueryProblem.Kind.ENDPOINT_REJECTED, e.getMessage());
                case UNAVAILABLE, UNAUTHORIZED -> new QueryProblem(QueryProblem.Kind.ENDPOINT, e.getMessage());
            };
        }
    }

    /** Carries a checked failure out of the store's read, which takes no checked exceptions. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(Exception cause) {
            super(cause);
        }
    }

    private static void execute(QueryExecution exec, Query query, QueryOptions options, Cancellation cancellation,
                                QueryResultHandler handler) throws QueryProblem, IOException {
        cancellation.whenCancelled(exec::abort);
        try {
            switch (query.queryType()) {
                case SELECT -> handler.select(exec.execSelect());
                case ASK -> handler.ask(exec.execAsk());
                case CONSTRUCT -> handler.graph(exec.execConstruct());
                case DESCRIBE -> handler.graph(exec.execDescribe());
                default -> throw new QueryProblem(QueryProblem.Kind.REFUSED,
                        "only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
            }
        } catch (QueryCancelledException e) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("query cancelled");
            }
            throw timedOut(options.timeoutMillis());
        } catch (QueryDeniedException e) {
            throw new QueryProblem(QueryProblem.Kind.REFUSED,
                    "SERVICE refused: queries do not contact other endpoints unless SERVICE is allowed (--allow-service)");
        } catch (OutOfMemoryError e) {
            // The answer (a sort, a grouping, a graph) was dropped with the stack: the loaded data stays usable.
            throw new QueryProblem(QueryProblem.Kind.OUT_OF_MEMORY, OUT_OF_MEMORY);
        } catch (StackOverflowError e) {
            throw SparqlParsing.tooDeep(1, 1);
        } catch (QueryException e) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("query cancelled");
            }
            throw new QueryProblem(QueryProblem.Kind.EXECUTION, "the query failed: " + ParseMessages.clean(e.getMessage()));
        }
    }

    private static QueryProblem timedOut(long limitMillis) {
        return new QueryProblem(QueryProblem.Kind.TIMEOUT,
                "the query did not finish within its time limit of " + seconds(limitMillis));
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }
}
