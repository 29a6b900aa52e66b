package org.kgexplorer.ui.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.ui.DialogService;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** About is as tall as its four lines need, at 100 % and at 175 %, and on the screen, frame included. */
@ExtendWith(ApplicationExtension.class)
class HelpDialogTest {
    private ExplorerContext context;

    @Start
    void start(Stage stage) {
        context = new ExplorerContext(new InMemoryStore(), new TaskRunner(), new I18n());
        stage.setScene(new Scene(new Label("the main window"), 900, 600));
        stage.show();
        context.dialogs().setOwner(stage);
    }

    @Test
    void aboutIsAsBigAsItsTextAndOnTheScreen(FxRobot robot) throws Exception {
        for (double scale : new double[] {1.0, 1.75}) {
            robot.interact(() -> context.scale().factorProperty().set(scale));
            HelpDialog about = WaitForAsyncUtils.asyncFx(
                    () -> HelpDialog.about(context.i18n().texts("org.kgexplorer.ui.main.messages"), scale)).get(10, TimeUnit.SECONDS);
            Platform.runLater(() -> context.dialogs().showAndWait(about));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, about::isShowing);
            DialogPane pane = about.getDialogPane();
            ScrollPane scroll = (ScrollPane) pane.getContent();
            javafx.scene.Node text = scroll.getContent();
            WaitForAsyncUtils.waitForFxEvents();
            // No empty viewport below the text (320 px for four lines, before): at most the title bar the service
            // assumes while no window manager has told it the frame (Monocle draws none, so the scene gets it).
            double slack = DialogService.FRAME_TITLE + 2;
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.getLayoutBounds().getHeight() > 0
                    && scroll.getHeight() - (text.getLayoutBounds().getHeight() + scroll.snappedTopInset()
                            + scroll.snappedBottomInset()) <= slack);
            Window window = pane.getScene().getWindow();
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            assertTrue(window.getHeight() < screen.getHeight() / 2, "About at " + scale + " is " + window.getHeight()
                    + " px tall for four lines, on a screen of " + screen.getHeight());
            assertTrue(window.getY() >= screen.getMinY() && window.getY() + window.getHeight() <= screen.getMaxY(),
                    "on the screen: " + window.getY() + " + " + window.getHeight());
            robot.interact(about::close);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !about.isShowing());
        }
        robot.interact(() -> context.scale().reset());
    }
}
