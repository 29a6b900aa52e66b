package org.kgexplorer.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.util.Context;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * The loaded data, wherever it lives: what the CLI, the window and the exports ask of it, and no more, so that the
 * in-memory store, a TDB2 database and a remote SPARQL endpoint can all answer (ADR 33). Stores that hold a
 * {@link org.apache.jena.sparql.core.DatasetGraph} implement {@link LocalStore}, which supplies these operations
 * once for all of them.
 *
 * <p>Every answer is consumed inside the store's read (its read lock or read transaction, ADR 13): the functions
 * handed to {@link #readGraph} and {@link #query} run inside one read, and nothing they are given may be used after
 * they return. Reads may nest.
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

    /** What the data holds (the figures {@code stats} prints): counts, classes and properties, labels in the languages. */
    DataSummary summary(List<String> languages);

    /** The prefixes the loaded data declared, prefix to namespace, in the order they were declared. */
    Map<String, String> prefixes();

    /**
     * Runs {@code action} on a read-only view of every triple (the default graph and every named graph, each triple
     * once), inside one read. This is how the details, the graph, the evidence, the class tree, the search index and
     * the labels beside answers read the data: by triple patterns, mostly with a fixed subject or object.
     */
    <T> T readGraph(Function<Graph, T> action);

    /**
     * Runs a query and hands its execution to {@code action}, inside one read: the answers are read lazily from the
     * data, so {@code action} reads all it needs before it returns; the execution is closed afterwards. The query's
     * default graph is every triple of the default graph and the named graphs, each once (cli.md); {@code GRAPH}
     * and {@code FROM} see each named graph as it is.
     * {@code rdfs} adds RDFS entailment over the loaded data (the loaded ontology is the vocabulary); the context
     * carries settings such as SERVICE permission; a positive {@code timeoutMillis} limits the run.
     */
    <T> T query(Query query, boolean rdfs, Context context, long timeoutMillis, Function<QueryExecution, T> action);

    /**
     * Whether answers arrive from elsewhere while they are read (a remote endpoint), so that the window shows them a
     * page at a time from one open answer; a local store answers from its own memory or disk (ADR 42).
     */
    default boolean answersStream() {
        return false;
    }

    /**
     * Runs {@code action} on a graph that holds at least the naming triples ({@link
     * org.kgexplorer.core.labels.LabelResolver#LABEL_PROPERTIES}) of {@code resources}: what labelling an answer
     * reads. A local store hands its whole data ({@link #readGraph}); an endpoint fetches the names of many resources
     * per request instead of one request per resource and property.
     */
    default <T> T readLabels(Collection<Node> resources, Function<Graph, T> action) {
        return readGraph(action);
    }
}
