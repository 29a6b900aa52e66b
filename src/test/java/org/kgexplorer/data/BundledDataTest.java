package org.kgexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled graph: it parses, every entity is labelled, every fact has evidence that quotes the source exactly. */
class BundledDataTest {
    private static final String KG = "https://kgexplorer.org/id/";
    private static final String KGX = "https://kgexplorer.org/ontology#";
    private static final String SOURCE_TEXT = "/data/sources/source-document.txt";
    private static final Set<String> HEADINGS = Set.of(
            "Drug Trafficking, Arms Trafficking, Human Smuggling, and Transnational Criminal Organizations",
            "Migration Issues",
            "Analysis");

    private static Model ontology;
    private static Model facts;
    private static Model evidence;
    private static Model all;
    private static String sourceText;

    @BeforeAll
    static void loadBundledGraph() throws IOException {
        ontology = load("/ontology/kgx.ttl");
        facts = load("/data/kg.ttl");
        evidence = load("/data/evidence.ttl");
        all = ModelFactory.createUnion(ontology, ModelFactory.createUnion(facts, evidence));
        try (InputStream in = BundledDataTest.class.getResourceAsStream(SOURCE_TEXT)) {
            assertNotNull(in, SOURCE_TEXT + " is not on the class path");
            sourceText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Model load(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = BundledDataTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    private static Resource kg(String local) {
        return all.createResource(KG + local);
    }

    private static Property kgx(String local) {
        return all.createProperty(KGX + local);
    }

    private static Resource kgxResource(String local) {
        return all.createResource(KGX + local);
    }

    private static boolean needsEvidence(Statement fact) {
        return fact.getPredicate().getURI().startsWith(KGX) || fact.getPredicate().equals(SKOS.altLabel);
    }

    /** The reified statements in evidence.ttl for the fact S P O. */
    private static List<Resource> statementsFor(Resource s, Property p, RDFNode o) {
        return evidence.listSubjectsWithProperty(RDF.subject, s).toList().stream()
                .filter(st -> st.hasProperty(RDF.predicate, p) && st.hasProperty(RDF.object, o))
                .collect(Collectors.toList());
    }

    private static List<String> supportingQuotes(Resource s, Property p, RDFNode o) {
        List<String> quotes = new ArrayList<>();
        for (Resource st : statementsFor(s, p, o)) {
            st.listProperties(kgx("supportedBy")).forEachRemaining(
                    sup -> quotes.add(sup.getResource().getProperty(kgx("quote")).getString()));
        }
        return quotes;
    }

    private static boolean isGeneralKnowledge(Resource s, Property p, RDFNode o) {
        return statementsFor(s, p, o).stream()
                .anyMatch(st -> st.hasProperty(kgx("basis"), kgxResource("GeneralKnowledge")));
    }

    @Test
    void theThreeBundledFilesParseWithJena() {
        for (String path : List.of("ontology/kgx.ttl", "data/kg.ttl", "data/evidence.ttl")) {
            Model model = RDFDataMgr.loadModel(BundledDataTest.class.getResource("/" + path).toString());
            assertFalse(model.isEmpty(), path);
        }
        assertTrue(facts.size() > 300, "kg.ttl has the facts of the document");
        assertTrue(evidence.size() > 1000, "evidence.ttl has a statement per fact");
    }

    @Test
    void entitiesAndEvidenceHaveIrisNotBlankNodes() {
        for (Model model : List.of(facts, evidence)) {
            model.listStatements().forEachRemaining(s -> {
                assertFalse(s.getSubject().isAnon(), "blank subject in " + s);
                assertFalse(s.getObject().isAnon(), "blank object in " + s);
            });
        }
    }

    @Test
    void everyEntityHasEnglishAndSpanishLabels() {
        List<String> missing = new ArrayList<>();
        Set<Resource> subjects = new HashSet<>(facts.listSubjects().toList());
        subjects.addAll(evidence.listSubjects().toList());
        for (Resource subject : subjects) {
            for (String lang : List.of("en", "es")) {
                if (labels(subject, RDFS.label, lang).isEmpty()) {
                    missing.add(subject.getLocalName() + "@" + lang);
                }
            }
        }
        assertTrue(missing.isEmpty(), "without a label: " + new TreeSet<>(missing));
    }

    @Test
    void everyEntityOfTheFactsHasAPreferredLabelEqualToItsLabel() {
        for (Resource subject : facts.listSubjects().toList()) {
            for (String lang : List.of("en", "es")) {
                assertEquals(labels(subject, RDFS.label, lang), labels(subject, SKOS.prefLabel, lang),
                        subject.getLocalName() + "@" + lang);
            }
        }
    }

    private static Set<String> labels(Resource subject, Property property, String lang) {
        return subject.listProperties(property).toList().stream()
                .map(Statement::getObject)
                .filter(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()))
                .map(o -> o.asLiteral().getLexicalForm())
                .collect(Collectors.toSet());
    }

    @Test
    void everyFactThatNeedsEvidenceHasAReifiedStatementWithSupportOrBasis() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Statement fact : facts.listStatements().toList()) {
            if (!needsEvidence(fact)) {
                continue;
            }
            checked++;
            boolean evidenced = statementsFor(fact.getSubject(), fact.getPredicate(), fact.getObject()).stream()
                    .anyMatch(st -> st.hasProperty(kgx("supportedBy")) || st.hasProperty(kgx("basis")));
            if (!evidenced) {
                missing.add(fact.toString());
            }
        }
        assertTrue(checked > 250, "facts checked: " + checked);
        assertTrue(missing.isEmpty(), "facts without evidence: " + missing);
    }

    @Test
    void everyReifiedStatementIsAboutAFactOfTheGraph() {
        for (Resource st : evidence.listSubjectsWithProperty(RDF.type, RDF.Statement).toList()) {
            Resource s = st.getPropertyResourceValue(RDF.subject);
            Property p = all.createProperty(st.getPropertyResourceValue(RDF.predicate).getURI());
            RDFNode o = st.getProperty(RDF.object).getObject();
            assertTrue(facts.contains(s, p, o), st.getLocalName() + " reifies a triple that is not in kg.ttl");
        }
    }

    @Test
    void everyQuoteEqualsTheSourceTextBetweenItsOffsets() {
        assertEquals(sourceText.length(), sourceText.codePointCount(0, sourceText.length()),
                "the text is in the Basic Multilingual Plane, so UTF-16 indices are code points");
        List<Resource> sentences = evidence.listSubjectsWithProperty(RDF.type, kgxResource("SourceSentence")).toList();
        assertEquals(28, sentences.size());
        for (Resource sentence : sentences) {
            String quote = sentence.getProperty(kgx("quote")).getString();
            int start = sentence.getProperty(kgx("startOffset")).getInt();
            int end = sentence.getProperty(kgx("endOffset")).getInt();
            assertEquals(quote, sourceText.substring(start, end), sentence.getLocalName());
            assertEquals("en", sentence.getProperty(kgx("quote")).getLanguage());
            assertTrue(sentence.hasProperty(all.createProperty("http://www.w3.org/ns/prov#wasQuotedFrom"),
                    kg("SourceDocument")));
        }
    }

    @Test
    void sentencesCoverTheWholeDocumentExceptItsHeadings() {
        List<Resource> sentences = evidence.listSubjectsWithProperty(RDF.type, kgxResource("SourceSentence")).toList();
        sentences.sort(Comparator.comparingInt(s -> s.getProperty(kgx("startOffset")).getInt()));
        int previousEnd = 0;
        int number = 1;
        for (Resource sentence : sentences) {
            assertEquals(number++, sentence.getProperty(kgx("sentenceNumber")).getInt(), "numbered in text order");
            int start = sentence.getProperty(kgx("startOffset")).getInt();
            String gap = sourceText.substring(previousEnd, start).strip();
            assertTrue(gap.isEmpty() || HEADINGS.contains(gap), "text between sentences is only a heading: " + gap);
            previousEnd = sentence.getProperty(kgx("endOffset")).getInt();
        }
        assertTrue(sourceText.substring(previousEnd).isBlank(), "the last sentence ends the document");
    }

    @Test
    void everySentenceOfTheDocumentSupportsAtLeastOneFact() {
        for (Resource sentence : evidence.listSubjectsWithProperty(RDF.type, kgxResource("SourceSentence")).toList()) {
            assertTrue(evidence.contains(null, kgx("supportedBy"), sentence), sentence.getLocalName() + " supports nothing");
        }
    }

    @Test
    void theSourceDocumentPointsToTheBundledTextAndSaysWhatIsUnknown() {
        Resource doc = kg("SourceDocument");
        assertTrue(doc.hasProperty(RDF.type, kgxResource("SourceDocument")));
        String textResource = doc.getProperty(kgx("textResource")).getString();
        assertEquals("data/sources/source-document.txt", textResource);
        try (InputStream in = BundledDataTest.class.getResourceAsStream("/" + textResource)) {
            assertNotNull(in);
            assertEquals(sourceText, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(sourceText.startsWith("On July 12, 2022, the meeting between Mexico President"));
        assertTrue(sourceText.endsWith("These provisions also extend to intellectual property enforcement."));
        String description = doc.listProperties(DCTerms.description).toList().stream()
                .filter(s -> "en".equals(s.getLanguage())).findFirst().orElseThrow().getString();
        assertTrue(description.contains("source document supplied with the project"), description);
        assertTrue(description.contains("No author, URL or date of publication is known"), description);
        assertFalse(labels(doc, RDFS.label, "es").isEmpty());
    }

    @Test
    void generalKnowledgeStatementsSayWhy() {
        List<Resource> gk = evidence.listSubjectsWithProperty(kgx("basis"), kgxResource("GeneralKnowledge")).toList();
        assertFalse(gk.isEmpty());
        for (Resource st : gk) {
            assertFalse(labels(st, RDFS.comment, "en").isEmpty(), st.getLocalName() + " needs a comment");
        }
    }

    @Test
    void altLabelsSupportedBySentencesAreTheDocumentsOwnWording() {
        for (Statement alt : facts.listStatements(null, SKOS.altLabel, (RDFNode) null).toList()) {
            String wording = alt.getString();
            for (String quote : supportingQuotes(alt.getSubject(), SKOS.altLabel, alt.getObject())) {
                assertTrue(quote.contains(wording), "'" + wording + "' is not in: " + quote);
            }
        }
    }

    @Test
    void everyKgxTermUsedInTheDataIsDefinedInTheOntology() {
        Set<String> undefined = new TreeSet<>();
        for (Model model : List.of(facts, evidence)) {
            model.listStatements().forEachRemaining(s -> {
                for (RDFNode n : List.of(s.getPredicate(), s.getObject())) {
                    if (n.isURIResource() && n.asResource().getURI().startsWith(KGX)
                            && !ontology.contains(n.asResource(), RDF.type)) {
                        undefined.add(n.asResource().getURI());
                    }
                }
            });
        }
        assertTrue(undefined.isEmpty(), "undefined: " + undefined);
    }

    @Test
    void datesAreXsdDatesAndCountsAndOffsetsAreXsdIntegers() {
        // Days are xsd:date; the one event known only to the month (the Summit of the Americas) is an xsd:gYearMonth.
        for (Statement s : all.listStatements(null, kgx("date"), (RDFNode) null).toList()) {
            XSDDatatype expected = s.getSubject().equals(kg("SummitOfTheAmericas")) ? XSDDatatype.XSDgYearMonth
                    : XSDDatatype.XSDdate;
            assertEquals(expected.getURI(), s.getLiteral().getDatatypeURI(), s.toString());
        }
        assertEquals(3, all.listStatements(null, kgx("date"), (RDFNode) null).toList().size(), "three dated events");
        for (String count : List.of("numberOfDeaths", "numberOfCountries", "listPosition",
                "startOffset", "endOffset", "sentenceNumber")) {
            assertDatatype(kgx(count), XSDDatatype.XSDinteger);
        }
        assertDatatype(kgx("isReaffirmation"), XSDDatatype.XSDboolean);
        assertDatatype(kgx("isExhaustive"), XSDDatatype.XSDboolean);
    }

    private static void assertDatatype(Property property, XSDDatatype datatype) {
        List<Statement> uses = all.listStatements(null, property, (RDFNode) null).toList();
        assertFalse(uses.isEmpty(), property.getLocalName() + " is used");
        for (Statement s : uses) {
            assertEquals(datatype.getURI(), s.getLiteral().getDatatypeURI(), s.toString());
        }
    }

    @Test
    void theMeetingOfJuly12Of2022ResultedInAJointStatement() {
        Resource meeting = kg("July2022Meeting");
        assertEquals(all.createTypedLiteral("2022-07-12", XSDDatatype.XSDdate), meeting.getProperty(kgx("date")).getLiteral());
        assertTrue(meeting.hasProperty(kgx("resultedIn"), kg("JointStatement")));
        assertTrue(kg("AndresManuelLopezObrador").hasProperty(kgx("participatedIn"), meeting));
        assertTrue(kg("JosephBiden").hasProperty(kgx("participatedIn"), meeting));
        assertTrue(supportingQuotes(meeting, kgx("date"), meeting.getProperty(kgx("date")).getObject()).get(0)
                .startsWith("On July 12, 2022,"));
    }

    @Test
    void jointTaskForceAlphaWorksWithOperationSentinelAndTheQuoteSaysSo() {
        assertTrue(kg("JointTaskForceAlpha").hasProperty(kgx("worksWith"), kg("OperationSentinel")));
        List<String> quotes = supportingQuotes(kg("JointTaskForceAlpha"), kgx("worksWith"), kg("OperationSentinel"));
        assertEquals(1, quotes.size());
        assertTrue(quotes.get(0).startsWith("It works closely with Operation Sentinel"));
    }

    @Test
    void jointTaskForceAlphaHasItsTenParticipants() {
        Set<String> participants = all.listSubjectsWithProperty(kgx("takesPartIn"), kg("JointTaskForceAlpha")).toList()
                .stream().map(Resource::getLocalName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("CBP", "CivilRightsDivision", "CriminalDivision", "DEA", "FBI", "ICE",
                "USAttorneyDistrictOfArizona", "USAttorneySouthernDistrictOfCalifornia",
                "USAttorneySouthernDistrictOfTexas", "USAttorneyWesternDistrictOfTexas")), participants);
    }

    @Test
    void theSanAntonioIncidentKilled51MigrantsOnJune27WithTheYearFromGeneralKnowledge() {
        Resource incident = kg("SanAntonioMigrantDeaths");
        Literal deaths = incident.getProperty(kgx("numberOfDeaths")).getLiteral();
        assertEquals(XSDDatatype.XSDinteger.getURI(), deaths.getDatatypeURI());
        assertEquals(51, deaths.getInt());
        Literal date = incident.getProperty(kgx("date")).getLiteral();
        assertEquals(all.createTypedLiteral("2022-06-27", XSDDatatype.XSDdate), date);
        assertTrue(isGeneralKnowledge(incident, kgx("date"), date), "the year 2022 is general knowledge");
        List<String> quotes = supportingQuotes(incident, kgx("date"), date);
        assertTrue(quotes.stream().anyMatch(q -> q.contains("51 migrants on June 27")), "the document supports June 27");
        assertTrue(incident.hasProperty(kgx("occurredIn"), kg("SanAntonio")));
        assertTrue(incident.hasProperty(kgx("perpetratedBy"), kg("HumanSmugglers")));
    }

    @Test
    void theSummitOfTheAmericasWasInLosAngelesInJune2022AsGeneralKnowledge() {
        Resource summit = kg("SummitOfTheAmericas");
        Literal date = summit.getProperty(kgx("date")).getLiteral();
        assertEquals(all.createTypedLiteral("2022-06", XSDDatatype.XSDgYearMonth), date);
        assertTrue(isGeneralKnowledge(summit, kgx("date"), date), "June 2022 is general knowledge");
        assertTrue(supportingQuotes(summit, kgx("date"), date).isEmpty(), "the document gives no date");
        assertTrue(summit.hasProperty(kgx("occurredIn"), kg("LosAngeles")));
        assertTrue(isGeneralKnowledge(summit, kgx("occurredIn"), kg("LosAngeles")), "Los Angeles is general knowledge");
        assertTrue(kg("LosAngeles").hasProperty(RDF.type, kgx("City")));
        assertTrue(kg("LosAngelesDeclaration").hasProperty(kgx("adoptedAt"), summit));
    }

    @Test
    void twentyOneCountriesMadeTheLosAngelesDeclaration() {
        Resource countries = kg("LosAngelesDeclarationCountries");
        Literal count = countries.getProperty(kgx("numberOfCountries")).getLiteral();
        assertEquals(XSDDatatype.XSDinteger.getURI(), count.getDatatypeURI());
        assertEquals(21, count.getInt());
        assertTrue(kg("LosAngelesDeclaration").hasProperty(kgx("madeBy"), countries));
        assertTrue(supportingQuotes(countries, kgx("numberOfCountries"), count).get(0).contains("twenty-one countries"));
    }

    @Test
    void cubaAsASourceAndNicaraguaAsAnIntermediaryHaveNotJoinedTheDeclaration() {
        assertTrue(kg("Cuba").hasProperty(kgx("hasNotJoined"), kg("LosAngelesDeclaration")));
        assertTrue(kg("Nicaragua").hasProperty(kgx("hasNotJoined"), kg("LosAngelesDeclaration")));
        assertTrue(kg("CubaAsSourceCountry").hasProperty(kgx("playedBy"), kg("Cuba")));
        assertTrue(kg("CubaAsSourceCountry").hasProperty(kgx("role"), kgxResource("SourceCountryRole")));
        assertTrue(kg("NicaraguaAsIntermediaryCountry").hasProperty(kgx("playedBy"), kg("Nicaragua")));
        assertTrue(kg("NicaraguaAsIntermediaryCountry").hasProperty(kgx("role"), kgxResource("IntermediaryCountryRole")));
        Resource limitation = kg("LosAngelesDeclarationNonParticipation");
        assertFalse(limitation.getProperty(kgx("isExhaustive")).getBoolean(), "Cuba and Nicaragua are examples, not a full list");
        assertTrue(supportingQuotes(kg("Cuba"), kgx("hasNotJoined"), kg("LosAngelesDeclaration")).get(0)
                .contains("(e.g., Cuba)"));
    }

    @Test
    void iceAndCbpAreComponentsOfDhs() {
        for (String agency : List.of("ICE", "CBP")) {
            assertTrue(kg(agency).hasProperty(kgx("isComponentOf"), kg("DHS")), agency);
            assertTrue(supportingQuotes(kg(agency), kgx("isComponentOf"), kg("DHS")).get(0)
                    .contains("DHS’s Immigration and Customs Enforcement and Customs and Border Patrol"));
        }
    }

    @Test
    void misnamedThingsHaveTheirOfficialNameAndKeepTheDocumentsWordingAsAltLabel() {
        assertOfficialAndDocumentName("LosAngelesDeclaration", "Los Angeles Declaration on Migration and Protection",
                "Los Angels Declaration on Migration and Protection");
        assertOfficialAndDocumentName("CBP", "U.S. Customs and Border Protection", "Customs and Border Patrol");
        assertOfficialAndDocumentName("USMCA", "United States-Mexico-Canada Agreement",
                "U.S.-Mexico-Canada Free Trade Agreement");
    }

    private static void assertOfficialAndDocumentName(String local, String official, String documentWording) {
        Resource entity = kg(local);
        assertEquals(Set.of(official), labels(entity, RDFS.label, "en"));
        assertEquals(Set.of(official), labels(entity, SKOS.prefLabel, "en"));
        Literal alt = all.createLiteral(documentWording, "en");
        assertTrue(entity.hasProperty(SKOS.altLabel, alt), local + " keeps '" + documentWording + "'");
        assertTrue(sourceText.contains(documentWording));
        assertFalse(supportingQuotes(entity, SKOS.altLabel, alt).isEmpty());
    }

    @Test
    void theSpanishNamesAreTheOfficialOnes() {
        assertEquals(Set.of("Fiscalía General de la República"), labels(kg("MexicoAttorneyGeneralsOffice"), RDFS.label, "es"));
        assertEquals(Set.of("Declaración de Los Ángeles sobre Migración y Protección"),
                labels(kg("LosAngelesDeclaration"), RDFS.label, "es"));
        assertEquals(Set.of("Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras"),
                labels(kg("BicentennialFramework"), RDFS.label, "es"));
        assertEquals(Set.of("Tratado entre México, Estados Unidos y Canadá (T-MEC)"), labels(kg("USMCA"), RDFS.label, "es"));
    }

    @Test
    void theAcronymUsmcaIsMarkedAsGeneralKnowledge() {
        Literal usmca = all.createLiteral("USMCA", "en");
        assertTrue(kg("USMCA").hasProperty(SKOS.altLabel, usmca));
        assertTrue(isGeneralKnowledge(kg("USMCA"), SKOS.altLabel, usmca));
        assertFalse(sourceText.contains("USMCA"), "the acronym is not in the document");
    }

    @Test
    void acronymsAreAlternativeLabels() {
        for (String[] pair : new String[][] {{"DOJ", "DOJ"}, {"DHS", "DHS"}, {"ICE", "ICE"}, {"CBP", "CBP"},
                {"FBI", "FBI"}, {"DEA", "DEA"}, {"JointTaskForceAlpha", "JTF Alpha"}, {"USMCA", "USMCA"}}) {
            assertTrue(kg(pair[0]).hasProperty(SKOS.altLabel, all.createLiteral(pair[1], "en")), pair[1]);
        }
    }

    @Test
    void theFentanylTaskForcePledgeAndTheSupplyChainAreRecorded() {
        Resource pledge = kg("PledgeFentanylTaskForce");
        assertTrue(pledge.hasProperty(RDF.type, kgxResource("Pledge")));
        assertTrue(pledge.hasProperty(kgx("addresses"), kg("Fentanyl")));
        assertTrue(pledge.hasProperty(kgx("boundParty"), kg("AndresManuelLopezObrador")));
        assertTrue(pledge.hasProperty(kgx("boundParty"), kg("JosephBiden")));
        assertTrue(kg("AssessmentMostConcreteDevelopment").hasProperty(kgx("assesses"), pledge));
        Resource ingredients = kg("FentanylIngredients");
        assertTrue(ingredients.hasProperty(kgx("originatesIn"), kg("China")));
        assertTrue(ingredients.hasProperty(kgx("isProcessedIn"), kg("Mexico")));
        assertTrue(ingredients.hasProperty(kgx("isExportedTo"), kg("UnitedStates")));
    }

    @Test
    void eachCommitmentReaffirmedThroughTheBicentennialFrameworkIsItsOwnObligation() {
        Set<String> issues = all.listSubjectsWithProperty(kgx("madeThrough"), kg("BicentennialFramework")).toList().stream()
                .map(o -> o.getPropertyResourceValue(kgx("addresses")).getLocalName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("ArmsTrafficking", "DrugAbuseAndAddiction", "Fentanyl", "HumanSmuggling")), issues);
    }

    @Test
    void theMostDifficultPledgeListsFiveBorderProblemsInOrder() {
        List<Resource> problems = kg("AssessmentMostDifficultPledge").listProperties(kgx("identifiesProblem")).toList()
                .stream().map(Statement::getResource)
                .sorted(Comparator.comparingInt(p -> p.getProperty(kgx("listPosition")).getInt()))
                .collect(Collectors.toList());
        assertEquals(List.of("CongressFailureToModernizeLegislation", "LackOfBorderProcessingResources",
                "FailureToInvestInAsylumAdjudication", "StatePoliciesAtCrossPurposes",
                "InconsistentPoliciesAcrossAdministrations"),
                problems.stream().map(Resource::getLocalName).collect(Collectors.toList()));
        assertTrue(kg("AssessmentMostDifficultPledge").hasProperty(kgx("assesses"), kg("PledgeBorderEnforcementAndHumanRights")));
    }
}
