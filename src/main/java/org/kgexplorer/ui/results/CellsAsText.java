package org.kgexplorer.ui.results;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.query.table.ResultTable;

/**
 * Selected cells as text for the clipboard: tab-separated values, one line per table row, the cells of each row
 * in column order, the labels as shown. Tabs and line breaks inside a label become spaces so the grid holds.
 */
final class CellsAsText {
    private CellsAsText() {
    }

    /**
     * The selected cells as a grid: one line per selected row (in screen order), one tab-separated field per
     * column that has a selected cell (in column order), empty where that row's cell is not selected.
     *
     * @param cells triples of (position on screen, table row, column), in any order
     */
    static String tsv(ResultTable table, List<int[]> cells) {
        SortedMap<Integer, Integer> rowAt = new TreeMap<>();
        SortedSet<Integer> columns = new TreeSet<>();
        Set<Long> chosen = new HashSet<>();
        for (int[] cell : cells) {
            rowAt.put(cell[0], cell[1]);
            columns.add(cell[2]);
            chosen.add(((long) cell[0] << 32) | cell[2]);
        }
        StringBuilder text = new StringBuilder();
        for (var entry : rowAt.entrySet()) {
            StringBuilder line = new StringBuilder();
            for (int column : columns) {
                if (column != columns.first()) {
                    line.append('\t');
                }
                if (chosen.contains(((long) entry.getKey() << 32) | column)) {
                    line.append(clean(table.label(entry.getValue(), column)));
                }
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /** Whole rows as TSV, with a header line of the variable names. */
    static String rows(ResultTable table, List<Integer> rows) {
        StringBuilder text = new StringBuilder(String.join("\t", table.variables())).append('\n');
        for (int row : rows) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (c > 0) {
                    text.append('\t');
                }
                text.append(clean(table.label(row, c)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** What "copy IRI" copies: the IRI of a resource, the lexical form of a literal. */
    static String value(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return node.getURI();
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : "_:" + node.getBlankNodeLabel();
    }

    private static String clean(String label) {
        return label.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
