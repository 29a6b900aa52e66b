package org.kgexplorer.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgexplorer.ui.results.ResultsFixture.run;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Queries nested past the parser's depth, or calling SERVICE from inside a filter, fail alone in the window. */
@ExtendWith(ApplicationExtension.class)
class ResultsHostileQueryTest {
    ExplorerContext context;
    ResultsViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        context = new ExplorerContext(ResultsFixture.bundledStore(), new TaskRunner(), new I18n());
        model = new ResultsViewModel(context);
        stage.setScene(new Scene(new ResultsView(model), 900, 500));
        stage.show();
    }

    @Test
    void aQueryNestedTooDeeplyFailsWithItsPositionAndTheNextQueryRuns(FxRobot robot) throws Exception {
        String unions = "SELECT * {\n  {?s ?p ?o}" + " UNION {?s ?p ?o}".repeat(10_000) + " }";
        run(robot, model, unions);
        assertEquals(QueryProblem.Kind.SYNTAX, model.lastProblemProperty().get().kind());
        assertEquals("Syntax error at line 2, column 3: nested too deeply", model.errorProperty().get());
        run(robot, model, ResultsViewTest.COUNTRIES);
        assertEquals("", model.errorProperty().get());
        assertEquals(ResultsViewTest.COUNTRIES, model.answerProperty().get().query());
        assertTrue(model.answerProperty().get().table().rowCount() > 0);
    }

    @Test
    void serviceInsideFilterExistsIsRefusedNotAnsweredFalse(FxRobot robot) throws Exception {
        run(robot, model, "ASK { FILTER NOT EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }");
        assertEquals(QueryProblem.Kind.REFUSED, model.lastProblemProperty().get().kind());
        assertEquals(ResultsAnswer.Kind.NONE, model.answerProperty().get().kind());
    }
}
