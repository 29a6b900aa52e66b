package org.kgexplorer.core.remote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.SKOS;
import org.kgexplorer.core.explore.EntityMatch;
import org.kgexplorer.core.explore.EntitySearch;
import org.kgexplorer.core.explore.Names;
import org.kgexplorer.core.labels.LabelResolver;

/**
 * The search box over an endpoint (ADR 41): nothing is indexed here; each search is one query for the entities
 * whose names begin with what was typed, with {@code LIMIT}, through the server's own text index when it has one
 * ({@link TextSearch}), their names and (up to three) classes with theirs in the same request, answered within the store's time limit. A cancelled search (the box asks again as the user
 * types, interrupting the last one) stops its request.
 */
public final class RemoteEntitySearch implements EntitySearch {
    private static final Var S = Var.alloc("s");
    private static final Var M = Var.alloc("m");
    private static final Var MP = Var.alloc("mp");
    private static final Var P = Var.alloc("p");
    private static final Var L = Var.alloc("l");
    private static final Var T = Var.alloc("t");
    private static final Var TP = Var.alloc("tp");
    private static final Var TL = Var.alloc("tl");
    /** The most classes a suggestion names, as the in-memory index keeps them. */
    private static final int MAX_TYPES = 3;

    private final RemoteStore store;
    private final TextSearch text;
    private final String labelProperties;

    /** Searches {@code store} as its profile's text search says ({@link TextSearch#DETECT} is the plain query). */
    public RemoteEntitySearch(RemoteStore store) {
        this.store = store;
        this.text = store.profile().textSearch();
        StringBuilder properties = new StringBuilder();
        LabelResolver.LABEL_PROPERTIES.forEach(p -> properties.append(" <").append(p.getURI()).append('>'));
        this.labelProperties = properties.toString();
    }

    /** The query one search sends (public for the ADR's measurements and the tests). */
    public String sparql(String typed, int limit) {
        String folded = typed.strip().toLowerCase(Locale.ROOT);
        String literal = FmtUtils.stringEsc(folded, true);
        String word = FmtUtils.stringEsc(folded.replaceAll("[\"'*()]", " ").strip(), true);
        String match = switch (text) {
            case JENA_TEXT -> "(?s ?m) <http://jena.apache.org/text#query> \"" + word + "*\" . ?s ?mp ?m . VALUES ?mp {"
                    + labelProperties + " }";
            case VIRTUOSO -> virtuoso(folded, literal);
            case QLEVER -> "VALUES ?mp {" + labelProperties + " } ?s ?mp ?m . ?t <http://qlever.cs.uni-freiburg.de/"
                    + "builtin-functions/contains-word> \"" + word + "*\" ; <http://qlever.cs.uni-freiburg.de/"
                    + "builtin-functions/contains-entity> ?m .";
            case NONE, DETECT -> namesStartingWith(literal);
        };
        return "SELECT ?s ?m ?mp ?p ?l ?t ?tp ?tl WHERE { { SELECT ?s ?m ?mp WHERE { " + match + " FILTER(isIRI(?s)) }"
                + " LIMIT " + limit * 4 + " } OPTIONAL { { VALUES ?p {" + labelProperties + " } ?s ?p ?l } UNION"
                + " { ?s a ?t FILTER(isIRI(?t)) OPTIONAL { VALUES ?tp {" + labelProperties + " } ?t ?tp ?tl"
                // a class's names in the two languages shown, not in every language the server has
                + " FILTER(lang(?tl) IN (\"en\", \"es\", \"\") || langMatches(lang(?tl), \"en\") || langMatches(lang(?tl), \"es\")) } } } }";
    }

    /** The plain match: names that begin with what was typed, case aside (no index needed, every name read). */
    private String namesStartingWith(String literal) {
        return "VALUES ?mp {" + labelProperties + " } ?s ?mp ?m . FILTER(isLiteral(?m) && "
                + "STRSTARTS(LCASE(STR(?m)), \"" + literal + "\"))";
    }

    /**
     * Virtuoso's free-text match of what was typed: its words, all of them (AND), the last as a prefix ('word*'), which
     * Virtuoso allows only from four letters on ("FT370: Wildcard word needs at least 4 leading characters" failed
     * every search whose last word was shorter, "commitment of"); a shorter last word is matched as the start of the
     * name's text instead. Without a word of four letters, the plain prefix query.
     */
    private String virtuoso(String folded, String literal) {
        List<String> words = new ArrayList<>(List.of(folded.replaceAll("[\"'*()&|~^]", " ").strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        String last = words.isEmpty() ? "" : words.remove(words.size() - 1);
        List<String> terms = new ArrayList<>();
        words.forEach(w -> terms.add("'" + FmtUtils.stringEsc(w, true) + "'"));
        boolean prefix = last.length() >= 4;
        if (prefix) {
            terms.add("'" + FmtUtils.stringEsc(last, true) + "*'");
        }
        if (terms.isEmpty() || !prefix && words.stream().noneMatch(w -> w.length() >= 4)) {
            return namesStartingWith(literal);
        }
        return "VALUES ?mp {" + labelProperties + " } ?s ?mp ?m . ?m <bif:contains> \"" + String.join(" AND ", terms)
                + "\" ." + (prefix ? "" : " FILTER(CONTAINS(LCASE(STR(?m)), \"" + literal + "\"))");
    }

    @Override
    public List<EntityMatch> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String folded = query.strip().toLowerCase(Locale.ROOT);
        Map<Node, String[]> matched = new LinkedHashMap<>();
        Map<Node, Set<Node>> types = new HashMap<>();
        Graph names = GraphFactory.createDefaultGraph();
        store.query(QueryFactory.create(sparql(query, limit)), false, ARQ.getContext().copy(),
                store.timeoutMillis(), exec -> {
                    var rows = exec.execSelect();
                    while (rows.hasNext()) {
                        Binding row = rows.nextBinding();
                        Node s = row.get(S);
                        Node m = row.get(M);
                        if (s == null || m == null || !m.isLiteral()) {
                            continue;
                        }
                        String[] best = matched.get(s);
                        String label = m.getLiteralLexicalForm();
                        boolean exact = label.toLowerCase(Locale.ROOT).equals(folded);
                        if (best == null || exact && !"exact".equals(best[2])) {
                            Node mp = row.get(MP);
                            matched.put(s, new String[] {label, m.getLiteralLanguage(), exact ? "exact" : "prefix",
                                    mp != null && mp.equals(SKOS.altLabel.asNode()) ? "alt" : "label"});
                        }
                        Node p = row.get(P);
                        Node l = row.get(L);
                        if (p != null && l != null) {
                            names.add(Triple.create(s, p, l));
                        }
                        Node t = row.get(T);
                        if (t != null) {
                            Set<Node> of = types.computeIfAbsent(s, k -> new LinkedHashSet<>());
                            if (of.size() < MAX_TYPES || of.contains(t)) {
                                of.add(t);
                                Node tp = row.get(TP);
                                Node tl = row.get(TL);
                                if (tp != null && tl != null) {
                                    names.add(Triple.create(t, tp, tl));
                                }
                            }
                        }
                    }
                    return null;
                });
        LabelResolver english = new LabelResolver(names, List.of("en"));
        LabelResolver spanish = new LabelResolver(names, List.of("es"));
        List<EntityMatch> found = new ArrayList<>();
        matched.forEach((s, m) -> found.add(new EntityMatch(s.getURI(), Names.of(s, english, spanish),
                types.getOrDefault(s, Set.of()).stream().map(t -> Names.of(t, english, spanish)).toList(), m[0],
                m[1], "alt".equals(m[3]) ? EntityMatch.Source.ALTERNATIVE : EntityMatch.Source.LABEL,
                "exact".equals(m[2]) ? EntityMatch.Kind.EXACT : EntityMatch.Kind.PREFIX)));
        found.sort(java.util.Comparator.comparing(EntityMatch::kind)
                .thenComparing(m -> m.matchedText().length())
                .thenComparing(EntityMatch::matchedText, String.CASE_INSENSITIVE_ORDER));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /** The entity's names, by one query of its naming properties; empty when it has none. */
    @Override
    public Optional<Names> names(String iri) {
        if (!RemoteStore.writableIri(iri)) {
            return Optional.empty();
        }
        Node s = NodeFactory.createURI(iri);
        Graph names = GraphFactory.createDefaultGraph();
        store.query(QueryFactory.create("SELECT ?p ?l WHERE { VALUES ?p {" + labelProperties + " } "
                + "<" + iri + "> ?p ?l }"), false, ARQ.getContext().copy(),
                store.timeoutMillis(), exec -> {
                    var rows = exec.execSelect();
                    while (rows.hasNext()) {
                        Binding row = rows.nextBinding();
                        if (row.get(P) != null && row.get(L) != null) {
                            names.add(Triple.create(s, row.get(P), row.get(L)));
                        }
                    }
                    return null;
                });
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Names.of(s, new LabelResolver(names, List.of("en")), new LabelResolver(names, List.of("es"))));
    }

    /** Not known: the endpoint's entities are never all read (the search box says it asks the endpoint). */
    @Override
    public int entityCount() {
        return -1;
    }

    /** Not known, as {@link #entityCount()}. */
    @Override
    public int nameCount() {
        return -1;
    }
}
