package org.kgexplorer.core.query.table;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.kgexplorer.core.task.Cancellation;

/**
 * Sorts and filters a table into a {@link RowView}. Sorting works on the precomputed ranks of
 * {@link SortKeys}: each row becomes one long (rank, then position), so a sort is a primitive array sort and
 * is stable: rows that compare equal keep the order the query gave them. Several sort columns are applied
 * from the last to the first, each sort stable, so the first column decides and the others break ties.
 */
public final class RowOrder {
    private static final int CHECK_EVERY = 1 << 14;

    private RowOrder() {
    }

    /**
     * The rows of {@code table} sorted by {@code sort} (empty: the query's order) and kept by {@code filter}.
     *
     * @param locale whose collation orders text
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static RowView view(ResultTable table, List<SortColumn> sort, RowFilter filter, Locale locale,
                               Cancellation cancellation) {
        int[] order = RowView.all(table).rowsCopy();
        for (int i = sort.size() - 1; i >= 0; i--) {
            SortColumn key = sort.get(i);
            order = sortedBy(order, table.sortRanks(key.column(), locale, cancellation), key.ascending());
            cancellation.throwIfCancelled();
        }
        if (!filter.isEmpty()) {
            RowFilter.Matcher matcher = filter.matcher();
            int kept = 0;
            for (int i = 0; i < order.length; i++) {
                if (matcher.matches(table, order[i])) {
                    order[kept++] = order[i];
                }
                if (i % CHECK_EVERY == 0) {
                    cancellation.throwIfCancelled();
                }
            }
            order = Arrays.copyOf(order, kept);
        }
        return new RowView(order);
    }

    private static int[] sortedBy(int[] order, int[] ranks, boolean ascending) {
        long[] packed = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            int rank = ranks[order[i]];
            int key = ascending || rank == SortKeys.UNBOUND ? rank : SortKeys.UNBOUND - 1 - rank;
            packed[i] = ((long) key << 32) | i;
        }
        Arrays.sort(packed);
        int[] sorted = new int[order.length];
        for (int i = 0; i < packed.length; i++) {
            sorted[i] = order[(int) packed[i]];
        }
        return sorted;
    }
}
