package org.kgexplorer.core.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
final class EntityIndexBuilder {
    private static final int MAX_TYPES = 3;

    final List<String> iris = new ArrayList<>();
    final List<Node> nodes = new ArrayList<>();
    final Map<Node, Integer> ids = new HashMap<>();
    final List<Names> names = new ArrayList<>();
    final List<int[]> types = new ArrayList<>();
    final List<Names> typeNames = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();

    void entity(Node node) {
        if (!ids.containsKey(node)) {
            ids.put(node, iris.size());
            iris.add(node.getURI());
            nodes.add(node);
        }
    }

    record Entry(int entity, EntityMatch.Source source, String text, String language, int property) {
    }

    /** Reads the entities, their types and all their names from a graph (inside a read transaction). */
    static EntityIndexBuilder read(Graph graph, ProgressListener progress, Cancellation cancellation) {
        EntityIndexBuilder b = new EntityIndexBuilder();
        Set<Node> statements = new HashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).forEachRemaining(t -> statements.add(t.getSubject()));
        progress.progress(0, 3, "Collecting entities");
        Map<Node, List<Node>> typesOf = new HashMap<>();
        long seen = 0;
        for (var it = graph.find(); it.hasNext(); ) {
            Triple t = it.next();
            if (++seen % 50_000 == 0) {
                cancellation.throwIfCancelled();
            }
            Node s = t.getSubject();
            if (!s.isURI() || statements.contains(s)) {
                continue;
            }
            b.entity(s);
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                List<Node> list = typesOf.computeIfAbsent(s, k -> new ArrayList<>(1));
                if (list.size() < MAX_TYPES && !list.contains(t.getObject())) {
                    list.add(t.getObject());
                }
                b.entity(t.getObject());
            }
        }
        progress.progress(1, 3, "Reading names");
        List<List<Entry>> namesOf = new ArrayList<>();
        for (int i = 0; i < b.iris.size(); i++) {
            namesOf.add(null);
        }
        List<Node> properties = LabelResolver.LABEL_PROPERTIES;
        for (int p = 0; p < properties.size(); p++) {
            EntityMatch.Source source = properties.get(p).equals(SKOS.altLabel.asNode())
                    ? EntityMatch.Source.ALTERNATIVE : EntityMatch.Source.LABEL;
            for (var it = graph.find(Node.ANY, properties.get(p), Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                Integer id = b.ids.get(t.getSubject());
                if (id == null || !t.getObject().isLiteral()) {
                    continue;
                }
                cancellation.throwIfCancelled();
                Node o = t.getObject();
                Entry e = new Entry(id, source, o.getLiteralLexicalForm(), o.getLiteralLanguage(), p);
                List<Entry> list = namesOf.get(id);
                if (list == null) {
                    list = new ArrayList<>(2);
                    namesOf.set(id, list);
                }
                list.add(e);
            }
        }
        progress.progress(2, 3, "Indexing names");
        LabelResolver english = new LabelResolver(graph, List.of("en"));
        LabelResolver spanish = new LabelResolver(graph, List.of("es"));
        Map<Node, Integer> typeIds = new LinkedHashMap<>();
        for (int id = 0; id < b.iris.size(); id++) {
            List<Entry> own = namesOf.get(id);
            Node node = b.nodes.get(id);
            b.names.add(new Names(pick(own, "en"), pick(own, "es"), Names.fallbackName(node)));
            List<Node> ts = typesOf.getOrDefault(node, List.of());
            int[] typeIdx = new int[ts.size()];
            for (int k = 0; k < ts.size(); k++) {
                typeIdx[k] = typeIds.computeIfAbsent(ts.get(k), t -> {
                    b.typeNames.add(Names.of(t, english, spanish));
                    return b.typeNames.size() - 1;
                });
            }
            b.types.add(typeIdx);
            if (own != null) {
                for (int k = 0; k < own.size(); k++) {
                    Entry e = own.get(k);
                    boolean repeated = false;
                    for (int j = 0; j < k && !repeated; j++) {
                        repeated = own.get(j).source == e.source && own.get(j).text.equals(e.text);
                    }
                    if (!repeated) {
                        b.entries.add(e);
                    }
                }
            }
            String local = LabelResolver.localName(node.getURI());
            if (!local.equals(node.getURI())) {
                b.entries.add(new Entry(id, EntityMatch.Source.LOCAL_NAME, local, "", Integer.MAX_VALUE));
            }
        }
        return b;
    }

    /** The label a {@link LabelResolver} for {@code lang} would give, from names already read. */
    private static String pick(List<Entry> own, String lang) {
        if (own == null) {
            return null;
        }
        Entry best = null;
        for (Entry e : own) {
            if (matchesLanguage(e.language, lang) && (best == null || e.property < best.property)) {
                best = e;
            }
        }
        if (best == null) {
            for (Entry e : own) {
                if (e.language.isEmpty() && (best == null || e.property < best.property)) {
                    best = e;
                }
            }
        }
        return best == null ? null : best.text;
    }

    private static boolean matchesLanguage(String literalLang, String wanted) {
        String l = literalLang.toLowerCase(java.util.Locale.ROOT);
        return l.equals(wanted) || l.startsWith(wanted + "-");
    }
}
