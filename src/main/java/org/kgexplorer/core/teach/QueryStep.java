package org.kgexplorer.core.teach;

import org.apache.jena.query.Query;

/**
 * One step of a query's step-through: the query so far, and the part this step added.
 *
 * @param number 1 for the first step
 * @param kind   what the step added
 * @param part   the added part as SPARQL (the pattern's prefixes abbreviate its IRIs); for the last step of a
 *               SELECT with modifiers, the whole query
 * @param query  the query this step runs: {@code SELECT *} over the pattern so far, or the whole query last
 */
public record QueryStep(int number, Kind kind, String part, Query query) {
    /** What a step adds. */
    public enum Kind {
        TRIPLE, FILTER, OPTIONAL, UNION, BIND, VALUES, MINUS, GROUP, SUBQUERY, GRAPH, SERVICE, OTHER,
        /** The whole query: its projection, grouping, ordering and limits over the whole pattern. */
        WHOLE_QUERY
    }
}
