package org.kgexplorer.core.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.task.Cancellation;

/** Checking exercises on the bundled graph: the answer's rows count, not their order, names or number forms. */
class ExerciseCheckerTest {
    private static final String PREFIXES = """
            PREFIX kg: <https://kgexplorer.org/id/>
            PREFIX kgx: <https://kgexplorer.org/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String COUNTRIES = PREFIXES + """
            SELECT ?country ?label WHERE {
              ?country a kgx:Country ; rdfs:label ?label .
              FILTER(lang(?label) = "en")
            } ORDER BY ?label
            """;

    private static Verdict check(String reference, String student) throws QueryProblem {
        return new ExerciseChecker(Fixtures.bundled(), QueryOptions.defaults())
                .check(new Exercise("test", "question", "", reference), student, Cancellation.none());
    }

    private static long count(String select) throws QueryProblem {
        return SelectAnswers.read(Fixtures.bundled(), org.apache.jena.query.QueryFactory.create(select),
                QueryOptions.defaults(), 0, Cancellation.none()).total();
    }

    @Test
    void sameRowsInAnotherOrderWithOtherNamesAndColumnsPass() throws QueryProblem {
        Verdict v = check(COUNTRIES, PREFIXES + """
                SELECT ?name ?c WHERE {
                  ?c rdfs:label ?name ; a kgx:Country .
                  FILTER(langMatches(lang(?name), "EN"))
                } ORDER BY DESC(?name)
                """);
        assertTrue(v.passed(), v.summary());
        assertTrue(v.columnsReordered());
        assertTrue(count(COUNTRIES) > 3, "the check compares several rows");
    }

    @Test
    void theReferencesOwnQueryPassesWithItsColumnsInPlace() throws QueryProblem {
        Verdict v = check(COUNTRIES, COUNTRIES);
        assertTrue(v.passed());
        assertFalse(v.columnsReordered());
        assertEquals("correct", v.summary());
    }

    @Test
    void numbersCompareByValueWhateverTheirForm() throws QueryProblem {
        Verdict v = check("SELECT ?x WHERE { VALUES ?x { 1 2 3 } }",
                "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?y WHERE { VALUES ?y { 3.00 \"2\"^^xsd:int 1.0e0 } }");
        assertTrue(v.passed(), v.summary());
    }

    @Test
    void aCountComputedAsDecimalEqualsTheIntegerCount() throws QueryProblem {
        Verdict v = check(PREFIXES + "SELECT (COUNT(?c) AS ?n) WHERE { ?c a kgx:Country }",
                PREFIXES + "SELECT (xsd:decimal(COUNT(?c)) AS ?how) WHERE { ?c a kgx:Country }");
        assertTrue(v.passed(), v.summary());
    }

    @Test
    void aNumberWrittenAsAStringIsNotTheNumber() throws QueryProblem {
        Verdict v = check("SELECT ?x WHERE { VALUES ?x { 1 } }", "SELECT ?x WHERE { VALUES ?x { \"1\" } }");
        assertEquals(Verdict.Outcome.WRONG_ROWS, v.outcome());
        assertEquals(1, v.missing());
        assertEquals(1, v.extra());
    }

    @Test
    void stringsAndLanguagesCompareExactly() throws QueryProblem {
        assertFalse(check("SELECT ?x WHERE { VALUES ?x { \"Mexico\"@en } }",
                "SELECT ?x WHERE { VALUES ?x { \"Mexico\" } }").passed());
        assertFalse(check("SELECT ?x WHERE { VALUES ?x { \"Mexico\" } }",
                "SELECT ?x WHERE { VALUES ?x { \"mexico\" } }").passed());
        assertTrue(check("SELECT ?x WHERE { VALUES ?x { \"Mexico\"@en } }",
                "SELECT ?x WHERE { VALUES ?x { \"Mexico\"@EN } }").passed());
    }

    @Test
    void labelsInEveryLanguageAreExtraRowsShownFromTheStudentsAnswer() throws QueryProblem {
        String everyLabel = PREFIXES + "SELECT ?country ?label WHERE { ?country a kgx:Country ; rdfs:label ?label }";
        Verdict v = check(COUNTRIES, everyLabel);
        assertEquals(Verdict.Outcome.WRONG_ROWS, v.outcome());
        assertEquals(0, v.missing());
        assertEquals(count(everyLabel) - count(COUNTRIES), v.extra());
        assertEquals(AnswerComparison.EXAMPLES, v.extraExamples().size());
        for (List<Node> example : v.extraExamples()) {
            assertFalse("en".equals(example.get(1).getLiteralLanguage()), "an extra row is one with another language");
        }
        assertEquals(v.missing() + " rows missing, " + v.extra() + " extra", v.summary());
    }

    @Test
    void aRowLeftOutIsMissing() throws QueryProblem {
        Verdict v = check(COUNTRIES, PREFIXES + """
                SELECT ?country ?label WHERE {
                  ?country a kgx:Country ; rdfs:label ?label .
                  FILTER(lang(?label) = "en" && ?country != kg:Mexico)
                }
                """);
        assertEquals(Verdict.Outcome.WRONG_ROWS, v.outcome());
        assertEquals(1, v.missing());
        assertEquals(0, v.extra());
        assertTrue(v.extraExamples().isEmpty(), "nothing of the reference is shown");
        assertEquals("1 row missing, 0 extra", v.summary());
    }

    @Test
    void repeatedRowsCountUnlessTheReferenceAsksForDistinct() throws QueryProblem {
        String repeated = PREFIXES + "SELECT ?c WHERE { ?c a kgx:Country ; rdfs:label ?l }";
        String distinct = PREFIXES + "SELECT DISTINCT ?c WHERE { ?c a kgx:Country ; rdfs:label ?l }";
        long countries = count(distinct);
        Verdict once = check(repeated, distinct);
        assertEquals(Verdict.Outcome.WRONG_ROWS, once.outcome());
        assertEquals(count(repeated) - countries, once.missing(), "each country once is too few rows");
        assertTrue(check(distinct, repeated).passed(), "the reference asks for distinct rows: repeats do not count");
        Verdict twice = check(repeated, PREFIXES + "SELECT ?c WHERE { ?c a kgx:Country ; rdfs:label ?l ; rdfs:label ?m }");
        assertTrue(twice.extra() > 0, "too many repeats are extra rows");
    }

    @Test
    void columnsInAnyOrderUpToSix() throws QueryProblem {
        String reference = "SELECT ?a ?b ?c ?d ?e ?f WHERE { VALUES (?a ?b ?c ?d ?e ?f) { (1 2 3 4 5 6) (7 8 9 10 11 12) } }";
        Verdict v = check(reference,
                "SELECT ?f ?e ?d ?c ?b ?a WHERE { VALUES (?a ?b ?c ?d ?e ?f) { (7 8 9 10 11 12) (1 2 3 4 5 6) } }");
        assertTrue(v.passed(), v.summary());
        assertTrue(v.columnsReordered());
    }

    @Test
    void aWrongAnswerWithItsColumnsInAnotherOrderIsDescribedInTheClosestOrder() throws QueryProblem {
        Verdict v = check("SELECT ?a ?b ?c WHERE { VALUES (?a ?b ?c) { (1 2 3) (4 5 6) (7 8 9) } }",
                "SELECT ?c ?b ?a WHERE { VALUES (?a ?b ?c) { (1 2 3) (4 5 6) (7 8 0) } }");
        assertEquals(Verdict.Outcome.WRONG_ROWS, v.outcome());
        assertEquals(1, v.missing());
        assertEquals(1, v.extra());
        assertTrue(v.columnsReordered());
        assertEquals("0", v.extraExamples().get(0).get(0).getLiteralLexicalForm(), "the example is the student's row");
    }

    @Test
    void sevenColumnsMatchOnlyByPosition() throws QueryProblem {
        String values = "VALUES (?a ?b ?c ?d ?e ?f ?g) { (1 2 3 4 5 6 7) }";
        assertTrue(check("SELECT * WHERE { " + values + " }", "SELECT ?a ?b ?c ?d ?e ?f ?g WHERE { " + values + " }").passed());
        Verdict v = check("SELECT ?a ?b ?c ?d ?e ?f ?g WHERE { " + values + " }",
                "SELECT ?g ?a ?b ?c ?d ?e ?f WHERE { " + values + " }");
        assertEquals(Verdict.Outcome.WRONG_ROWS, v.outcome());
        assertEquals(1, v.missing());
        assertEquals(1, v.extra());
    }

    @Test
    void anotherNumberOfColumnsIsSaid() throws QueryProblem {
        Verdict v = check(COUNTRIES, PREFIXES + "SELECT ?country WHERE { ?country a kgx:Country }");
        assertEquals(Verdict.Outcome.WRONG_COLUMNS, v.outcome());
        assertEquals("the answer has 1 column; the question asks for 2", v.summary());
    }

    @Test
    void anAskIsNotAnAnswer() throws QueryProblem {
        assertEquals(Verdict.Outcome.NOT_SELECT, check(COUNTRIES, PREFIXES + "ASK { ?c a kgx:Country }").outcome());
    }

    @Test
    void aStudentsSyntaxErrorNamesItsLine() {
        QueryProblem p = assertThrows(QueryProblem.class, () -> check(COUNTRIES, "SELECT ?x WHERE {\n  ?x ?y \n"));
        assertEquals(QueryProblem.Kind.SYNTAX, p.kind());
        assertTrue(p.line() >= 2, p.getMessage());
    }

    @Test
    void aReferenceThatIsNotASelectIsRefused() {
        QueryProblem p = assertThrows(QueryProblem.class, () -> check("ASK {}", COUNTRIES));
        assertTrue(p.getMessage().contains("not a SELECT"), p.getMessage());
    }
}
