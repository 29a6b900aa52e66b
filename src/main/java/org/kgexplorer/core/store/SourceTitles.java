package org.kgexplorer.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Finds the title a file gives itself: that of the ontology or dataset it declares (an ontology first, then a
 * VoID, DCAT or schema.org dataset), by dcterms:title, dc:title or rdfs:label, English first, the first the file
 * states when it states several; and its Spanish title, when it states one.
 */
final class SourceTitles {
    private static final List<Node> DESCRIBED_AS = List.of(
            OWL.Ontology.asNode(),
            NodeFactory.createURI("http://rdfs.org/ns/void#Dataset"),
            NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset"),
            NodeFactory.createURI("https://schema.org/Dataset"),
            NodeFactory.createURI("http://schema.org/Dataset"));
    private static final List<Node> TITLES = List.of(DCTerms.title.asNode(), DC_11.title.asNode(), RDFS.label.asNode());
    private static final Node TYPE = RDF.type.asNode();

    private SourceTitles() {
    }

    /** Whether {@link #of} may look at this triple: a declaration of an ontology or dataset, or a literal title. */
    static boolean mayMatter(Triple t) {
        return t.getPredicate().equals(TYPE) ? DESCRIBED_AS.contains(t.getObject())
                : t.getObject().isLiteral() && TITLES.contains(t.getPredicate());
    }

    /** The title among these triples (two passes over them, nothing indexed), or "". */
    static String of(List<Triple> triples) {
        return of(triples, "en", true);
    }

    /** The Spanish title among these triples, or "". */
    static String spanish(List<Triple> triples) {
        return of(triples, "es", false);
    }

    /**
     * The title in {@code language} among these triples; with {@code orAny}, else the first title in any language;
     * else "".
     */
    private static String of(List<Triple> triples, String language, boolean orAny) {
        List<Set<Node>> declared = new ArrayList<>();
        DESCRIBED_AS.forEach(kind -> declared.add(new LinkedHashSet<>()));
        Set<Node> candidates = new LinkedHashSet<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(TYPE)) {
                int kind = DESCRIBED_AS.indexOf(t.getObject());
                if (kind >= 0) {
                    declared.get(kind).add(t.getSubject());
                    candidates.add(t.getSubject());
                }
            }
        }
        if (candidates.isEmpty()) {
            return "";
        }
        Map<Node, List<Triple>> named = new LinkedHashMap<>();
        for (Triple t : triples) {
            if (t.getObject().isLiteral() && TITLES.contains(t.getPredicate()) && candidates.contains(t.getSubject())) {
                named.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t);
            }
        }
        for (Set<Node> subjects : declared) {
            for (Node subject : subjects) {
                String title = title(named.getOrDefault(subject, List.of()), language, orAny);
                if (!title.isEmpty()) {
                    return title;
                }
            }
        }
        return "";
    }

    private static String title(List<Triple> names, String language, boolean orAny) {
        for (boolean inLanguage : orAny ? new boolean[] {true, false} : new boolean[] {true}) {
            for (Node property : TITLES) {
                for (Triple t : names) {
                    if (t.getPredicate().equals(property) && (!inLanguage || isIn(t.getObject(), language))) {
                        return t.getObject().getLiteralLexicalForm();
                    }
                }
            }
        }
        return "";
    }

    private static boolean isIn(Node literal, String language) {
        String lang = literal.getLiteralLanguage().toLowerCase(Locale.ROOT);
        return lang.equals(language) || lang.startsWith(language + "-");
    }
}
