package org.kgexplorer.core.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.explore.Names;

/** A W3C term the data does not name reads in the interface's language; a name the data gives comes first. */
class WellKnownNamesTest {
    private final Graph graph = GraphFactory.createDefaultGraph();
    private final LabelResolver english = new LabelResolver(graph, List.of("en"));
    private final LabelResolver spanish = new LabelResolver(graph, List.of("es"));

    @Test
    void aClassTheDataDoesNotNameReadsInEachLanguage() {
        Names cls = Names.of(RDFS.Class.asNode(), english, spanish);
        assertEquals("Class", cls.in(LabelMode.ENGLISH));
        assertEquals("Clase", cls.in(LabelMode.SPANISH));
        assertEquals("Concepto", Names.of(SKOS.Concept.asNode(), english, spanish).in(LabelMode.SPANISH));
        assertEquals("Esquema de conceptos", new LabelResolver(graph, List.of("es", "en")).labelOrName(SKOS.ConceptScheme.asNode()));
        assertEquals("Clase OWL", new LabelResolver(graph, List.of("es-MX")).labelOrName(OWL.Class.asNode()));
        assertEquals("Conjunto de datos", new LabelResolver(graph, List.of("es")).labelOrName(
                NodeFactory.createURI("http://rdfs.org/ns/void#Dataset")));
        assertEquals("Class", new LabelResolver(graph, List.of("fr")).labelOrName(RDFS.Class.asNode()),
                "another language: the end of the IRI, as before");
        assertTrue(english.find(RDFS.Class.asNode()).isEmpty(), "the data itself names nothing");
    }

    @Test
    void theDatasOwnNameComesFirst() {
        graph.add(Triple.create(RDFS.Class.asNode(), RDFS.label.asNode(), NodeFactory.createLiteralLang("Clase RDF", "es")));
        assertEquals("Clase RDF", Names.of(RDFS.Class.asNode(), english, spanish).in(LabelMode.SPANISH));
        assertEquals("Clase RDF", new LabelResolver(graph, List.of("es")).labelOrName(RDFS.Class.asNode()));
        assertEquals("Thing", LabelResolver.localName(Fixtures.KG + "Thing"), "not a W3C term: its own local name");
        assertEquals("Thing", new LabelResolver(graph, List.of("es")).labelOrName(NodeFactory.createURI("https://example.org/Thing")));
    }
}
