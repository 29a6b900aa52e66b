package org.kgexplorer.core.query.table;

import org.apache.jena.graph.Node;

/**
 * Keeps the rows where some cell contains the text, ignoring case: in the cell's label, or in the IRI or
 * lexical form behind it. {@code column} limits the search to one column ({@link #ALL_COLUMNS}: any column).
 */
public record RowFilter(String text, int column) {
    public static final int ALL_COLUMNS = -1;
    public static final RowFilter NONE = new RowFilter("", ALL_COLUMNS);

    public RowFilter {
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Whether the row of the table passes the filter. */
    public boolean matches(ResultTable table, int row) {
        if (text.isEmpty()) {
            return true;
        }
        if (column != ALL_COLUMNS) {
            return cellMatches(table, row, column);
        }
        for (int c = 0; c < table.columnCount(); c++) {
            if (cellMatches(table, row, c)) {
                return true;
            }
        }
        return false;
    }

    private boolean cellMatches(ResultTable table, int row, int c) {
        if (containsIgnoreCase(table.label(row, c), text)) {
            return true;
        }
        Node n = table.node(row, c);
        return n != null && n.isURI() && containsIgnoreCase(n.getURI(), text);
    }

    static boolean containsIgnoreCase(String hay, String needle) {
        int n = needle.length();
        int last = hay.length() - n;
        char lower = Character.toLowerCase(needle.charAt(0));
        char upper = Character.toUpperCase(needle.charAt(0));
        for (int i = 0; i <= last; i++) {
            char h = hay.charAt(i);
            if ((h == lower || h == upper || Character.toLowerCase(h) == lower)
                    && hay.regionMatches(true, i, needle, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
