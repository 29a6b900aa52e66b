package org.kgexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SHACL shapes: the bundled graph conforms, and each rule rejects a small broken example with its message. */
class ShapesTest {
    private static final String PREFIXES = """
            @prefix ex:   <https://example.org/> .
            @prefix kg:   <https://kgexplorer.org/id/> .
            @prefix kgx:  <https://kgexplorer.org/ontology#> .
            @prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            """;

    /** Well-formed neighbours the broken examples point at, so only the broken part is reported. */
    private static final String CONTEXT = """
            ex:leader a kgx:Person ; rdfs:label "A leader"@en , "Un líder"@es .
            ex:issue a kgx:Issue ; rdfs:label "An issue"@en , "Un tema"@es .
            ex:office a kgx:Office ; rdfs:label "An office"@en , "Una oficina"@es .
            ex:taskForce a kgx:TaskForce ; rdfs:label "A task force"@en , "Una fuerza de tarea"@es .
            ex:country a kgx:Country ; rdfs:label "A country"@en , "Un país"@es .
            ex:doc a kgx:SourceDocument ; rdfs:label "A document"@en , "Un documento"@es ;
                kgx:textResource "doc.txt" .
            ex:sentence a kgx:SourceSentence ; rdfs:label "Sentence 1"@en , "Oración 1"@es ;
                kgx:quote "A sentence."@en ; kgx:startOffset 0 ; kgx:endOffset 11 ; kgx:sentenceNumber 1 ;
                prov:wasQuotedFrom ex:doc .
            """;

    private static Graph shapes;
    private static Model ontology;
    private static Model bundled;

    @BeforeAll
    static void loadShapesAndGraph() {
        shapes = load("/ontology/shapes.ttl").getGraph();
        ontology = load("/ontology/kgx.ttl");
        bundled = ModelFactory.createDefaultModel()
                .add(ontology).add(load("/data/kg.ttl")).add(load("/data/evidence.ttl"));
    }

    private static Model load(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = ShapesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    private static ValidationReport validate(String snippet) {
        Model data = ModelFactory.createDefaultModel().add(ontology);
        RDFParser.create().source(new StringReader(PREFIXES + CONTEXT + snippet)).lang(Lang.TURTLE).parse(data);
        return ShaclValidator.get().validate(shapes, data.getGraph());
    }

    private static Set<String> messages(ValidationReport report, Severity severity) {
        return report.getEntries().stream()
                .filter(e -> e.severity().equals(severity))
                .map(ReportEntry::message)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theBundledGraphConformsWithoutAnyResult() {
        ValidationReport report = ShaclValidator.get().validate(shapes, bundled.getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.message()).collect(Collectors.joining("\n")));
        assertEquals(0, report.getEntries().size());
    }

    @Test
    void theWellFormedContextConforms() {
        ValidationReport report = validate("");
        assertTrue(report.conforms(), () -> messages(report, Severity.Violation).toString());
    }

    static Stream<Arguments> brokenExamples() {
        return Stream.of(
                Arguments.of("an entity without an English label", """
                        ex:x a kgx:Country ; rdfs:label "Atlántida"@es .
                        """, "Every entity needs an English name: an rdfs:label tagged @en."),
                Arguments.of("an entity with two English preferred labels", """
                        ex:x a kgx:Country ; rdfs:label "X"@en , "X"@es ;
                            <http://www.w3.org/2004/02/skos/core#prefLabel> "X"@en , "Y"@en .
                        """, "An entity has at most one preferred name (skos:prefLabel) per language."),
                Arguments.of("an obligation without a bound party", """
                        ex:p a kgx:Pledge ; rdfs:label "P"@en , "P"@es ; kgx:addresses ex:issue .
                        """, "An obligation (pledge or commitment) must name who is bound by it: at least one kgx:boundParty that is an actor."),
                Arguments.of("an obligation that addresses nothing", """
                        ex:c a kgx:Commitment ; rdfs:label "C"@en , "C"@es ; kgx:boundParty ex:leader .
                        """, "An obligation (pledge or commitment) must say what it addresses: at least one kgx:addresses that is an issue."),
                Arguments.of("an obligation that addresses something that is not an issue", """
                        ex:c a kgx:Commitment ; rdfs:label "C"@en , "C"@es ; kgx:boundParty ex:leader ;
                            kgx:addresses ex:office .
                        """, "An obligation (pledge or commitment) must say what it addresses: at least one kgx:addresses that is an issue."),
                Arguments.of("a membership without an organisation", """
                        ex:m a kgx:Membership ; rdfs:label "M"@en , "M"@es ; kgx:member ex:office ;
                            kgx:role kgx:ProsecutorRole .
                        """, "A membership names exactly one organisation (kgx:organization)."),
                Arguments.of("a membership whose role is not a role", """
                        ex:m a kgx:Membership ; rdfs:label "M"@en , "M"@es ; kgx:member ex:office ;
                            kgx:organization ex:taskForce ; kgx:role ex:issue .
                        """, "The role of a membership (kgx:role) must be a kgx:Role."),
                Arguments.of("a migration role without its country", """
                        ex:r a kgx:CountryMigrationRole ; rdfs:label "R"@en , "R"@es ; kgx:role kgx:SourceCountryRole .
                        """, "A country migration role names exactly one country that plays it (kgx:playedBy)."),
                Arguments.of("an assessment of nothing", """
                        ex:a a kgx:Assessment ; rdfs:label "A"@en , "A"@es ; kgx:judgement "good"@en .
                        """, "An assessment must say what it assesses (kgx:assesses)."),
                Arguments.of("a source document without its text", """
                        ex:d a kgx:SourceDocument ; rdfs:label "D"@en , "D"@es .
                        """, "A source document names exactly one text resource (kgx:textResource) that offsets count into."),
                Arguments.of("a sentence without a quote", """
                        ex:s a kgx:SourceSentence ; rdfs:label "S"@en , "S"@es ; kgx:startOffset 0 ; kgx:endOffset 5 ;
                            prov:wasQuotedFrom ex:doc .
                        """, "A source sentence has exactly one non-empty quote (kgx:quote)."),
                Arguments.of("a sentence with two quotes", """
                        ex:s a kgx:SourceSentence ; rdfs:label "S"@en , "S"@es ; kgx:quote "One."@en , "Two."@en ;
                            kgx:startOffset 0 ; kgx:endOffset 4 ; prov:wasQuotedFrom ex:doc .
                        """, "A source sentence has exactly one non-empty quote (kgx:quote)."),
                Arguments.of("a sentence without a start offset", """
                        ex:s a kgx:SourceSentence ; rdfs:label "S"@en , "S"@es ; kgx:quote "One."@en ;
                            kgx:endOffset 4 ; prov:wasQuotedFrom ex:doc .
                        """, "A source sentence has exactly one start offset (kgx:startOffset), a non-negative xsd:integer."),
                Arguments.of("a sentence whose end offset is a decimal", """
                        ex:s a kgx:SourceSentence ; rdfs:label "S"@en , "S"@es ; kgx:quote "One."@en ;
                            kgx:startOffset 0 ; kgx:endOffset 4.0 ; prov:wasQuotedFrom ex:doc .
                        """, "A source sentence has exactly one end offset (kgx:endOffset), a non-negative xsd:integer."),
                Arguments.of("a sentence that ends before it starts", """
                        ex:s a kgx:SourceSentence ; rdfs:label "S"@en , "S"@es ; kgx:quote "One."@en ;
                            kgx:startOffset 10 ; kgx:endOffset 6 ; prov:wasQuotedFrom ex:doc .
                        """, "A source sentence's start offset must be less than its end offset."),
                Arguments.of("a sentence quoted from nowhere", """
                        ex:s a kgx:SourceSentence ; rdfs:label "S"@en , "S"@es ; kgx:quote "One."@en ;
                            kgx:startOffset 0 ; kgx:endOffset 4 .
                        """, "A source sentence says which source document it was quoted from (prov:wasQuotedFrom)."),
                Arguments.of("an evidence statement with neither sentence nor basis", """
                        ex:st a rdf:Statement ; rdf:subject ex:office ; rdf:predicate kgx:takesPartIn ;
                            rdf:object ex:taskForce .
                        """, "An evidence statement needs a supporting sentence (kgx:supportedBy) or a knowledge basis (kgx:basis)."),
                Arguments.of("an evidence statement without a subject", """
                        ex:st a rdf:Statement ; rdf:predicate kgx:takesPartIn ; rdf:object ex:taskForce ;
                            kgx:supportedBy ex:sentence .
                        """, "An evidence statement names exactly one subject (rdf:subject)."),
                Arguments.of("an evidence statement supported by something that is not a sentence", """
                        ex:st a rdf:Statement ; rdf:subject ex:office ; rdf:predicate kgx:takesPartIn ;
                            rdf:object ex:taskForce ; kgx:supportedBy ex:doc .
                        """, "An evidence statement is supported by source sentences (kgx:SourceSentence) only."),
                Arguments.of("a general-knowledge statement that does not say why", """
                        ex:st a rdf:Statement ; rdf:subject ex:office ; rdf:predicate kgx:takesPartIn ;
                            rdf:object ex:taskForce ; kgx:basis kgx:GeneralKnowledge .
                        """, "A statement whose basis is general knowledge needs an rdfs:comment saying why it was added."),
                Arguments.of("a date written as text", """
                        ex:e a kgx:Meeting ; rdfs:label "E"@en , "E"@es ; kgx:date "July 12, 2022" .
                        """, "A date (kgx:date) must be an xsd:date such as \"2022-07-12\"^^xsd:date, or an xsd:gYearMonth"
                        + " (\"2022-06\") or xsd:gYear (\"2022\") where no day is known."),
                Arguments.of("a negative number of deaths", """
                        ex:i a kgx:Incident ; rdfs:label "I"@en , "I"@es ; kgx:numberOfDeaths -1 .
                        """, "A count (kgx:numberOfDeaths) must be a single non-negative xsd:integer."),
                Arguments.of("a number of countries written as text", """
                        ex:g a kgx:CountryGrouping ; rdfs:label "G"@en , "G"@es ; kgx:numberOfCountries "twenty-one" .
                        """, "A count (kgx:numberOfCountries) must be a single non-negative xsd:integer."),
                Arguments.of("a list position of zero", """
                        ex:b a kgx:BorderProblem ; rdfs:label "B"@en , "B"@es ; kgx:listPosition 0 .
                        """, "A list position (kgx:listPosition) must be a single xsd:integer from 1."),
                Arguments.of("a yes/no value written as text", """
                        ex:l a kgx:Limitation ; rdfs:label "L"@en , "L"@es ; kgx:isExhaustive "no" .
                        """, "kgx:isExhaustive must be true or false (xsd:boolean)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenExamples")
    void aBrokenExampleDoesNotConformAndSaysWhy(String what, String snippet, String expectedMessage) {
        ValidationReport report = validate(snippet);
        assertFalse(report.conforms(), what + " should not conform");
        assertEquals(Set.of(expectedMessage), messages(report, Severity.Violation), what);
    }

    @Test
    void aMissingSpanishLabelIsOnlyAWarning() {
        ValidationReport report = validate("ex:x a kgx:Country ; rdfs:label \"Atlantis\"@en .\n");
        assertTrue(messages(report, Severity.Violation).isEmpty());
        assertEquals(Set.of("This entity has no Spanish name: add an rdfs:label tagged @es."),
                messages(report, Severity.Warning));
    }
}
