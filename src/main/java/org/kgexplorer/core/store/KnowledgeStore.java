package org.kgexplorer.core.store;

import java.util.List;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * The loaded data, wherever it lives. The in-memory store implements it now; a persistent TDB2 store and
 * a remote SPARQL endpoint implement the same contract, so the CLI, the window and the exports do not care.
 */
public interface KnowledgeStore {

    /** What has been loaded, in load order. */
    List<LoadedSource> sources();

    /**
     * Loads every input as one action: either all of them are added (or replace the data) or, when any
     * fails or the load is cancelled, nothing changes.
     *
     * @throws DataLoadException naming the input, line and column that failed
     * @throws java.util.concurrent.CancellationException when cancelled; the data is unchanged
     */
    default List<LoadedSource> load(List<RdfInput> inputs, LoadMode mode, ProgressListener progress,
                                    Cancellation cancellation) throws DataLoadException {
        return load(inputs, mode, ParsePolicy.strict(), progress, cancellation);
    }

    /**
     * Loads every input as one action, read as {@code policy} says (strictly, or accepting the parsers' warnings).
     *
     * @throws DataLoadException naming the input, line and column that failed
     * @throws java.util.concurrent.CancellationException when cancelled; the data is unchanged
     */
    List<LoadedSource> load(List<RdfInput> inputs, LoadMode mode, ParsePolicy policy, ProgressListener progress,
                            Cancellation cancellation) throws DataLoadException;

    /** Distinct triples in the union of the default graph and all named graphs. */
    long tripleCount();

    /** Number of named graphs (the default graph is not counted). */
    int namedGraphCount();

    /**
     * A query execution over the data. {@code rdfs} adds RDFS entailment over the loaded data (the
     * loaded ontology is the vocabulary); the context carries settings such as SERVICE permission.
     * Build, run and read it inside {@link #read} (as {@code QueryRunner} does): its answers are read lazily
     * from the data, which a load may change as soon as no read holds it.
     */
    QueryExecution execution(Query query, boolean rdfs, Context context, long timeoutMillis);

    /**
     * Runs {@code action} against a consistent read view of the data (a read transaction). Nothing read from the
     * view (a graph, an iterator, a lazy result set) may be used after {@code action} returns; reads may nest.
     */
    <T> T read(Function<DatasetGraph, T> action);
}
