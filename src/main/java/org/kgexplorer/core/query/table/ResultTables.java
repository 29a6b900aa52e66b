package org.kgexplorer.core.query.table;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.kgexplorer.core.labels.DisplayLabels;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/** Reads query answers into {@link ResultTable}s, keeping at most a given number of rows. */
public final class ResultTables {
    /** The column names of a graph answer shown as a table. */
    public static final List<String> TRIPLE_VARIABLES = List.of("subject", "predicate", "object");
    private static final int CHECK_EVERY = 1 << 12;

    private ResultTables() {
    }

    /**
     * Reads the rows of a SELECT answer, keeping the first {@code maxRows}; the rest are counted, not kept, so the
     * table says how many rows the whole answer has.
     */
    public static ResultTable fromRows(ResultSet rows, int maxRows, Cancellation cancellation) {
        List<Var> vars = Var.varList(rows.getResultVars());
        Growing columns = new Growing(vars.size());
        while (rows.hasNext()) {
            if (columns.size == maxRows) {
                long total = columns.size;
                while (rows.hasNext()) {
                    rows.nextBinding();
                    if (++total % CHECK_EVERY == 0) {
                        cancellation.throwIfCancelled();
                    }
                }
                return columns.table(rows.getResultVars(), total);
            }
            Binding b = rows.nextBinding();
            Node[] row = new Node[vars.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = b.get(vars.get(c));
            }
            columns.add(row);
            if (columns.size % CHECK_EVERY == 0) {
                cancellation.throwIfCancelled();
            }
        }
        return columns.table(rows.getResultVars(), columns.size);
    }

    /**
     * The table with every resource labelled in the given mode, inside one read of the store (what the results
     * table shows, a saved answer's label columns and an evidence pack's answer).
     */
    public static ResultTable labelled(KnowledgeStore store, ResultTable table, LabelMode mode,
                                       Cancellation cancellation) {
        Set<Node> resources = new LinkedHashSet<>();
        for (int c = 0; c < table.columnCount(); c++) {
            for (int r = 0; r < table.rowCount(); r++) {
                Node n = table.node(r, c);
                if (n != null && n.isURI()) {
                    resources.add(n);
                }
            }
        }
        return store.readLabels(resources, names -> {
            DisplayLabels labels = new DisplayLabels(names, mode);
            return table.relabel(labels::label, cancellation);
        });
    }

    /** The triples of a CONSTRUCT or DESCRIBE answer as subject, predicate, object rows. */
    public static ResultTable fromGraph(Graph graph, int maxRows, Cancellation cancellation) {
        Growing columns = new Growing(3);
        ExtendedIterator<Triple> it = graph.find();
        try {
            while (it.hasNext()) {
                if (columns.size == maxRows) {
                    return columns.table(TRIPLE_VARIABLES, graph.size());
                }
                Triple t = it.next();
                columns.add(new Node[] {t.getSubject(), t.getPredicate(), t.getObject()});
                if (columns.size % CHECK_EVERY == 0) {
                    cancellation.throwIfCancelled();
                }
            }
        } finally {
            it.close();
        }
        return columns.table(TRIPLE_VARIABLES, columns.size);
    }

    /** Column arrays that grow by half as rows arrive. */
    private static final class Growing {
        private Node[][] columns;
        private int size;

        Growing(int width) {
            columns = new Node[width][64];
        }

        void add(Node[] row) {
            if (columns.length > 0 && size == columns[0].length) {
                int grown = size + (size >> 1) + 16;
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = Arrays.copyOf(columns[c], grown);
                }
            }
            for (int c = 0; c < row.length; c++) {
                columns[c][size] = row[c];
            }
            size++;
        }

        ResultTable table(List<String> variables, long total) {
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Arrays.copyOf(columns[c], size);
            }
            return new ResultTable(variables, columns, size, total);
        }
    }
}
