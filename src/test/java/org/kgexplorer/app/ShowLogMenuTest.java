package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

import org.kgexplorer.ui.main.MainWindow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Help → Show log: there is a log file to show, and the menu offers it. */
class ShowLogMenuTest {
    private Application app;

    @AfterEach
    void close() throws Exception {
        RealWindow.close(app);
    }

    @Test
    void helpOffersTheLogFileTheWindowWritesTo() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#main-menu").tryQuery().isPresent());
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        Menu help = bar.getMenus().stream().filter(m -> "menu-help".equals(m.getId())).findFirst().orElseThrow();
        MenuItem showLog = help.getItems().stream().filter(i -> "menu-help-log".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(showLog.getText().equals("Show log"), showLog.getText());
        // the menu item runs the window's action (whether the menu enables it at first sight is the menus' concern)
        MainWindow window = robot.lookup((javafx.scene.Node n) -> n instanceof MainWindow).queryAs(MainWindow.class);
        assertTrue(window.actions().command(org.kgexplorer.ui.main.ShellAction.SHOW_LOG).executableProperty().get(),
                "Show log is wired to open the file");
        assertTrue(Files.isRegularFile(Logging.currentFile()), "the file it opens exists: " + Logging.currentFile());
    }
}
