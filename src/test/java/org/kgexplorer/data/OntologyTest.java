package org.kgexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The kgx ontology: labels and comments in two languages, domains and ranges, the classes the domain needs. */
class OntologyTest {
    private static final String KGX = "https://kgexplorer.org/ontology#";
    private static final String ONTOLOGY_IRI = "https://kgexplorer.org/ontology";

    private static Model ontology;

    @BeforeAll
    static void loadOntology() {
        ontology = ModelFactory.createDefaultModel();
        try (InputStream in = OntologyTest.class.getResourceAsStream("/ontology/kgx.ttl")) {
            assertNotNull(in, "ontology/kgx.ttl is not on the class path");
            RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource kgx(String local) {
        return ontology.createResource(KGX + local);
    }

    private static Set<Resource> kgxSubjectsOfType(Resource type) {
        Set<Resource> terms = new java.util.HashSet<>();
        ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(KGX)) {
                terms.add(r);
            }
        });
        return terms;
    }

    private static Set<Resource> allKgxTerms() {
        Set<Resource> terms = new java.util.HashSet<>();
        ontology.listSubjects().forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(KGX)) {
                terms.add(r);
            }
        });
        return terms;
    }

    private static boolean hasLiteral(Resource subject, Property property, String lang) {
        return subject.listProperties(property).toList().stream()
                .map(s -> s.getObject())
                .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage())
                        && !o.asLiteral().getLexicalForm().isBlank());
    }

    private static String label(Resource subject, String lang) {
        return subject.listProperties(RDFS.label).toList().stream()
                .map(s -> s.getObject())
                .filter(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()))
                .map(o -> o.asLiteral().getLexicalForm())
                .findFirst().orElse(null);
    }

    @Test
    void ontologyHasItsIriAndVersionAndImportsNothing() {
        Resource onto = ontology.createResource(ONTOLOGY_IRI);
        assertTrue(onto.hasProperty(RDF.type, OWL.Ontology));
        Literal version = onto.getProperty(OWL.versionInfo).getLiteral();
        assertEquals("0.1.0", version.getLexicalForm());
        assertFalse(ontology.contains(null, OWL.imports, (RDFNode) null), "the app never fetches anything: no owl:imports");
    }

    @Test
    void everyKgxTermHasLabelAndCommentInEnglishAndSpanish() {
        List<String> missing = new ArrayList<>();
        for (Resource term : allKgxTerms()) {
            for (String lang : List.of("en", "es")) {
                if (!hasLiteral(term, RDFS.label, lang)) {
                    missing.add(term.getLocalName() + " rdfs:label@" + lang);
                }
                if (!hasLiteral(term, RDFS.comment, lang)) {
                    missing.add(term.getLocalName() + " rdfs:comment@" + lang);
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing: " + new TreeSet<>(missing));
        assertTrue(allKgxTerms().size() > 100, "the ontology should define its classes, properties and individuals");
    }

    @Test
    void everyObjectAndDatatypePropertyHasDomainAndRange() {
        List<String> missing = new ArrayList<>();
        Set<Resource> properties = kgxSubjectsOfType(OWL.ObjectProperty);
        properties.addAll(kgxSubjectsOfType(OWL.DatatypeProperty));
        for (Resource p : properties) {
            if (!p.hasProperty(RDFS.domain)) {
                missing.add(p.getLocalName() + " domain");
            }
            if (!p.hasProperty(RDFS.range)) {
                missing.add(p.getLocalName() + " range");
            }
        }
        assertTrue(missing.isEmpty(), "missing: " + new TreeSet<>(missing));
    }

    @Test
    void everyKgxTermTheOntologyMentionsIsDeclared() {
        List<String> dangling = new ArrayList<>();
        ontology.listStatements().forEachRemaining(s -> {
            RDFNode o = s.getObject();
            if (o.isURIResource() && o.asResource().getURI().startsWith(KGX)
                    && !ontology.contains(o.asResource(), RDF.type)) {
                dangling.add(s.getSubject().getLocalName() + " -> " + o.asResource().getLocalName());
            }
        });
        assertTrue(dangling.isEmpty(), "kgx terms used but never declared: " + dangling);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // actors
        "Actor", "Person", "Organization", "Government", "Legislature", "StateGovernment", "Department", "Agency",
        "Component", "Office", "Division", "TaskForce",
        // countries and groupings, places
        "Country", "CountryGrouping", "Place", "City", "Region",
        // frameworks
        "Framework", "Declaration", "JointStatement", "TradeAgreement", "Provision",
        // operations, events
        "Operation", "Activity", "CooperationEffort", "Event", "Meeting", "Summit", "Incident",
        // obligations
        "Obligation", "Commitment", "Pledge",
        // issues and threats, groups
        "Issue", "Threat", "CriminalGroup", "PopulationGroup",
        // assessments
        "Assessment", "BorderProblem", "Limitation",
        // roles
        "Role", "RoleAssignment", "Membership", "CountryMigrationRole",
        // provenance
        "SourceDocument", "SourceSentence", "KnowledgeBasis"
    })
    void requiredClassExistsUnderTheRootEntity(String local) {
        Resource cls = kgx(local);
        assertTrue(cls.hasProperty(RDF.type, OWL.Class), local + " is declared an owl:Class");
        assertTrue(isSubClassOf(cls, kgx("Entity")), local + " reaches kgx:Entity, so the label shape applies to it");
    }

    private static boolean isSubClassOf(Resource cls, Resource ancestor) {
        if (cls.equals(ancestor)) {
            return true;
        }
        return cls.listProperties(RDFS.subClassOf).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isURIResource)
                .anyMatch(o -> isSubClassOf(o.asResource(), ancestor));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ProsecutorRole", "AgentRole", "AnalystRole", "SourceCountryRole", "IntermediaryCountryRole"})
    void rolesOfTaskForceMembersAndOfCountriesExist(String local) {
        assertTrue(kgx(local).hasProperty(RDF.type, kgx("Role")));
    }

    @Test
    void knowledgeBasesAreSourceTextAndGeneralKnowledge() {
        assertTrue(kgx("SourceText").hasProperty(RDF.type, kgx("KnowledgeBasis")));
        assertTrue(kgx("GeneralKnowledge").hasProperty(RDF.type, kgx("KnowledgeBasis")));
    }

    @Test
    void issuesAreSkosConceptsInAKgxConceptScheme() {
        assertTrue(isSubClassOf(kgx("Threat"), ontology.createResource(SKOS.Concept.getURI())));
        assertTrue(kgx("IssueScheme").hasProperty(RDF.type, SKOS.ConceptScheme));
    }

    static Stream<Arguments> sentenceLabels() {
        return Stream.of(
                Arguments.of("worksWith", "works with", "trabaja con"),
                Arguments.of("isMemberOf", "is member of", "es miembro de"),
                Arguments.of("takesPartIn", "takes part in", "participa en"),
                Arguments.of("pledged", "pledged", "se comprometió a"),
                Arguments.of("addresses", "addresses", "aborda"),
                Arguments.of("operatesIn", "operates in", "opera en"),
                Arguments.of("hasNotJoined", "has not joined", "no se ha adherido a"),
                Arguments.of("isComponentOf", "is component of", "es componente de"),
                Arguments.of("targets", "targets", "tiene como objetivo a"),
                Arguments.of("madeThrough", "made through", "asumido mediante"),
                Arguments.of("supportedBy", "is supported by", "está respaldado por"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentenceLabels")
    void relationshipPropertiesReadAsSentences(String local, String english, String spanish) {
        assertEquals(english, label(kgx(local), "en"));
        assertEquals(spanish, label(kgx(local), "es"));
    }

    static Stream<Arguments> alignments() {
        String org = "http://www.w3.org/ns/org#";
        String prov = "http://www.w3.org/ns/prov#";
        String skos = "http://www.w3.org/2004/02/skos/core#";
        String foaf = "http://xmlns.com/foaf/0.1/";
        String schema = "https://schema.org/";
        String dcterms = "http://purl.org/dc/terms/";
        return Stream.of(
                Arguments.of("Organization", RDFS.subClassOf, org + "Organization"),
                Arguments.of("Membership", RDFS.subClassOf, org + "Membership"),
                Arguments.of("TaskForce", RDFS.subClassOf, org + "OrganizationalCollaboration"),
                Arguments.of("Role", RDFS.subClassOf, org + "Role"),
                Arguments.of("isComponentOf", RDFS.subPropertyOf, org + "subOrganizationOf"),
                Arguments.of("member", RDFS.subPropertyOf, org + "member"),
                Arguments.of("role", SKOS.closeMatch, org + "role"),
                Arguments.of("supportedBy", RDFS.subPropertyOf, prov + "wasDerivedFrom"),
                Arguments.of("SourceDocument", RDFS.subClassOf, prov + "Entity"),
                Arguments.of("SourceDocument", RDFS.subClassOf, foaf + "Document"),
                Arguments.of("Actor", RDFS.subClassOf, prov + "Agent"),
                Arguments.of("Issue", RDFS.subClassOf, skos + "Concept"),
                Arguments.of("Person", RDFS.subClassOf, foaf + "Person"),
                Arguments.of("Country", RDFS.subClassOf, schema + "Country"),
                Arguments.of("date", RDFS.subPropertyOf, dcterms + "date"),
                Arguments.of("Organization", SKOS.closeMatch, schema + "Organization"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alignments")
    void termsAlignWithTheW3cVocabulariesWithoutImportingThem(String local, Property how, String aligned) {
        assertTrue(ontology.contains(kgx(local), how, ontology.createResource(aligned)),
                "kgx:" + local + " " + how.getLocalName() + " " + aligned);
    }
}
