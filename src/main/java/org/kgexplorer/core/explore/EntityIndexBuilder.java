package org.kgexplorer.core.explore;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** Reads the entities, their types and all their names from a graph (inside a read transaction). */
    static EntityIndexBuilder read(Graph graph, ProgressListener progress, Cancellation cancellation) {
        EntityIndexBuilder b = new EntityIndexBuilder();
        Set<Node> statements = new HashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).forEachRemaining(t -> statements.add(t.getSubject()));
        progress.progress(0, 3, "Collecting entities");
        long seen = 0;
        for (var it = graph.find(); it.hasNext(); ) {
            Triple t = it.next();
            if (++seen % 50_000 == 0) {
                cancellation.throwIfCancelled();
            }
            Node s = t.getSubject();
            if (!s.isURI() || (!statements.isEmpty() && statements.contains(s))) {
                continue;
            }
            int id = b.entity(s);
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                b.addType(id, t.getObject());
                b.entity(t.getObject());
            }
        }
        progress.progress(1, 3, "Reading names");
        Entries raw = new Entries();
        List<Node> properties = LabelResolver.LABEL_PROPERTIES;
        for (int p = 0; p < properties.size(); p++) {
            EntityMatch.Source source = properties.get(p).equals(SKOS.altLabel.asNode())
                    ? EntityMatch.Source.ALTERNATIVE : EntityMatch.Source.LABEL;
            for (var it = graph.find(Node.ANY, properties.get(p), Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                Node o = t.getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                int id = b.entities.indexOf(t.getSubject());
                if (id < 0) {
                    continue;
                }
                cancellation.throwIfCancelled();
                raw.add(id, source, o.getLiteralLexicalForm(), o.getLiteralLanguage(), p);
            }
        }
        progress.progress(2, 3, "Indexing names");
        b.group(raw);
        return b;
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
        int[] order = new int[raw.size];
        int[] next = Arrays.copyOf(start, n);
        for (int i = 0; i < raw.size; i++) {
            order[next[raw.entity[i]]++] = i;
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
