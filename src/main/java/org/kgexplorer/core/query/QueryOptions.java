package org.kgexplorer.core.query;

/**
 * How to run a query.
 *
 * @param timeoutMillis stop the query after this long (0: no limit)
 * @param rdfs          answer with RDFS entailment over the loaded data
 * @param allowService  let SERVICE contact other endpoints (refused by default: nothing leaves the machine)
 */
public record QueryOptions(long timeoutMillis, boolean rdfs, boolean allowService) {
    public static QueryOptions defaults() {
        return new QueryOptions(0, false, false);
    }
}
