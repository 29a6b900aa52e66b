package org.kgexplorer.core.teach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * Compares a student's answer with the reference answer as multisets of rows (ADR 44): variable names do not
 * matter; columns are matched by position or, when both answers have the same number of columns and at most
 * {@value #MAX_PERMUTED_COLUMNS}, in any order; cells are equal by SPARQL value equality ({@link TermValue});
 * repeated rows count unless the reference query asks for DISTINCT (or REDUCED) rows.
 */
public final class AnswerComparison {
    /** Up to this many columns, any order of the student's columns is tried (6! = 720 orders). */
    public static final int MAX_PERMUTED_COLUMNS = 6;
    /** Extra rows shown as examples. */
    public static final int EXAMPLES = 3;
    /** The most rows a check reads of either answer. */
    public static final int MAX_ROWS = 100_000;
    /** Past this many row comparisons, the closest order of columns is not searched for a wrong answer. */
    private static final long CLOSEST_SEARCH_BUDGET = 2_000_000;

    private AnswerComparison() {
    }

    /**
     * @param reference the reference query's answer, read whole
     * @param student   the student's answer, read whole
     * @param distinct  true when the reference asks for distinct rows (repeats then do not count)
     */
    public static Verdict compare(Answer reference, Answer student, boolean distinct) {
        int n = reference.variables().size();
        if (student.variables().size() != n) {
            return new Verdict(Verdict.Outcome.WRONG_COLUMNS, n, student.variables().size(), 0, 0, List.of(), false);
        }
        Map<List<Object>, Long> expected = counts(reference.rows(), identity(n), distinct);
        int[] identity = identity(n);
        Difference positional = difference(expected, student, identity, distinct);
        if (positional.none()) {
            return verdict(positional, n, false);
        }
        if (n < 2 || n > MAX_PERMUTED_COLUMNS) {
            return verdict(positional, n, false);
        }
        List<int[]> orders = permutations(n);
        boolean searchClosest = (long) orders.size() * (student.rows().size() + reference.rows().size())
                <= CLOSEST_SEARCH_BUDGET;
        List<Map<Object, Long>> referenceColumns = columnValues(reference.rows(), n, distinct);
        List<Map<Object, Long>> studentColumns = columnValues(student.rows(), n, distinct);
        Difference best = positional;
        int[] bestOrder = identity;
        for (int[] order : orders) {
            if (java.util.Arrays.equals(order, identity)) {
                continue;
            }
            boolean fits = true;
            for (int c = 0; c < n && fits; c++) {
                fits = referenceColumns.get(c).equals(studentColumns.get(order[c]));
            }
            if (!fits && !searchClosest) {
                continue;
            }
            Difference d = difference(expected, student, order, distinct);
            if (d.none()) {
                return verdict(d, n, true);
            }
            if (d.missing + d.extra < best.missing + best.extra) {
                best = d;
                bestOrder = order;
            }
        }
        return verdict(best, n, bestOrder != identity);
    }

    private static Verdict verdict(Difference d, int columns, boolean reordered) {
        return new Verdict(d.none() ? Verdict.Outcome.PASSED : Verdict.Outcome.WRONG_ROWS, columns, columns,
                d.missing, d.extra, d.examples, reordered);
    }

    /** What the student's rows, read in {@code order}, lack of and add to the expected ones. */
    private static Difference difference(Map<List<Object>, Long> expected, Answer student, int[] order, boolean distinct) {
        Map<List<Object>, Long> left = new HashMap<>(expected);
        long extra = 0;
        List<List<Node>> examples = new ArrayList<>();
        java.util.Set<List<Object>> seen = distinct ? new java.util.HashSet<>() : null;
        for (List<Node> row : student.rows()) {
            List<Object> key = TermValue.row(row, order);
            if (seen != null && !seen.add(key)) {
                continue;
            }
            Long still = left.get(key);
            if (still != null && still > 0) {
                left.put(key, still - 1);
            } else {
                extra++;
                if (examples.size() < EXAMPLES) {
                    examples.add(row);
                }
            }
        }
        long missing = left.values().stream().mapToLong(Long::longValue).sum();
        return new Difference(missing, extra, examples);
    }

    private record Difference(long missing, long extra, List<List<Node>> examples) {
        boolean none() {
            return missing == 0 && extra == 0;
        }
    }

    private static Map<List<Object>, Long> counts(List<List<Node>> rows, int[] order, boolean distinct) {
        Map<List<Object>, Long> counts = new HashMap<>();
        for (List<Node> row : rows) {
            counts.merge(TermValue.row(row, order), 1L, distinct ? (a, b) -> a : Long::sum);
        }
        return counts;
    }

    /**
     * Each column's values with their counts: a column of the student's can stand for a column of the
     * reference's only when these agree (a cheap test before comparing whole rows). With distinct rows the
     * counts of a column's values depend on the other columns, so only the values are kept.
     */
    private static List<Map<Object, Long>> columnValues(List<List<Node>> rows, int n, boolean distinct) {
        List<Map<Object, Long>> columns = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Map<Object, Long> values = new HashMap<>();
            for (List<Node> row : rows) {
                values.merge(TermValue.of(row.get(c)), 1L, distinct ? (a, b) -> 1L : Long::sum);
            }
            columns.add(values);
        }
        return columns;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Every order of n columns, the identity first (Heap's algorithm would do; n is at most 6). */
    static List<int[]> permutations(int n) {
        List<int[]> all = new ArrayList<>();
        permute(identity(n), 0, all);
        return all;
    }

    private static void permute(int[] a, int k, List<int[]> out) {
        if (k == a.length) {
            out.add(a.clone());
            return;
        }
        for (int i = k; i < a.length; i++) {
            swap(a, k, i);
            permute(a, k + 1, out);
            swap(a, k, i);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
