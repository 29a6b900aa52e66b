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

    /**
     * A SELECT answer whose rows are still arriving, its chart columns known from the kinds of its cells so far
     * ({@code kinds[c]}: bit {@link #NUMBERS} when a bound cell of column c is a number, {@link #OTHERS} when one is
     * not), found as the rows arrived rather than by reading all of them again.
     */
    static ResultsAnswer streamed(ResultTable table, long millis, String query, byte[] kinds) {
        List<Integer> numeric = new java.util.ArrayList<>();
        List<Integer> categories = new java.util.ArrayList<>();
        for (int c = 0; c < kinds.length; c++) {
            if (kinds[c] == NUMBERS) {
                numeric.add(c);
            } else if (kinds[c] == OTHERS) {
                categories.add(c);
            }
        }
        return new ResultsAnswer(Kind.TABLE, table, false, millis, query, List.copyOf(numeric), List.copyOf(categories));
    }

    /** A column kind's bit: a bound cell holds a number. */
    static final byte NUMBERS = 1;
    /** A column kind's bit: a bound cell holds something else. */
    static final byte OTHERS = 2;

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
