package org.kgexplorer.core.query.table;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;

/**
 * Which columns of a table can be charted: a category column (resources or text, shown by label) and a value
 * column (every bound cell a typed number). The first of each is the default choice.
 */
public final class ChartColumns {
    private ChartColumns() {
    }

    /** Columns whose bound cells are all typed numbers (and at least one is bound). */
    public static List<Integer> numeric(ResultTable table) {
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            if (allOfKind(table, c, true)) {
                found.add(c);
            }
        }
        return found;
    }

    /** Columns that hold resources or text: no numbers, at least one bound cell. */
    public static List<Integer> categories(ResultTable table) {
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            if (allOfKind(table, c, false)) {
                found.add(c);
            }
        }
        return found;
    }

    /** Whether the table has a category column and a numeric column to chart. */
    public static boolean chartable(ResultTable table) {
        return !numeric(table).isEmpty() && !categories(table).isEmpty();
    }

    private static boolean allOfKind(ResultTable table, int column, boolean numbers) {
        boolean any = false;
        for (int r = 0; r < table.rowCount(); r++) {
            Node n = table.node(r, column);
            if (n == null) {
                continue;
            }
            any = true;
            boolean number = ValueKind.of(n) == ValueKind.NUMBER;
            if (number != numbers) {
                return false;
            }
        }
        return any;
    }
}
