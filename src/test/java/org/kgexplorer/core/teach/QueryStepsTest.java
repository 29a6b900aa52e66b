package org.kgexplorer.core.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.query.QuestionLibrary;
import org.kgexplorer.core.task.Cancellation;

/** The step-through: a query grows one part at a time, each step runs, and the last answers as the query does. */
class QueryStepsTest {
    private static final String PREFIXES = """
            PREFIX kg: <https://kgexplorer.org/id/>
            PREFIX kgx: <https://kgexplorer.org/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    static Stream<Question> library() throws IOException {
        return QuestionLibrary.bundled().stream();
    }

    private static Answer run(Query q) throws QueryProblem {
        return SelectAnswers.read(Fixtures.bundled(), q, QueryOptions.defaults(), Integer.MAX_VALUE, Cancellation.none());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("library")
    void everyLibraryQuestionStepsThroughToItsAnswer(Question question) throws QueryProblem {
        Query query = QueryFactory.create(question.sparql());
        List<QueryStep> steps = QuerySteps.of(query);
        assertFalse(steps.isEmpty());
        for (int i = 0; i < steps.size(); i++) {
            QueryStep step = steps.get(i);
            assertEquals(i + 1, step.number());
            assertFalse(step.part().isBlank(), "step " + step.number() + " says what it adds");
            // every step runs (its bindings table) without error
            run(step.query());
        }
        QueryStep last = steps.get(steps.size() - 1);
        if (query.isSelectType()) {
            assertEquals(run(query), run(last.query()), "the last step is the whole query's answer");
        } else {
            Query pattern = QueryFactory.create(question.sparql());
            pattern.setQuerySelectType();
            pattern.setQueryResultStar(true);
            assertEquals(run(pattern).total(), run(last.query()).total(),
                    "the last step of an ASK or CONSTRUCT binds what its whole pattern binds");
        }
    }

    @Test
    void eachTriplePatternAndClauseIsAStep() throws QueryProblem {
        Query q = QueryFactory.create(PREFIXES + """
                SELECT ?country ?label ?role WHERE {
                  ?country a kgx:Country ;
                           rdfs:label ?label .
                  FILTER(lang(?label) = "en")
                  OPTIONAL { ?r kgx:playedBy ?country ; kgx:role ?role }
                }
                ORDER BY ?label
                """);
        List<QueryStep> steps = QuerySteps.of(q);
        assertEquals(List.of(QueryStep.Kind.TRIPLE, QueryStep.Kind.TRIPLE, QueryStep.Kind.FILTER,
                QueryStep.Kind.OPTIONAL, QueryStep.Kind.WHOLE_QUERY), steps.stream().map(QueryStep::kind).toList());
        assertEquals("?country  a  kgx:Country .", steps.get(0).part());
        assertTrue(steps.get(1).part().contains("rdfs:label"), steps.get(1).part());
        Answer countries = run(steps.get(0).query());
        Answer labelled = run(steps.get(1).query());
        Answer english = run(steps.get(2).query());
        assertEquals(List.of("country"), countries.variables());
        assertEquals(List.of("country", "label"), labelled.variables());
        assertTrue(labelled.total() > countries.total(), "each country has labels in two languages");
        assertEquals(countries.total(), english.total(), "one English label each");
    }

    /** rdf:type is written {@code a} in a path, and keeps its IRI where {@code a} is no SPARQL (found in review). */
    @Test
    void rdfTypeIsWrittenAOnlyWhereAStands() {
        String type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
        Query q = QueryFactory.create("""
                PREFIX kgx: <https://kgexplorer.org/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?x ?p WHERE {
                  ?x a/rdfs:subClassOf* kgx:Obligation .
                  ?p rdfs:subPropertyOf %s .
                  FILTER(?p != %s)
                  BIND("%s" AS ?said)
                  BIND(IF(?x = <http://example.org/o'b>, "d'%s", "") AS ?t)
                }
                """.formatted(type, type, type, type));
        List<QueryStep> steps = QuerySteps.of(q);
        List<String> parts = steps.stream().map(step -> step.part().replaceAll("\\s+", " ")).toList();
        assertEquals("?x a/(rdfs:subClassOf)* kgx:Obligation .", parts.get(0));
        assertEquals("?p rdfs:subPropertyOf " + type + " .", parts.get(1));
        assertTrue(parts.get(2).contains("!= " + type), parts.get(2));
        assertTrue(parts.get(3).contains("\"" + type + "\""), "a string keeps its text: " + parts.get(3));
        String quoted = parts.stream().filter(p -> p.contains("o'b>")).findFirst().orElseThrow();
        assertTrue(quoted.contains("\"d'" + type + "\""), "an IRI holding a quote is no string's start: " + quoted);
        String whole = parts.get(parts.size() - 1);
        assertTrue(whole.contains("a/(rdfs:subClassOf)*") && whole.contains("subPropertyOf " + type)
                && whole.contains("!= " + type), whole);
        for (QueryStep step : steps) {
            QueryFactory.create(step.kind() == QueryStep.Kind.WHOLE_QUERY ? step.part()
                    : "PREFIX kgx: <https://kgexplorer.org/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT * WHERE { " + step.part() + " }");
        }
    }

    @Test
    void aFilterWaitsForTheVariablesItReads() {
        Query q = QueryFactory.create(PREFIXES + """
                SELECT * WHERE {
                  FILTER(lang(?label) = "en")
                  ?country a kgx:Country .
                  ?country rdfs:label ?label .
                }
                """);
        List<QueryStep> steps = QuerySteps.of(q);
        assertEquals(List.of(QueryStep.Kind.TRIPLE, QueryStep.Kind.TRIPLE, QueryStep.Kind.FILTER),
                steps.stream().map(QueryStep::kind).toList());
        assertEquals(q, steps.get(2).query(), "a SELECT * without modifiers ends with itself, no extra step");
    }

    @Test
    void aGroupedCountEndsWithTheWholeQuery() throws QueryProblem {
        Query q = QueryFactory.create(PREFIXES + """
                SELECT ?kind (COUNT(?x) AS ?n) WHERE { ?x a ?kind . ?kind rdfs:subClassOf kgx:Organization }
                GROUP BY ?kind
                """);
        List<QueryStep> steps = QuerySteps.of(q);
        assertEquals(3, steps.size());
        QueryStep whole = steps.get(2);
        assertEquals(QueryStep.Kind.WHOLE_QUERY, whole.kind());
        assertEquals(List.of("kind", "n"), run(whole.query()).variables());
        assertEquals(List.of("x", "kind"), run(steps.get(1).query()).variables());
    }

    @Test
    void anEmptyPatternIsOneStep() {
        List<QueryStep> steps = QuerySteps.of(QueryFactory.create("SELECT (1 AS ?one) WHERE { }"));
        assertEquals(1, steps.size());
        assertEquals(QueryStep.Kind.WHOLE_QUERY, steps.get(0).kind());
    }
}
