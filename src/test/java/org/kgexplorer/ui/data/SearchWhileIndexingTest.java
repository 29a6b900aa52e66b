package org.kgexplorer.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;

import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.details.ExplorerFixture;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typing in the search box before its index is built. */
@ExtendWith(ApplicationExtension.class)
class SearchWhileIndexingTest {
    /** Holds every data thread, so the index is built only when the test says. */
    private final CountDownLatch indexMayStart = new CountDownLatch(1);
    ExplorerContext context;
    EntitySearchViewModel model;
    EntitySearchField field;

    @Start
    void start(Stage stage) {
        TaskRunner tasks = new TaskRunner();
        context = new ExplorerContext(Fixtures.bundled(), tasks, new I18n());
        for (int i = 0; i < TaskRunner.dataWorkThreads(Runtime.getRuntime().availableProcessors()); i++) {
            tasks.submitDataWork(new Task<Void>() {
                @Override
                protected Void call() throws InterruptedException {
                    indexMayStart.await();
                    return null;
                }
            });
        }
        model = new EntitySearchViewModel(context);
        field = new EntitySearchField(model);
        stage.setScene(new Scene(new VBox(field), 640, 400));
        stage.show();
    }

    @AfterEach
    void release() {
        indexMayStart.countDown();
    }

    @Test
    void whatWasTypedWhileTheIndexWasBuildingGetsItsSuggestionsWhenTheIndexIsReady(FxRobot robot) throws Exception {
        robot.clickOn(field).write("alfa");
        // the box has had the text (and its completion delay) with no index to ask: nothing to show yet
        ExplorerFixture.waitFor(() -> "alfa".equals(field.getText()));
        assertTrue(model.indexingProperty().get(), "still indexing");
        assertFalse(field.completion().getAutoCompletionPopup().isShowing());

        indexMayStart.countDown();
        ExplorerFixture.waitFor(() -> field.completion().getAutoCompletionPopup().isShowing());
        assertEquals("Joint Task Force Alpha", field.completion().getAutoCompletionPopup().getSuggestions().get(0).label());
    }

    @Test
    void aTextWhoseSuggestionWasChosenDoesNotOpenThePopupAgainWhenTheDataChanges(FxRobot robot) throws Exception {
        // seen on the desktop: opening a lesson rebuilt the index, and the box's old text opened its suggestions
        indexMayStart.countDown();
        ExplorerFixture.waitFor(() -> model.indexProperty().get() != null);
        robot.clickOn(field).write("alfa");
        ExplorerFixture.waitFor(() -> field.completion().getAutoCompletionPopup().isShowing());
        // the suggestion chosen, as the user on the desktop had
        robot.type(javafx.scene.input.KeyCode.ENTER);
        ExplorerFixture.waitFor(() -> !field.completion().getAutoCompletionPopup().isShowing()
                && context.selectedEntityProperty().get() != null);
        Object before = model.indexProperty().get();
        robot.interact(context::dataChanged);
        ExplorerFixture.waitFor(() -> model.indexProperty().get() != null && model.indexProperty().get() != before);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field.isFocused(), "the box still has the keyboard");
        assertFalse(field.completion().getAutoCompletionPopup().isShowing(), "no suggestions nobody asked for");
    }
}
