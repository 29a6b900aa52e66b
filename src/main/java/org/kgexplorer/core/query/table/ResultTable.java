package org.kgexplorer.core.query.table;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.task.Cancellation;

/**
 * A query answer held in memory: the variables, the value of each cell as a Jena node (null when unbound),
 * and the text shown for each cell. Values are stored column by column in plain arrays, so a million rows
 * cost a few references per cell and nothing more. Immutable: {@link #relabel} gives a new table that shares
 * the values. Sort keys are computed per column on first use and kept.
 */
public final class ResultTable {
    private final List<String> variables;
    private final Node[][] columns;
    private final int rowCount;
    private final boolean truncated;
    private final long totalRows;
    private final CellLabels labels;
    /** Shared by a table, its relabellings and the longer tables its answer grew into (one answer). */
    private final Object answer;
    /** Shared by a table and the longer tables it grew into, until a relabelling. */
    private final Object labelling;
    private final Map<String, int[]> sortRanks = new ConcurrentHashMap<>();

    /**
     * @param variables the column names, in order
     * @param columns   one array per variable, each {@code rowCount} long (null for an unbound cell)
     * @param truncated whether the answer had more rows than were kept
     */
    public ResultTable(List<String> variables, Node[][] columns, int rowCount, boolean truncated) {
        this(variables, columns, rowCount, truncated, rowCount, null, new Object(), new Object());
    }

    /**
     * A table of the first {@code rowCount} rows of an answer of {@code totalRows} rows.
     *
     * @param totalRows the rows the whole answer has (more than {@code rowCount} when it was cut)
     */
    public ResultTable(List<String> variables, Node[][] columns, int rowCount, long totalRows) {
        this(variables, columns, rowCount, totalRows > rowCount, totalRows, null, new Object(), new Object());
    }

    /** A table of no rows yet, to which the rows of an answer are {@link #appended} as they arrive. */
    public static ResultTable growing(List<String> variables) {
        return new ResultTable(variables, new Node[variables.size()][0], 0, false);
    }

    private ResultTable(List<String> variables, Node[][] columns, int rowCount, boolean truncated, long totalRows,
                        CellLabels labels, Object answer, Object labelling) {
        if (columns.length != variables.size()) {
            throw new IllegalArgumentException(variables.size() + " variables but " + columns.length + " columns");
        }
        for (Node[] column : columns) {
            if (column.length < rowCount) {
                throw new IllegalArgumentException("a column is shorter than " + rowCount + " rows");
            }
        }
        this.variables = List.copyOf(variables);
        this.columns = columns;
        this.rowCount = rowCount;
        this.truncated = truncated;
        this.totalRows = Math.max(totalRows, rowCount);
        this.labels = labels == null ? CellLabels.plain(columns, rowCount) : labels;
        this.answer = answer;
        this.labelling = labelling;
    }

    public List<String> variables() {
        return variables;
    }

    public int columnCount() {
        return columns.length;
    }

    public int rowCount() {
        return rowCount;
    }

    /** Whether the query answered with more rows than this table holds. */
    public boolean truncated() {
        return truncated;
    }

    /** How many rows the whole answer has: {@link #rowCount()} unless it was cut (then at least one more). */
    public long totalRows() {
        return totalRows;
    }

    /** The value of a cell, or null when the variable is unbound in that row. */
    public Node node(int row, int column) {
        return columns[column][row];
    }

    /** The text shown for a cell: the label of a resource, the lexical form of a literal, "" when unbound. */
    public String label(int row, int column) {
        return labels.label(row, column);
    }

    /** The labels of the cells, as last resolved. */
    public CellLabels labels() {
        return labels;
    }

    /**
     * A table with the same values whose resources are labelled by {@code labeler} (called once per distinct
     * resource). Literals show their lexical form whatever the labeler says.
     */
    public ResultTable relabel(Function<Node, String> labeler, Cancellation cancellation) {
        return new ResultTable(variables, columns, rowCount, truncated, totalRows,
                CellLabels.resolve(columns, rowCount, labeler, cancellation), answer, new Object());
    }

    /**
     * This table with {@code rows} after its own, their resources labelled by {@code labeler}: the same answer,
     * grown ({@link #sharesValuesWith} holds). The arrays grow by half when full and are shared with this table,
     * which keeps seeing its own rows only; append to the longest table of an answer, from one thread.
     */
    public ResultTable appended(List<Node[]> rows, Function<Node, String> labeler) {
        int count = rowCount + rows.size();
        Node[][] grown = columns;
        if (columns.length > 0 && columns[0].length < count) {
            int capacity = Math.max(count, rowCount + (rowCount >> 1) + 64);
            grown = new Node[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                grown[c] = java.util.Arrays.copyOf(columns[c], capacity);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            Node[] row = rows.get(r);
            for (int c = 0; c < grown.length; c++) {
                grown[c][rowCount + r] = row[c];
            }
        }
        return new ResultTable(variables, grown, count, false, count,
                labels.appended(grown, rowCount, count, labeler), answer, labelling);
    }

    /** Whether both tables hold values of the same answer (one is a relabelling of the other, or grew from it). */
    public boolean sharesValuesWith(ResultTable other) {
        return answer == other.answer;
    }

    /** Whether the rows both tables hold are labelled alike (one grew from the other, neither was relabelled since). */
    public boolean sameLabelsAs(ResultTable other) {
        return labelling == other.labelling;
    }

    /** Whether any cell of the column holds an IRI. */
    public boolean hasIris(int column) {
        Node[] values = columns[column];
        for (int r = 0; r < rowCount; r++) {
            if (values[r] != null && values[r].isURI()) {
                return true;
            }
        }
        return false;
    }

    /** The sort rank of every row of a column (see {@link SortKeys}), computed once per table. */
    int[] sortRanks(int column, java.util.Locale locale, Cancellation cancellation) {
        String key = column + "@" + locale.toLanguageTag();
        int[] ranks = sortRanks.get(key);
        if (ranks == null) {
            ranks = SortKeys.ranks(columns[column], labels.column(column), rowCount, locale, cancellation);
            sortRanks.put(key, ranks);
        }
        return ranks;
    }
}
