package org.kgexplorer.ui.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.results.ResultsAnswer;
import org.kgexplorer.ui.results.ResultsViewModel;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A library question's label columns follow the label language, as the window wires the workspace to the results. */
class LibraryLabelLanguageTest {
    private static final String QUESTION = "Who takes part in Joint Task Force Alpha?";

    @TempDir
    Path dir;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    /** The roles column of the Criminal Division's row. */
    private static String criminalDivisionRoles(ResultsViewModel results) throws Exception {
        return fx(() -> {
            ResultTable t = results.answerProperty().get().table();
            int participant = t.variables().indexOf("participant");
            int roles = t.variables().indexOf("roles");
            for (int r = 0; r < t.rowCount(); r++) {
                if (t.node(r, participant).getURI().equals(Fixtures.KG + "CriminalDivision")) {
                    return t.node(r, roles).getLiteralLexicalForm();
                }
            }
            return "no row";
        });
    }

    @Test
    void spanishLabelsGiveSpanishLabelColumnsAndSwitchingBackRunsTheQuestionAgainInEnglish() throws Exception {
        ExplorerContext context = new ExplorerContext(Fixtures.bundled(), new TaskRunner(), new I18n());
        List<String> runs = new ArrayList<>();
        ResultsViewModel results = fx(() -> new ResultsViewModel(context));
        QueryWorkspaceViewModel model = fx(() -> {
            QueryWorkspaceViewModel m = new QueryWorkspaceViewModel(context, Settings.in(dir.resolve("config")));
            m.setOnRun(sparql -> {
                runs.add(sparql);
                results.run(sparql);
            });
            context.labelModeProperty().set(LabelMode.SPANISH);
            return m;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !model.questions().isEmpty()));
        Question question = fx(() -> model.questions().stream().filter(q -> q.title().equals(QUESTION)).findFirst().orElseThrow());

        QueryTab tab = fx(() -> model.openQuestion(question, true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> runs.size() == 1 && !results.busyProperty().get()
                && results.answerProperty().get().kind() == ResultsAnswer.Kind.TABLE));
        assertEquals("fiscal", criminalDivisionRoles(results));

        fx(() -> {
            context.labelModeProperty().set(LabelMode.ENGLISH);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> runs.size() == 2 && !results.busyProperty().get()
                && results.answerProperty().get().kind() == ResultsAnswer.Kind.TABLE));
        assertEquals("prosecutor", criminalDivisionRoles(results));
        assertFalse(fx(tab::isDirty), "the tab still holds the library's question unchanged");
        assertEquals(question.sparql(), fx(tab::getText));
    }
}
