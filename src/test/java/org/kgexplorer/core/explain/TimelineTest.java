package org.kgexplorer.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgexplorer.core.explain.ExplainStores.KG;
import static org.kgexplorer.core.explain.ExplainStores.KGX;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.SourceSentence;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;

class TimelineTest {
    private static KnowledgeStore bundled;

    @BeforeAll
    static void load() throws Exception {
        bundled = ExplainStores.bundledInMemory();
    }

    private static List<String> entities(Timeline.Result r) {
        return r.entries().stream().map(e -> e.entity().key()).toList();
    }

    @Test
    void theBundledGraphShowsTheSummitSanAntonioAndTheMeetingInThatOrder() {
        Timeline.Result r = Timeline.read(bundled, Cancellation.none());
        assertEquals(List.of(KG + "SummitOfTheAmericas", KG + "SanAntonioMigrantDeaths", KG + "July2022Meeting"),
                entities(r));
        assertEquals(0, r.invalid());
        assertFalse(r.cut());

        Timeline.Entry summit = r.entries().get(0);
        assertEquals(new TimePoint(2022, 6, 0, "", TimePoint.Precision.MONTH), summit.when());
        assertEquals(KGX + "date", summit.property().key());
        assertEquals("Cumbre de las Américas", summit.entity().label(LabelMode.SPANISH));
        assertEquals("summit", summit.kinds().get(0).label(LabelMode.ENGLISH));
        assertTrue(summit.generalKnowledge(), "June 2022 is general knowledge");
        assertTrue(summit.evidence().get(0).comment().startsWith("General knowledge: "), summit.evidence().toString());
        assertTrue(summit.evidence().get(0).sentences().isEmpty(), "the document gives no date for the Summit");

        Timeline.Entry sanAntonio = r.entries().get(1);
        assertEquals("2022-06-27", sanAntonio.value().lexical());
        assertEquals(TimePoint.Precision.DAY, sanAntonio.when().precision());
        assertTrue(sanAntonio.generalKnowledge(), "the year of June 27 is general knowledge");
        List<SourceSentence> sentences = sanAntonio.evidence().stream().flatMap(e -> e.sentences().stream()).toList();
        assertEquals(6, sentences.get(0).number());
        assertTrue(sentences.get(0).quote().contains("51 migrants on June 27"), sentences.get(0).quote());
        assertTrue(sentences.get(0).hasOffsets());

        Timeline.Entry meeting = r.entries().get(2);
        assertEquals("2022-07-12", meeting.value().lexical());
        assertFalse(meeting.generalKnowledge());
        assertTrue(meeting.evidence().get(0).sentences().get(0).quote().startsWith("On July 12, 2022,"));
        assertEquals("meeting", meeting.kinds().get(0).label(LabelMode.ENGLISH));
    }

    @Test
    void aTdb2DatabaseGivesTheSameTimeline(@TempDir Path dir) throws Exception {
        try (TdbStore db = ExplainStores.bundledInDatabase(dir)) {
            Timeline.Result fromDb = Timeline.read(db, Cancellation.none());
            Timeline.Result fromMemory = Timeline.read(bundled, Cancellation.none());
            assertEquals(entities(fromMemory), entities(fromDb));
            assertEquals(fromMemory.entries().stream().map(Timeline.Entry::evidence).toList(),
                    fromDb.entries().stream().map(Timeline.Entry::evidence).toList());
        }
    }

    @Test
    void generatedMeetingsAreOnTheTimelineOldestFirst(@TempDir Path dir) throws Exception {
        KnowledgeStore store = ExplainStores.generated(dir, 60_000);
        Timeline.Result r = Timeline.read(store, Cancellation.none());
        long meetings = Explanations.select(store, Explanations.PREFIXES + "SELECT ?m WHERE { ?m a kgx:Meeting }",
                Cancellation.none(), b -> b.get("m")).size();
        assertEquals(3, meetings, "60,000 triples make 3 meetings");
        assertEquals(meetings, r.entries().size());
        for (int i = 1; i < r.entries().size(); i++) {
            assertTrue(r.entries().get(i - 1).when().compareTo(r.entries().get(i).when()) <= 0);
        }
        assertTrue(r.entries().get(0).entity().label(LabelMode.SPANISH).startsWith("Reunión de seguridad"));
    }

    @Test
    void anyDatePropertyAndTypeCountsAndInvalidDatesAndStatementsAreLeftOut(@TempDir Path dir) throws Exception {
        KnowledgeStore store = ExplainStores.turtle(dir, """
                ex:founding ex:when "1810"^^xsd:gYear ; rdfs:label "Founding"@en , "Fundación"@es .
                ex:launch ex:startedAt "2022-06-27T08:00:00Z"^^xsd:dateTime .
                ex:broken ex:when "2022-13-40"^^xsd:date .
                ex:text ex:when "June 2022" .
                ex:st a rdf:Statement ; rdf:subject ex:launch ; rdf:predicate ex:startedAt ;
                    rdf:object "2022-06-27T08:00:00Z"^^xsd:dateTime ; kgx:basis kgx:GeneralKnowledge ;
                    rdfs:comment "General knowledge: widely reported."@en .
                """);
        Timeline.Result r = Timeline.read(store, Cancellation.none());
        assertEquals(List.of("http://example.org/founding", "http://example.org/launch"), entities(r));
        assertEquals(1, r.invalid(), "the month 13 is no date");
        assertEquals("Fundación", r.entries().get(0).entity().label(LabelMode.SPANISH));
        Evidence launch = r.entries().get(1).evidence().get(0);
        assertTrue(launch.generalKnowledge());
        assertEquals("General knowledge: widely reported.", launch.comment());
        assertEquals(TimePoint.Precision.TIME, r.entries().get(1).when().precision());
    }

    @Test
    void moreDatedValuesThanTheLimitAreCut() {
        Timeline.Result r = Timeline.read(bundled, 2, Cancellation.none());
        assertTrue(r.cut());
        assertEquals(2, r.entries().size());
    }

    @Test
    void aCancelledReadStops() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThrows(CancellationException.class, () -> Timeline.read(bundled, cancelled));
    }

    @Test
    void anEntitysFactsComeWithTheirEvidence() {
        List<ExplainedFact> facts = Explanations.aboutEntity(bundled, KG + "SummitOfTheAmericas", Cancellation.none());
        ExplainedFact where = facts.stream().filter(f -> f.predicate().key().equals(KGX + "occurredIn")).findFirst()
                .orElseThrow();
        assertEquals("Los Ángeles", where.object().label(LabelMode.SPANISH));
        assertTrue(where.generalKnowledge());
        ExplainedFact adopted = facts.stream().filter(f -> f.predicate().key().equals(KGX + "adoptedAt")).findFirst()
                .orElseThrow();
        assertEquals(KG + "LosAngelesDeclaration", adopted.subject().key(), "facts said of the entity are there too");
        assertEquals(16, adopted.evidence().get(0).sentences().get(0).number());
        assertTrue(facts.stream().noneMatch(f -> f.predicate().key().endsWith("#label")
                || f.predicate().key().endsWith("#prefLabel") || f.predicate().key().endsWith("#subject")));
    }
}
