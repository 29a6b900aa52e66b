package org.kgexplorer.app;

import org.kgexplorer.testing.FxPoints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import javafx.scene.input.KeyCode;

import org.fxmisc.richtext.CodeArea;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.ui.results.ResultsView;
import org.kgexplorer.ui.results.ResultsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, started as the application starts it; the screens work together in it. */
class ExplorerAppTest {
    private Application app;

    @AfterEach
    void close() throws Exception {
        RealWindow.close(app);
    }

    @Test
    void opensTheWindowTitledKgExplorerWithTheBundledGraphLoaded() throws Exception {
        assertTrue(System.getProperty(ExplorerApp.CONFIG_DIR_PROPERTY, "").contains("test-config"),
                "tests use their own settings folder");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#sources-list").queryListView().getItems().size() == 3);
        Stage stage = (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertEquals("KG Explorer", stage.getTitle());
        assertTrue(robot.lookup("#main-menu").tryQuery().isPresent());
        assertTrue(robot.lookup("#task-status").tryQuery().isPresent());
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

    @Test
    void ctrlEnterInTheEditorRunsTheQueryExactlyOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#sources-list").queryListView().getItems().size() == 3);
        ResultsViewModel results = robot.lookup("#results-view").queryAs(ResultsView.class).model();
        CodeArea editor = robot.lookup("#sparql-editor").queryAs(CodeArea.class);
        robot.interact(() -> editor.replaceText("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        robot.clickOn(FxPoints.centreOf(editor));
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        TableView<?> table = robot.lookup("#results-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> table.getItems().size() == 1 && !results.busyProperty().get());
        // a run is counted when it starts, as the key press is handled: with the press and release handled and the
        // answer in, a second run would already be counted
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, results.runsProperty().get(), "one press, one run (the editor and the menu's Shortcut+Enter)");
        assertEquals("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", editor.getText(), "no newline was typed");
    }

    @Test
    void questionAndEntityOnTheCommandLineRunTheQuestionAndOpenTheEntity() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class, "--question", "Which pledges address fentanyl?",
                "--entity", "Joint Task Force Alpha");
        FxRobot robot = new FxRobot();
        TableView<?> table = robot.lookup("#results-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 2
                && "Joint Task Force Alpha".equals(robot.lookup("#details-title").queryAs(Label.class).getText()));
        ResultsViewModel results = robot.lookup("#results-view").queryAs(ResultsView.class).model();
        assertEquals(1, results.runsProperty().get());
        assertTrue(results.answerProperty().get().table().variables().contains("boundParties"));
    }

    @Test
    void anUnknownQuestionTitleIsReportedInTheWindowAndAnEntityIriOpens() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class, "--question=No such question",
                "--entity=https://kgexplorer.org/id/OperationSentinel");
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> "Operation Sentinel".equals(robot.lookup("#details-title").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#workspace-message").queryAs(Label.class).getText().contains("No such question"));
        assertEquals(0, robot.lookup("#results-view").queryAs(ResultsView.class).model().runsProperty().get());
    }
}
