package org.kgexplorer.core.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * A store that holds its data as a {@link DatasetGraph} on this machine (in memory, or a TDB2 database): it
 * implements {@link #read}, {@link #execution}, loading and its sources, and gets every other operation of
 * {@link KnowledgeStore} from here, each run inside one {@link #read} (ADR 33).
 */
public interface LocalStore extends KnowledgeStore {

    /**
     * Runs {@code action} against a consistent read view of the data (a read lock or read transaction). Nothing
     * read from the view (a graph, an iterator, a lazy result set) may be used after {@code action} returns; reads
     * may nest.
     */
    <T> T read(Function<DatasetGraph, T> action);

    /**
     * A query execution over the data, as {@link #query} describes it. Build, run and read it inside {@link #read}:
     * its answers are read lazily from the data, which a load may change as soon as no read holds it.
     */
    QueryExecution execution(Query query, boolean rdfs, Context context, long timeoutMillis);

    @Override
    default <T> T query(Query query, boolean rdfs, Context context, long timeoutMillis,
                        Function<QueryExecution, T> action) {
        return read(dsg -> {
            try (QueryExecution exec = execution(query, rdfs, context, timeoutMillis)) {
                return action.apply(exec);
            }
        });
    }

    @Override
    default <T> T readGraph(Function<Graph, T> action) {
        return read(dsg -> action.apply(Datasets.everything(dsg)));
    }

    @Override
    default long tripleCount() {
        return read(Datasets::distinctTriples);
    }

    @Override
    default int namedGraphCount() {
        return read(Datasets::namedGraphs);
    }

    @Override
    default DataSummary summary(List<String> languages) {
        return read(dsg -> DataSummary.of(Datasets.everything(dsg), Datasets.namedGraphs(dsg), languages));
    }

    @Override
    default Map<String, String> prefixes() {
        return read(dsg -> {
            Map<String, String> prefixes = new LinkedHashMap<>();
            dsg.prefixes().forEach(prefixes::put);
            return Collections.unmodifiableMap(prefixes);
        });
    }

    /**
     * A query's execution over {@code target} (the dataset as queried: the union default graph, RDFS when asked),
     * with {@code context} and, when positive, the timeout: what every local store's {@link #execution} builds.
     */
    static QueryExecution executionOver(DatasetGraph target, Query query, Context context, long timeoutMillis) {
        var builder = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(target)).query(query).context(context);
        if (timeoutMillis > 0) {
            builder = builder.timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }
}
