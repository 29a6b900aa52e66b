package org.kgexplorer.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * One SELECT answer held open and read a page at a time (ADR 42): the query is sent once, and each {@link #read}
 * takes the next rows of the same answer, so no page is asked for again with LIMIT and OFFSET (which a server may
 * answer in another order each time). The answer is read on a thread of its own, inside the store's
 * {@link KnowledgeStore#query}, which waits between pages; {@link #close} ends the request at once (the answer's
 * stream is closed, the server stops sending) and the thread with it.
 *
 * <p>Rows reach the reader in batches (every {@value #BATCH_MILLIS} ms, or at {@value #BATCH_ROWS} rows, whichever
 * comes first, and the rows that wait are handed over after 100 ms even when no more arrive), so that a window shows
 * them as they arrive without one update per row.
 */
public final class AnswerStream implements AutoCloseable {
    /** Rows are handed over at least this often while they arrive. */
    static final long BATCH_MILLIS = 100;
    /** And at most this many at a time. */
    static final int BATCH_ROWS = 2_000;

    /** Receives the rows of a page while they arrive, on the stream's own thread. */
    @FunctionalInterface
    public interface Sink {
        /** The next rows of the answer, each with one value (or null) per variable. */
        void rows(List<String> variables, List<Node[]> rows);
    }

    /** What one {@link #read} read: its rows, and whether the answer has more after them. */
    public record Page(List<String> variables, int rows, boolean more) {
    }

    private final Cancellation stop = new Cancellation();
    private final Thread thread;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private Request request;
    private boolean closed;
    /** The thread that hands over the rows that wait while a page is read, or null. */
    private Thread handing;

    private record Request(int count, Sink sink, CompletableFuture<Page> done) {
    }

    private AnswerStream(KnowledgeStore store, Query query, boolean allowService, String name) {
        thread = new Thread(() -> run(store, query, allowService), name);
        thread.setDaemon(true);
    }

    /**
     * Sends a SELECT query and holds its answer open; nothing is read until the first {@link #read}.
     *
     * @throws IllegalArgumentException when the query is not a SELECT
     */
    public static AnswerStream open(KnowledgeStore store, Query query, boolean allowService) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("only a SELECT answer is read a page at a time");
        }
        AnswerStream stream = new AnswerStream(store, query, allowService, "kgx-answer-stream");
        stream.thread.start();
        return stream;
    }

    /**
     * Reads the next {@code count} rows (fewer at the end of the answer), handing them to {@code sink} while they
     * arrive, and waits until they are read. The time limit, when positive, is this page's: the wait between pages
     * (the user reading) does not count.
     *
     * @throws QueryProblem          the query failed, the endpoint failed, or the page took longer than its limit
     *                               (the answer is closed then)
     * @throws CancellationException when {@code cancellation} was cancelled (the answer is closed then)
     */
    public Page read(int count, long timeoutMillis, Cancellation cancellation, Sink sink) throws QueryProblem {
        CompletableFuture<Page> done = new CompletableFuture<>();
        synchronized (this) {
            if (closed || ended.isDone()) {
                throw new IllegalStateException("the answer is closed");
            }
            if (request != null) {
                throw new IllegalStateException("a page is being read");
            }
            request = new Request(count, sink, done);
            notifyAll();
        }
        cancellation.whenCancelled(this::close);
        long start = System.nanoTime();
        while (true) {
            try {
                return done.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancellation.isCancelled()) {
                    close();
                    throw new CancellationException("reading the answer was cancelled");
                }
                if (timeoutMillis > 0 && System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(timeoutMillis)) {
                    close();
                    throw new QueryProblem(QueryProblem.Kind.TIMEOUT,
                            "the query did not finish within its time limit of " + QueryRunner.seconds(timeoutMillis));
                }
            } catch (InterruptedException e) {
                close();
                Thread.currentThread().interrupt();
                throw new CancellationException("reading the answer was interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cancellation.isCancelled()) {
                    // the answer closed by the cancel ended its request first: whatever that broke, this was a cancel
                    throw new CancellationException("reading the answer was cancelled");
                }
                if (cause instanceof QueryProblem p) {
                    throw p;
                }
                if (cause instanceof CancellationException c) {
                    throw c;
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    /**
     * Ends the answer: the request is stopped (its stream closed) and the stream's thread leaves. A page being read
     * ends with a {@link CancellationException}. Safe from any thread, more than once.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            notifyAll();
            // a hand-over may be fetching labels from an endpoint: interrupted, its request ends at once (ADR 42)
            if (handing != null) {
                handing.interrupt();
            }
            thread.interrupt();
        }
        stop.cancel();
    }

    /** Whether the stream's thread has left (the answer was read to its end, failed, or was closed). */
    public boolean isEnded() {
        return ended.isDone();
    }

    /** Waits until the stream's thread has left, at most {@code millis}; whether it has. */
    public boolean awaitEnd(long millis) throws InterruptedException {
        try {
            ended.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private void run(KnowledgeStore store, Query query, boolean allowService) {
        Throwable failure = null;
        try {
            new QueryRunner(store).run(query, new QueryOptions(0, false, allowService), stop, new QueryResultHandler() {
                @Override
                public void select(ResultSet rows) {
                    serve(rows);
                }

                @Override
                public void ask(boolean answer) {
                    throw new IllegalStateException("not a SELECT");
                }

                @Override
                public void graph(Model graph) {
                    throw new IllegalStateException("not a SELECT");
                }
            });
        } catch (Throwable t) {
            failure = t;
        } finally {
            Request pending;
            synchronized (this) {
                pending = request;
                request = null;
                closed = true;
            }
            if (pending != null) {
                pending.done().completeExceptionally(failure instanceof QueryProblem || failure instanceof RuntimeException
                        ? failure : new IllegalStateException(failure == null ? new IllegalStateException("ended") : failure));
            }
            ended.complete(null);
        }
    }

    /** Reads pages as they are asked for, until the answer ends or is closed. */
    private void serve(ResultSet rows) {
        List<String> variables = List.copyOf(rows.getResultVars());
        List<Var> vars = Var.varList(variables);
        while (true) {
            Request next = nextRequest();
            if (next == null) {
                return;
            }
            int read = 0;
            Batches batches = new Batches(variables, next.sink());
            // rows that wait are handed over every 100 ms even when the server sends no more for a while, by this
            // page's own thread, which close() interrupts (a shared timer could not be, and a hand-over fetching
            // labels from a slow endpoint held it, and every other answer's hand-overs, until its time limit)
            // (its own page's end only tells it to stop: interrupted, a hand-over under way, fetching labels from
            // an endpoint, would end as cancelled, and the page with it, though it ended normally)
            Thread tick = new Thread(() -> {
                try {
                    while (batches.awaitTick()) {
                        batches.handOver();
                    }
                } catch (InterruptedException e) {
                    // the answer was closed
                }
            }, "kgx-answer-batches");
            tick.setDaemon(true);
            synchronized (this) {
                if (closed) {
                    return;
                }
                handing = tick;
            }
            tick.start();
            try {
                while (read < next.count() && rows.hasNext()) {
                    Binding b = rows.nextBinding();
                    Node[] row = new Node[vars.size()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = b.get(vars.get(c));
                    }
                    read++;
                    if (batches.add(row) >= BATCH_ROWS) {
                        batches.handOver();
                    }
                    stop.throwIfCancelled();
                }
            } finally {
                synchronized (this) {
                    handing = null;
                }
                batches.endPage();
                try {
                    // a hand-over under way finishes before the page's last rows are handed over
                    tick.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            batches.last();
            boolean more = rows.hasNext();
            synchronized (this) {
                request = null;
            }
            next.done().complete(new Page(variables, read, more));
            if (!more) {
                return;
            }
        }
    }

    /**
     * The rows of a page waiting to be handed over: by the reading thread when 2,000 wait, by the page's hand-over
     * thread every 100 ms, one hand-over at a time (the sink may fetch labels; the reader waits for it meanwhile).
     */
    private static final class Batches {
        private final List<String> variables;
        private final Sink sink;
        private List<Node[]> waiting = new ArrayList<>();
        private boolean handed;
        private RuntimeException failure;
        /** Guards {@link #ended}, apart from the hand-over's lock, so the page's end never waits on a hand-over. */
        private final Object ticks = new Object();
        private boolean ended;

        Batches(List<String> variables, Sink sink) {
            this.variables = variables;
            this.sink = sink;
        }

        /** Adds a row; how many wait now. */
        synchronized int add(Node[] row) {
            if (failure != null) {
                throw failure;
            }
            waiting.add(row);
            return waiting.size();
        }

        /** Waits until the next hand-over is due; false once the page has ended. */
        boolean awaitTick() throws InterruptedException {
            synchronized (ticks) {
                long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BATCH_MILLIS);
                long left;
                while (!ended && (left = due - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(ticks, left);
                }
                return !ended;
            }
        }

        /** The page has been read: the hand-over thread leaves once the hand-over under way, if any, is done. */
        void endPage() {
            synchronized (ticks) {
                ended = true;
                ticks.notifyAll();
            }
        }

        synchronized void handOver() {
            if (waiting.isEmpty() || failure != null) {
                return;
            }
            List<Node[]> rows = waiting;
            waiting = new ArrayList<>();
            handed = true;
            try {
                sink.rows(variables, rows);
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        /** Hands over what waits at the page's end (the variables too, when the page has no rows at all). */
        synchronized void last() {
            handOver();
            if (failure != null) {
                throw failure;
            }
            if (!handed) {
                sink.rows(variables, List.of());
            }
        }
    }

    /** Waits for the next page to be asked for; null when the answer was closed. */
    private synchronized Request nextRequest() {
        while (request == null && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return closed ? null : request;
    }
}
