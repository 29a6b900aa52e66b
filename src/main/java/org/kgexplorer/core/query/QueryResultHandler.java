package org.kgexplorer.core.query;

import java.io.IOException;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

/**
 * Receives a query's answer while the query runs, so large results stream instead of piling up. Each method is
 * called inside a read of the store (loads wait until it returns): keep or write the answer here, never later.
 */
public interface QueryResultHandler {
    /** SELECT: consume the rows (the query stops at its timeout while they are read). */
    void select(ResultSet rows) throws IOException;

    /** ASK: yes or no. */
    void ask(boolean answer) throws IOException;

    /** CONSTRUCT and DESCRIBE: the resulting graph. */
    void graph(Model graph) throws IOException;
}
