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
        int[] identity = identity(n);
        Object[][] referenceKeys = keys(reference.rows());
        Object[][] studentKeys = keys(student.rows());
        Map<List<Object>, Long> expected = counts(referenceKeys, distinct);
        Difference positional = difference(expected, student, studentKeys, identity, distinct);
        if (positional.none()) {
            return verdict(positional, n, false);
        }
        if (n < 2 || n > MAX_PERMUTED_COLUMNS) {
            return verdict(positional, n, false);
        }
        // Which of the student's columns can stand for which of the reference's: a column's values (with their
        // counts) must agree for an exact match, and how many of them agree says how close an order comes.
        List<Map<Object, Long>> referenceColumns = columnValues(referenceKeys, n, distinct);
        List<Map<Object, Long>> studentColumns = columnValues(studentKeys, n, distinct);
        boolean[][] fits = new boolean[n][n];
        long[][] shared = new long[n][n];
        for (int c = 0; c < n; c++) {
            for (int d = 0; d < n; d++) {
                fits[c][d] = referenceColumns.get(c).equals(studentColumns.get(d));
                shared[c][d] = overlap(referenceColumns.get(c), studentColumns.get(d));
            }
        }
        int[] closest = identity;
        long closestShared = -1;
        for (int[] order : permutations(n)) {
            boolean all = true;
            long sum = 0;
            for (int c = 0; c < n; c++) {
                all &= fits[c][order[c]];
                sum += shared[c][order[c]];
            }
            if (all && !java.util.Arrays.equals(order, identity)) {
                Difference d = difference(expected, student, studentKeys, order, distinct);
                if (d.none()) {
                    return verdict(d, n, true);
                }
            }
            if (sum > closestShared) {
                closestShared = sum;
                closest = order;
            }
        }
        if (java.util.Arrays.equals(closest, identity)) {
            return verdict(positional, n, false);
        }
        Difference near = difference(expected, student, studentKeys, closest, distinct);
        return near.missing + near.extra < positional.missing + positional.extra
                ? verdict(near, n, true) : verdict(positional, n, false);
    }

    /** How many values two columns share, counting repeats as often as both have them. */
    private static long overlap(Map<Object, Long> a, Map<Object, Long> b) {
        long shared = 0;
        for (Map.Entry<Object, Long> e : a.entrySet()) {
            Long other = b.get(e.getKey());
            if (other != null) {
                shared += Math.min(e.getValue(), other);
            }
        }
        return shared;
    }

    private static Verdict verdict(Difference d, int columns, boolean reordered) {
        return new Verdict(d.none() ? Verdict.Outcome.PASSED : Verdict.Outcome.WRONG_ROWS, columns, columns,
                d.missing, d.extra, d.examples, reordered);
    }

    /** What the student's rows, read in {@code order}, lack of and add to the expected ones. */
    private static Difference difference(Map<List<Object>, Long> expected, Answer student, Object[][] studentKeys,
                                         int[] order, boolean distinct) {
        Map<List<Object>, Long> left = new HashMap<>(expected);
        long extra = 0;
        List<List<Node>> examples = new ArrayList<>();
        java.util.Set<List<Object>> seen = distinct ? new java.util.HashSet<>() : null;
        for (int r = 0; r < studentKeys.length; r++) {
            List<Object> key = row(studentKeys[r], order);
            if (seen != null && !seen.add(key)) {
                continue;
            }
            Long still = left.get(key);
            if (still != null && still > 0) {
                left.put(key, still - 1);
            } else {
                extra++;
                if (examples.size() < EXAMPLES) {
                    examples.add(student.rows().get(r));
                }
            }
        }
        long missing = left.values().stream().mapToLong(Long::longValue).sum();
        return new Difference(missing, extra, examples);
    }

    /** Each cell's comparison key, computed once for every order of columns tried. */
    private static Object[][] keys(List<List<Node>> rows) {
        Object[][] keys = new Object[rows.size()][];
        for (int r = 0; r < keys.length; r++) {
            List<Node> row = rows.get(r);
            keys[r] = new Object[row.size()];
            for (int c = 0; c < keys[r].length; c++) {
                keys[r][c] = TermValue.of(row.get(c));
            }
        }
        return keys;
    }

    private static List<Object> row(Object[] keys, int[] order) {
        Object[] permuted = new Object[order.length];
        for (int c = 0; c < order.length; c++) {
            permuted[c] = keys[order[c]];
        }
        return java.util.Arrays.asList(permuted);
    }

    private record Difference(long missing, long extra, List<List<Node>> examples) {
        boolean none() {
            return missing == 0 && extra == 0;
        }
    }

    private static Map<List<Object>, Long> counts(Object[][] keys, boolean distinct) {
        Map<List<Object>, Long> counts = new HashMap<>();
        int[] identity = keys.length == 0 ? new int[0] : identity(keys[0].length);
        for (Object[] row : keys) {
            counts.merge(row(row, identity), 1L, distinct ? (a, b) -> a : Long::sum);
        }
        return counts;
    }

    /**
     * Each column's values with their counts: a column of the student's can stand for a column of the
     * reference's only when these agree (a cheap test before comparing whole rows). With distinct rows the
     * counts of a column's values depend on the other columns, so only the values are kept.
     */
    private static List<Map<Object, Long>> columnValues(Object[][] rows, int n, boolean distinct) {
        List<Map<Object, Long>> columns = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Map<Object, Long> values = new HashMap<>();
            for (Object[] row : rows) {
                values.merge(row[c], 1L, distinct ? (a, b) -> 1L : Long::sum);
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
    private static List<int[]> permutations(int n) {
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
