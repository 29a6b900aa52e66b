package org.kgexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The question library: every file is listed, titled in two languages, runs, and gives the answer the source gives. */
class QuestionLibraryTest {
    private static final String KG = "https://kgexplorer.org/id/";
    private static final String KGX = "https://kgexplorer.org/ontology#";

    private static Path folder;
    private static Model graph;
    private static String sourceText;

    @BeforeAll
    static void loadLibraryAndGraph() throws IOException, URISyntaxException {
        URL index = QuestionLibraryTest.class.getResource("/data/queries/index.txt");
        assertNotNull(index, "data/queries/index.txt is not on the class path");
        folder = Path.of(index.toURI()).getParent();
        graph = ModelFactory.createDefaultModel();
        for (String resource : List.of("/ontology/kgx.ttl", "/data/kg.ttl", "/data/evidence.ttl")) {
            try (InputStream in = QuestionLibraryTest.class.getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            }
        }
        try (InputStream in = QuestionLibraryTest.class.getResourceAsStream("/data/sources/source-document.txt")) {
            sourceText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> indexedFiles() {
        try (InputStream in = QuestionLibraryTest.class.getResourceAsStream("/data/queries/index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A SELECT answer as rows of plain strings (lexical forms for literals, IRIs for resources). */
    private static List<Map<String, String>> select(String file) {
        Query query = QueryFactory.create(read(file));
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution solution = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String var : rs.getResultVars()) {
                    RDFNode node = solution.get(var);
                    if (node != null) {
                        row.put(var, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).collect(Collectors.toList());
    }

    private static Set<String> columnSet(String file, String var) {
        return new TreeSet<>(column(select(file), var));
    }

    private static Set<String> set(String... values) {
        return new TreeSet<>(List.of(values));
    }

    @Test
    void theIndexListsExactlyTheQueryFilesOfTheFolder() throws IOException {
        List<String> indexed = indexedFiles();
        assertEquals(indexed.size(), new TreeSet<>(indexed).size(), "no file is listed twice");
        Set<String> present;
        try (Stream<Path> files = Files.list(folder)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, new TreeSet<>(indexed));
        assertTrue(indexed.size() >= 15, "at least 15 questions, found " + indexed.size());
        for (String name : indexed) {
            assertTrue(name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.rq"), "lower-case-hyphenated: " + name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexedFiles")
    void eachQuestionStartsWithItsTitleSpanishTitleAndDescription(String file) {
        List<String> lines = read(file).lines().limit(3).collect(Collectors.toList());
        assertTrue(lines.get(0).matches("# title: \\S.*"), lines.get(0));
        assertTrue(lines.get(1).matches("# title@es: \\S.*"), lines.get(1));
        assertTrue(lines.get(2).matches("# description: \\S.*"), lines.get(2));
    }

    @Test
    void theRequiredQuestionsArePresentWithTheirExactTitles() {
        Set<String> titles = indexedFiles().stream().map(f -> read(f).lines().findFirst().orElseThrow())
                .collect(Collectors.toSet());
        for (String title : List.of("Who takes part in Joint Task Force Alpha?", "Which pledges address fentanyl?",
                "Which countries have not joined the Los Angeles Declaration?", "Which sentence supports a relationship?")) {
            assertTrue(titles.contains("# title: " + title), title);
        }
    }

    @Test
    void theLibraryHasSelectAskAndConstructQuestions() {
        Set<String> kinds = indexedFiles().stream().map(f -> {
            Query q = QueryFactory.create(read(f));
            return q.isSelectType() ? "SELECT" : q.isAskType() ? "ASK" : q.isConstructType() ? "CONSTRUCT" : "OTHER";
        }).collect(Collectors.toSet());
        assertEquals(Set.of("SELECT", "ASK", "CONSTRUCT"), kinds);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexedFiles")
    void eachQuestionParsesRunsAndAnswers(String file) {
        Query query = QueryFactory.create(read(file));
        try (QueryExecution qe = QueryExecution.model(graph).query(query).build()) {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                assertTrue(rs.hasNext(), file + " has rows");
                for (String var : rs.getResultVars()) {
                    assertFalse(var.isBlank());
                }
            } else if (query.isAskType()) {
                assertTrue(qe.execAsk(), file);
            } else {
                assertFalse(qe.execConstruct().isEmpty(), file);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexedFiles")
    void eachQuestionGivesTheAnswerTheSourceDocumentGives(String file) {
        Consumer<String> check = EXPECTED.get(file);
        assertNotNull(check, "no expected answer for " + file + ": add one to EXPECTED");
        check.accept(file);
    }

    private static final Map<String, Consumer<String>> EXPECTED = new HashMap<>();

    static {
        EXPECTED.put("who-takes-part-in-jtf-alpha.rq", f -> {
            assertEquals(set("Civil Rights Division", "Criminal Division", "Drug Enforcement Administration",
                    "Federal Bureau of Investigation", "U.S. Attorney's Office for the District of Arizona",
                    "U.S. Attorney's Office for the Southern District of California",
                    "U.S. Attorney's Office for the Southern District of Texas",
                    "U.S. Attorney's Office for the Western District of Texas",
                    "U.S. Customs and Border Protection", "U.S. Immigration and Customs Enforcement"),
                    columnSet(f, "participantLabel"));
            Map<String, String> roles = select(f).stream().collect(Collectors.toMap(
                    r -> r.get("participantLabel"), r -> r.getOrDefault("roles", "")));
            assertTrue(roles.get("U.S. Immigration and Customs Enforcement").contains("law enforcement agent"));
            assertTrue(roles.get("U.S. Immigration and Customs Enforcement").contains("analyst"));
            assertEquals("prosecutor", roles.get("Criminal Division"));
        });
        EXPECTED.put("how-many-relationships-does-each-organization-have.rq", f -> {
            List<Map<String, String>> rows = select(f);
            assertEquals(KG + "JointTaskForceAlpha", rows.get(0).get("organization"), "the most connected first");
            // counted here from the statements themselves: JTF Alpha as subject or object of an object property
            long alpha = graph.listStatements().toList().stream().filter(st -> st.getObject().isResource()
                    && (st.getSubject().getURI() != null && st.getSubject().getURI().equals(KG + "JointTaskForceAlpha")
                    || st.getObject().isURIResource() && st.getObject().asResource().getURI().equals(KG + "JointTaskForceAlpha"))
                    && graph.contains(st.getPredicate(), org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.ObjectProperty))
                    .count();
            assertEquals(String.valueOf(alpha), rows.get(0).get("relationships"));
            assertTrue(column(rows, "organization").containsAll(List.of(KG + "DOJ", KG + "DHS", KG + "FBI")));
        });
        EXPECTED.put("how-many-pledges-and-commitments-does-each-party-make.rq", f -> {
            Map<String, String> byParty = select(f).stream().collect(Collectors.toMap(r -> r.get("party"), r -> r.get("obligations")));
            // the joint statement's fifteen obligations bind both presidents
            assertEquals("15", byParty.get(KG + "AndresManuelLopezObrador"));
            assertEquals("15", byParty.get(KG + "JosephBiden"));
        });
        EXPECTED.put("which-issues-do-the-most-pledges-and-commitments-address.rq", f -> {
            List<Map<String, String>> rows = select(f);
            assertEquals(KG + "Migration", rows.get(0).get("issue"));
            assertTrue(column(rows, "issue").containsAll(List.of(KG + "Fentanyl", KG + "HumanSmuggling")));
        });
        EXPECTED.put("how-many-facts-does-each-sentence-support.rq", f -> {
            List<Map<String, String>> rows = select(f);
            assertEquals(KG + "sentence-01", rows.get(0).get("sentence"), "in reading order");
            long supported = graph.listStatements(null, graph.createProperty(KGX + "supportedBy"), (RDFNode) null).toList().stream()
                    .map(st -> st.getObject().asResource().getURI()).distinct().count();
            assertEquals(supported, rows.size(), "every sentence that supports a fact");
            int total = rows.stream().mapToInt(r -> Integer.parseInt(r.get("facts"))).sum();
            assertTrue(total > 300, "the facts with a sentence: " + total);
        });
        EXPECTED.put("who-are-the-prosecutors-in-jtf-alpha.rq", f -> assertEquals(set("Civil Rights Division",
                "Criminal Division", "U.S. Attorney's Office for the District of Arizona",
                "U.S. Attorney's Office for the Southern District of California",
                "U.S. Attorney's Office for the Southern District of Texas",
                "U.S. Attorney's Office for the Western District of Texas"), columnSet(f, "officeLabel")));
        EXPECTED.put("which-agencies-are-dhs-components.rq", f -> {
            assertEquals(set("U.S. Customs and Border Protection", "U.S. Immigration and Customs Enforcement"),
                    columnSet(f, "agencyLabel"));
            assertTrue(column(select(f), "otherNames").stream().anyMatch(n -> n.contains("Customs and Border Patrol")));
        });
        EXPECTED.put("what-does-operation-sentinel-target.rq", f -> assertEquals(set(
                "Transnational criminal organizations affiliated with migrant smuggling",
                "Transnational criminal organizations", "Human smuggling",
                "United States Department of Homeland Security"), columnSet(f, "itemLabel")));
        EXPECTED.put("does-jtf-alpha-work-with-operation-sentinel.rq", f -> {
            try (QueryExecution qe = QueryExecution.model(graph).query(read(f)).build()) {
                assertTrue(qe.execAsk());
            }
        });
        EXPECTED.put("which-countries-form-the-northern-triangle.rq", f -> {
            assertEquals(set("El Salvador", "Guatemala", "Honduras"), columnSet(f, "countryLabel"));
            assertTrue(sourceText.contains("Northern Triangle countries of Guatemala, El Salvador, and Honduras"));
        });
        EXPECTED.put("what-did-the-july-12-meeting-produce.rq", f -> {
            Set<String> outcomes = columnSet(f, "outcomeLabel");
            assertEquals(16, outcomes.size(), "the joint statement and fifteen obligations: " + outcomes);
            assertTrue(outcomes.contains("Joint statement of Presidents López Obrador and Biden (July 12, 2022)"));
            assertTrue(outcomes.contains("Pledge to establish a U.S.–Mexico operational task force to disrupt the flow of fentanyl"));
        });
        EXPECTED.put("what-did-the-two-leaders-commit-to.rq", f -> {
            List<Map<String, String>> rows = select(f);
            assertEquals(15, rows.size());
            assertEquals(set("commitment", "pledge"), new TreeSet<>(column(rows, "kindLabel")));
        });
        EXPECTED.put("which-pledges-address-fentanyl.rq", f -> {
            assertEquals(set("Commitment to cooperate to address the challenge of fentanyl",
                    "Pledge to establish a U.S.–Mexico operational task force to disrupt the flow of fentanyl"),
                    columnSet(f, "obligationLabel"));
            assertTrue(sourceText.contains("They pledged to establish a U.S.-Mexico operational task force to disrupt the flow of fentanyl"));
        });
        EXPECTED.put("which-issues-does-the-bicentennial-framework-address.rq", f -> assertEquals(set(
                "Arms trafficking", "Cross-border law enforcement cooperation", "Drug abuse and addiction", "Fentanyl",
                "Human smuggling"), columnSet(f, "issueLabel")));
        EXPECTED.put("which-migration-pledges-did-the-leaders-make.rq", f -> assertEquals(set(
                "Pledge to accelerate and expand international cooperation programs for the most marginalized communities",
                "Pledge to build on the commitments at the Summit of the Americas",
                "Pledge to join efforts to address the economic and security drivers of migration",
                "Pledge to maintain strong border enforcement policies while ensuring full protection of human rights",
                "Pledge to put development at the center of all migration policies",
                "Pledge to take immediate and coordinated steps to manage the flows of migrants"),
                columnSet(f, "pledgeLabel")));
        EXPECTED.put("what-happened-in-san-antonio.rq", f -> {
            Set<String> values = columnSet(f, "valueLabel");
            assertTrue(values.containsAll(set("2022-06-27", "51", "San Antonio", "Human smugglers", "Migrants")), values.toString());
            assertTrue(sourceText.contains("deaths of 51 migrants on June 27 at the hands of human smugglers in San Antonio"));
        });
        EXPECTED.put("what-happened-when.rq", f -> assertEquals(List.of("2022-06", "2022-06-27", "2022-07-12"),
                column(select(f), "date")));
        EXPECTED.put("who-coordinates-to-arrest-and-prosecute-smugglers.rq", f -> assertEquals(set(
                "Attorney General's Office of Mexico", "Joint Task Force Alpha", "Mexican partners of Joint Task Force Alpha",
                "United States Department of Homeland Security", "United States Department of Justice"),
                columnSet(f, "actorLabel")));
        EXPECTED.put("where-does-fentanyl-come-from.rq", f -> {
            assertEquals(List.of("China", "Mexico", "Mexico", "United States"), column(select(f), "placeLabel"));
            assertTrue(sourceText.contains("originate in China and are brought into Mexico"));
        });
        EXPECTED.put("what-did-the-analyst-assess.rq", f -> {
            assertEquals(set("Bicentennial Framework for Security, Public Health, and Safe Communities",
                    "Los Angeles Declaration on Migration and Protection",
                    "Pledge to establish a U.S.–Mexico operational task force to disrupt the flow of fentanyl",
                    "Pledge to maintain strong border enforcement policies while ensuring full protection of human rights",
                    "United States-Mexico-Canada Agreement"), columnSet(f, "assessedLabel"));
            Set<String> judgements = columnSet(f, "judgement");
            assertTrue(judgements.contains("perhaps the most concrete development"));
            assertTrue(judgements.contains("the most difficult pledge"));
        });
        EXPECTED.put("what-makes-the-border-pledge-difficult.rq", f -> {
            List<Map<String, String>> rows = select(f);
            assertEquals(List.of("1", "2", "3", "4", "5"), column(rows, "position"));
            assertEquals("United States Congress", rows.get(0).get("responsibleLabel"));
            assertEquals("U.S. state governments", rows.get(3).get("responsibleLabel"));
            assertTrue(rows.get(2).get("problemLabel").contains("asylum"));
        });
        EXPECTED.put("which-countries-have-not-joined-the-los-angeles-declaration.rq", f -> {
            assertEquals(set("Cuba", "Nicaragua"), columnSet(f, "countryLabel"));
            assertTrue(sourceText.contains("sources (e.g., Cuba) and intermediary locations (e.g., Nicaragua) have not joined"));
        });
        EXPECTED.put("which-roles-do-countries-play-in-migration.rq", f -> {
            Map<String, String> roles = select(f).stream().collect(Collectors.toMap(
                    r -> r.get("countryLabel"), r -> r.get("roleLabel")));
            assertEquals(Map.of("Cuba", "source country of migration", "Nicaragua", "intermediary country of migration"), roles);
        });
        EXPECTED.put("what-do-the-usmca-provisions-cover.rq", f -> assertEquals(set("Labor", "Environment",
                "Intellectual property enforcement", "Cross-border law enforcement cooperation", "Government of Mexico",
                "United States Government", "Other stakeholders"), columnSet(f, "itemLabel")));
        EXPECTED.put("which-sentence-says-jtf-alpha-works-with-operation-sentinel.rq", f -> {
            List<Map<String, String>> rows = select(f);
            assertEquals(1, rows.size());
            assertQuoteMatchesSource(rows.get(0));
            assertTrue(rows.get(0).get("quote").startsWith("It works closely with Operation Sentinel"));
        });
        EXPECTED.put("which-sentence-supports-a-relationship.rq", f -> {
            List<Map<String, String>> rows = select(f);
            assertTrue(rows.size() > 300, "every fact with a sentence: " + rows.size());
            rows.forEach(QuestionLibraryTest::assertQuoteMatchesSource);
            assertTrue(rows.stream().anyMatch(r -> "Joint Task Force Alpha".equals(r.get("subjectLabel"))
                    && "works with".equals(r.get("predicateLabel")) && "Operation Sentinel".equals(r.get("objectLabel"))));
            assertEquals(set("subjectLabel", "predicateLabel", "objectLabel", "quote", "start", "end", "statement"),
                    new TreeSet<>(rows.get(0).keySet()));
        });
        EXPECTED.put("which-facts-come-from-general-knowledge.rq", f -> {
            List<Map<String, String>> rows = select(f);
            Set<String> objects = new TreeSet<>(column(rows, "objectLabel"));
            assertTrue(objects.containsAll(set("USMCA", "2022-06-27", "2022-06", "Los Angeles", "ICE", "CBP", "DEA", "JTF Alpha")), objects.toString());
            rows.forEach(r -> assertFalse(r.get("why").isBlank()));
        });
        EXPECTED.put("where-does-the-document-use-other-names.rq", f -> {
            List<String> wordings = column(select(f), "documentWording");
            assertTrue(wordings.containsAll(List.of("Los Angels Declaration on Migration and Protection",
                    "Customs and Border Patrol", "U.S.-Mexico-Canada Free Trade Agreement")), wordings.toString());
            wordings.forEach(w -> assertTrue(sourceText.contains(w), "the document says '" + w + "'"));
        });
        EXPECTED.put("construct-the-jtf-alpha-network.rq", f -> {
            Model network;
            try (QueryExecution qe = QueryExecution.model(graph).query(read(f)).build()) {
                network = qe.execConstruct();
            }
            assertTrue(network.contains(network.createResource(KG + "JointTaskForceAlpha"),
                    network.createProperty(KGX + "worksWith"), network.createResource(KG + "OperationSentinel")));
            assertTrue(network.contains(network.createResource(KG + "ICE"),
                    network.createProperty(KGX + "takesPartIn"), network.createResource(KG + "JointTaskForceAlpha")));
            assertTrue(network.contains(network.createResource(KG + "OperationSentinel"),
                    org.apache.jena.vocabulary.RDFS.label, network.createLiteral("Operation Sentinel", "en")));
        });
    }

    private static void assertQuoteMatchesSource(Map<String, String> row) {
        String quote = row.get("quote");
        int start = Integer.parseInt(row.get("start"));
        int end = Integer.parseInt(row.get("end"));
        assertTrue(sourceText.contains(quote), quote);
        assertEquals(quote, sourceText.substring(start, end));
    }
}
