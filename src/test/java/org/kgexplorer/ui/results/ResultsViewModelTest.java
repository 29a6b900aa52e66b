package org.kgexplorer.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgexplorer.ui.results.ResultsFixture.run;
import static org.kgexplorer.ui.results.ResultsFixture.settle;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.query.table.RowFilter;
import org.kgexplorer.core.query.table.SortColumn;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view model alone, without a window (it needs the JavaFX thread for its tasks' callbacks). */
@ExtendWith(ApplicationExtension.class)
class ResultsViewModelTest {
    static final String THREATS = ResultsViewTest.PREFIXES
            + "SELECT ?issue WHERE { VALUES ?issue { kg:Fentanyl kg:MajorSecurityIssues } }";

    ExplorerContext context;
    ResultsViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        context = new ExplorerContext(ResultsFixture.bundledStore(), new TaskRunner(), new I18n());
        model = new ResultsViewModel(context);
    }

    @Test
    void aNewAnswerClearsTheSortAndTheFilter(FxRobot robot) throws Exception {
        run(robot, model, ResultsViewTest.COUNTRIES);
        robot.interact(() -> {
            model.sortBy(List.of(new SortColumn(1, false)));
            model.filter("a", RowFilter.ALL_COLUMNS);
        });
        settle(model);
        run(robot, model, THREATS);
        assertEquals(List.of(), model.sortProperty().get());
        assertTrue(model.filterProperty().get().isEmpty());
        assertEquals(2, model.viewProperty().get().size());
        assertNull(model.lastProblemProperty().get());
    }

    @Test
    void aNewLabelModeRelabelsAndKeepsTheSort(FxRobot robot) throws Exception {
        run(robot, model, THREATS);
        robot.interact(() -> model.sortBy(List.of(new SortColumn(0, true))));
        settle(model);
        String englishFirst = model.answerProperty().get().table().label(model.viewProperty().get().row(0), 0);
        robot.interact(() -> context.labelModeProperty().set(LabelMode.SPANISH));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.answerProperty().get().table().label(0, 0)
                .equals("Fentanilo"));
        settle(model);
        assertEquals(List.of(new SortColumn(0, true)), model.sortProperty().get());
        assertEquals("Fentanyl", englishFirst);
        var table = model.answerProperty().get().table();
        String first = table.label(model.viewProperty().get().row(0), 0);
        String second = table.label(model.viewProperty().get().row(1), 0);
        assertTrue(java.text.Collator.getInstance(Locale.forLanguageTag("es")).compare(first, second) <= 0,
                first + " before " + second);
    }

    @Test
    void theStatusFollowsTheInterfaceLanguage(FxRobot robot) throws Exception {
        run(robot, model, THREATS);
        assertTrue(model.statusProperty().get().startsWith("2 rows in "), model.statusProperty().get());
        robot.interact(() -> context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        assertTrue(model.statusProperty().get().startsWith("2 filas en "), model.statusProperty().get());
    }

    @Test
    void savingWithNoAnswerSaysThereIsNothingToSave(FxRobot robot) {
        robot.interact(() -> assertNull(model.saveResults(java.nio.file.Path.of("x.csv"),
                org.kgexplorer.core.export.ResultFormat.CSV, true)));
        assertEquals("There is no answer to save yet: run a query first.", model.errorProperty().get());
    }

    @Test
    void aLoadMarksTheShownAnswerOutOfDateWithoutRunningItAgain(FxRobot robot) throws Exception {
        run(robot, model, THREATS);
        assertEquals(1, model.runsProperty().get());
        assertFalse(model.staleProperty().get());
        robot.interact(context::dataChanged);
        settle(model);
        assertTrue(model.staleProperty().get());
        assertEquals(1, model.runsProperty().get(), "not run again by itself");
        robot.interact(model::runAgain);
        settle(model);
        assertEquals(2, model.runsProperty().get());
        assertFalse(model.staleProperty().get());
        assertEquals(2, model.answerProperty().get().table().rowCount());
    }

    @Test
    void withNoAnswerShownALoadMarksNothing(FxRobot robot) throws Exception {
        robot.interact(context::dataChanged);
        assertFalse(model.staleProperty().get());
        robot.interact(model::runAgain);
        assertEquals(0, model.runsProperty().get());
    }

    @Test
    void aQueryThatFailsLeavesItsMessageAloneNotTheAnswerOfTheQueryBefore(FxRobot robot) throws Exception {
        // seen on the desktop: a syntax error's banner stood above another tab's answer, as if it were this query's
        run(robot, model, THREATS);
        assertEquals(2, model.answerProperty().get().table().rowCount());
        robot.interact(() -> model.run("SELECT ?s WHERE { ?s ?p ?o . FILTER(?o = ) }"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        settle(model);
        assertTrue(model.errorProperty().get().startsWith("Syntax error"), model.errorProperty().get());
        assertEquals(ResultsAnswer.Kind.NONE, model.answerProperty().get().kind());
        assertFalse(model.staleProperty().get());
        robot.interact(model::runAgain);
        assertEquals(2, model.runsProperty().get(), "Run again has no answer to run again");
    }
}
