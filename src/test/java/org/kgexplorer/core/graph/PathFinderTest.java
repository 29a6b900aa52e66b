package org.kgexplorer.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;

/** Shortest paths over the loaded data, and their wording. */
class PathFinderTest {
    static final String FBI = GraphFixtures.KG + "FBI";
    static final String DHS = GraphFixtures.KG + "DHS";
    static final String EX = GraphFixtures.EX;

    private static PathFinder.Result find(String from, String to) {
        return PathFinder.find(GraphFixtures.org(), EX + from, EX + to, Cancellation.none());
    }

    private static List<String> prose(GraphPath path) {
        return PathProse.sentences(path, PathProse.Language.ENGLISH);
    }

    @Test
    void theFbiReachesHomelandSecurityThroughJointTaskForceAlphaInSentencesWithEvidence() {
        PathFinder.Result result = PathFinder.find(GraphFixtures.bundled(), FBI, DHS, Cancellation.none());
        assertTrue(result.paths().stream().allMatch(p -> p.length() == 2));
        GraphPath path = result.paths().stream()
                .filter(p -> p.nodes().get(1).id().equals(GraphFixtures.KG + "JointTaskForceAlpha")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Federal Bureau of Investigation takes part in Joint Task Force Alpha, which works in "
                + "partnership with United States Department of Homeland Security."), prose(path));
        String report = PathReport.text("Federal Bureau of Investigation", "United States Department of Homeland "
                + "Security", result, LabelMode.ENGLISH);
        assertTrue(report.contains("(sentence 14)"), report);
        assertTrue(report.contains("(sentence 11)"), report);
    }

    @Test
    void theSpanishReportWordsThePathInSpanishWithTheSameQuotes() {
        PathFinder.Result result = PathFinder.find(GraphFixtures.bundled(), FBI, DHS, Cancellation.none());
        String report = PathReport.text("FBI", "DHS", result, LabelMode.SPANISH);
        assertTrue(report.startsWith("Caminos más cortos entre FBI y DHS (2, de 2 pasos):"), report);
        assertTrue(report.contains("Buró Federal de Investigaciones participa en Fuerza de Tarea Conjunta Alfa, que "
                + "trabaja en asociación con "), report);
        assertTrue(report.contains("(oración 14)"), report);
        String both = PathReport.text("FBI", "DHS", result, LabelMode.BOTH);
        assertTrue(both.contains("takes part in") && both.contains("participa en"), both);
    }

    @Test
    void everyShortestPathIsListedAndNoLongerOne() {
        PathFinder.Result result = find("A", "D");
        assertEquals(2, result.paths().size());
        assertEquals(List.of("Alpha Group works with Bravo Unit, which is run by Delta Bureau."),
                prose(result.paths().get(0)));
        assertEquals(List.of("Alpha Group works with Charlie Office, which is run by Delta Bureau."),
                prose(result.paths().get(1)));
        assertFalse(result.more());
    }

    @Test
    void aBackwardStepReadsAsARelativeClauseWithItsPreposition() {
        GraphPath path = find("n02", "E").paths().get(0);
        assertEquals(List.of("Funded 02 works with Alpha Group, in which Echo Team takes part."), prose(path));
    }

    @Test
    void twoStepsFromTheSameSubjectShareIt() {
        GraphPath path = find("Town", "B").paths().get(0);
        assertEquals(List.of("Alpha Group is located in Springfield and works with Bravo Unit."), prose(path));
    }

    @Test
    void aPathThatMostlyPointsBackwardsIsToldFromItsOtherEnd() {
        GraphPath path = find("D", "E").paths().get(0);
        assertFalse(path.steps().get(0).forward());
        assertEquals(List.of("Echo Team takes part in Alpha Group, which works with Bravo Unit, which is run by "
                + "Delta Bureau."), prose(path));
    }

    @Test
    void spanishWordingStartsANewSentenceForABackwardStep() {
        GraphPath path = find("n02", "E").paths().get(0);
        assertEquals(List.of("Funded 02 trabaja con Grupo Alfa.", "Equipo Eco participa en Grupo Alfa."),
                PathProse.sentences(path, PathProse.Language.SPANISH));
    }

    @Test
    void eachStepCarriesTheQuotedSentenceThatSupportsIt() {
        PathStep first = find("A", "D").paths().get(0).steps().get(0);
        assertEquals("Alpha works hand in hand with Bravo.", first.sentences().get(0).quote());
        PathStep second = find("A", "D").paths().get(0).steps().get(1);
        assertEquals(List.of("(no evidence in the data)"), PathReport.evidenceLines(second, false));
    }

    @Test
    void unconnectedEntitiesHaveNoPath() {
        PathFinder.Result result = find("A", "Lonely");
        assertFalse(result.found());
        assertTrue(PathReport.text("Alpha", "Lonely", result, LabelMode.ENGLISH).startsWith("No path between"));
    }

    @Test
    void schemaTriplesAreNoShortcut() {
        // Alpha and Bravo are both in the range of ex:worksWith, but the ontology is not part of the data's paths.
        assertEquals(2, find("A", "D").paths().get(0).length());
    }

    @Test
    void aCancelledSearchStops() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        org.junit.jupiter.api.Assertions.assertThrows(CancellationException.class,
                () -> PathFinder.find(GraphFixtures.org(), EX + "A", EX + "D", cancelled));
    }
}
