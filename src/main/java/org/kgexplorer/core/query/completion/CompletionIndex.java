package org.kgexplorer.core.query.completion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntConsumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.kgexplorer.core.explore.DenseIds;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * The names of the loaded data for autocomplete, offline: every class, property and named subject with its
 * labels in every language, and the prefixes the data declares. Built once per load in one pass over the
 * triples; a lookup scans the names (a few milliseconds for a million triples' worth) and keeps only the best.
 * Immutable, so any thread may query it.
 */
public final class CompletionIndex {
    /** How many labels of one resource are kept (a resource rarely has more that matter). */
    private static final int MAX_LABELS = 8;
    private static final int PROGRESS_EVERY = 20_000;

    private static final Set<Node> CLASS_TYPES = Set.of(OWL.Class.asNode(), RDFS.Class.asNode());
    private static final Set<Node> PROPERTY_TYPES = Set.of(RDF.Property.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), OWL.FunctionalProperty.asNode(),
            OWL.TransitiveProperty.asNode(), OWL.SymmetricProperty.asNode(), OWL.InverseFunctionalProperty.asNode());
    /** Naming properties and their rank, most important first (as the label resolver tries them). */
    private static final Map<Node, Integer> LABEL_RANK = labelRanks();

    /** The named resources, sorted by IRI; each one's kind and where its local name starts in its IRI. */
    private final String[] iris;
    private final Completion.Kind[] kinds;
    private final int[] localStarts;
    /** Resource {@code i}'s labels are {@code labels[labelStarts[i] .. labelStarts[i + 1])}, most important first. */
    private final int[] labelStarts;
    private final String[] labels;
    private final String[] languages;
    /** The resources grouped by namespace (the IRI before the local name), so a prefix scans only its own. */
    private final Map<String, int[]> byNamespace;
    private final Map<String, String> prefixes;
    private final Map<String, String> prefixByNamespace;

    private CompletionIndex(Map<String, String> prefixes) {
        this(new String[0], new Completion.Kind[0], new int[0], new int[1], new String[0], new String[0], prefixes);
    }

    private CompletionIndex(String[] iris, Completion.Kind[] kinds, int[] localStarts, int[] labelStarts,
                            String[] labels, String[] languages, Map<String, String> prefixes) {
        this.iris = iris;
        this.kinds = kinds;
        this.localStarts = localStarts;
        this.labelStarts = labelStarts;
        this.labels = labels;
        this.languages = languages;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < iris.length; i++) {
            counts.merge(iris[i].substring(0, localStarts[i]), 1, Integer::sum);
        }
        Map<String, int[]> groups = new HashMap<>();
        Map<String, Integer> filled = new HashMap<>();
        for (int i = 0; i < iris.length; i++) {
            String ns = iris[i].substring(0, localStarts[i]);
            int at = filled.merge(ns, 1, Integer::sum) - 1;
            groups.computeIfAbsent(ns, k -> new int[counts.get(k)])[at] = i;
        }
        this.byNamespace = groups;
        this.prefixes = Collections.unmodifiableMap(prefixes);
        Map<String, String> byNamespace = new HashMap<>();
        prefixes.forEach((p, ns) -> byNamespace.putIfAbsent(ns, p));
        this.prefixByNamespace = byNamespace;
    }

    /** An index with no data: keywords and well-known prefixes only. */
    public static CompletionIndex empty() {
        return new CompletionIndex(new LinkedHashMap<>(WellKnownPrefixes.ALL));
    }

    /** Reads the store's names and prefixes in one read. */
    public static CompletionIndex build(KnowledgeStore store, ProgressListener progress, Cancellation cancellation) {
        if (store instanceof org.kgexplorer.core.remote.RemoteStore remote) {
            // an endpoint's vocabulary only, fetched once per connection: it is never read whole (ADR 41)
            return build(org.kgexplorer.core.remote.RemoteVocabulary.graph(remote, cancellation), store.prefixes(),
                    progress, cancellation);
        }
        return store.readGraph(all -> build(all, store.prefixes(), progress, cancellation));
    }

    /**
     * Reads the names of every triple of the graph, with the data's declared prefixes (call inside a read). Kept
     * in arrays, not in an object per resource or label: the build runs right after a load, and every object it
     * keeps alive is one more for the collector to copy while the window is running (ADR 15).
     */
    public static CompletionIndex build(Graph graph, Map<String, String> declared, ProgressListener progress,
                                        Cancellation cancellation) {
        Collector collector = new Collector();
        long seen = 0;
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            if (++seen % PROGRESS_EVERY == 0) {
                cancellation.throwIfCancelled();
                progress.progress(seen, -1, "Indexing names");
            }
            collector.accept(it.next());
        }
        cancellation.throwIfCancelled();
        return collector.finish(declared);
    }

    /**
     * Gathers the names an index is made from, one triple at a time, in any order and with repeats (a graph's
     * triples, or every statement of a load as it is parsed, ADR 38). Not thread-safe: one thread gives it the
     * triples, then calls {@link #finish}.
     */
    public static final class Collector {
        private final DenseIds<Node> found = new DenseIds<>(1024);
        private byte[] kindOf = new byte[1024];
        private final Labels raw = new Labels();
        private Node lastSubject;
        private int lastId = -1;

        /** How many resources and names it holds so far. */
        public long size() {
            return found.size() + (long) raw.size;
        }

        public void accept(Triple t) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            kindOf = kind(kindOf, found.add(p), Completion.Kind.PROPERTY);
            if (s.isURI()) {
                // Triples come grouped by subject: skip the lookup while the subject stays the same.
                if (!s.equals(lastSubject)) {
                    lastSubject = s;
                    lastId = found.add(s);
                    kindOf = kind(kindOf, lastId, Completion.Kind.ENTITY);
                }
                if (p.equals(RDF.type.asNode())) {
                    if (CLASS_TYPES.contains(o)) {
                        kindOf = kind(kindOf, lastId, Completion.Kind.CLASS);
                    } else if (PROPERTY_TYPES.contains(o)) {
                        kindOf = kind(kindOf, lastId, Completion.Kind.PROPERTY);
                    }
                } else if (p.equals(RDFS.subClassOf.asNode())) {
                    kindOf = kind(kindOf, lastId, Completion.Kind.CLASS);
                } else if (p.equals(RDFS.subPropertyOf.asNode()) || p.equals(RDFS.domain.asNode())
                        || p.equals(RDFS.range.asNode())) {
                    kindOf = kind(kindOf, lastId, Completion.Kind.PROPERTY);
                } else if (o.isLiteral() && LABEL_RANK.containsKey(p)) {
                    raw.add(lastId, o.getLiteralLexicalForm(), o.getLiteralLanguage(), LABEL_RANK.get(p));
                }
            }
            if (o.isURI() && (p.equals(RDF.type.asNode()) || p.equals(RDFS.subClassOf.asNode()))) {
                kindOf = kind(kindOf, found.add(o), Completion.Kind.CLASS);
            }
        }

        /** The index of what was given, with the data's {@code declared} prefixes. */
        public CompletionIndex finish(Map<String, String> declared) {
            return assemble(found, kindOf, raw, withWellKnown(declared));
        }
    }

    /** The data's declared prefixes, then the well-known ones it does not redefine. */
    private static Map<String, String> withWellKnown(Map<String, String> declared) {
        Map<String, String> prefixes = new LinkedHashMap<>(declared);
        WellKnownPrefixes.ALL.forEach((p, ns) -> {
            if (!prefixes.containsKey(p) && !prefixes.containsValue(ns)) {
                prefixes.put(p, ns);
            }
        });
        return prefixes;
    }

    /**
     * This index with what {@code more} says of the resources it holds (ADR 36): {@code more} is an index of every
     * triple of some subjects (and of new classes and properties, with blank subjects), made after data was added.
     * Each resource keeps the best kind either index gives it; a resource {@code more} names takes its labels from
     * {@code more} (data is only added, so they include the earlier ones), any other keeps its own. The prefixes are
     * {@code declared} and the well-known ones, as {@link #build} makes them.
     */
    public CompletionIndex with(CompletionIndex more, Map<String, String> declared) {
        DenseIds<Node> found = new DenseIds<>(iris.length + more.iris.length);
        byte[] kindOf = new byte[iris.length + more.iris.length];
        for (int i = 0; i < iris.length; i++) {
            kindOf = kind(kindOf, found.add(org.apache.jena.graph.NodeFactory.createURI(iris[i])), kinds[i]);
        }
        for (int i = 0; i < more.iris.length; i++) {
            kindOf = kind(kindOf, found.add(org.apache.jena.graph.NodeFactory.createURI(more.iris[i])), more.kinds[i]);
        }
        Labels raw = new Labels();
        for (int i = 0; i < iris.length; i++) {
            int other = Arrays.binarySearch(more.iris, iris[i]);
            if (other < 0 || more.labelCount(other) == 0) {
                copyLabels(this, i, found.indexOf(org.apache.jena.graph.NodeFactory.createURI(iris[i])), raw);
            }
        }
        for (int i = 0; i < more.iris.length; i++) {
            copyLabels(more, i, found.indexOf(org.apache.jena.graph.NodeFactory.createURI(more.iris[i])), raw);
        }
        return assemble(found, kindOf, raw, withWellKnown(declared));
    }

    /** Hands resource {@code i}'s labels of {@code from}, in their order, to {@code raw} as resource {@code id}'s. */
    private static void copyLabels(CompletionIndex from, int i, int id, Labels raw) {
        for (int k = 0; k < from.labelCount(i); k++) {
            // one rank for all: assemble keeps them in the order given, which is already the order of importance
            raw.add(id, from.label(i, k), from.language(i, k), 0);
        }
    }

    /** Writes the index, to be {@link #read} again as it is. */
    public void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(prefixes.size());
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
        out.writeInt(iris.length);
        for (int i = 0; i < iris.length; i++) {
            writeString(out, iris[i]);
            out.writeByte(kinds[i].ordinal());
            out.writeInt(localStarts[i]);
            out.writeInt(labelCount(i));
            for (int k = 0; k < labelCount(i); k++) {
                writeString(out, label(i, k));
                writeString(out, language(i, k));
            }
        }
    }

    /** An index {@link #write written} before. */
    public static CompletionIndex read(java.io.DataInputStream in) throws java.io.IOException {
        int prefixCount = in.readInt();
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (int i = 0; i < prefixCount; i++) {
            prefixes.put(readString(in), readString(in));
        }
        int n = in.readInt();
        if (n < 0) {
            throw new java.io.IOException("not a completion index");
        }
        String[] iris = new String[n];
        Completion.Kind[] kinds = new Completion.Kind[n];
        int[] localStarts = new int[n];
        int[] labelStarts = new int[n + 1];
        List<String> labels = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        Map<String, String> languageNames = new HashMap<>();
        for (int i = 0; i < n; i++) {
            iris[i] = readString(in);
            kinds[i] = KINDS[in.readByte()];
            localStarts[i] = in.readInt();
            labelStarts[i] = labels.size();
            int count = in.readInt();
            for (int k = 0; k < count; k++) {
                labels.add(readString(in));
                String lang = readString(in);
                languages.add(languageNames.computeIfAbsent(lang, l -> l));
            }
        }
        labelStarts[n] = labels.size();
        return new CompletionIndex(iris, kinds, localStarts, labelStarts, labels.toArray(String[]::new),
                languages.toArray(String[]::new), prefixes);
    }

    private static void writeString(java.io.DataOutputStream out, String s) throws java.io.IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(java.io.DataInputStream in) throws java.io.IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new java.io.IOException("not a completion index");
        }
        return new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Sorts the resources by IRI and lays out each one's labels (the first distinct ones, by rank). */
    private static CompletionIndex assemble(DenseIds<Node> found, byte[] kindOf, Labels raw, Map<String, String> prefixes) {
        int n = found.size();
        Integer[] byIri = new Integer[n];
        for (int i = 0; i < n; i++) {
            byIri[i] = i;
        }
        Arrays.sort(byIri, Comparator.comparing(i -> found.get(i).getURI()));
        int[] labelOrder = raw.byResource(n);
        int[] rawStart = raw.starts;
        CompletionIndex lookup = new CompletionIndex(prefixes);
        String[] iris = new String[n];
        Completion.Kind[] kinds = new Completion.Kind[n];
        int[] localStarts = new int[n];
        int[] labelStarts = new int[n + 1];
        List<String> labels = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        Map<String, String> languageNames = new HashMap<>();
        int[] kept = new int[MAX_LABELS];
        for (int at = 0; at < n; at++) {
            int id = byIri[at];
            String iri = found.get(id).getURI();
            iris[at] = iri;
            kinds[at] = KINDS[kindOf[id] - 1];
            String prefix = lookup.prefixFor(iri);
            localStarts[at] = prefix != null ? prefixes.get(prefix).length()
                    : iri.length() - LabelResolver.localName(iri).length();
            labelStarts[at] = labels.size();
            int count = 0;
            for (int k = rawStart[id]; k < rawStart[id + 1] && count < MAX_LABELS; k++) {
                int r = labelOrder[k];
                boolean repeated = false;
                for (int j = 0; j < count && !repeated; j++) {
                    repeated = raw.text[kept[j]].equals(raw.text[r]);
                }
                if (!repeated) {
                    kept[count++] = r;
                }
            }
            // Most important naming property first; the order read within one.
            for (int rank = 0; rank < LabelResolver.LABEL_PROPERTIES.size(); rank++) {
                for (int j = 0; j < count; j++) {
                    if (raw.rank[kept[j]] == rank) {
                        labels.add(raw.text[kept[j]]);
                        String lang = raw.language[kept[j]];
                        languages.add(languageNames.computeIfAbsent(lang, l -> l.toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        labelStarts[n] = labels.size();
        return new CompletionIndex(iris, kinds, localStarts, labelStarts, labels.toArray(String[]::new),
                languages.toArray(String[]::new), prefixes);
    }

    private static final Completion.Kind[] KINDS = Completion.Kind.values();

    /** Records a kind for a resource: the first of class, property, entity it is seen as. 0 means none yet. */
    private static byte[] kind(byte[] kindOf, int id, Completion.Kind k) {
        byte[] kinds = id < kindOf.length ? kindOf : Arrays.copyOf(kindOf, Math.max(id + 1, kindOf.length * 2));
        int code = k.ordinal() + 1;
        if (kinds[id] == 0 || code < kinds[id]) {
            kinds[id] = (byte) code;
        }
        return kinds;
    }

    /** Labels as read, in parallel arrays: resource, text, language, rank of the naming property. */
    private static final class Labels {
        int size;
        int[] resource = new int[256];
        String[] text = new String[256];
        String[] language = new String[256];
        int[] rank = new int[256];
        int[] starts;

        void add(int r, String t, String lang, int rk) {
            if (size == resource.length) {
                int n = size + (size >> 1);
                resource = Arrays.copyOf(resource, n);
                text = Arrays.copyOf(text, n);
                language = Arrays.copyOf(language, n);
                rank = Arrays.copyOf(rank, n);
            }
            resource[size] = r;
            text[size] = t;
            language[size] = lang;
            rank[size] = rk;
            size++;
        }

        /** The labels grouped by resource, in the order read (a stable counting sort); sets {@link #starts}. */
        int[] byResource(int resources) {
            starts = new int[resources + 1];
            for (int i = 0; i < size; i++) {
                starts[resource[i] + 1]++;
            }
            for (int r = 0; r < resources; r++) {
                starts[r + 1] += starts[r];
            }
            int[] next = Arrays.copyOf(starts, resources);
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[next[resource[i]]++] = i;
            }
            return order;
        }
    }

    private static Map<Node, Integer> labelRanks() {
        Map<Node, Integer> ranks = new HashMap<>();
        for (int i = 0; i < LabelResolver.LABEL_PROPERTIES.size(); i++) {
            ranks.put(LabelResolver.LABEL_PROPERTIES.get(i), i);
        }
        return Map.copyOf(ranks);
    }

    /** Prefix name to namespace: those the data declares, then the well-known ones it does not redefine. */
    public Map<String, String> prefixes() {
        return prefixes;
    }

    /** How many names the index holds. */
    public int size() {
        return iris.length;
    }

    /** The kind of an IRI in the data (class, property or entity), or null when the data does not name it. */
    public Completion.Kind kindOf(String iri) {
        int i = Arrays.binarySearch(iris, iri);
        return i >= 0 ? kinds[i] : null;
    }

    /**
     * Proposals for what is typed at the caret, best first, at most {@code limit}.
     *
     * @param context       what is typed
     * @param queryText     the whole query (for its PREFIX declarations and variables)
     * @param languages     label languages to show first, e.g. ["en", "es"]
     * @param limit         the most proposals to return
     */
    public List<Completion> propose(CompletionContext context, String queryText, List<String> languages, int limit) {
        return new Proposer(this, context, queryText, languages, limit).propose();
    }

    /** Every resource, in IRI order. */
    void forEach(IntConsumer action) {
        for (int i = 0; i < iris.length; i++) {
            action.accept(i);
        }
    }

    /** The resources whose IRI starts with the namespace, by group: no per-resource string test. */
    void forEachIn(String namespace, IntConsumer action) {
        for (Map.Entry<String, int[]> group : byNamespace.entrySet()) {
            if (group.getKey().startsWith(namespace)) {
                for (int i : group.getValue()) {
                    action.accept(i);
                }
            } else if (namespace.startsWith(group.getKey())) {
                for (int i : group.getValue()) {
                    if (iris[i].startsWith(namespace)) {
                        action.accept(i);
                    }
                }
            }
        }
    }

    String iri(int i) {
        return iris[i];
    }

    Completion.Kind kind(int i) {
        return kinds[i];
    }

    /** Where resource {@code i}'s local name starts in its IRI (the length of its namespace). */
    int localStart(int i) {
        return localStarts[i];
    }

    int labelCount(int i) {
        return labelStarts[i + 1] - labelStarts[i];
    }

    String label(int i, int k) {
        return labels[labelStarts[i] + k];
    }

    /** The language of a label, lower-cased ("" for none). */
    String language(int i, int k) {
        return languages[labelStarts[i] + k];
    }

    /** The best prefix for an IRI among the index's prefixes: the one with the longest namespace it starts with. */
    String prefixFor(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        if (cut >= 0) {
            String p = prefixByNamespace.get(iri.substring(0, cut + 1));
            if (p != null) {
                return p;
            }
        }
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            if (iri.startsWith(e.getValue()) && e.getValue().length() > bestLength) {
                best = e.getKey();
                bestLength = e.getValue().length();
            }
        }
        return best;
    }

    /** Keeps the best {@code limit} items of a stream of scored candidates without sorting them all. */
    static final class Best<T> {
        private final PriorityQueue<T> heap;
        private final Comparator<T> order;
        private final int limit;

        Best(Comparator<T> order, int limit) {
            this.order = order;
            this.limit = limit;
            this.heap = new PriorityQueue<>(order.reversed());
        }

        void offer(T item) {
            if (limit <= 0) {
                return;
            }
            if (heap.size() < limit) {
                heap.add(item);
            } else if (order.compare(item, heap.peek()) < 0) {
                heap.poll();
                heap.add(item);
            }
        }

        List<T> sorted() {
            List<T> list = new ArrayList<>(heap);
            list.sort(order);
            return list;
        }
    }
}
