package org.kgexplorer.ui.teach;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.SparqlParsing;
import org.kgexplorer.core.teach.Answer;
import org.kgexplorer.core.teach.QueryStep;
import org.kgexplorer.core.teach.QuerySteps;
import org.kgexplorer.core.teach.SelectAnswers;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.BackgroundWork;

/**
 * The step-through of one SELECT: its steps (core {@link QuerySteps}), the step shown, and that step's bindings
 * table, run in the background the first time the step is shown and kept for going back.
 */
public final class StepThroughViewModel {
    /** Rows kept for the table (the row count is always the whole answer's). */
    static final int ROWS_SHOWN = 1000;
    static final long TIMEOUT_MILLIS = 60_000;

    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final Query query;
    private final List<QueryStep> steps;
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);
    private final ObjectProperty<Answer> answer = new SimpleObjectProperty<>(this, "answer");
    private final ObjectProperty<java.util.Set<String>> lit = new SimpleObjectProperty<>(this, "lit", java.util.Set.of());
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final Map<Integer, Answer> answers = new HashMap<>();
    private Task<Answer> running;

    private StepThroughViewModel(ExplorerContext context, Query query) {
        this.context = context;
        this.texts = context.i18n().texts("org.kgexplorer.ui.teach.messages");
        this.query = query;
        this.steps = QuerySteps.of(query);
        answer.addListener((obs, old, now) -> lit.set(iris(now)));
    }

    /** The IRIs bound in an answer's rows (the resources the step matched). */
    private static java.util.Set<String> iris(Answer a) {
        if (a == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (List<org.apache.jena.graph.Node> row : a.rows()) {
            for (org.apache.jena.graph.Node n : row) {
                if (n != null && n.isURI()) {
                    out.add(n.getURI());
                }
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * The step-through of {@code text}.
     *
     * @throws QueryProblem when it does not parse, or is not a SELECT
     */
    public static StepThroughViewModel of(ExplorerContext context, String text) throws QueryProblem {
        Query query = SparqlParsing.parse(text);
        if (!query.isSelectType()) {
            throw new QueryProblem(QueryProblem.Kind.REFUSED, -1, -1, org.kgexplorer.core.query.SyntaxReason.of(
                    org.kgexplorer.core.query.SyntaxReason.Code.NOT_SELECT, "", "only a SELECT query can be stepped through"));
        }
        StepThroughViewModel model = new StepThroughViewModel(context, query);
        model.show(0);
        return model;
    }

    public I18n.Texts texts() {
        return texts;
    }

    public List<QueryStep> steps() {
        return steps;
    }

    /** The prefixes the query declares, to write its IRIs short in the table. */
    public PrefixMapping prefixes() {
        return query.getPrefixMapping();
    }

    /** The step shown, from 0. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index;
    }

    /** The bindings after the step shown; null while it runs or when it failed. */
    public ReadOnlyObjectProperty<Answer> answerProperty() {
        return answer;
    }

    /**
     * The IRIs the step shown matched (bound in the rows kept of its answer), for the graph to light; empty while the
     * step runs, when it failed, and once the step-through is cancelled.
     */
    public ReadOnlyObjectProperty<java.util.Set<String>> litProperty() {
        return lit;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canGoBack() {
        return index.greaterThan(0);
    }

    public BooleanBinding canGoOn() {
        return Bindings.createBooleanBinding(() -> index.get() < steps.size() - 1, index);
    }

    public void next() {
        if (index.get() < steps.size() - 1) {
            show(index.get() + 1);
        }
    }

    public void previous() {
        if (index.get() > 0) {
            show(index.get() - 1);
        }
    }

    /** Shows step {@code i} (from 0), running it unless it ran before. */
    public void show(int i) {
        if (running != null) {
            running.cancel();
            running = null;
        }
        index.set(i);
        error.set("");
        Answer known = answers.get(i);
        answer.set(known);
        if (known != null) {
            busy.set(false);
            return;
        }
        QueryStep step = steps.get(i);
        BackgroundWork<Answer> task = new BackgroundWork<>(texts.get("task.step", step.number()),
                c -> SelectAnswers.read(context.store(), step.query(), new QueryOptions(TIMEOUT_MILLIS, false, false),
                        ROWS_SHOWN, c));
        running = task;
        busy.set(true);
        task.setOnSucceeded(e -> {
            answers.put(i, task.getValue());
            if (running == task) {
                running = null;
                busy.set(false);
                answer.set(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (running == task) {
                running = null;
                busy.set(false);
                error.set(texts.get("step.failed", step.number(), org.kgexplorer.ui.task.TaskRunner.reason(task.getException())));
            }
        });
        context.tasks().submit(task);
    }

    /** Stops a step still running (the window closed). */
    public void cancel() {
        lit.set(java.util.Set.of());
        if (running != null) {
            running.cancel();
            running = null;
            busy.set(false);
        }
    }
}
