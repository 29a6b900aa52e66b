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

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.kgexplorer.core.labels.DisplayLabels;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.SparqlParsing;
import org.kgexplorer.core.teach.Answer;
import org.kgexplorer.core.teach.QueryStep;
import org.kgexplorer.core.teach.QuerySteps;
import org.kgexplorer.core.teach.SelectAnswers;
import org.kgexplorer.core.store.KnowledgeStore;
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
    private final ObjectProperty<Map<Node, String>> labels = new SimpleObjectProperty<>(this, "labels", Map.of());
    private final Map<Integer, Answer> answers = new HashMap<>();
    /** The labels of each step's resources in the label language now (forgotten when it changes). */
    private final Map<Integer, Map<Node, String>> named = new HashMap<>();
    private Task<?> running;
    private Task<?> naming;
    /** Held here so the label mode's weak listener lives as long as this model, and no longer. */
    private final javafx.beans.InvalidationListener relabel = obs -> relabel();

    /** A step's answer and the labels of the resources in it. */
    record Named(Answer answer, Map<Node, String> labels) {
    }

    private StepThroughViewModel(ExplorerContext context, Query query) {
        this.context = context;
        this.texts = context.i18n().texts("org.kgexplorer.ui.teach.messages");
        this.query = query;
        this.steps = QuerySteps.of(query);
        answer.addListener((obs, old, now) -> lit.set(iris(now)));
        context.labelModeProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
    }

    /**
     * The labels of the resources of an answer's rows kept, in {@code mode}, read as the results table reads
     * them (one read of the store for all of them).
     */
    static Map<Node, String> labels(KnowledgeStore store, Answer a, LabelMode mode) {
        java.util.Set<Node> resources = new java.util.LinkedHashSet<>();
        for (List<Node> row : a.rows()) {
            for (Node n : row) {
                if (n != null && n.isURI()) {
                    resources.add(n);
                }
            }
        }
        if (resources.isEmpty()) {
            return Map.of();
        }
        return store.readLabels(resources, graph -> {
            DisplayLabels display = new DisplayLabels(graph, mode);
            Map<Node, String> found = new HashMap<>();
            resources.forEach(n -> found.put(n, display.label(n)));
            return Map.copyOf(found);
        });
    }

    /** The label language changed: the step shown is named again, the others when they are shown. */
    private void relabel() {
        named.clear();
        Answer shown = answer.get();
        if (shown != null) {
            name(index.get(), shown);
        }
    }

    /** Reads the labels of a step's answer in the background (the rows show meanwhile with the labels before). */
    private void name(int i, Answer a) {
        if (naming != null) {
            naming.cancel();
        }
        LabelMode mode = context.labelModeProperty().get();
        BackgroundWork<Map<Node, String>> task = new BackgroundWork<>(texts.get("task.labels", i + 1),
                c -> labels(context.store(), a, mode));
        naming = task;
        task.setOnSucceeded(e -> {
            if (naming == task) {
                naming = null;
                if (mode == context.labelModeProperty().get()) {
                    named.put(i, task.getValue());
                }
                if (index.get() == i) {
                    labels.set(task.getValue());
                }
            }
        });
        task.setOnFailed(e -> {
            if (naming == task) {
                naming = null;
            }
            context.tasks().reportFailure(task);
        });
        context.tasks().submit(task);
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

    /** The labels of the resources in the step's bindings, in the label language; a resource not in it has none yet. */
    public ReadOnlyObjectProperty<Map<Node, String>> labelsProperty() {
        return labels;
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
        labels.set(named.getOrDefault(i, Map.of()));
        answer.set(known);
        if (known != null) {
            busy.set(false);
            if (!named.containsKey(i)) {
                name(i, known);
            }
            return;
        }
        QueryStep step = steps.get(i);
        LabelMode mode = context.labelModeProperty().get();
        BackgroundWork<Named> task = new BackgroundWork<>(texts.get("task.step", step.number()), c -> {
            Answer read = SelectAnswers.read(context.store(), step.query(), new QueryOptions(TIMEOUT_MILLIS, false, false),
                    ROWS_SHOWN, c);
            c.throwIfCancelled();
            return new Named(read, labels(context.store(), read, mode));
        });
        running = task;
        busy.set(true);
        task.setOnSucceeded(e -> {
            Named done = task.getValue();
            answers.put(i, done.answer());
            if (mode == context.labelModeProperty().get()) {
                named.put(i, done.labels());
            }
            if (running == task) {
                running = null;
                busy.set(false);
                labels.set(done.labels());
                answer.set(done.answer());
                if (mode != context.labelModeProperty().get()) {
                    name(i, done.answer());
                }
            }
        });
        task.setOnFailed(e -> {
            if (running == task) {
                running = null;
                busy.set(false);
                error.set(texts.get("step.failed", step.number(), Teaching.reason(texts, task.getException())));
            }
        });
        context.tasks().submit(task);
    }

    /** Stops a step still running (the window closed). */
    public void cancel() {
        lit.set(java.util.Set.of());
        if (naming != null) {
            naming.cancel();
            naming = null;
        }
        if (running != null) {
            running.cancel();
            running = null;
            busy.set(false);
        }
    }
}
