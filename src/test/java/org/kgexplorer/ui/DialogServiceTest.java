package org.kgexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog shown through the service leaves its owner as it was, maximized or not, whatever happened to the owner
 * while the dialog was open (here the test does to it what openbox does to a GTK window that a modal dialog
 * disables: un-maximizes it). And the service never touches the window outside its dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class DialogServiceTest {
    private Stage stage;
    private DialogService dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // TestFX hands every test the same stage: as a user left it, not maximized, here.
        stage.setMaximized(false);
        stage.setScene(new Scene(new Label("the main window")));
        stage.setX(100);
        stage.setY(80);
        stage.setWidth(500);
        stage.setHeight(400);
        stage.show();
        dialogs = new DialogService(new UiScale());
        dialogs.setOwner(stage);
    }

    @Test
    void aMaximizedWindowThatADialogUnMaximizedIsMaximizedAgainWhenTheDialogCloses(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setMaximized(true));
        Rectangle2D maximized = frame();

        Dialog<ButtonType> dialog = showThroughTheService(d -> stage.setMaximized(false));
        assertFalse(stage.isMaximized(), "while the dialog is open the window manager has un-maximized the window");
        close(robot, dialog);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isMaximized);
        assertEquals(maximized, frame(), "maximized again, the window fills the screen as before");
    }

    @Test
    void aRestoredWindowThatADialogMaximizedIsRestoredWhenTheDialogCloses(FxRobot robot) throws Exception {
        close(robot, showThroughTheService(d -> stage.setMaximized(true)));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isMaximized());
    }

    @Test
    void aQuestionRightAfterAFileChooserPutsBackTheStateFromBeforeTheChooser(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setMaximized(true));
        Dialog<ButtonType> chooser = dialog();
        chooser.setOnShown(e -> stage.setMaximized(false));
        Dialog<ButtonType> question = dialog();
        // The chooser (here a dialog) un-maximizes the window; the question opens as soon as the chooser returns
        // (as File → Replace with files does), before the state from before the chooser has been put back.
        Platform.runLater(() -> {
            dialogs.showAndWait(chooser);
            dialogs.showAndWait(question);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, chooser::isShowing);
        close(robot, chooser);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, question::isShowing);
        close(robot, question);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isMaximized);
    }

    @Test
    void theUsersOwnRestoreAndMaximizeAreNeverUndone(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setMaximized(true));
        close(robot, showThroughTheService(d -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isMaximized());

        // Restored by the user after the dialog closed: it stays restored.
        robot.interact(() -> stage.setMaximized(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isMaximized(), "the user's restore stands");

        // And maximized by the user after a dialog on the restored window, it stays maximized.
        close(robot, showThroughTheService(d -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isMaximized(), "the user's maximize stands");
    }

    private static Dialog<ButtonType> dialog() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.setContentText("a dialog");
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            return dialog;
        }).get(10, TimeUnit.SECONDS);
    }

    /** Shows a dialog through the service (waiting in its own event loop); onShown runs once it is showing. */
    private Dialog<ButtonType> showThroughTheService(Consumer<Dialog<ButtonType>> onShown) throws Exception {
        Dialog<ButtonType> dialog = dialog();
        dialog.setOnShown(e -> onShown.accept(dialog));
        Platform.runLater(() -> dialogs.showAndWait(dialog));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, dialog::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        return dialog;
    }

    private static void close(FxRobot robot, Dialog<ButtonType> dialog) throws Exception {
        robot.interact(() -> {
            dialog.setResult(ButtonType.CLOSE);
            dialog.close();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
    }

    private Rectangle2D frame() {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }
}
