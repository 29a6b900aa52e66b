package org.kgexplorer.ui.teach;

import java.time.Clock;
import java.util.List;

import javafx.scene.control.Dialog;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.query.QuestionLibrary;
import org.kgexplorer.core.teach.Exercise;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.kgexplorer.ui.task.BackgroundWork;

/** What the Query menu's Step through… and Exercise… do with the query workspace. */
public final class Teaching {
    private Teaching() {
    }

    /**
     * Why teaching work failed, in the interface's language when it is a query's syntax error (a student's query,
     * a scene's), with the command line's line and column; else the failure's own first line.
     */
    static String reason(org.kgexplorer.ui.i18n.I18n.Texts texts, Throwable t) {
        return t instanceof QueryProblem p && p.reason() != null ? org.kgexplorer.ui.i18n.SyntaxTexts.said(texts, p)
                : org.kgexplorer.ui.task.TaskRunner.reason(t);
    }

    /**
     * Opens the step-through of the query in front; a query that does not parse, or is not a SELECT, is shown as
     * the query's problem (underlined in the editor, its message in the workspace) instead.
     */
    public static Dialog<Void> stepThrough(ExplorerContext context, QueryWorkspaceViewModel queries) {
        try {
            StepThroughViewModel model = StepThroughViewModel.of(context, queries.currentText());
            queries.clearProblem();
            return TeachDialogs.stepThrough(context, model);
        } catch (QueryProblem p) {
            queries.showProblem(p);
            return null;
        }
    }

    /**
     * Opens the exercises made from the library's SELECT questions, the question of the tab in front first (when it
     * is one); the library is read in the background when the workspace has not listed it yet.
     */
    public static void exercise(ExplorerContext context, QueryWorkspaceViewModel queries) {
        exercise(context, queries, queries.selectedTabProperty().get() == null ? null
                : queries.selectedTabProperty().get().question());
    }

    /** Opens the exercises with {@code first} (a library question, or null) shown first when it is a SELECT. */
    public static void exercise(ExplorerContext context, QueryWorkspaceViewModel queries, Question first) {
        Question inFront = first;
        boolean spanish = queries.isSpanish();
        String labels = queries.labelLanguages().get(0);
        if (!queries.questions().isEmpty()) {
            openExercises(context, List.copyOf(queries.questions()), inFront, spanish, labels);
            return;
        }
        org.kgexplorer.ui.i18n.I18n.Texts texts = context.i18n().texts("org.kgexplorer.ui.teach.messages");
        BackgroundWork<List<Question>> read = new BackgroundWork<>(texts.get("task.library"), c -> QuestionLibrary.bundled());
        read.setOnSucceeded(e -> openExercises(context, read.getValue(), inFront, spanish, labels));
        read.setOnFailed(e -> context.tasks().reportFailure(read));
        context.tasks().submit(read);
    }

    private static void openExercises(ExplorerContext context, List<Question> questions, Question inFront,
                                      boolean spanish, String labels) {
        List<Exercise> exercises = questions.stream().filter(Teaching::isSelect)
                .map(q -> Exercise.of(q, spanish, labels)).toList();
        Exercise first = inFront != null && isSelect(inFront) ? Exercise.of(inFront, spanish, labels) : exercises.get(0);
        TeachDialogs.exercise(context, new ExerciseViewModel(context, exercises, exercises.stream()
                .filter(e -> e.id().equals(first.id())).findFirst().orElse(first), Clock.systemUTC()));
    }

    private static boolean isSelect(Question q) {
        try {
            return QueryFactory.create(q.sparql()).isSelectType();
        } catch (QueryParseException e) {
            return false;
        }
    }
}
