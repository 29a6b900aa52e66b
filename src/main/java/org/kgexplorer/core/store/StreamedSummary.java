package org.kgexplorer.core.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.task.Cancellation;

/**
 * The {@link DataSummary} of files counted as they are read, without loading them (ADR 49): what {@code stats} on
 * files needs, and nothing it does not. The parse runs on the parse thread as a load's does (the same syntax checks,
 * policy and one-line errors); this thread counts each triple once over the union of the default graph and the
 * named graphs, by a 128-bit fingerprint of its three terms' fingerprints, and keeps only the counts and each
 * resource's best label so far (any resource may turn out to be a class or a property: {@code rdf:type} may come after
 * its label). A loaded store's {@link DataSummary#of} gives the same figures ({@code StreamedSummaryTest}).
 *
 * <p>Two different triples count as one only if their fingerprints are equal: with MurmurHash3's 128 bits, for ten
 * million triples about one chance in 10<sup>24</sup>.
 */
public final class StreamedSummary {
    private final Fingerprints seen = new Fingerprints();
    private final Map<Node, long[]> uses = new HashMap<>();
    private final Map<Node, long[]> instances = new HashMap<>();
    private final Set<Node> namedGraphs = new HashSet<>();
    private final BestLabels labels = new BestLabels();
    private final Set<Node> labelProperties = Set.copyOf(LabelResolver.LABEL_PROPERTIES);
    private final Node type = RDF.type.asNode();
    private final TermBytes bytes = new TermBytes();
    private final List<String> languages;
    private final Map<Node, long[]> predicates = new HashMap<>();
    private final long[] tripleBytes = new long[6];
    private final byte[] tripleHashed = new byte[48];
    private Node lastSubject;
    private long[] lastSubjectPrint;
    private long triples;

    private StreamedSummary(List<String> languages) {
        this.languages = languages.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /**
     * Reads the inputs one after the other as a load would, all or nothing: the first that fails ends the count with
     * its error.
     */
    public static DataSummary count(List<RdfInput> inputs, ParsePolicy policy, Cancellation cancellation,
                                    List<String> languages) throws DataLoadException {
        StreamedSummary summary = new StreamedSummary(languages);
        for (RdfInput input : inputs) {
            StoredSource.stream(input, policy, n -> { }, cancellation, summary::add);
        }
        cancellation.throwIfCancelled();
        return summary.summary();
    }

    private void add(Node graph, Triple t) {
        if (!Quad.isDefaultGraph(graph)) {
            namedGraphs.add(graph);
        }
        Node s = t.getSubject();
        Node p = t.getPredicate();
        // a subject comes in runs of triples, a property again and again: each one's fingerprint is made once
        if (s != lastSubject && !s.equals(lastSubject)) {
            lastSubject = s;
            lastSubjectPrint = fingerprint(s);
        }
        long[] predicate = predicates.computeIfAbsent(p, this::fingerprint);
        long[] object = fingerprint(t.getObject());
        long[] triple = tripleBytes;
        System.arraycopy(lastSubjectPrint, 0, triple, 0, 2);
        System.arraycopy(predicate, 0, triple, 2, 2);
        System.arraycopy(object, 0, triple, 4, 2);
        long[] hash = MurmurHash3.hash128x64(longBytes(triple), 0, 48, 0);
        if (!seen.add(hash[0], hash[1])) {
            return;
        }
        triples++;
        uses.computeIfAbsent(p, k -> new long[1])[0]++;
        if (p.equals(type)) {
            instances.computeIfAbsent(t.getObject(), k -> new long[1])[0]++;
        } else if (labelProperties.contains(p)) {
            int rank = LabelResolver.rank(p, t.getObject(), languages);
            if (rank >= 0) {
                labels.offer(lastSubjectPrint[0], lastSubjectPrint[1], rank, t.getObject().getLiteralLexicalForm());
            }
        }
    }

    /** The six longs of a triple's three fingerprints as the bytes MurmurHash3 reads. */
    private byte[] longBytes(long[] longs) {
        java.nio.ByteBuffer.wrap(tripleHashed).asLongBuffer().put(longs);
        return tripleHashed;
    }

    /** A term's own 128-bit fingerprint: MurmurHash3 of its unambiguous bytes. */
    private long[] fingerprint(Node n) {
        bytes.reset();
        bytes.add(n);
        return MurmurHash3.hash128x64(bytes.data, 0, bytes.length, 0);
    }

    private DataSummary summary() {
        Map<Node, Long> instanceCounts = new HashMap<>();
        instances.forEach((c, n) -> instanceCounts.put(c, n[0]));
        Map<Node, Long> useCounts = new HashMap<>();
        uses.forEach((p, n) -> useCounts.put(p, n[0]));
        LabelResolver resolver = LabelResolver.of(node -> {
            long[] f = fingerprint(node);
            return java.util.Optional.ofNullable(labels.get(f[0], f[1]));
        }, languages);
        return DataSummary.of(triples, namedGraphs.size(), instanceCounts, useCounts, resolver);
    }

    /**
     * Where a fingerprint is in a table of them (two arrays, open addressing, linear probing, (0, 0) for an empty
     * slot), or the empty slot where it would go.
     */
    private static int slot(long[] high, long[] low, long h, long l) {
        int mask = high.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while ((high[i] != 0 || low[i] != 0) && (high[i] != h || low[i] != l)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * Each resource's best label so far, by {@link LabelResolver#rank} (of equally good ones, the first in
     * code-point order, as the resolver chooses), keyed by the resource's fingerprint: the label's text and about 30
     * bytes of slots a resource, no node kept.
     */
    static final class BestLabels {
        private long[] high = new long[1 << 12];
        private long[] low = new long[1 << 12];
        private byte[] ranks = new byte[1 << 12];
        private String[] texts = new String[1 << 12];
        private int size;

        /** Keeps {@code text} for the resource when it is better than what is kept for it. */
        void offer(long h, long l, int rank, String text) {
            if (h == 0 && l == 0) {
                l = 1;
            }
            if (size + 1 > 0.7 * high.length) {
                grow();
            }
            int i = slot(high, low, h, l);
            if (texts[i] == null) {
                high[i] = h;
                low[i] = l;
                ranks[i] = (byte) rank;
                texts[i] = text;
                size++;
            } else if (rank < ranks[i] || rank == ranks[i] && text.compareTo(texts[i]) < 0) {
                ranks[i] = (byte) rank;
                texts[i] = text;
            }
        }

        /** The label kept for the resource, or null. */
        String get(long h, long l) {
            if (h == 0 && l == 0) {
                l = 1;
            }
            return texts[slot(high, low, h, l)];
        }

        private void grow() {
            long[] oldHigh = high;
            long[] oldLow = low;
            byte[] oldRanks = ranks;
            String[] oldTexts = texts;
            high = new long[oldHigh.length * 2];
            low = new long[oldHigh.length * 2];
            ranks = new byte[oldHigh.length * 2];
            texts = new String[oldHigh.length * 2];
            for (int j = 0; j < oldHigh.length; j++) {
                if (oldTexts[j] != null) {
                    int i = slot(high, low, oldHigh[j], oldLow[j]);
                    high[i] = oldHigh[j];
                    low[i] = oldLow[j];
                    ranks[i] = oldRanks[j];
                    texts[i] = oldTexts[j];
                }
            }
        }
    }

    /**
     * A term written out whole and unambiguously (its kind, then each string with its length first), for the
     * fingerprint: equal terms, as Jena compares them, give equal bytes, and different ones different bytes.
     */
    private static final class TermBytes {
        byte[] data = new byte[512];
        int length;

        void reset() {
            length = 0;
        }

        void add(Node n) {
            if (n.isURI()) {
                kind('U');
                string(n.getURI());
            } else if (n.isBlank()) {
                kind('B');
                string(n.getBlankNodeLabel());
            } else if (n.isLiteral()) {
                kind('L');
                string(n.getLiteralLexicalForm());
                string(n.getLiteralDatatypeURI());
                string(n.getLiteralLanguage());
                string(n.getLiteralBaseDirection() == null ? "" : n.getLiteralBaseDirection().toString());
            } else if (n.isTripleTerm()) {
                kind('T');
                add(n.getTriple().getSubject());
                add(n.getTriple().getPredicate());
                add(n.getTriple().getObject());
            } else {
                // nothing a parser gives: its written form
                kind('O');
                string(n.toString());
            }
        }

        private void kind(char k) {
            room(1);
            data[length++] = (byte) k;
        }

        /**
         * The length (its top bit set when one byte a character follows), then the characters: one byte each when
         * all are below 128 (almost every IRI), else two.
         */
        private void string(String s) {
            int n = s.length();
            room(4 + 2 * n);
            int start = length;
            length += 4;
            boolean ascii = true;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 128) {
                    ascii = false;
                    break;
                }
                data[length++] = (byte) c;
            }
            if (!ascii) {
                length = start + 4;
                for (int i = 0; i < n; i++) {
                    char c = s.charAt(i);
                    data[length++] = (byte) (c >>> 8);
                    data[length++] = (byte) c;
                }
            }
            int prefix = ascii ? n | 0x8000_0000 : n;
            data[start] = (byte) (prefix >>> 24);
            data[start + 1] = (byte) (prefix >>> 16);
            data[start + 2] = (byte) (prefix >>> 8);
            data[start + 3] = (byte) prefix;
        }

        private void room(int more) {
            if (length + more > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, length + more));
            }
        }
    }

    /**
     * A set of 128-bit fingerprints in two arrays of longs, open addressing with linear probing: about 23 bytes a
     * triple at its fullest, in two arrays the collector never copies piece by piece.
     */
    static final class Fingerprints {
        private static final double FULLEST = 0.7;
        private long[] high = new long[1 << 16];
        private long[] low = new long[1 << 16];
        private int size;

        /** Adds the fingerprint; false when it was there. */
        boolean add(long h, long l) {
            if (h == 0 && l == 0) {
                l = 1; // (0, 0) marks an empty slot; the fingerprint next to it stands in for it
            }
            if (size + 1 > FULLEST * high.length) {
                grow();
            }
            int i = slot(high, low, h, l);
            if (high[i] == h && low[i] == l) {
                return false;
            }
            high[i] = h;
            low[i] = l;
            size++;
            return true;
        }

        int size() {
            return size;
        }

        private void grow() {
            long[] oldHigh = high;
            long[] oldLow = low;
            if (oldHigh.length >= 1 << 30) {
                throw new OutOfMemoryError("more distinct triples than one set of fingerprints holds");
            }
            high = new long[oldHigh.length * 2];
            low = new long[oldLow.length * 2];
            for (int j = 0; j < oldHigh.length; j++) {
                if (oldHigh[j] != 0 || oldLow[j] != 0) {
                    int i = slot(high, low, oldHigh[j], oldLow[j]);
                    high[i] = oldHigh[j];
                    low[i] = oldLow[j];
                }
            }
        }
    }
}
