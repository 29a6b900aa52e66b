package org.kgexplorer.core.labels;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    private final List<String> languages;
    private final Map<Node, Optional<String>> cache = new ConcurrentHashMap<>();

    /**
     * @param graph     the graph to look labels up in (read it inside a read transaction)
     * @param languages preferred languages, most wanted first, e.g. ["en", "es"]
     */
    public LabelResolver(Graph graph, List<String> languages) {
        this.graph = graph;
        this.languages = languages.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }

    /** The label in the preferred languages, if the data gives one. */
    public Optional<String> find(Node node) {
        if (!node.isURI() && !node.isBlank()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(node, this::lookup);
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

    private Optional<String> literalIn(Node node, Node property, String lang) {
        ExtendedIterator<Triple> it = graph.find(node, property, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && matches(o.getLiteralLanguage(), lang)) {
                    return Optional.of(o.getLiteralLexicalForm());
                }
            }
            return Optional.empty();
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
