package org.kgexplorer.testing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.util.Context;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.DataSummary;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.LoadedSource;
import org.kgexplorer.core.store.ParsePolicy;
import org.kgexplorer.core.store.RdfInput;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * A real store whose reads fail from the moment the test breaks it, as a database on a disk that went away would:
 * the fault the window's background work meets, which an in-memory store never produces by itself.
 */
public final class BreakableStore implements KnowledgeStore {
    public static final String FAULT = "the disk went away";
    private final KnowledgeStore real;
    private volatile boolean broken;
    private volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(0);
    private volatile java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);

    public BreakableStore(KnowledgeStore real) {
        this.real = real;
    }

    public void breakReads() {
        broken = true;
    }

    /** Reads work again (the disk came back). */
    public void mendReads() {
        broken = false;
    }

    /** Holds every read from now on at its start until {@link #release}: work can be caught while it runs. */
    public void hold() {
        reached = new java.util.concurrent.CountDownLatch(1);
        gate = new java.util.concurrent.CountDownLatch(1);
    }

    /** Waits until a read has reached the store since {@link #hold} (held there while it holds); false on timeout. */
    public boolean awaitRead(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
        return reached.await(timeout, unit);
    }

    public void release() {
        gate.countDown();
    }

    @Override
    public List<LoadedSource> sources() {
        return real.sources();
    }

    @Override
    public List<LoadedSource> load(List<RdfInput> inputs, LoadMode mode, ParsePolicy policy,
                                   ProgressListener progress, Cancellation cancellation) throws DataLoadException {
        return real.load(inputs, mode, policy, progress, cancellation);
    }

    @Override
    public long tripleCount() {
        return real.tripleCount();
    }

    @Override
    public int namedGraphCount() {
        return real.namedGraphCount();
    }

    @Override
    public DataSummary summary(List<String> languages) {
        failIfBroken();
        return real.summary(languages);
    }

    @Override
    public Map<String, String> prefixes() {
        failIfBroken();
        return real.prefixes();
    }

    @Override
    public <T> T readGraph(Function<Graph, T> action) {
        failIfBroken();
        return real.readGraph(action);
    }

    @Override
    public <T> T query(Query query, boolean rdfs, Context context, long timeoutMillis,
                       Function<QueryExecution, T> action) {
        failIfBroken();
        return real.query(query, rdfs, context, timeoutMillis, action);
    }

    private void failIfBroken() {
        reached.countDown();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while held");
        }
        if (broken) {
            throw new IllegalStateException(FAULT);
        }
    }
}
