package org.kgexplorer.core.query.completion;

import java.util.ArrayList;
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

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
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

    private final List<Entry> entries;
    /** The entries grouped by namespace (the IRI before the local name), so a prefix scans only its own. */
    private final Map<String, List<Entry>> byNamespace;
    private final Map<String, String> prefixes;
    private final Map<String, String> prefixByNamespace;

    private CompletionIndex(List<Entry> entries, Map<String, String> prefixes) {
        this.entries = entries;
        Map<String, List<Entry>> groups = new HashMap<>();
        for (Entry e : entries) {
            groups.computeIfAbsent(e.iri().substring(0, e.namespaceLength()), k -> new ArrayList<>()).add(e);
        }
        this.byNamespace = groups;
        this.prefixes = Collections.unmodifiableMap(prefixes);
        Map<String, String> byNamespace = new HashMap<>();
        prefixes.forEach((p, ns) -> byNamespace.putIfAbsent(ns, p));
        this.prefixByNamespace = byNamespace;
    }

    /** An index with no data: keywords and well-known prefixes only. */
    public static CompletionIndex empty() {
        return new CompletionIndex(List.of(), new LinkedHashMap<>(WellKnownPrefixes.ALL));
    }

    /** Reads the store's names in one read transaction. */
    public static CompletionIndex build(KnowledgeStore store, ProgressListener progress, Cancellation cancellation) {
        return store.read(dsg -> build(dsg, progress, cancellation));
    }

    /** Reads the names of every graph of the dataset (call inside a read transaction). */
    public static CompletionIndex build(DatasetGraph dsg, ProgressListener progress, Cancellation cancellation) {
        Map<Node, EntryBuilder> found = new HashMap<>();
        long seen = 0;
        Node lastSubject = null;
        EntryBuilder lastEntry = null;
        Iterator<Quad> it = dsg.find();
        while (it.hasNext()) {
            Quad q = it.next();
            if (++seen % PROGRESS_EVERY == 0) {
                cancellation.throwIfCancelled();
                progress.progress(seen, -1, "Indexing names");
            }
            Node s = q.getSubject();
            Node p = q.getPredicate();
            Node o = q.getObject();
            entry(found, p).kind(Completion.Kind.PROPERTY);
            if (s.isURI()) {
                // Quads come grouped by subject: skip the map lookup while the subject stays the same.
                if (!s.equals(lastSubject)) {
                    lastSubject = s;
                    lastEntry = entry(found, s);
                }
                EntryBuilder subject = lastEntry;
                if (p.equals(RDF.type.asNode())) {
                    if (CLASS_TYPES.contains(o)) {
                        subject.kind(Completion.Kind.CLASS);
                    } else if (PROPERTY_TYPES.contains(o)) {
                        subject.kind(Completion.Kind.PROPERTY);
                    }
                } else if (p.equals(RDFS.subClassOf.asNode())) {
                    subject.kind(Completion.Kind.CLASS);
                } else if (p.equals(RDFS.subPropertyOf.asNode()) || p.equals(RDFS.domain.asNode())
                        || p.equals(RDFS.range.asNode())) {
                    subject.kind(Completion.Kind.PROPERTY);
                } else if (o.isLiteral() && LABEL_RANK.containsKey(p)) {
                    subject.label(o.getLiteralLexicalForm(), o.getLiteralLanguage(), LABEL_RANK.get(p));
                }
            }
            if (o.isURI() && (p.equals(RDF.type.asNode()) || p.equals(RDFS.subClassOf.asNode()))) {
                entry(found, o).kind(Completion.Kind.CLASS);
            }
        }
        cancellation.throwIfCancelled();
        Map<String, String> prefixes = new LinkedHashMap<>();
        dsg.prefixes().forEach(prefixes::put);
        WellKnownPrefixes.ALL.forEach((p, ns) -> {
            if (!prefixes.containsKey(p) && !prefixes.containsValue(ns)) {
                prefixes.put(p, ns);
            }
        });
        CompletionIndex index = new CompletionIndex(List.of(), prefixes);
        List<Entry> entries = new ArrayList<>(found.size());
        for (Map.Entry<Node, EntryBuilder> e : found.entrySet()) {
            entries.add(e.getValue().build(e.getKey().getURI(), index));
        }
        entries.sort(Comparator.comparing(Entry::iri));
        return new CompletionIndex(List.copyOf(entries), prefixes);
    }

    private static Map<Node, Integer> labelRanks() {
        Map<Node, Integer> ranks = new HashMap<>();
        for (int i = 0; i < LabelResolver.LABEL_PROPERTIES.size(); i++) {
            ranks.put(LabelResolver.LABEL_PROPERTIES.get(i), i);
        }
        return Map.copyOf(ranks);
    }

    private static EntryBuilder entry(Map<Node, EntryBuilder> found, Node node) {
        return found.computeIfAbsent(node, n -> new EntryBuilder());
    }

    /** Prefix name to namespace: those the data declares, then the well-known ones it does not redefine. */
    public Map<String, String> prefixes() {
        return prefixes;
    }

    /** How many names the index holds. */
    public int size() {
        return entries.size();
    }

    /** The kind of an IRI in the data (class, property or entity), or null when the data does not name it. */
    public Completion.Kind kindOf(String iri) {
        int i = Collections.binarySearch(entries, null, (e, ignored) -> e.iri.compareTo(iri));
        return i >= 0 ? entries.get(i).kind : null;
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

    List<Entry> entries() {
        return entries;
    }

    /** The entries whose IRI starts with the namespace, by group: no per-entry string test. */
    void forEachIn(String namespace, java.util.function.Consumer<Entry> action) {
        for (Map.Entry<String, List<Entry>> group : byNamespace.entrySet()) {
            if (group.getKey().startsWith(namespace)) {
                group.getValue().forEach(action);
            } else if (namespace.startsWith(group.getKey())) {
                for (Entry e : group.getValue()) {
                    if (e.iri().startsWith(namespace)) {
                        action.accept(e);
                    }
                }
            }
        }
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

    /** One named resource: its IRI, kind, local name and labels (lower-cased copies for matching). */
    record Entry(String iri, Completion.Kind kind, String localName, String localLower, String[] labels,
                 String[] languages, String[] labelsLower) {

        /** The length of the namespace before the local name. */
        int namespaceLength() {
            return iri.length() - localName.length();
        }
    }

    private static final class EntryBuilder {
        private Completion.Kind kind = Completion.Kind.ENTITY;
        private List<Label> labels;

        private record Label(String text, String language, int rank) {
        }

        void kind(Completion.Kind k) {
            if (k.ordinal() < kind.ordinal()) {
                kind = k;
            }
        }

        void label(String text, String language, int rank) {
            if (labels == null) {
                labels = new ArrayList<>(2);
            }
            if (labels.size() < MAX_LABELS && labels.stream().noneMatch(l -> l.text().equals(text))) {
                labels.add(new Label(text, language.toLowerCase(Locale.ROOT), rank));
            }
        }

        Entry build(String iri, CompletionIndex index) {
            String prefix = index.prefixFor(iri);
            String local = prefix != null ? iri.substring(index.prefixes.get(prefix).length()) : LabelResolver.localName(iri);
            List<Label> sorted = labels == null ? List.of()
                    : labels.stream().sorted(Comparator.comparingInt(Label::rank)).toList();
            String[] l = sorted.stream().map(Label::text).toArray(String[]::new);
            String[] lang = sorted.stream().map(Label::language).toArray(String[]::new);
            String[] lower = sorted.stream().map(x -> x.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
            return new Entry(iri, kind, local, local.toLowerCase(Locale.ROOT), l, lang, lower);
        }
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
