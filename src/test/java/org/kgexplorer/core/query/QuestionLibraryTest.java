package org.kgexplorer.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionLibraryTest {
    @Test
    void readsTitleSpanishTitleAndDescriptionFromTheHeader() throws Exception {
        Question q = QuestionLibrary.parse("q.rq", """
                # title: Who works with whom?
                # title@es: ¿Quién trabaja con quién?
                # description: Pairs of partners.
                SELECT * { ?s ?p ?o }
                """);
        assertEquals("Who works with whom?", q.title());
        assertEquals("¿Quién trabaja con quién?", q.titleEs());
        assertEquals("Pairs of partners.", q.description());
        assertEquals("Pairs of partners.", q.descriptionEs());
    }

    @Test
    void aQuestionWithoutTitleIsRejected() {
        assertThrows(IOException.class, () -> QuestionLibrary.parse("q.rq", "SELECT * { ?s ?p ?o }"));
    }

    @Test
    void theBundledLibraryFollowsTheIndexAndEveryQuestionParses() throws Exception {
        List<Question> questions = QuestionLibrary.bundled();
        assertTrue(questions.size() >= 15, "questions: " + questions.size());
        for (Question q : questions) {
            SparqlParsing.parse(q.sparql());
        }
        assertTrue(questions.stream().anyMatch(q -> q.title().equals("Which pledges address fentanyl?")));
    }

    @Test
    void theFourChartQuestionsSayInTheirHeaderThatTheyOpenAsBarCharts() throws Exception {
        List<String> charts = QuestionLibrary.bundled().stream().filter(q -> QuestionLibrary.chartOf(q.sparql()) != null)
                .map(q -> QuestionLibrary.chartOf(q.sparql()) + " " + QuestionLibrary.titleOf(q.sparql())).toList();
        assertEquals(java.util.Set.of("bar How many relationships does each organization have?",
                "bar How many pledges and commitments does each party make?",
                "bar Which issues do the most pledges and commitments address?",
                "bar How many facts does each sentence of the source support?"), java.util.Set.copyOf(charts));
        assertEquals(4, charts.size());
        assertEquals(null, QuestionLibrary.chartOf("# title: x\n# chart: radar\nSELECT * {}"), "only bar or pie");
        assertEquals("pie", QuestionLibrary.chartOf("# title: x\n# chart: Pie\nSELECT * {}"));
    }
}
