package org.kgexplorer.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMap;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * The loaded data in memory: Jena's general in-memory dataset (GraphMem2 graphs) under one multiple-reader,
 * single-writer lock. Loads are still all or nothing because every input is read into graphs of its own first
 * (parsing and storing overlapping, ADR 49) and only a merge that cannot fail for the data's sake runs under the write
 * lock (ADR 3): a first load swaps its default graph in. The transactional in-memory dataset allocated twenty times
 * more while merging, and its collections stalled the window (ADR 13).
 */
public final class InMemoryStore implements LocalStore {
    private final SwappableGraph defaultGraph = new SwappableGraph();
    private final DatasetGraph data = new DatasetGraphMap(defaultGraph);
    private final List<LoadedSource> sources = new ArrayList<>();
    /** Whether a load parses and stores on two threads at once (ADR 49), or on one. */
    private final boolean overlap;
    /** RDFS setup over the loaded data, built on first use and dropped when the data changes. */
    private volatile SetupRDFS rdfsSetup;

    /** A store whose loads parse and store at once, on two threads (the command line's). */
    public InMemoryStore() {
        this(true);
    }

    /**
     * A store whose loads parse and store at once on two threads when {@code overlap}, else one after the other on
     * one (the window on a machine of two processors, which keeps the other for itself: ADR 14).
     */
    public InMemoryStore(boolean overlap) {
        this.overlap = overlap;
    }

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
        List<StoredSource> stored = new ArrayList<>();
        for (RdfInput input : inputs) {
            progress.progress(done.get(), total, "Reading " + input.name());
            stored.add(StoredSource.read(input, policy, n -> progress.progress(done.addAndGet(n), total,
                    "Reading " + input.name()), cancellation, overlap, GraphFactory::createGraphMem));
        }
        cancellation.throwIfCancelled();
        progress.progress(done.get(), total, "Adding to the loaded data");
        List<LoadedSource> added = new ArrayList<>();
        for (StoredSource s : stored) {
            added.add(s.describe());
        }
        synchronized (this) {
            Txn.executeWrite(data, () -> {
                if (mode == LoadMode.REPLACE) {
                    defaultGraph.set(GraphFactory.createGraphMem());
                    data.clear();
                }
                merge(stored);
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

    /**
     * Adds the inputs' graphs to the data (the caller holds the write lock): of the default graph as loaded and the
     * inputs' default graphs, the largest becomes the default graph and takes in the others, so a first load is a
     * swap and an addition copies the smaller side; a named graph's triples are added to the dataset's graph.
     */
    private void merge(List<StoredSource> stored) {
        Graph largest = defaultGraph.get();
        List<Graph> defaults = new ArrayList<>();
        defaults.add(largest);
        for (StoredSource s : stored) {
            Graph g = s.graphs().get(Quad.defaultGraphIRI);
            if (g != null) {
                defaults.add(g);
                if (g.size() > largest.size()) {
                    largest = g;
                }
            }
        }
        for (Graph g : defaults) {
            if (g != largest) {
                g.find().forEachRemaining(largest::add);
            }
        }
        defaultGraph.set(largest);
        for (StoredSource s : stored) {
            for (Map.Entry<Node, Graph> e : s.graphs().entrySet()) {
                if (!Quad.defaultGraphIRI.equals(e.getKey())) {
                    Graph target = data.getGraph(e.getKey());
                    e.getValue().find().forEachRemaining(target::add);
                }
            }
            s.prefixes().forEach((prefix, iri) -> data.prefixes().add(prefix, iri));
        }
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
