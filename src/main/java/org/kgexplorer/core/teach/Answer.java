package org.kgexplorer.core.teach;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.kgexplorer.core.task.Cancellation;

/**
 * A SELECT's answer kept in memory: its variables, its first rows (an unbound cell is null) and how many rows it
 * had in all.
 *
 * @param variables the columns, in the query's order
 * @param rows      at most the limit it was read with, in the query's order
 * @param total     every row of the answer, also those past the limit
 */
public record Answer(List<String> variables, List<List<Node>> rows, long total) {
    public Answer {
        variables = List.copyOf(variables);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    /** True when rows past the limit were counted but not kept. */
    public boolean truncated() {
        return total > rows.size();
    }

    /** Reads a result set to its end, keeping at most {@code limit} rows and counting all of them. */
    public static Answer read(ResultSet results, int limit, Cancellation cancellation) {
        List<String> variables = results.getResultVars();
        List<Var> vars = variables.stream().map(Var::alloc).toList();
        List<List<Node>> rows = new ArrayList<>();
        long total = 0;
        while (results.hasNext()) {
            Binding b = results.nextBinding();
            if (rows.size() < limit) {
                List<Node> row = new ArrayList<>(vars.size());
                for (Var v : vars) {
                    row.add(b.get(v));
                }
                rows.add(Collections.unmodifiableList(row));
            }
            if (++total % 1024 == 0) {
                cancellation.throwIfCancelled();
            }
        }
        return new Answer(variables, rows, total);
    }
}
