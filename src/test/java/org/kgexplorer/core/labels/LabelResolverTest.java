package org.kgexplorer.core.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class LabelResolverTest {
    static Graph graph() {
        Graph g = GraphFactory.createGraphMem();
        RDFParser.fromString("""
                @prefix ex: <http://ex.org/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                ex:a rdfs:label "Alpha label"@en, "Alfa"@es ; skos:prefLabel "Alpha"@en .
                ex:b rdfs:label "Only Spanish"@es-MX .
                ex:c rdfs:label "No language" .
                ex:d skos:altLabel "DHS"@en .
                """, Lang.TURTLE).parse(g);
        return g;
    }

    static String label(List<String> langs, String local) {
        return new LabelResolver(graph(), langs).labelOrName(NodeFactory.createURI("http://ex.org/" + local));
    }

    @Test
    void prefersSkosPrefLabelInTheFirstLanguage() {
        assertEquals("Alpha", label(List.of("en", "es"), "a"));
    }

    @Test
    void aPreferredLanguageWinsOverAMoreSpecificProperty() {
        assertEquals("Alfa", label(List.of("es", "en"), "a"));
    }

    @Test
    void fallsBackToTheNextLanguageThenToUntaggedLabels() {
        assertEquals("Only Spanish", label(List.of("en", "es"), "b"));
        assertEquals("No language", label(List.of("en"), "c"));
    }

    @Test
    void usesAnAlternativeLabelWhenNothingElseNamesIt() {
        assertEquals("DHS", label(List.of("en"), "d"));
    }

    @Test
    void withoutAnyLabelItShowsTheEndOfTheIri() {
        assertEquals("zz", label(List.of("en"), "zz"));
        assertTrue(new LabelResolver(graph(), List.of("en")).find(NodeFactory.createURI("http://ex.org/zz")).isEmpty());
        assertEquals("Thing", LabelResolver.localName("http://www.w3.org/2002/07/owl#Thing"));
    }
}
