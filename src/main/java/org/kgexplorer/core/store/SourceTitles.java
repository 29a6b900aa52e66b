package org.kgexplorer.core.store;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Finds the title a file gives itself: that of the ontology or dataset it declares. */
final class SourceTitles {
    private static final List<Node> DESCRIBED_AS = List.of(
            OWL.Ontology.asNode(),
            NodeFactory.createURI("http://rdfs.org/ns/void#Dataset"),
            NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset"),
            NodeFactory.createURI("https://schema.org/Dataset"),
            NodeFactory.createURI("http://schema.org/Dataset"));
    private static final List<Node> TITLES = List.of(DCTerms.title.asNode(), DC_11.title.asNode(), RDFS.label.asNode());

    private SourceTitles() {
    }

    static String of(DatasetGraph data) {
        Graph all = Datasets.everything(data);
        for (Node type : DESCRIBED_AS) {
            var subjects = all.find(Node.ANY, RDF.type.asNode(), type).mapWith(t -> t.getSubject()).toList();
            for (Node subject : subjects) {
                Optional<String> title = title(all, subject);
                if (title.isPresent()) {
                    return title.get();
                }
            }
        }
        return "";
    }

    private static Optional<String> title(Graph g, Node subject) {
        // English first, then a title in any language.
        for (boolean english : new boolean[] {true, false}) {
            for (Node property : TITLES) {
                var found = g.find(subject, property, Node.ANY)
                        .filterKeep(t -> t.getObject().isLiteral() && (!english || isEnglish(t.getObject())))
                        .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
                if (!found.isEmpty()) {
                    return Optional.of(found.get(0));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isEnglish(Node literal) {
        String lang = literal.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
        return lang.equals("en") || lang.startsWith("en-");
    }
}
