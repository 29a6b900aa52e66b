package org.kgexplorer.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgexplorer.core.explain.ExplainStores.KG;
import static org.kgexplorer.core.explain.ExplainStores.KGX;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.Term;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;

class MatrixTest {
    private static KnowledgeStore bundled;

    @BeforeAll
    static void load() throws Exception {
        bundled = ExplainStores.bundledInMemory();
    }

    private static Matrix.Result actorsByObligations(KnowledgeStore store) {
        return Matrix.read(store, KGX + "Actor", KGX + "Obligation", LabelMode.ENGLISH, Cancellation.none());
    }

    @Test
    void actorsByObligationsShowWhoIsBoundByWhatWithEvidence() {
        Matrix.Result m = actorsByObligations(bundled);
        assertEquals("actor", m.rowClass().label(LabelMode.ENGLISH));
        assertEquals("obligación", m.columnClass().label(LabelMode.SPANISH));
        Set<String> rows = m.rows().stream().map(Term::key).collect(Collectors.toSet());
        assertTrue(rows.containsAll(Set.of(KG + "JosephBiden", KG + "AndresManuelLopezObrador")), rows.toString());
        Matrix.Cell cell = m.cell(KG + "JosephBiden", KG + "PledgeFentanylTaskForce");
        assertNotNull(cell, "Biden is bound by the pledge of a fentanyl task force");
        ExplainedFact bound = cell.facts().stream().filter(f -> f.predicate().key().equals(KGX + "boundParty"))
                .findFirst().orElseThrow();
        assertEquals(KG + "PledgeFentanylTaskForce", bound.subject().key(), "the link runs from the column to the row");
        assertEquals(5, bound.evidence().get(0).sentences().get(0).number());
        for (Matrix.Cell c : m.cells()) {
            for (ExplainedFact f : c.facts()) {
                assertFalse(f.evidence().isEmpty(), "every fact of the bundled graph has evidence: " + f.text(LabelMode.ENGLISH));
            }
        }
        assertFalse(m.cut());
        assertEquals(m.cells().stream().mapToInt(c -> c.facts().size()).sum(), m.factCount());
    }

    @Test
    void organisationsByTaskForcesShowWhoTakesPartInWhat() {
        Matrix.Result m = Matrix.read(bundled, KGX + "Organization", KGX + "TaskForce", LabelMode.SPANISH,
                Cancellation.none());
        Set<String> inAlpha = new TreeSet<>();
        for (Matrix.Cell c : m.cells()) {
            if (c.column().key().equals(KG + "JointTaskForceAlpha")
                    && c.facts().stream().anyMatch(f -> f.predicate().key().equals(KGX + "takesPartIn"))) {
                inAlpha.add(c.row().key().substring(KG.length()));
            }
        }
        assertEquals(new TreeSet<>(List.of("CBP", "CivilRightsDivision", "CriminalDivision", "DEA", "FBI", "ICE",
                "USAttorneyDistrictOfArizona", "USAttorneySouthernDistrictOfCalifornia",
                "USAttorneySouthernDistrictOfTexas", "USAttorneyWesternDistrictOfTexas")), inAlpha);
        assertTrue(m.cells().stream().noneMatch(c -> c.row().key().equals(c.column().key())), "no entity with itself");
        List<String> names = m.rows().stream().map(t -> t.label(LabelMode.SPANISH)).toList();
        assertEquals(names.stream().sorted(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("es"))).toList(),
                names, "rows in Spanish order");
    }

    @Test
    void aTdb2DatabaseGivesTheSameMatrix(@TempDir Path dir) throws Exception {
        Matrix.Result memory = actorsByObligations(bundled);
        try (TdbStore db = ExplainStores.bundledInDatabase(dir)) {
            Matrix.Result database = actorsByObligations(db);
            assertEquals(memory.rows(), database.rows());
            assertEquals(memory.columns(), database.columns());
            assertEquals(memory.cells(), database.cells());
        }
    }

    @Test
    void generatedAgenciesAreBoundByTheirOwnObligationAndTakePartInTaskForces(@TempDir Path dir) throws Exception {
        KnowledgeStore store = ExplainStores.generated(dir, 20_000);
        Matrix.Result pledges = Matrix.read(store, KGX + "Agency", KGX + "Pledge", LabelMode.ENGLISH, Cancellation.none());
        Matrix.Result commitments = Matrix.read(store, KGX + "Agency", KGX + "Commitment", LabelMode.ENGLISH,
                Cancellation.none());
        long agencies = Explanations.select(store, Explanations.PREFIXES + "SELECT ?a WHERE { ?a a kgx:Agency }",
                Cancellation.none(), b -> b.get("a")).size();
        assertEquals(agencies, pledges.cells().size() + commitments.cells().size(), "one obligation per agency");
        for (Matrix.Cell c : pledges.cells()) {
            String agency = c.row().key().substring(c.row().key().lastIndexOf('-') + 1);
            assertTrue(c.column().key().endsWith("obligation-" + agency), c.column().key());
        }
        Matrix.Result taskForces = Matrix.read(store, KGX + "Agency", KGX + "TaskForce", LabelMode.ENGLISH,
                Cancellation.none());
        assertEquals(agencies, taskForces.rows().size(), "every agency takes part in a task force");
        assertTrue(taskForces.cells().stream().allMatch(c -> c.facts().stream()
                .anyMatch(f -> f.predicate().key().equals(KGX + "takesPartIn"))));
    }

    @Test
    void theClassesOfferedAreTheDataClassesNotTheVocabularies() {
        List<String> classes = Matrix.classes(bundled, LabelMode.ENGLISH, Cancellation.none()).stream()
                .map(Term::key).toList();
        assertTrue(classes.containsAll(List.of(KGX + "Actor", KGX + "Obligation", KGX + "Organization",
                KGX + "TaskForce", KGX + "Event")), classes.toString());
        assertTrue(classes.stream().noneMatch(c -> c.startsWith("http://www.w3.org/2002/07/owl#")
                || c.startsWith("http://www.w3.org/2000/01/rdf-schema#")), classes.toString());
    }

    @Test
    void moreLinksThanTheLimitAreCutAndACancelledReadStops() {
        Matrix.Result cut = Matrix.read(bundled, KGX + "Actor", KGX + "Obligation", LabelMode.ENGLISH, 3,
                Cancellation.none());
        assertTrue(cut.cut());
        assertEquals(3, cut.factCount());
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThrows(CancellationException.class, () -> Matrix.read(bundled, KGX + "Actor", KGX + "Obligation",
                LabelMode.ENGLISH, cancelled));
    }

    @Test
    void theCsvHasAFactPerLineWithItsEvidenceAndIsSpreadsheetSafe(@TempDir Path dir) throws Exception {
        KnowledgeStore store = ExplainStores.turtle(dir, """
                ex:Person a rdfs:Class . ex:Duty a rdfs:Class .
                ex:p a ex:Person ; rdfs:label "=HYPERLINK(\\"http://evil\\")"@en .
                ex:d a ex:Duty ; rdfs:label "Duty"@en ; ex:binds ex:p .
                ex:st a rdf:Statement ; rdf:subject ex:d ; rdf:predicate ex:binds ; rdf:object ex:p ;
                    kgx:supportedBy ex:s1 .
                ex:s1 kgx:quote "-1 is what \\"they\\" said, line\\nbreak" ; kgx:sentenceNumber 4 .
                """);
        Matrix.Result m = Matrix.read(store, "http://example.org/Person", "http://example.org/Duty", LabelMode.ENGLISH,
                Cancellation.none());
        Path file = dir.resolve("matrix.csv");
        MatrixCsv.save(m, LabelMode.ENGLISH, file, Cancellation.none());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith(String.join(",", MatrixCsv.COLUMNS) + "\r\n"), text);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertEquals(2, records.size());
        CSVRecord fact = records.get(1);
        assertEquals("'=HYPERLINK(\"http://evil\")", fact.get(1), "a formula is neutralised");
        assertEquals("http://example.org/d", fact.get(4));
        assertEquals("http://example.org/binds", fact.get(5));
        assertEquals("4", fact.get(9));
        assertEquals("'-1 is what \"they\" said, line\nbreak", fact.get(10));
        assertEquals("false", fact.get(11));
    }

    @Test
    void aCancelledSaveLeavesTheFileAsItWas(@TempDir Path dir) throws Exception {
        Matrix.Result m = actorsByObligations(bundled);
        Path file = dir.resolve("matrix.csv");
        Files.writeString(file, "before");
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThrows(CancellationException.class, () -> MatrixCsv.save(m, LabelMode.ENGLISH, file, cancelled));
        assertEquals("before", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixCsv.write(m, LabelMode.SPANISH, out, Cancellation.none());
        long lines = out.toString(StandardCharsets.UTF_8).lines().count();
        assertTrue(lines > m.factCount(), "a header and a line per fact at least: " + lines);
    }
}
