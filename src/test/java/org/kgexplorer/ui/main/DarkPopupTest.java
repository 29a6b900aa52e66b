package org.kgexplorer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tool bar's overflow menu (») on the dark and high-contrast looks fills its popup window: no transparent margin
 * for a drop shadow, which a desktop without a compositor draws as a white frame.
 */
@ExtendWith(ApplicationExtension.class)
class DarkPopupTest {
    ToolBar bar;

    @Start
    void start(Stage stage) {
        bar = new ToolBar();
        for (int i = 0; i < 12; i++) {
            bar.getItems().add(new Button("Button " + i));
        }
        stage.setScene(new Scene(bar, 260, 60));
        stage.show();
    }

    @AfterEach
    void light(FxRobot robot) {
        robot.interact(Theme.LIGHT::apply);
    }

    @Test
    void theDarkOverflowMenuHasNoFrameAroundIt(FxRobot robot) throws Exception {
        assertFillsItsWindow(robot, Theme.DARK);
    }

    @Test
    void theHighContrastOverflowMenuHasNoFrameAroundIt(FxRobot robot) throws Exception {
        assertFillsItsWindow(robot, Theme.HIGH_CONTRAST);
    }

    private void assertFillsItsWindow(FxRobot robot, Theme theme) throws Exception {
        robot.interact(theme::apply);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".tool-bar-overflow-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> popup() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            PopupWindow popup = popup();
            Node menu = popup.getScene().getRoot().lookup(".context-menu");
            assertTrue(menu instanceof Region, "the overflow menu is a context menu: " + popup.getScene().getRoot());
            Region box = (Region) menu;
            assertNull(box.getEffect(), "no drop shadow on " + theme);
            assertEquals(box.getWidth(), popup.getWidth(), 1, "the menu fills its window's width on " + theme);
            assertEquals(box.getHeight(), popup.getHeight(), 1, "the menu fills its window's height on " + theme);
            popup.hide();
        });
    }

    private static PopupWindow popup() {
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow p && p.isShowing() && p.getScene().getRoot().lookup(".context-menu") != null) {
                return p;
            }
        }
        return null;
    }
}
