package org.kgexplorer.core.query.table;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.explore.TextFolding;

/**
 * Keeps the rows where some cell contains the text, ignoring case and accents ("fiscalia" finds "Fiscalía",
 * "DELTA" finds "Délta"): in the cell's label, or in the IRI behind it. {@code column} limits the search to one
 * column ({@link #ALL_COLUMNS}: any column).
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

    /** Whether the row of the table passes the filter (for many rows, use one {@link #matcher()}). */
    public boolean matches(ResultTable table, int row) {
        return matcher().matches(table, row);
    }

    /** A matcher that folds the filter's text once, for testing many rows. */
    public Matcher matcher() {
        return new Matcher(TextFolding.fold(text), column);
    }

    /** Tests rows against the folded text of one filter. */
    public static final class Matcher {
        private final String folded;
        private final int column;

        private Matcher(String folded, int column) {
            this.folded = folded;
            this.column = column;
        }

        /** Whether the row of the table passes the filter. */
        public boolean matches(ResultTable table, int row) {
            if (folded.isEmpty()) {
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
            if (containsFolded(table.label(row, c), folded)) {
                return true;
            }
            Node n = table.node(row, c);
            return n != null && n.isURI() && containsFolded(n.getURI(), folded);
        }
    }

    /**
     * Whether {@code hay}, folded, contains {@code folded} (already folded). Plain ASCII text, most cells and IRIs,
     * needs no folding: comparing it without case is the same, and much cheaper than normalising it.
     */
    static boolean containsFolded(String hay, String folded) {
        for (int i = 0; i < hay.length(); i++) {
            if (hay.charAt(i) >= 0x80) {
                return TextFolding.fold(hay).contains(folded);
            }
        }
        return containsIgnoreCase(hay, folded);
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
