package org.kgexplorer.core.query.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.kgexplorer.core.export.LabelColumns;

/**
 * A materialised table read back as a Jena {@link ResultSet}, so the export writers write it exactly as they
 * write a live answer: every row of the table in the query's order, or the rows of a {@link RowView} (sorted or
 * filtered as on screen) in its order.
 * With labels, each column holding an IRI anywhere is followed by a label column named as
 * {@link LabelColumns} names them ({@code x_label}), filled with the labels the table shows.
 */
public final class TableRows {
    private TableRows() {
    }

    public static ResultSet asResultSet(ResultTable table, boolean labels) {
        return asResultSet(table, null, labels);
    }

    /** The rows of {@code order} in its order; every row in the query's order when it is null. */
    public static ResultSet asResultSet(ResultTable table, RowView order, boolean labels) {
        int count = order == null ? table.rowCount() : order.size();
        List<Var> vars = new ArrayList<>();
        List<Integer> sourceColumn = new ArrayList<>();
        List<Boolean> isLabel = new ArrayList<>();
        Set<String> taken = new HashSet<>(table.variables());
        for (int c = 0; c < table.columnCount(); c++) {
            vars.add(Var.alloc(table.variables().get(c)));
            sourceColumn.add(c);
            isLabel.add(false);
            if (labels && table.hasIris(c)) {
                String name = table.variables().get(c) + LabelColumns.SUFFIX;
                while (!taken.add(name)) {
                    name = name + "_";
                }
                vars.add(Var.alloc(name));
                sourceColumn.add(c);
                isLabel.add(true);
            }
        }
        Iterator<Binding> rows = new Iterator<>() {
            private int position;

            @Override
            public boolean hasNext() {
                return position < count;
            }

            @Override
            public Binding next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int row = order == null ? position : order.row(position);
                BindingBuilder b = Binding.builder();
                for (int i = 0; i < vars.size(); i++) {
                    Node n = table.node(row, sourceColumn.get(i));
                    if (n == null) {
                        continue;
                    }
                    if (!isLabel.get(i)) {
                        b.add(vars.get(i), n);
                    } else if (n.isURI()) {
                        b.add(vars.get(i), NodeFactory.createLiteralString(table.label(row, sourceColumn.get(i))));
                    }
                }
                position++;
                return b.build();
            }
        };
        return ResultSetStream.create(vars, rows);
    }
}
