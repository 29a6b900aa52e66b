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

    @Test
    void aDialogTallerThanTheScreenKeepsItsWholeFrameOnTheScreen(FxRobot robot) throws Exception {
        Dialog<ButtonType> dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> d = new Dialog<>();
            javafx.scene.layout.Region tall = new javafx.scene.layout.Region();
            tall.setPrefSize(400, 5000);
            d.getDialogPane().setContent(tall);
            d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            return d;
        }).get(10, TimeUnit.SECONDS);
        Platform.runLater(() -> dialogs.showAndWait(dialog));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, dialog::isShowing);
        javafx.stage.Window window = dialog.getDialogPane().getScene().getWindow();
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.getHeight() <= screen.getHeight());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getY() >= screen.getMinY() && window.getY() + window.getHeight() <= screen.getMaxY(),
                "the frame is within " + screen + ": " + window.getY() + " + " + window.getHeight());
        assertTrue(window.getWidth() < screen.getWidth() / 2, "no wider than its content: " + window.getWidth());
        close(robot, dialog);
    }

    @Test
    void aDialogAskedFromANonModalDialogIsOwnedByThatDialogSoItOpensInFrontOfIt(FxRobot robot) throws Exception {
        Dialog<ButtonType> exercise = dialog();
        robot.interact(() -> {
            exercise.initModality(javafx.stage.Modality.NONE);
            dialogs.show(exercise);
        });
        javafx.stage.Window exerciseWindow = exercise.getDialogPane().getScene().getWindow();
        robot.interact(exerciseWindow::requestFocus);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, exerciseWindow::isFocused);
        // what the file choosers are given as their owner too
        assertEquals(exerciseWindow, WaitForAsyncUtils.asyncFx(dialogs::asker).get(10, TimeUnit.SECONDS));

        Dialog<ButtonType> question = dialog();
        Platform.runLater(() -> dialogs.showAndWait(question));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, question::isShowing);
        assertEquals(exerciseWindow, question.getOwner(), "owned by the window it was asked from, not the main window");
        close(robot, question);
        // a window of its own opened meanwhile belongs to the main window: closing the exercise must not close it
        Dialog<ButtonType> another = dialog();
        robot.interact(() -> {
            another.initModality(javafx.stage.Modality.NONE);
            exerciseWindow.requestFocus();
            dialogs.show(another);
        });
        assertEquals(stage, another.getOwner(), "a non-modal dialog belongs to the main window");
        close(robot, another);
        close(robot, exercise);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stage, WaitForAsyncUtils.asyncFx(dialogs::asker).get(10, TimeUnit.SECONDS),
                "with no dialog open, the main window");
    }

    @Test
    void aFrameThatIsReallyAWindowOutOfStepWithItsSceneCountsAsAnOrdinaryFrame() {
        // GTK reported a 700 px window around a 116 px scene: that is no 584 px title bar.
        assertEquals(DialogService.FRAME_TITLE, DialogService.frame(584, DialogService.FRAME_TITLE, DialogService.MOST_FRAME_TITLE));
        assertEquals(DialogService.FRAME_TITLE, DialogService.frame(0, DialogService.FRAME_TITLE, DialogService.MOST_FRAME_TITLE));
        assertEquals(21, DialogService.frame(21, DialogService.FRAME_TITLE, DialogService.MOST_FRAME_TITLE));
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
