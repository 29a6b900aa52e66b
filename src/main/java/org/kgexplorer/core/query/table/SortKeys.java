package org.kgexplorer.core.query.table;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.task.Cancellation;

/**
 * Precomputed sort keys: each row of a column gets an int rank, so that sorting rows is sorting plain numbers.
 * Numbers come first (by value), then dates (by moment), then times, then text (labels and lexical forms in
 * the order of a {@link Collator} for the locale); unbound cells rank {@link #UNBOUND} and stay last in
 * both directions. Equal values share a rank, so a stable sort keeps their order.
 */
final class SortKeys {
    /** The rank of an unbound cell. */
    static final int UNBOUND = Integer.MAX_VALUE;
    private static final int CHECK_EVERY = 1 << 14;

    private SortKeys() {
    }

    static int[] ranks(Node[] values, String[] labels, int rowCount, Locale locale, Cancellation cancellation) {
        ValueKind[] kinds = ValueKind.values();
        byte[] kind = new byte[rowCount];
        double[] measure = new double[rowCount];
        int[] counts = new int[kinds.length];
        for (int r = 0; r < rowCount; r++) {
            ValueKind k = ValueKind.of(values[r]);
            kind[r] = (byte) k.ordinal();
            counts[k.ordinal()]++;
            if (k == ValueKind.NUMBER) {
                measure[r] = ValueKind.number(values[r]);
            } else if (k == ValueKind.DATE || k == ValueKind.TIME) {
                measure[r] = ValueKind.moment(values[r]);
            }
            if (r % CHECK_EVERY == 0) {
                cancellation.throwIfCancelled();
            }
        }
        int[] ranks = new int[rowCount];
        int offset = 0;
        for (ValueKind k : new ValueKind[] {ValueKind.NUMBER, ValueKind.DATE, ValueKind.TIME}) {
            if (counts[k.ordinal()] > 0) {
                offset += rankMeasures(kind, (byte) k.ordinal(), measure, counts[k.ordinal()], ranks, offset);
            }
        }
        if (counts[ValueKind.TEXT.ordinal()] > 0) {
            rankTexts(kind, labels, ranks, offset, locale, cancellation);
        }
        for (int r = 0; r < rowCount; r++) {
            if (kind[r] == ValueKind.UNBOUND.ordinal()) {
                ranks[r] = UNBOUND;
            }
        }
        return ranks;
    }

    /** Ranks the rows of one numeric kind by their measure; returns how many distinct measures there were. */
    private static int rankMeasures(byte[] kind, byte which, double[] measure, int count, int[] ranks, int offset) {
        double[] sorted = new double[count];
        int n = 0;
        for (int r = 0; r < kind.length; r++) {
            if (kind[r] == which) {
                sorted[n++] = measure[r];
            }
        }
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || Double.compare(sorted[i], sorted[distinct - 1]) != 0) {
                sorted[distinct++] = sorted[i];
            }
        }
        for (int r = 0; r < kind.length; r++) {
            if (kind[r] == which) {
                ranks[r] = offset + Arrays.binarySearch(sorted, 0, distinct, measure[r]);
            }
        }
        return distinct;
    }

    /** Ranks text rows by the collation order of their labels (each distinct label collated once). */
    private static void rankTexts(byte[] kind, String[] labels, int[] ranks, int offset, Locale locale,
                                  Cancellation cancellation) {
        byte text = (byte) ValueKind.TEXT.ordinal();
        Map<String, Integer> index = new HashMap<>();
        for (int r = 0; r < kind.length; r++) {
            if (kind[r] == text) {
                index.putIfAbsent(labels[r], index.size());
            }
        }
        // Collation keys cost microseconds each (most of a text sort): make them on every core, one collator
        // per thread (a Collator is not thread-safe).
        String[] distinct = index.keySet().toArray(new String[0]);
        Collator base = Collator.getInstance(locale);
        ThreadLocal<Collator> collators = ThreadLocal.withInitial(() -> (Collator) base.clone());
        CollationKey[] keys = new CollationKey[distinct.length];
        IntStream.range(0, distinct.length).parallel().forEach(i -> {
            if (i % CHECK_EVERY == 0) {
                cancellation.throwIfCancelled();
            }
            keys[i] = collators.get().getCollationKey(distinct[i]);
        });
        cancellation.throwIfCancelled();
        Arrays.parallelSort(keys);
        int rank = -1;
        for (int k = 0; k < keys.length; k++) {
            if (k == 0 || keys[k].compareTo(keys[k - 1]) != 0) {
                rank++;
            }
            index.put(keys[k].getSourceString(), offset + rank);
        }
        for (int r = 0; r < kind.length; r++) {
            if (kind[r] == text) {
                ranks[r] = index.get(labels[r]);
            }
        }
    }
}
