package org.kgexplorer.ui.results;

import java.util.List;

import org.kgexplorer.core.query.table.ChartColumns;
import org.kgexplorer.core.query.table.ResultTable;

/**
 * One query's answer as the panel shows it.
 *
 * @param kind       what the query answered with
 * @param table      the rows (SELECT) or the triples (CONSTRUCT, DESCRIBE), labelled; null for ASK and NONE
 * @param yes        the ASK answer
 * @param millis     how long the query took, labels included
 * @param query      the query text that gave the answer
 * @param numeric    the columns that can be a chart's values
 * @param categories the columns that can be a chart's categories
 */
public record ResultsAnswer(Kind kind, ResultTable table, boolean yes, long millis, String query,
                            List<Integer> numeric, List<Integer> categories) {
    /** What a query answered with. */
    public enum Kind { NONE, TABLE, ASK, GRAPH }

    public static final ResultsAnswer NONE = new ResultsAnswer(Kind.NONE, null, false, 0, "", List.of(), List.of());

    static ResultsAnswer ask(boolean yes, long millis, String query) {
        return new ResultsAnswer(Kind.ASK, null, yes, millis, query, List.of(), List.of());
    }

    static ResultsAnswer table(Kind kind, ResultTable table, long millis, String query) {
        return new ResultsAnswer(kind, table, false, millis, query, ChartColumns.numeric(table),
                ChartColumns.categories(table));
    }

    /** The same streamed answer grown to {@code longer}, its chart columns as they were (found again at the page's end). */
    ResultsAnswer grown(ResultTable longer) {
        return new ResultsAnswer(kind, longer, yes, millis, query, numeric, categories);
    }

    /** The same answer with its chart columns found again over all its rows. */
    ResultsAnswer withChartColumns() {
        return table(kind, table, millis, query);
    }

    /** The same answer with its cells labelled anew. */
    ResultsAnswer relabelled(ResultTable labelled) {
        return new ResultsAnswer(kind, labelled, yes, millis, query, numeric, categories);
    }

    public boolean hasTable() {
        return table != null;
    }

    /** Whether there is a category column and a numeric column to chart. */
    public boolean chartable() {
        return !numeric.isEmpty() && !categories.isEmpty();
    }
}
