package org.kgexplorer.core.teach;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * What checking an exercise found: whether the student's answer is the reference's, and if not, what differs, in
 * terms that never show the reference's rows (only counts, and examples taken from the student's own answer).
 *
 * @param outcome          the kind of verdict
 * @param expectedColumns  how many columns the reference answer has
 * @param columns          how many columns the student's answer has
 * @param missing          rows of the reference the student's answer lacks (counting repeats unless DISTINCT)
 * @param extra            rows of the student's answer the reference does not have
 * @param extraExamples    up to {@value AnswerComparison#EXAMPLES} of those extra rows, in the student's columns
 * @param columnsReordered true when the answer matched (or came closest) with its columns in another order
 */
public record Verdict(Outcome outcome, int expectedColumns, int columns, long missing, long extra,
                      List<List<Node>> extraExamples, boolean columnsReordered) {
    /** The kinds of verdict. */
    public enum Outcome {
        /** The same rows (in some order of rows and, when allowed, of columns). */
        PASSED,
        /** The answer has another number of columns than the reference. */
        WRONG_COLUMNS,
        /** Rows are missing, extra, or both. */
        WRONG_ROWS,
        /** The student's query is not a SELECT. */
        NOT_SELECT,
        /** The student's answer has more rows than a check reads. */
        TOO_MANY_ROWS
    }

    public Verdict {
        extraExamples = List.copyOf(extraExamples);
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    /** A verdict that needs no counts (not a SELECT, too many rows). */
    static Verdict of(Outcome outcome, int expectedColumns) {
        return new Verdict(outcome, expectedColumns, 0, 0, 0, List.of(), false);
    }

    /** One line in English (the command line's and the log's words; the window says it in its language). */
    public String summary() {
        return switch (outcome) {
            case PASSED -> "correct" + (columnsReordered ? " (columns in another order)" : "");
            case WRONG_COLUMNS -> "the answer has " + columns + (columns == 1 ? " column" : " columns")
                    + "; the question asks for " + expectedColumns;
            case WRONG_ROWS -> missing + (missing == 1 ? " row" : " rows") + " missing, " + extra + " extra";
            case NOT_SELECT -> "the answer must be a SELECT query";
            case TOO_MANY_ROWS -> "the answer has more than " + AnswerComparison.MAX_ROWS + " rows";
        };
    }
}
