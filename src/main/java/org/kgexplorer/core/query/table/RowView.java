package org.kgexplorer.core.query.table;

/** The rows of a table as shown: which row of the table is at each position, after sorting and filtering. */
public final class RowView {
    private final int[] rows;
    /** Every row of the table in the query's order. */
    private final boolean all;

    RowView(int[] rows) {
        this(rows, false);
    }

    private RowView(int[] rows, boolean all) {
        this.rows = rows;
        this.all = all;
    }

    /** Every row of the table in the order the query gave them. */
    public static RowView all(ResultTable table) {
        int[] rows = new int[table.rowCount()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return new RowView(rows, true);
    }

    /** Whether this is every row in the query's order (position i shows row i), as {@link #all} gives. */
    public boolean isAll() {
        return all;
    }

    int[] rowsCopy() {
        return rows.clone();
    }

    public int size() {
        return rows.length;
    }

    /** The table row shown at a position. */
    public int row(int position) {
        return rows[position];
    }
}
