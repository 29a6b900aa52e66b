package org.kgexplorer.core.teach;

import org.apache.jena.query.Query;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.SparqlParsing;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/** Checks a student's query against an exercise's reference query on one store (ADR 44). */
public final class ExerciseChecker {
    private final KnowledgeStore store;
    private final QueryOptions options;

    public ExerciseChecker(KnowledgeStore store, QueryOptions options) {
        this.store = store;
        this.options = options;
    }

    /**
     * Runs both queries and compares their answers.
     *
     * @throws QueryProblem when the student's query does not parse or fails (its message names line and column);
     *                      a reference query that fails is reported the same way, prefixed "the reference query"
     */
    public Verdict check(Exercise exercise, String studentQuery, Cancellation cancellation) throws QueryProblem {
        Query reference;
        try {
            reference = SparqlParsing.parse(exercise.reference(), options.timeoutMillis());
        } catch (QueryProblem p) {
            throw new QueryProblem(QueryProblem.Kind.EXECUTION, "the reference query of " + exercise.id()
                    + " does not parse: " + p.getMessage());
        }
        if (!reference.isSelectType()) {
            throw new QueryProblem(QueryProblem.Kind.REFUSED, "the reference query of " + exercise.id()
                    + " is not a SELECT: only a SELECT's rows can be compared");
        }
        Query student = SparqlParsing.parse(studentQuery, options.timeoutMillis());
        if (!options.allowService()) {
            SparqlParsing.refuseService(studentQuery);
        }
        Answer expected = select(reference, cancellation);
        if (!student.isSelectType()) {
            return Verdict.of(Verdict.Outcome.NOT_SELECT, expected.variables().size());
        }
        Answer given = select(student, cancellation);
        if (given.truncated()) {
            return Verdict.of(Verdict.Outcome.TOO_MANY_ROWS, expected.variables().size());
        }
        return AnswerComparison.compare(expected, given, reference.isDistinct() || reference.isReduced());
    }

    private Answer select(Query query, Cancellation cancellation) throws QueryProblem {
        return SelectAnswers.read(store, query, options, AnswerComparison.MAX_ROWS, cancellation);
    }
}
