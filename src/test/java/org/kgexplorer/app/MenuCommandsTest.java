package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.ui.query.QueryWorkspaceView;
import org.kgexplorer.ui.results.ResultsView;
import org.kgexplorer.ui.results.SaveTarget;
import org.kgexplorer.ui.main.ShellAction;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The menus of the real window, used with the mouse on a freshly opened window: each item is enabled exactly
 * when its command can do something, and choosing it (firing it, as a click on an enabled item does) does it.
 */
class MenuCommandsTest {
    /** What needs an answer in the results, an entity history, another size than 100 % or a graph drawn. */
    private static final Set<ShellAction> NEED_MORE = EnumSet.of(ShellAction.SAVE_RESULTS, ShellAction.FILTER_RESULTS,
            ShellAction.RESULTS_AS_GRAPH, ShellAction.BACK, ShellAction.FORWARD, ShellAction.ZOOM_RESET,
            ShellAction.RUN_QUERY, ShellAction.COPY_QUERY, ShellAction.STEP_THROUGH, ShellAction.PRESENT,
            ShellAction.EXPORT_PACK);

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        RealWindow.close(app);
    }

    @Test
    void atFirstSightEveryItemIsEnabledUnlessItNeedsAnAnswerAHistoryOrAQuery() throws Exception {
        start();
        for (ShellAction a : ShellAction.values()) {
            assertEquals(NEED_MORE.contains(a), item(a).isDisable(), a + " at first sight");
        }
        assertTrue(menu("recent-files").isDisable(), "nothing recent in a fresh settings folder");
        loaded();
        // A query typed: it can run and be copied; its answer can be saved, filtered, drawn.
        QueryWorkspaceView queries = robot.lookup("#query-workspace").queryAs(QueryWorkspaceView.class);
        robot.interact(() -> queries.model().selectedTabProperty().get().setText("SELECT ?s WHERE { ?s a ?c } LIMIT 5"));
        assertFalse(item(ShellAction.RUN_QUERY).isDisable());
        assertFalse(item(ShellAction.COPY_QUERY).isDisable());
        assertTrue(item(ShellAction.SAVE_RESULTS).isDisable());
        click(ShellAction.RUN_QUERY);
        TableView<?> table = robot.lookup("#results-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !item(ShellAction.SAVE_RESULTS).isDisable());
        assertFalse(item(ShellAction.FILTER_RESULTS).isDisable());
        assertFalse(item(ShellAction.RESULTS_AS_GRAPH).isDisable());
        // Two entities opened: Back is possible, then Forward; the graph shows them, so there is a pack to export.
        assertTrue(item(ShellAction.BACK).isDisable());
        assertTrue(item(ShellAction.EXPORT_PACK).isDisable(), "an empty graph and no saved view: nothing to export");
        openEntity("https://kgexplorer.org/id/OperationSentinel", "Operation Sentinel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !item(ShellAction.EXPORT_PACK).isDisable());
        openEntity("https://kgexplorer.org/id/JointTaskForceAlpha", "Joint Task Force Alpha");
        assertFalse(item(ShellAction.BACK).isDisable());
        assertTrue(item(ShellAction.FORWARD).isDisable());
        click(ShellAction.BACK);
        waitForDetails("Operation Sentinel");
        assertFalse(item(ShellAction.FORWARD).isDisable());
        click(ShellAction.FORWARD);
        waitForDetails("Joint Task Force Alpha");
    }

    @Test
    void everyEnabledItemDoesItsActionWhenChosen() throws Exception {
        start();
        loaded();
        QueryWorkspaceView queries = robot.lookup("#query-workspace").queryAs(QueryWorkspaceView.class);
        TabPane work = robot.lookup("#work-area").queryAs(TabPane.class);

        // Those that ask for a file reach the native chooser (which headless Monocle cannot show).
        for (ShellAction a : List.of(ShellAction.ADD_FILES, ShellAction.ADD_FOLDER, ShellAction.REPLACE_WITH_FILES,
                ShellAction.OPEN_QUERY, ShellAction.SAVE_QUERY_AS, ShellAction.SAVE_QUERY)) {
            assertTrue(reachesTheNativeChooser(a), a + " asks for a file");
        }

        int tabs = queries.model().tabs().size();
        click(ShellAction.NEW_QUERY_TAB);
        assertEquals(tabs + 1, queries.model().tabs().size());
        click(ShellAction.CLOSE_QUERY_TAB);
        assertEquals(tabs, queries.model().tabs().size());

        robot.interact(() -> queries.model().selectedTabProperty().get().setText("SELECT ?s ?o WHERE { ?s ?p ?o } LIMIT 3"));
        click(ShellAction.COPY_QUERY);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertEquals("SELECT ?s ?o WHERE { ?s ?p ?o } LIMIT 3", copied[0]);
        click(ShellAction.RUN_QUERY);
        TableView<?> table = robot.lookup("#results-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

        click(ShellAction.FILTER_RESULTS);
        assertTrue(robot.lookup("#results-filter").query().isFocused(), "the filter has the keyboard");
        click(ShellAction.FIND_ENTITY);
        assertTrue(robot.lookup("#entity-search").query().isFocusWithin() || robot.lookup("#entity-search").query().isFocused(),
                "the search has the keyboard");

        ResultsView results = robot.lookup("#results-view").queryAs(ResultsView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !item(ShellAction.SAVE_RESULTS).isDisable());
        Path csv = dir.resolve("answer.csv");
        robot.interact(() -> results.setSaveTarget(answer -> Optional.of(SaveTarget.of(csv))));
        click(ShellAction.SAVE_RESULTS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(csv) && Files.readAllLines(csv).size() == 4);

        click(ShellAction.SHOW_GRAPH);
        assertEquals("graph-tab", work.getSelectionModel().getSelectedItem().getId());
        click(ShellAction.SHOW_QUERY);
        assertEquals("query-tab", work.getSelectionModel().getSelectedItem().getId());
        click(ShellAction.RESULTS_AS_GRAPH);
        assertEquals("graph-tab", work.getSelectionModel().getSelectedItem().getId(), "the answer is drawn in the graph");

        Node root = robot.lookup("#main-window").query();
        click(ShellAction.SHOW_QUERY);
        click(ShellAction.ZOOM_IN);
        assertTrue(root.getStyle().contains("15.4px"), root.getStyle());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text code = robot.lookup("#sparql-editor .text").queryAs(javafx.scene.text.Text.class);
        assertEquals(15.4, code.getFont().getSize(), 0.01, "the query's text grows with the rest");
        click(ShellAction.ZOOM_OUT);
        assertTrue(root.getStyle().contains("14.0px"), root.getStyle());
        assertTrue(item(ShellAction.ZOOM_RESET).isDisable());

        // The query in front steps through; the exercises open on the library's questions.
        openAndClose(ShellAction.STEP_THROUGH, "#step-through");
        openAndClose(ShellAction.EXERCISE, "#exercise");
        chooseAndClose(ShellAction.HELP, "#help-dialog");
        chooseAndClose(ShellAction.ABOUT, "#about-dialog");

        // The query typed above is not saved: Quit asks first (UnsavedQueriesOnCloseTest has the rest).
        Stage stage = mainStage();
        assertTrue(queries.model().selectedTabProperty().get().isDirty());
        assertFalse(item(ShellAction.QUIT).isDisable());
        Platform.runLater(() -> item(ShellAction.QUIT).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).isPresent());
        Node asked = robot.lookup(".dialog-pane").query();
        robot.clickOn(robot.from(asked).lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> "Discard".equals(b.getText())).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
    }

    private boolean reachesTheNativeChooser(ShellAction a) {
        assertFalse(item(a).isDisable(), a + " is enabled");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        robot.interact(() -> {
            try {
                item(a).fire();
            } catch (UnsupportedOperationException e) {
                thrown.set(e);
            }
        });
        return thrown.get() != null && Arrays.stream(thrown.get().getStackTrace())
                .anyMatch(f -> f.getClassName().startsWith("javafx.stage.FileChooser")
                        || f.getClassName().startsWith("javafx.stage.DirectoryChooser"));
    }

    /** Chooses an item that opens a window beside the main one, sees it and closes it with its Close button. */
    private void openAndClose(ShellAction a, String contentId) throws Exception {
        click(a);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(contentId).tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).isPresent());
        Node pane = robot.lookup(contentId + "-dialog").query();
        javafx.scene.control.Button close = robot.from(pane).lookup(".button-bar .button")
                .queryAllAs(javafx.scene.control.Button.class).stream().filter(b -> "Close".equals(b.getText()))
                .findFirst().orElseThrow();
        robot.clickOn(close);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(contentId).tryQuery().isEmpty());
    }

    /** Chooses an item that opens a modal dialog, sees the dialog and closes it with its button. */
    private void chooseAndClose(ShellAction a, String dialogId) throws Exception {
        assertFalse(item(a).isDisable());
        Platform.runLater(() -> item(a).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(dialogId).tryQuery().isPresent());
        Node pane = robot.lookup(dialogId).query();
        javafx.scene.control.Button close = robot.from(pane).lookup(".button").queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.getScene().getWindow().isShowing());
        assertEquals("Close", close.getText());
        robot.clickOn(close);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(dialogId).tryQuery().isEmpty());
    }

    private void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#main-menu").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void loaded() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#sources-list").queryListView().getItems().size() == 3);
    }

    private void openEntity(String iri, String title) throws Exception {
        ResultsView results = robot.lookup("#results-view").queryAs(ResultsView.class);
        robot.interact(() -> results.model().select(iri));
        waitForDetails(title);
    }

    private void waitForDetails(String title) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> title.equals(robot.lookup("#details-title").queryAs(Label.class).getText()));
    }

    /** What a click on an enabled menu item does: fire it (a disabled one cannot be clicked). */
    private void click(ShellAction a) {
        MenuItem item = item(a);
        assertFalse(item.isDisable(), a + " is enabled");
        robot.interact(item::fire);
    }

    private MenuItem item(ShellAction a) {
        return items().filter(i -> a.menuItemId().equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError(a));
    }

    private MenuItem menu(String id) {
        return items().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private Stream<MenuItem> items() {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(MenuCommandsTest::flatten);
    }

    private static Stream<MenuItem> flatten(MenuItem item) {
        return item instanceof Menu m ? Stream.concat(Stream.of(m), m.getItems().stream().flatMap(MenuCommandsTest::flatten))
                : Stream.of(item);
    }

    private static Stage mainStage() {
        return (Stage) Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof Stage s && "KG Explorer".equals(s.getTitle())).findFirst().orElseThrow();
    }
}
