package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** The staged lists a parse fills: counted, titled and merged as the indexed staging dataset was. */
class StagedDataTest {
    private static Node iri(String s) {
        return NodeFactory.createURI("http://ex.org/" + s);
    }

    private static StagedData parse(String trig) {
        StagedData staged = new StagedData();
        RDFParser.fromString(trig, Lang.TRIG).parse(staged);
        return staged;
    }

    @Test
    void countsEachDifferentTripleOnceAcrossGraphs() {
        StagedData staged = parse("""
                @prefix ex: <http://ex.org/> .
                ex:a ex:p 1 . ex:a ex:p 1 . ex:a ex:p "1" .
                ex:g1 { ex:a ex:p 1 . ex:b ex:p 2 . }
                ex:g2 { ex:b ex:p 2 . ex:c ex:p 3 . }
                """);
        assertEquals(7, staged.all().size());
        // ex:a ex:p 1 / "1" (a different term) / ex:b ex:p 2 / ex:c ex:p 3
        assertEquals(4, staged.distinctTriples());
    }

    @Test
    void triplesWhoseHashesCollideAreStillTold() {
        // "Aa" and "BB" have the same String hash, so these IRIs (and triples) hash alike but differ.
        Triple aa = Triple.create(iri("Aa"), iri("p"), iri("o"));
        Triple bb = Triple.create(iri("BB"), iri("p"), iri("o"));
        assertEquals(aa.hashCode(), bb.hashCode(), "the test needs colliding hashes");
        assertEquals(2, StagedData.distinct(List.of(aa, bb, aa, bb, bb)));
        assertEquals(1, StagedData.distinct(List.of(aa, aa)));
        assertEquals(0, StagedData.distinct(List.of()));
    }

    @Test
    void theTitleIsTheOntologysInEnglishBeforeADatasets() {
        StagedData staged = parse("""
                @prefix ex: <http://ex.org/> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix void: <http://rdfs.org/ns/void#> .
                ex:ds a void:Dataset ; dcterms:title "The data"@en .
                ex:onto rdfs:label "Ontología"@es .
                ex:other rdfs:label "Not declared"@en .
                ex:onto a owl:Ontology ; rdfs:label "The ontology"@en .
                """);
        assertEquals("The ontology", staged.title());
        assertEquals("", parse("<http://ex.org/a> <http://ex.org/p> \"x\" .").title());
    }
}
