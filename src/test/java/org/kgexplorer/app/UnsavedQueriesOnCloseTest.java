package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.ui.main.ShellAction;
import org.kgexplorer.ui.query.QueryTab;
import org.kgexplorer.ui.query.QueryWorkspaceView;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the real window with a query tab changed since it was opened asks Save / Discard / Cancel. */
class UnsavedQueriesOnCloseTest {
    private static final String OPENED = "SELECT ?s WHERE { ?s ?p ?o }\n";
    private static final String EDITED = "SELECT ?o WHERE { ?s ?p ?o }\n";

    @TempDir
    Path dir;
    private Path query;
    private Application app;
    private Stage stage;
    private QueryWorkspaceViewModel queries;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        query = Files.writeString(dir.resolve("mine.rq"), OPENED);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class, query.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#query-workspace").tryQuery().isPresent());
        queries = robot.lookup("#query-workspace").queryAs(QueryWorkspaceView.class).model();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tab() != null);
        stage = (Stage) robot.lookup("#main-window").query().getScene().getWindow();
    }

    @AfterEach
    void close() throws Exception {
        RealWindow.close(app);
    }

    @Test
    void cancelKeepsTheWindowAndTheEditThenSaveWritesTheTabAndCloses() throws Exception {
        robot.interact(() -> tab().setText(EDITED));
        DialogPane asked = quit();
        assertTrue(asked.getHeaderText().contains("mine.rq"), asked.getHeaderText());
        choose(asked, "Cancel");
        assertTrue(stage.isShowing(), "Cancel keeps the window open");
        assertEquals(EDITED, tab().getText());
        assertEquals(OPENED, Files.readString(query));

        choose(quit(), "Save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertEquals(EDITED, Files.readString(query), "saved, then closed");
    }

    @Test
    void discardClosesWithoutWriting() throws Exception {
        robot.interact(() -> tab().setText(EDITED));
        choose(quit(), "Discard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertEquals(OPENED, Files.readString(query));
    }

    @Test
    void aWindowWhoseTabsAreSavedClosesWithoutAsking() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        robot.interact(() -> Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                opened.addAndGet(c.getAddedSize());
            }
        }));
        robot.interact(() -> item(ShellAction.QUIT).fire());
        assertFalse(stage.isShowing());
        assertEquals(0, opened.get(), "no dialog was shown");
    }

    /** Chooses File → Quit (the close button asks the same), and waits for the question. */
    private DialogPane quit() throws Exception {
        Platform.runLater(() -> item(ShellAction.QUIT).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private void choose(DialogPane pane, String answer) throws Exception {
        Button button = robot.from(pane).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> answer.equals(b.getText())).findFirst().orElseThrow(() -> new AssertionError(answer));
        Window dialog = pane.getScene().getWindow();
        robot.clickOn(button);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private QueryTab tab() {
        return queries.tabs().stream().filter(t -> query.equals(t.getFile())).findFirst().orElse(null);
    }

    private MenuItem item(ShellAction action) {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> action.menuItemId().equals(i.getId())).findFirst().orElseThrow();
    }
}
