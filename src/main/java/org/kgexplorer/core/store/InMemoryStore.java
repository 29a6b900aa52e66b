package org.kgexplorer.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * The loaded data in memory: Jena's general in-memory dataset (GraphMem2 graphs) under one multiple-reader,
 * single-writer lock. Loads are still all or nothing because every input is parsed into staged lists first
 * and only a merge that cannot fail for the data's sake runs under the write lock (ADR 3); the transactional
 * in-memory dataset allocated twenty times more while merging, and its collections stalled the window (ADR 13).
 */
public final class InMemoryStore implements LocalStore {
    private final DatasetGraph data = DatasetGraphFactory.create();
    private final List<LoadedSource> sources = new ArrayList<>();
    /** RDFS setup over the loaded data, built on first use and dropped when the data changes. */
    private volatile SetupRDFS rdfsSetup;

    @Override
    public synchronized List<LoadedSource> sources() {
        return List.copyOf(sources);
    }

    @Override
    public List<LoadedSource> load(List<RdfInput> inputs, LoadMode mode, ParsePolicy policy,
                                   ProgressListener progress, Cancellation cancellation) throws DataLoadException {
        long totalBytes = inputs.stream().mapToLong(RdfInput::size).allMatch(s -> s >= 0) ? 0 : -1;
        if (totalBytes == 0) {
            totalBytes = inputs.stream().mapToLong(RdfInput::size).sum();
        }
        final long total = totalBytes;
        AtomicLong done = new AtomicLong();
        List<ParsedSource> parsed = new ArrayList<>();
        for (RdfInput input : inputs) {
            progress.progress(done.get(), total, "Reading " + input.name());
            parsed.add(SourceParser.parse(input, policy, n -> progress.progress(done.addAndGet(n), total,
                    "Reading " + input.name()), cancellation));
        }
        cancellation.throwIfCancelled();
        progress.progress(done.get(), total, "Adding to the loaded data");
        List<LoadedSource> added = new ArrayList<>();
        for (ParsedSource p : parsed) {
            added.add(p.describe());
        }
        synchronized (this) {
            Txn.executeWrite(data, () -> {
                if (mode == LoadMode.REPLACE) {
                    data.clear();
                }
                for (ParsedSource p : parsed) {
                    p.data().addTo(data);
                }
                // dropped under the write lock: a query that built it from the old data is over by now
                rdfsSetup = null;
            });
            if (mode == LoadMode.REPLACE) {
                sources.clear();
            }
            sources.addAll(added);
        }
        progress.progress(total, total, "Loaded");
        return added;
    }

    @Override
    public QueryExecution execution(Query query, boolean rdfs, Context context, long timeoutMillis) {
        DatasetGraph asQueried = new UnionDefaultGraph(data);
        DatasetGraph target = rdfs ? RDFSFactory.datasetRDFS(asQueried, rdfsSetup()) : asQueried;
        return LocalStore.executionOver(target, query, context, timeoutMillis);
    }

    private SetupRDFS rdfsSetup() {
        SetupRDFS setup = rdfsSetup;
        if (setup == null) {
            setup = read(dsg -> RDFSFactory.setupRDFS(copyOfUnion(dsg)));
            rdfsSetup = setup;
        }
        return setup;
    }

    /** The vocabulary for RDFS: every triple of the default graph and the named graphs. */
    private static Graph copyOfUnion(DatasetGraph dsg) {
        Graph all = GraphFactory.createGraphMem();
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        return all;
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(data, () -> action.apply(data));
    }
}
