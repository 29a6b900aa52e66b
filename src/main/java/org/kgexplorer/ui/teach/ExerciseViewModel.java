package org.kgexplorer.ui.teach;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.teach.AnswerComparison;
import org.kgexplorer.core.teach.Exercise;
import org.kgexplorer.core.teach.ExerciseChecker;
import org.kgexplorer.core.teach.ExerciseRecords;
import org.kgexplorer.core.teach.Verdict;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.BackgroundWork;

/**
 * An exercise being answered: the question, its hint on request, the student's query, "Check" in the background
 * with the verdict in words, the reference query only once asked for, and the attempts so far (saved as CSV).
 */
public final class ExerciseViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExerciseViewModel.class);
    static final long TIMEOUT_MILLIS = 60_000;

    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final List<Exercise> exercises;
    private final Clock clock;
    private final ObjectProperty<Exercise> exercise = new SimpleObjectProperty<>(this, "exercise");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final StringProperty verdict = new SimpleStringProperty(this, "verdict", "");
    private final BooleanProperty passed = new SimpleBooleanProperty(this, "passed", false);
    private final BooleanProperty checking = new SimpleBooleanProperty(this, "checking", false);
    private final BooleanProperty solutionShown = new SimpleBooleanProperty(this, "solutionShown", false);
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final ExerciseRecords records = new ExerciseRecords();
    private Task<Verdict> running;

    /**
     * @param exercises the exercises to choose from (at least one)
     * @param first     the one shown first
     */
    public ExerciseViewModel(ExplorerContext context, List<Exercise> exercises, Exercise first, Clock clock) {
        this.context = context;
        this.texts = context.i18n().texts("org.kgexplorer.ui.teach.messages");
        this.exercises = List.copyOf(exercises);
        this.clock = clock;
        exercise.set(first);
        exercise.addListener((obs, old, now) -> {
            cancel();
            answer.set("");
            verdict.set("");
            passed.set(false);
            solutionShown.set(false);
        });
    }

    public I18n.Texts texts() {
        return texts;
    }

    public ExplorerContext context() {
        return context;
    }

    public List<Exercise> exercises() {
        return exercises;
    }

    public ObjectProperty<Exercise> exerciseProperty() {
        return exercise;
    }

    /** The student's query. */
    public StringProperty answerProperty() {
        return answer;
    }

    /** What the last check found, in words; empty before a check. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict;
    }

    public ReadOnlyBooleanProperty passedProperty() {
        return passed;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    public ReadOnlyBooleanProperty solutionShownProperty() {
        return solutionShown;
    }

    /** What saving the results did. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ExerciseRecords records() {
        return records;
    }

    /** Reveals the reference query (only on request). */
    public void showSolution() {
        solutionShown.set(true);
    }

    /** Checks the student's query against the reference, in the background; the verdict follows. */
    public Task<Verdict> check() {
        Exercise e = exercise.get();
        String query = answer.get();
        cancel();
        if (query.isBlank()) {
            verdict.set(texts.get("verdict.empty"));
            passed.set(false);
            return null;
        }
        org.kgexplorer.core.labels.LabelMode mode = context.labelModeProperty().get();
        java.util.concurrent.atomic.AtomicReference<java.util.Map<Node, String>> names =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.Map.of());
        BackgroundWork<Verdict> task = new BackgroundWork<>(texts.get("task.check", e.question()), c -> {
            Verdict v = new ExerciseChecker(context.store(), new QueryOptions(TIMEOUT_MILLIS, false, false)).check(e, query, c);
            if (!v.extraExamples().isEmpty()) {
                // the room reads the extra rows by their names, as the answer table shows them; names that cannot be
                // read (an endpoint that times out) leave the verdict with the IRIs, not without a verdict
                try {
                    names.set(StepThroughViewModel.labels(context.store(),
                            new org.kgexplorer.core.teach.Answer(List.of(), v.extraExamples(), v.extraExamples().size()), mode));
                } catch (RuntimeException failed) {
                    LOG.warn("The names of an exercise's extra rows could not be read: {}", failed.getMessage());
                }
            }
            return v;
        });
        running = task;
        checking.set(true);
        verdict.set("");
        task.setOnSucceeded(ev -> {
            if (running == task) {
                running = null;
                checking.set(false);
                Verdict v = task.getValue();
                LOG.info("exercise {} checked: {}", e.id(), v.summary());
                records.record(e.id(), v.passed(), clock.instant());
                passed.set(v.passed());
                verdict.set(words(v, names.get()));
            }
        });
        task.setOnFailed(ev -> {
            if (running == task) {
                running = null;
                checking.set(false);
                records.record(e.id(), false, clock.instant());
                passed.set(false);
                verdict.set(texts.get("verdict.problem", Teaching.reason(texts, task.getException())));
            }
        });
        context.tasks().submit(task);
        return task;
    }

    /** Writes the attempts so far as CSV (exercise,attempts,passed,last_attempt), in the background, atomically. */
    public Task<Void> saveResults(Path file) {
        ExerciseRecords snapshot = records.snapshot();
        BackgroundWork<Void> task = new BackgroundWork<>(texts.get("task.saveResults", file.getFileName()), c -> {
            snapshot.write(file);
            return null;
        });
        task.setOnSucceeded(e -> notice.set(texts.get("notice.saved", snapshot.lines().size(), file.getFileName())));
        task.setOnFailed(e -> {
            notice.set(texts.get("error.save", file.getFileName(), org.kgexplorer.ui.task.TaskRunner.reason(task.getException())));
            context.tasks().reportFailure(task);
        });
        context.tasks().submit(task);
        return task;
    }

    private void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
            checking.set(false);
        }
    }

    /** The verdict in the interface language: what differs, never the reference's rows. */
    String words(Verdict v) {
        return words(v, java.util.Map.of());
    }

    /** The verdict, the extra rows' resources by their {@code names} where they have one. */
    String words(Verdict v, java.util.Map<Node, String> names) {
        return switch (v.outcome()) {
            case PASSED -> {
                boolean reordered = v.columnsReordered();
                yield texts.get(reordered ? "verdict.passedReordered" : "verdict.passed");
            }
            case WRONG_COLUMNS -> texts.get("verdict.columns", v.columns(), v.expectedColumns());
            case NOT_SELECT -> texts.get("verdict.notSelect");
            case TOO_MANY_ROWS -> texts.get("verdict.tooMany", AnswerComparison.MAX_ROWS);
            case WRONG_ROWS -> texts.get("verdict.rows", v.missing(), v.extra())
                    + (v.extraExamples().isEmpty() ? "" : "\n" + texts.get("verdict.examples") + "\n"
                    + v.extraExamples().stream().map(r -> row(r, names)).collect(Collectors.joining("\n")));
        };
    }

    private static String row(List<Node> cells, java.util.Map<Node, String> names) {
        return "  " + cells.stream().map(n -> n == null ? "—" : names.getOrDefault(n, FmtUtils.stringForNode(n)))
                .collect(Collectors.joining("  |  "));
    }
}
