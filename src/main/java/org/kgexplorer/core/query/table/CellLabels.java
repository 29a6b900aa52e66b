package org.kgexplorer.core.query.table;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.task.Cancellation;

/**
 * The text shown for each cell of a {@link ResultTable}. Each distinct resource is labelled once and its label
 * shared by every cell that holds it; literals show their lexical form (the node's own string, not a copy).
 */
public final class CellLabels {
    private static final int CHECK_EVERY = 1 << 14;

    private final String[][] labels;

    private CellLabels(String[][] labels) {
        this.labels = labels;
    }

    /** Labels before any lookup: the end of each IRI, the lexical form of each literal. */
    static CellLabels plain(Node[][] columns, int rowCount) {
        Map<Node, String> names = new HashMap<>();
        return build(columns, rowCount, n -> names.computeIfAbsent(n, CellLabels::fallbackName), Cancellation.none());
    }

    /** Labels each distinct resource with {@code labeler}. */
    static CellLabels resolve(Node[][] columns, int rowCount, Function<Node, String> labeler, Cancellation cancellation) {
        Map<Node, String> resolved = new HashMap<>();
        return build(columns, rowCount, n -> resolved.computeIfAbsent(n, labeler), cancellation);
    }

    /**
     * These labels followed by those of rows {@code from} to {@code to} of {@code columns}, in arrays that grow by
     * half when full and are shared with these labels (which go on reading their own rows only).
     */
    CellLabels appended(Node[][] columns, int from, int to, Function<Node, String> labeler) {
        String[][] grown = labels;
        if (labels.length > 0 && labels[0].length < to) {
            int capacity = columns[0].length;
            grown = new String[labels.length][];
            for (int c = 0; c < labels.length; c++) {
                grown[c] = java.util.Arrays.copyOf(labels[c], capacity);
            }
        }
        Map<Node, String> resolved = new HashMap<>();
        for (int c = 0; c < grown.length; c++) {
            for (int r = from; r < to; r++) {
                Node n = columns[c][r];
                if (n == null) {
                    grown[c][r] = "";
                } else if (n.isLiteral()) {
                    grown[c][r] = n.getLiteralLexicalForm();
                } else {
                    String label = resolved.computeIfAbsent(n, labeler);
                    grown[c][r] = label == null ? fallbackName(n) : label;
                }
            }
        }
        return new CellLabels(grown);
    }

    private static CellLabels build(Node[][] columns, int rowCount, Function<Node, String> resourceLabel,
                                    Cancellation cancellation) {
        String[][] labels = new String[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            String[] column = new String[rowCount];
            Node[] values = columns[c];
            for (int r = 0; r < rowCount; r++) {
                Node n = values[r];
                if (n == null) {
                    column[r] = "";
                } else if (n.isLiteral()) {
                    column[r] = n.getLiteralLexicalForm();
                } else {
                    String label = resourceLabel.apply(n);
                    column[r] = label == null ? fallbackName(n) : label;
                }
                if (r % CHECK_EVERY == 0) {
                    cancellation.throwIfCancelled();
                }
            }
            labels[c] = column;
        }
        return new CellLabels(labels);
    }

    private static String fallbackName(Node n) {
        if (n.isURI()) {
            return LabelResolver.localName(n.getURI());
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return n.toString();
    }

    public String label(int row, int column) {
        return labels[column][row];
    }

    /** The labels of one column (shared, do not change). */
    String[] column(int column) {
        return labels[column];
    }
}
