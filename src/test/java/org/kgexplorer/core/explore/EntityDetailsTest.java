package org.kgexplorer.core.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

class EntityDetailsTest {
    static EntityDetails alpha;

    @BeforeAll
    static void read() {
        alpha = EntityDetailsReader.read(Fixtures.bundled(), Fixtures.KG + "JointTaskForceAlpha", LabelMode.ENGLISH,
                Cancellation.none());
    }

    private static PropertyGroup group(EntityDetails d, String predicate, PropertyGroup.Direction direction) {
        return (direction == PropertyGroup.Direction.OUT ? d.outgoing() : d.incoming()).stream()
                .filter(g -> g.predicate().key().equals(predicate)).findFirst().orElseThrow();
    }

    @Test
    void jtfAlphaIsATaskForce() {
        assertEquals(List.of("task force"), alpha.types().stream().map(t -> t.label(LabelMode.ENGLISH)).toList());
        assertEquals("Joint Task Force Alpha", alpha.entity().label(LabelMode.ENGLISH));
    }

    @Test
    void itsLabelsInEnglishAndSpanishAndItsAcronym() {
        assertEquals(List.of("Joint Task Force Alpha"), alpha.labels("en").stream().map(EntityName::text).toList());
        assertEquals(List.of("Fuerza de Tarea Conjunta Alfa"), alpha.labels("es").stream().map(EntityName::text).toList());
        EntityName jtf = alpha.alternativeLabels().get(0);
        assertEquals("JTF Alpha", jtf.text());
        assertTrue(jtf.evidence().get(0).generalKnowledge());
    }

    @Test
    void whoTakesPartInItIsGroupedUnderOnePredicate() {
        PropertyGroup takesPart = group(alpha, Fixtures.KGX + "takesPartIn", PropertyGroup.Direction.IN);
        assertEquals("takes part in", takesPart.predicate().label(LabelMode.ENGLISH));
        List<String> who = takesPart.facts().stream().map(f -> takesPart.other(f).label(LabelMode.ENGLISH)).toList();
        assertEquals(10, who.size(), who.toString());
        assertTrue(who.contains("U.S. Immigration and Customs Enforcement"));
        assertTrue(who.contains("Federal Bureau of Investigation"));
        assertEquals(who.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), who);
        assertTrue(takesPart.facts().stream().allMatch(Fact::hasEvidence));
    }

    @Test
    void worksWithOperationSentinelIsSaidBySentence15() throws Exception {
        PropertyGroup worksWith = group(alpha, Fixtures.KGX + "worksWith", PropertyGroup.Direction.OUT);
        assertEquals("works with", worksWith.predicate().label(LabelMode.ENGLISH));
        Fact fact = worksWith.facts().get(0);
        assertEquals("Joint Task Force Alpha works with Operation Sentinel", fact.sentence(LabelMode.ENGLISH));
        SourceSentence s = fact.sentences().get(0);
        assertEquals(15, s.number());
        assertEquals(2481, s.start());
        assertEquals(2651, s.end());
        assertTrue(s.quote().startsWith("It works closely with Operation Sentinel"));
        assertEquals(BundledGraph.SOURCE_TEXT, s.textResource());
        String text = new SourceTexts().text(s.textResource(), Fixtures.bundled().sources()).orElseThrow();
        int[] range = SourceTexts.charRange(text, s.start(), s.end()).orElseThrow();
        assertEquals(s.quote(), text.substring(range[0], range[1]));
        assertFalse(fact.evidence().get(0).generalKnowledge());
        assertEquals("source text", fact.evidence().get(0).basis().label(LabelMode.ENGLISH));
    }

    @Test
    void aGeneralKnowledgeFactShowsItsBasisAndReason() {
        EntityDetails fbi = EntityDetailsReader.read(Fixtures.bundled(), Fixtures.KG + "FBI", LabelMode.ENGLISH,
                Cancellation.none());
        Fact partOfDoj = group(fbi, Fixtures.KGX + "isComponentOf", PropertyGroup.Direction.OUT).facts().get(0);
        Evidence e = partOfDoj.evidence().get(0);
        assertTrue(e.generalKnowledge());
        assertTrue(partOfDoj.onlyGeneralKnowledge());
        assertEquals("general knowledge", e.basis().label(LabelMode.ENGLISH));
        assertTrue(e.comment().contains("does not say which department the FBI belongs to"), e.comment());
        assertTrue(e.sentences().isEmpty());
    }

    @Test
    void reificationNodesAreEvidenceNotNeighbours() {
        List<PropertyGroup> all = new java.util.ArrayList<>(alpha.outgoing());
        all.addAll(alpha.incoming());
        assertTrue(all.stream().flatMap(g -> g.facts().stream().map(g::other))
                .noneMatch(t -> t.isResource() && t.key().contains("/stmt-")));
        assertTrue(all.stream().noneMatch(g -> g.predicate().key().startsWith("http://www.w3.org/1999/02/22-rdf-syntax-ns#")));
        assertFalse(alpha.factsWithEvidence().isEmpty());
    }

    @Test
    void spanishModeReadsTheFactsInSpanish() {
        EntityDetails es = EntityDetailsReader.read(Fixtures.bundled(), Fixtures.KG + "JointTaskForceAlpha",
                LabelMode.SPANISH, Cancellation.none());
        Fact fact = group(es, Fixtures.KGX + "worksWith", PropertyGroup.Direction.OUT).facts().get(0);
        assertEquals("Fuerza de Tarea Conjunta Alfa trabaja con Operación Centinela", fact.sentence(LabelMode.SPANISH));
    }

    @Test
    void aSentenceListsTheFactsItSupports() {
        EntityDetails s15 = EntityDetailsReader.read(Fixtures.bundled(), Fixtures.KG + "sentence-15", LabelMode.ENGLISH,
                Cancellation.none());
        assertTrue(s15.supports().stream().anyMatch(f -> f.sentence(LabelMode.ENGLISH)
                .equals("Joint Task Force Alpha works with Operation Sentinel")));
        assertTrue(s15.incoming().stream().noneMatch(g -> g.predicate().key().equals(Fixtures.KGX + "supportedBy")));
    }

    @Test
    void anUnknownIriHasNothingToSay() {
        assertTrue(EntityDetailsReader.read(Fixtures.bundled(), "http://example.org/nothing", LabelMode.ENGLISH,
                Cancellation.none()).isEmpty());
    }

    @Test
    void otherDataWithItsOwnEvidenceAndTextBesideTheFile(@TempDir Path dir) throws Exception {
        KnowledgeStore store = Fixtures.harbour(dir);
        EntityDetails hercules = EntityDetailsReader.read(store, Fixtures.EX + "Hercules", LabelMode.ENGLISH,
                Cancellation.none());
        Fact berths = group(hercules, Fixtures.EX + "berthsAt", PropertyGroup.Direction.OUT).facts().get(0);
        assertEquals("Hercules berths at Port of Valparaíso", berths.sentence(LabelMode.ENGLISH));
        SourceSentence s = berths.sentences().get(0);
        assertEquals("Harbour report", s.document().label(LabelMode.ENGLISH));
        String text = new SourceTexts().text(s.textResource(), store.sources()).orElseThrow();
        int[] range = SourceTexts.charRange(text, s.start(), s.end()).orElseThrow();
        assertEquals("Hercules berths at Valparaíso.", text.substring(range[0], range[1]));

        EntityDetails port = EntityDetailsReader.read(store, Fixtures.EX + "Valparaiso", LabelMode.SPANISH,
                Cancellation.none());
        assertEquals(List.of("Atlas", "Estrella del Sur", "Hercules"), group(port, Fixtures.EX + "berthsAt",
                PropertyGroup.Direction.IN).facts().stream().map(Fact::subject).map(t -> t.label(LabelMode.SPANISH)).toList());
        assertEquals("General knowledge: VAP is the port's code.", port.alternativeLabels().get(0).evidence().get(0).comment());
    }

    @Test
    void aMissingTextIsAbsentNotAnError(@TempDir Path dir) throws Exception {
        KnowledgeStore store = Fixtures.harbour(dir);
        java.nio.file.Files.delete(dir.resolve("texts/report.txt"));
        assertTrue(new SourceTexts().text("texts/report.txt", store.sources()).isEmpty());
        assertTrue(new SourceTexts().text(null, store.sources()).isEmpty());
        assertTrue(SourceTexts.charRange("short", 2, 99).isEmpty());
    }
}
