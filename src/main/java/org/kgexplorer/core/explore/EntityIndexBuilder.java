package org.kgexplorer.core.explore;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * What an {@link EntityIndex} is made from: every entity of a graph (IRI subjects that are not reification
 * statements, and the classes they are typed with), its names and types, and one entry per name to index.
 * Everything is kept in arrays indexed by entity or entry number, not in an object per entity or per name: the
 * build runs right after a load, while the collector is still copying the new data, and every object it keeps
 * alive until the end lengthens those pauses (ADR 15).
 */
final class EntityIndexBuilder {
    /** The most types kept per entity. */
    static final int MAX_TYPES = 3;
    /** The text of a local-name entry is not stored: it is the local name of its entity's IRI. */
    static final String LOCAL_NAME_TEXT = null;

    /** The entities, numbered in the order met. */
    final DenseIds<Node> entities = new DenseIds<>(1024);
    /** The classes used as types, numbered in the order met. */
    final DenseIds<Node> typeNodes = new DenseIds<>(64);
    /** Per entity, {@link #MAX_TYPES} slots of type numbers; -1 for an empty slot. */
    int[] types = filled(MAX_TYPES * 1024);
    /** Per entity, the label an English or Spanish label resolver would give, or null. */
    String[] english;
    String[] spanish;
    /** The name entries, grouped by entity in entity order; see {@link Entries}. */
    final Entries entries = new Entries();

    /** Name entries in parallel arrays: entity, source, text (null for a local name), language, naming property. */
    static final class Entries {
        int size;
        int[] entity = new int[256];
        EntityMatch.Source[] source = new EntityMatch.Source[256];
        String[] text = new String[256];
        String[] language = new String[256];
        int[] property = new int[256];

        void add(int e, EntityMatch.Source s, String t, String lang, int p) {
            if (size == entity.length) {
                int n = size + (size >> 1);
                entity = Arrays.copyOf(entity, n);
                source = Arrays.copyOf(source, n);
                text = Arrays.copyOf(text, n);
                language = Arrays.copyOf(language, n);
                property = Arrays.copyOf(property, n);
            }
            entity[size] = e;
            source[size] = s;
            text[size] = t;
            language[size] = lang;
            property[size] = p;
            size++;
        }
    }

    int entityCount() {
        return entities.size();
    }

    private int entity(Node node) {
        int id = entities.add(node);
        if ((id + 1) * MAX_TYPES > types.length) {
            int old = types.length;
            types = Arrays.copyOf(types, old * 2);
            Arrays.fill(types, old, types.length, -1);
        }
        return id;
    }

    private void addType(int entity, Node type) {
        int t = typeNodes.add(type);
        int base = entity * MAX_TYPES;
        for (int k = 0; k < MAX_TYPES; k++) {
            if (types[base + k] == t) {
                return;
            }
            if (types[base + k] < 0) {
                types[base + k] = t;
                return;
            }
        }
    }

    /** Reads the entities, their types and all their names from a graph (inside a read transaction), in one pass. */
    static EntityIndexBuilder read(Graph graph, ProgressListener progress, Cancellation cancellation) {
        Collector collector = new Collector();
        progress.progress(0, 3, "Collecting entities");
        long seen = 0;
        for (var it = graph.find(); it.hasNext(); ) {
            if (++seen % 50_000 == 0) {
                cancellation.throwIfCancelled();
            }
            collector.accept(it.next());
        }
        progress.progress(2, 3, "Indexing names");
        cancellation.throwIfCancelled();
        return collector.finish();
    }

    /**
     * Gathers what an index is made from, one triple at a time, in any order and with repeats (the statements of a
     * load as they are parsed, ADR 38, or a graph's triples): the IRI subjects, their types, their names, and which
     * subjects are reification statements (known only once their {@code rdf:type rdf:Statement} has been seen, so
     * they are left out at the end). Not thread-safe: one thread gives it the triples, then calls {@link #finish}.
     */
    static final class Collector {
        private static final Node TYPE = RDF.type.asNode();
        private static final Node STATEMENT = RDF.Statement.asNode();
        private final Map<Node, Integer> properties = new HashMap<>();
        private final EntityMatch.Source[] sources;
        /** IRI subjects and classes used as types, numbered in the order met. */
        private final DenseIds<Node> nodes = new DenseIds<>(1024);
        private final BitSet subject = new BitSet();
        private final BitSet statement = new BitSet();
        /** rdf:type triples of IRI subjects with IRI objects, as node numbers, in the order met. */
        private int[] typed = new int[256];
        private int typedSize;
        private final Entries raw = new Entries();
        private Node lastSubject;
        private int lastId = -1;

        Collector() {
            List<Node> naming = LabelResolver.LABEL_PROPERTIES;
            sources = new EntityMatch.Source[naming.size()];
            for (int p = 0; p < naming.size(); p++) {
                properties.put(naming.get(p), p);
                sources[p] = naming.get(p).equals(SKOS.altLabel.asNode()) ? EntityMatch.Source.ALTERNATIVE
                        : EntityMatch.Source.LABEL;
            }
        }

        /** How many nodes and names it holds so far. */
        long size() {
            return nodes.size() + (long) raw.size;
        }

        void accept(Triple t) {
            Node s = t.getSubject();
            if (!s.isURI()) {
                return;
            }
            // Triples mostly come grouped by subject: skip the look-up while it stays the same.
            if (!s.equals(lastSubject)) {
                lastSubject = s;
                lastId = nodes.add(s);
                subject.set(lastId);
            }
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(TYPE)) {
                if (o.isURI()) {
                    if (o.equals(STATEMENT)) {
                        statement.set(lastId);
                    }
                    if (typedSize + 2 > typed.length) {
                        typed = Arrays.copyOf(typed, typed.length * 2);
                    }
                    typed[typedSize++] = lastId;
                    typed[typedSize++] = nodes.add(o);
                }
                return;
            }
            if (o.isLiteral()) {
                Integer property = properties.get(p);
                if (property != null) {
                    raw.add(lastId, sources[property], o.getLiteralLexicalForm(), o.getLiteralLanguage(), property);
                }
            }
        }

        /**
         * The builder of what was given: every IRI subject that is not a reification statement and every class such
         * a subject is typed with, numbered in the order met; their types; their names.
         */
        EntityIndexBuilder finish() {
            EntityIndexBuilder b = new EntityIndexBuilder();
            int n = nodes.size();
            int[] renumbered = new int[n];
            Arrays.fill(renumbered, -1);
            // The subjects kept in the order met, then the classes they are typed with.
            for (int i = 0; i < n; i++) {
                if (subject.get(i) && !statement.get(i)) {
                    renumbered[i] = b.entity(nodes.get(i));
                }
            }
            for (int k = 0; k < typedSize; k += 2) {
                int s = renumbered[typed[k]];
                if (s >= 0) {
                    Node type = nodes.get(typed[k + 1]);
                    b.addType(s, type);
                    renumbered[typed[k + 1]] = b.entity(type);
                }
            }
            Entries kept = new Entries();
            for (int i = 0; i < raw.size; i++) {
                int e = renumbered[raw.entity[i]];
                if (e >= 0) {
                    kept.add(e, raw.source[i], raw.text[i], raw.language[i], raw.property[i]);
                }
            }
            b.group(kept);
            return b;
        }
    }

    /**
     * Picks each entity's English and Spanish label and lays the entries out entity by entity: its names (by
     * naming property, then in the order read; a repeated name once), then its IRI's local name.
     */
    private void group(Entries raw) {
        int n = entityCount();
        english = new String[n];
        spanish = new String[n];
        // A stable counting sort of the raw entries by entity.
        int[] start = new int[n + 1];
        for (int i = 0; i < raw.size; i++) {
            start[raw.entity[i] + 1]++;
        }
        for (int e = 0; e < n; e++) {
            start[e + 1] += start[e];
        }
        // Within an entity: by naming property, then in the order read.
        int[] order = new int[raw.size];
        int[] next = Arrays.copyOf(start, n);
        for (int p = 0; p < LabelResolver.LABEL_PROPERTIES.size(); p++) {
            for (int i = 0; i < raw.size; i++) {
                if (raw.property[i] == p) {
                    order[next[raw.entity[i]]++] = i;
                }
            }
        }
        for (int e = 0; e < n; e++) {
            int from = start[e];
            int to = start[e + 1];
            english[e] = pick(raw, order, from, to, "en");
            spanish[e] = pick(raw, order, from, to, "es");
            for (int k = from; k < to; k++) {
                int r = order[k];
                boolean repeated = false;
                for (int j = from; j < k && !repeated; j++) {
                    int q = order[j];
                    repeated = raw.source[q] == raw.source[r] && raw.text[q].equals(raw.text[r]);
                }
                if (!repeated) {
                    entries.add(e, raw.source[r], raw.text[r], raw.language[r], raw.property[r]);
                }
            }
            String iri = entities.get(e).getURI();
            if (LabelResolver.localName(iri).length() != iri.length()) {
                entries.add(e, EntityMatch.Source.LOCAL_NAME, LOCAL_NAME_TEXT, "", Integer.MAX_VALUE);
            }
        }
    }

    /** The names of the classes used as types, as {@link #typeNodes} numbers them, read from {@code labelsFrom}. */
    Names[] typeNames(Graph labelsFrom) {
        LabelResolver english = new LabelResolver(labelsFrom, List.of("en"));
        LabelResolver spanish = new LabelResolver(labelsFrom, List.of("es"));
        Names[] names = new Names[typeNodes.size()];
        for (int t = 0; t < names.length; t++) {
            names[t] = Names.of(typeNodes.get(t), english, spanish);
        }
        return names;
    }

    /**
     * The name entries as a kept index is written from them, without making the index in memory (ADR 38); the
     * types' names are read from {@code labelsFrom} now (inside a read transaction).
     */
    NameEntries entries(Graph labelsFrom) {
        Names[] typeNames = typeNames(labelsFrom);
        return new NameEntries() {
            @Override
            public int entityCount() {
                return EntityIndexBuilder.this.entityCount();
            }

            @Override
            public int nameCount() {
                return entries.size;
            }

            @Override
            public void forEachName(NameVisitor visitor, Cancellation cancellation) {
                Names[] entityNames = new Names[1];
                List<Names> entityTypes = new java.util.ArrayList<>();
                int last = -1;
                for (int i = 0; i < entries.size; i++) {
                    if (i % 10_000 == 0) {
                        cancellation.throwIfCancelled();
                    }
                    int e = entries.entity[i];
                    String iri = entities.get(e).getURI();
                    if (e != last) {
                        last = e;
                        entityNames[0] = new Names(english[e], spanish[e], LabelResolver.localName(iri));
                        entityTypes.clear();
                        for (int k = 0; k < MAX_TYPES; k++) {
                            int t = types[e * MAX_TYPES + k];
                            if (t >= 0) {
                                entityTypes.add(typeNames[t]);
                            }
                        }
                    }
                    String text = entries.text[i] != null ? entries.text[i] : LabelResolver.localName(iri);
                    visitor.visit(iri, entityNames[0], List.copyOf(entityTypes), text, entries.language[i],
                            entries.source[i], EntityIndex.folded(entries.source[i], text));
                }
            }
        };
    }

    /** The label a {@link LabelResolver} for {@code lang} would give, from the entity's names. */
    private static String pick(Entries raw, int[] order, int from, int to, String lang) {
        int best = -1;
        for (int k = from; k < to; k++) {
            int r = order[k];
            if (matchesLanguage(raw.language[r], lang) && (best < 0 || raw.property[r] < raw.property[best])) {
                best = r;
            }
        }
        if (best < 0) {
            for (int k = from; k < to; k++) {
                int r = order[k];
                if (raw.language[r].isEmpty() && (best < 0 || raw.property[r] < raw.property[best])) {
                    best = r;
                }
            }
        }
        return best < 0 ? null : raw.text[best];
    }

    private static boolean matchesLanguage(String literalLang, String wanted) {
        return literalLang.regionMatches(true, 0, wanted, 0, wanted.length())
                && (literalLang.length() == wanted.length() || literalLang.charAt(wanted.length()) == '-');
    }

    private static int[] filled(int size) {
        int[] a = new int[size];
        Arrays.fill(a, -1);
        return a;
    }
}
