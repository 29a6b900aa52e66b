package org.kgexplorer.core.labels;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Finds the label of a resource in the preferred languages: skos:prefLabel, rdfs:label, then other
 * common naming properties, each tried in every preferred language before the next language; a label
 * without a language tag counts for any language; otherwise a W3C term's own name ({@link WellKnownNames}), else the
 * end of the IRI.
 */
public final class LabelResolver {
    /** Naming properties, most specific first. */
    public static final List<Node> LABEL_PROPERTIES = List.of(
            SKOS.prefLabel.asNode(),
            RDFS.label.asNode(),
            NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"),
            NodeFactory.createURI("http://schema.org/name"),
            NodeFactory.createURI("https://schema.org/name"),
            DCTerms.title.asNode(),
            DC_11.title.asNode(),
            SKOS.altLabel.asNode());

    private final Graph graph;
    /** Where a label is found: this graph's naming triples, or what a count chose. */
    private final Function<Node, Optional<String>> found;
    private final List<String> languages;
    private final Map<Node, Optional<String>> cache = new ConcurrentHashMap<>();

    /**
     * @param graph     the graph to look labels up in (read it inside a read transaction)
     * @param languages preferred languages, most wanted first, e.g. ["en", "es"]
     */
    public LabelResolver(Graph graph, List<String> languages) {
        this.graph = graph;
        this.found = this::lookup;
        this.languages = lowerCase(languages);
    }

    private LabelResolver(Function<Node, Optional<String>> found, List<String> languages) {
        this.graph = null;
        this.found = found;
        this.languages = lowerCase(languages);
    }

    /**
     * A resolver whose labels were chosen elsewhere, by {@link #rank} in the same languages (a count that reads the
     * data once and keeps no graph); the fallbacks for a resource without one are this class's.
     */
    public static LabelResolver of(Function<Node, Optional<String>> found, List<String> languages) {
        return new LabelResolver(found, languages);
    }

    private static List<String> lowerCase(List<String> languages) {
        return languages.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * How good a label a naming triple gives, as {@link #find} chooses: lower is better (each preferred language
     * with every naming property in turn, then labels without a language), -1 when it gives none. Of equally good
     * labels, the first in code-point order ({@link String#compareTo}) is chosen.
     *
     * @param languages preferred languages, most wanted first, in lower case
     */
    public static int rank(Node property, Node object, List<String> languages) {
        int p = LABEL_PROPERTIES.indexOf(property);
        if (p < 0 || !object.isLiteral()) {
            return -1;
        }
        String lang = object.getLiteralLanguage();
        for (int l = 0; l < languages.size(); l++) {
            if (matches(lang, languages.get(l))) {
                return l * LABEL_PROPERTIES.size() + p;
            }
        }
        return lang.isEmpty() ? languages.size() * LABEL_PROPERTIES.size() + p : -1;
    }

    /** The label in the preferred languages, if the data gives one. */
    public Optional<String> find(Node node) {
        if (!node.isURI() && !node.isBlank()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(node, found);
    }

    /** The label, or a readable name made from the IRI when the data has none. */
    public String labelOrName(Node node) {
        return find(node).or(() -> WellKnownNames.name(node, languages))
                .orElseGet(() -> node.isURI() ? localName(node.getURI()) : node.toString());
    }

    private Optional<String> lookup(Node node) {
        for (String lang : languages) {
            for (Node property : LABEL_PROPERTIES) {
                Optional<String> found = literalIn(node, property, lang);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (Node property : LABEL_PROPERTIES) {
            Optional<String> untagged = literalIn(node, property, "");
            if (untagged.isPresent()) {
                return untagged;
            }
        }
        return Optional.empty();
    }

    /**
     * The label {@code property} gives in {@code lang}; of several, the first in code-point order, so that every store
     * (whatever order it keeps triples in) and a count that reads the data once choose the same one.
     */
    private Optional<String> literalIn(Node node, Node property, String lang) {
        ExtendedIterator<Triple> it = graph.find(node, property, Node.ANY);
        try {
            String best = null;
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && matches(o.getLiteralLanguage(), lang)
                        && (best == null || o.getLiteralLexicalForm().compareTo(best) < 0)) {
                    best = o.getLiteralLexicalForm();
                }
            }
            return Optional.ofNullable(best);
        } finally {
            it.close();
        }
    }

    private static boolean matches(String literalLang, String wanted) {
        String l = literalLang.toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return l.isEmpty();
        }
        return l.equals(wanted) || l.startsWith(wanted + "-");
    }

    /** The last segment of an IRI (after '#', or the last '/'), as a fallback name. */
    public static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String tail = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return tail.isEmpty() ? iri : tail;
    }
}
