package org.kgexplorer.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.query.QueryWorkspaceView;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace's ways in: the library's "As an exercise", and Step through on the query in front. */
@ExtendWith(ApplicationExtension.class)
class TeachingTest {
    @TempDir
    static Path settings;
    private ExplorerContext context;
    private QueryWorkspaceViewModel queries;

    @Start
    void start(Stage stage) throws Exception {
        context = new ExplorerContext(Fixtures.bundled(), new TaskRunner(), new I18n());
        queries = new QueryWorkspaceViewModel(context, Settings.in(settings));
        queries.onExerciseProperty().set(q -> Teaching.exercise(context, queries, q));
        stage.setScene(new Scene(new QueryWorkspaceView(queries), 1280, 760));
        stage.show();
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .isPresent();
    }

    @Test
    void theLibrarysQuestionOpensAsAnExercise(FxRobot robot) throws Exception {
        robot.clickOn("#library-tab");
        ListView<Question> list = robot.lookup("#question-library").queryListView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        Question triangle = list.getItems().stream()
                .filter(q -> q.file().equals("which-countries-form-the-northern-triangle.rq")).findFirst().orElseThrow();
        robot.interact(() -> {
            list.getSelectionModel().select(triangle);
            list.scrollTo(triangle);
        });
        robot.clickOn("#library-exercise");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(robot, "#exercise"));
        assertEquals(triangle.title(), robot.lookup("#exercise-question").queryAs(Label.class).getText());
        Node dialog = robot.lookup("#exercise-dialog").query();
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void aQueryThatIsNotASelectIsShownAsItsProblemNotStepped(FxRobot robot) {
        robot.interact(() -> queries.selectedTabProperty().get().setText("ASK { ?s ?p ?o }"));
        Object[] opened = new Object[1];
        robot.interact(() -> opened[0] = Teaching.stepThrough(context, queries));
        assertNull(opened[0]);
        QueryProblem problem = queries.selectedTabProperty().get().problemProperty().get();
        assertEquals("only a SELECT query can be stepped through", problem.getMessage());
        assertFalse(showing(robot, "#step-through"));
    }

    @Test
    void aSelectOpensItsStepThrough(FxRobot robot) throws Exception {
        robot.interact(() -> queries.selectedTabProperty().get().setText("SELECT ?s WHERE { ?s a ?c } LIMIT 2"));
        robot.interact(() -> Teaching.stepThrough(context, queries));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(robot, "#step-through"));
        assertTrue(robot.lookup("#step-heading").queryAs(Label.class).getText().startsWith("Step 1 of 2"));
        Node dialog = robot.lookup("#step-through-dialog").query();
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
