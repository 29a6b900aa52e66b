package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.query.Question;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The screens work together in the real window: a library question runs and its answer shows in the results. */
class IntegratedWindowTest {
    private Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aLibraryQuestionRunsAndItsAnswerShowsInTheResults() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#sources-list").queryListView().getItems().size() == 3
                        && !robot.lookup("#question-library").queryListView().getItems().isEmpty());
        ListView<Question> library = robot.lookup("#question-library").queryListView();
        Question fentanyl = library.getItems().stream()
                .filter(q -> q.title().equals("Which pledges address fentanyl?")).findFirst().orElseThrow();
        robot.interact(() -> library.getSelectionModel().select(fentanyl));
        robot.interact(() -> robot.lookup("#run-question").queryAs(Button.class).fire());
        TableView<?> table = robot.lookup("#results-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertEquals(2, table.getItems().size());
    }
}
