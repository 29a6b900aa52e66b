package org.kgexplorer.ui.main;

import org.kgexplorer.testing.FxPoints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    ExplorerContext context;
    MainWindow window;
    Settings settings;

    @Start
    void start(Stage stage) {
        settings = Settings.in(dir.resolve("config"));
        context = new ExplorerContext(new InMemoryStore(), new TaskRunner(), new I18n());
        window = new MainWindow(context, settings);
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
    }

    /**
     * A tab behind the query workspace gets its content when it first comes to the front or when the application
     * fills the tabs, whichever is first: the window's first frame lays out none of it (ADR 5).
     */
    @Test
    void theTabsBehindTheFirstGetTheirContentWhenShownOrFilled(FxRobot robot) {
        javafx.scene.control.TabPane tabs = robot.lookup("#work-area").queryAs(javafx.scene.control.TabPane.class);
        Label graph = new Label("graph");
        Label timeline = new Label("timeline");
        Label matrix = new Label("matrix");
        java.util.List<Boolean> timelineShown = new java.util.ArrayList<>();
        robot.interact(() -> {
            window.setGraph(graph);
            window.setTimeline(timeline, timelineShown::add);
            window.setMatrix(matrix, shown -> { });
        });
        assertEquals(null, graph.getScene(), "not in the window while the query workspace is in front");
        assertEquals(null, timeline.getScene());
        robot.interact(() -> tabs.getSelectionModel().select(2));
        assertEquals(window.getScene(), timeline.getScene(), "the timeline, once in front");
        assertEquals(java.util.List.of(true), timelineShown, "told it shows, with its content in place");
        assertEquals(null, graph.getScene(), "the others still wait");
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(window::fillTabs);
        assertEquals(window.getScene(), graph.getScene(), "filled: the graph");
        assertEquals(window.getScene(), matrix.getScene(), "filled: the matrix");
        robot.interact(() -> tabs.getSelectionModel().select(2));
        assertEquals(timeline, tabs.getTabs().get(2).getContent(), "a tab filled once keeps its content");
        Label later = new Label("later");
        robot.interact(() -> window.setGraph(later));
        assertEquals(later, tabs.getTabs().get(1).getContent(), "after fillTabs, content goes in at once");
    }

    @Test
    void whatFinishedWorkTellsShowsInTheStatusBarUntilClickedAway(FxRobot robot) {
        Label notice = robot.lookup("#task-notice").queryAs(Label.class);
        assertFalse(notice.isVisible(), "nothing told yet");
        robot.interact(() -> context.tasks().tell("Evidence pack saved: lesson.html"));
        assertTrue(notice.isVisible());
        assertEquals("Evidence pack saved: lesson.html", notice.getText());
        robot.clickOn(notice);
        assertFalse(robot.lookup("#task-notice").queryAs(Label.class).isVisible(), "dismissed with a click");
    }

    /** Every menu shows whole on a 1280x720 screen under its menu bar, no scroll arrow (File did not, with 22 items). */
    @Test
    void everyMenuFitsA720PixelScreen(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        for (int m = 0; m < bar.getMenus().size(); m++) {
            javafx.scene.control.Menu menu = bar.getMenus().get(m);
            robot.interact(menu::show);
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> popup() != null);
            double[] height = new double[1];
            boolean[] arrows = new boolean[1];
            robot.interact(() -> {
                javafx.stage.Window popup = popup();
                height[0] = popup.getHeight();
                arrows[0] = popup.getScene().getRoot().lookupAll(".scroll-arrow").stream().anyMatch(javafx.scene.Node::isVisible);
                menu.hide();
            });
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> popup() == null);
            // the menu bar's 32 pixels and a title bar's 30 above it on a 720-pixel screen
            assertTrue(height[0] <= 720 - 32 - 30, menu.getText() + " is " + height[0] + " px tall");
            assertFalse(arrows[0], menu.getText() + " scrolls");
        }
    }

    private static javafx.stage.Window popup() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.ContextMenu
                && w.isShowing()).findFirst().orElse(null);
    }

    @Test
    void switchingTheInterfaceLanguageTranslatesTheMenus(FxRobot robot) {
        MenuBar menu = robot.lookup("#main-menu").queryAs(MenuBar.class);
        assertEquals("File", menu.getMenus().get(0).getText());
        robot.interact(() -> context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        assertEquals("Archivo", menu.getMenus().get(0).getText());
        assertEquals("Listo", robot.lookup("#task-title").queryAs(Label.class).getText());
    }

    @Test
    void switchingTheLanguageKeepsTheLabelModeAndRenamesItsChoices(FxRobot robot) {
        robot.interact(() -> context.labelModeProperty().set(LabelMode.BOTH));
        List<LabelMode> seen = new ArrayList<>();
        context.labelModeProperty().addListener((obs, old, now) -> seen.add(now));
        robot.interact(() -> context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        assertEquals(List.of(), seen, "the label mode never changes (nor passes through null) with the language");
        ChoiceBox<LabelMode> choice = robot.lookup("#label-mode").queryAs(ChoiceBox.class);
        assertEquals("Inglés y español", choice.getConverter().toString(choice.getValue()));
        robot.interact(() -> context.i18n().localeProperty().set(Locale.ENGLISH));
        assertEquals("English and Spanish", choice.getConverter().toString(choice.getValue()));
        assertEquals(List.of(), seen);
        robot.interact(() -> context.labelModeProperty().set(LabelMode.ENGLISH));
    }

    @Test
    void labelsInTheInterfacesLanguageMoveWithItAndAnotherChoiceStays(FxRobot robot) {
        assertEquals(LabelMode.ENGLISH, context.labelModeProperty().get(), "a first start in English has English labels");
        robot.interact(() -> context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        assertEquals(LabelMode.SPANISH, context.labelModeProperty().get(), "a Spanish class gets Spanish names from one switch");
        robot.interact(() -> context.i18n().localeProperty().set(Locale.ENGLISH));
        assertEquals(LabelMode.ENGLISH, context.labelModeProperty().get(), "and back");
        robot.interact(() -> context.labelModeProperty().set(LabelMode.SPANISH));
        robot.interact(() -> context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        assertEquals(LabelMode.SPANISH, context.labelModeProperty().get(), "Spanish labels chosen by hand stay Spanish");
        robot.interact(() -> {
            context.i18n().localeProperty().set(Locale.ENGLISH);
            context.labelModeProperty().set(LabelMode.ENGLISH);
        });
    }

    @Test
    void theStatusBarChoosesWhichLabelsAreShown(FxRobot robot) {
        ChoiceBox<?> choice = robot.lookup("#label-mode").queryAs(ChoiceBox.class);
        assertEquals(LabelMode.ENGLISH, choice.getValue());
        robot.interact(() -> context.labelModeProperty().set(LabelMode.BOTH));
        assertEquals(LabelMode.BOTH, choice.getValue());
    }

    @Test
    void aRunningTaskShowsWithProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateTitle("Counting everything");
                started.countDown();
                while (!isCancelled()) {
                    Thread.sleep(20);
                }
                return null;
            }
        };
        robot.interact(() -> context.tasks().submit(task));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Label title = robot.lookup("#task-title").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title.getText().startsWith("Counting everything"));
        Button cancel = robot.lookup("#cancel-task").queryAs(Button.class);
        assertTrue(cancel.isVisible());
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, task::isCancelled);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ready", title.getText());
        assertFalse(cancel.isVisible());
    }

    @Test
    void theStatusBarShowsTheNewestTaskThatRunsNotOneStillWaiting(FxRobot robot) throws Exception {
        // One more data task than there are data threads: the last one waits for a thread.
        int threads = TaskRunner.dataWorkThreads(Runtime.getRuntime().availableProcessors());
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(threads);
        List<Task<Void>> tasks = new ArrayList<>();
        for (int i = 1; i <= threads + 1; i++) {
            String name = "Data task " + i;
            tasks.add(new Task<>() {
                @Override
                protected Void call() throws Exception {
                    updateTitle(name);
                    started.countDown();
                    release.await();
                    return null;
                }
            });
        }
        robot.interact(() -> tasks.forEach(t -> context.tasks().submitDataWork(t)));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Label title = robot.lookup("#task-title").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title.getText().equals("Data task " + threads));
        assertEquals(Worker.State.READY, tasks.get(threads).getState(), "the newest task still waits for a thread");
        assertTrue(robot.lookup(".text-muted").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().equals("and " + threads + " more")));
        // When the first ones end, the waiting one runs and is shown.
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.stream().allMatch(Task::isDone));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ready", title.getText());
    }

    @Test
    void choicesAndRecentFilesAreRememberedBetweenRuns(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.ttl"), "<http://ex.org/a> <http://ex.org/p> 1 .");
        robot.interact(() -> {
            context.i18n().localeProperty().set(Locale.forLanguageTag("es"));
            context.labelModeProperty().set(LabelMode.SPANISH);
            window.themeProperty().set(Theme.DARK);
            window.rememberFile(file);
            window.storeChoices();
        });
        settings.save();
        ExplorerContext again = new ExplorerContext(new InMemoryStore(), new TaskRunner(), new I18n());
        MainWindow[] reopened = new MainWindow[1];
        robot.interact(() -> reopened[0] = new MainWindow(again, Settings.in(dir.resolve("config"))));
        assertEquals("es", again.i18n().locale().getLanguage());
        assertEquals(LabelMode.SPANISH, again.labelModeProperty().get());
        assertEquals(Theme.DARK, reopened[0].themeProperty().get());
        assertEquals(List.of(file.toAbsolutePath().normalize()), reopened[0].recentFiles());
        robot.interact(() -> window.themeProperty().set(Theme.LIGHT));
    }

    @Test
    void recentFilesKeepTheNewestTenWithoutRepeats(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 12; i++) {
                window.rememberFile(Path.of("/data/f" + i + ".ttl"));
            }
            window.rememberFile(Path.of("/data/f5.ttl"));
        });
        assertEquals(MainWindow.RECENT_LIMIT, window.recentFiles().size());
        assertEquals(Path.of("/data/f5.ttl"), window.recentFiles().get(0));
        assertEquals(1, window.recentFiles().stream().filter(p -> p.endsWith("f5.ttl")).count());
    }

    @Test
    void f1OpensTheShortcutsAndTour(FxRobot robot) {
        robot.clickOn(FxPoints.centreOf(robot, "#main-window")).press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#help-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("Ctrl+Enter").tryQuery().isPresent());
        // Each shortcut's explanation gets room beside its keys (the five project shortcuts on one line left none).
        javafx.scene.layout.GridPane keys = robot.lookup("#help-keys").queryAs(javafx.scene.layout.GridPane.class);
        List<Label> explanations = keys.getChildren().stream().filter(n -> javafx.scene.layout.GridPane.getColumnIndex(n) == 1)
                .map(Label.class::cast).toList();
        assertFalse(explanations.isEmpty());
        explanations.forEach(l -> assertTrue(l.getLayoutX() <= 0.4 * keys.getWidth(), "the keys leave room for \""
                + l.getText() + "\": it starts at " + l.getLayoutX() + " of " + keys.getWidth() + " px"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aCommandDefinedAfterTheMenuWasBuiltEnablesItsItemAndFollowsItsCondition(FxRobot robot) {
        MenuItem saveResults = item(robot, ShellAction.SAVE_RESULTS);
        assertTrue(saveResults.isDisable(), "no screen can save results yet");
        BooleanProperty answer = new SimpleBooleanProperty(false);
        int[] saved = new int[1];
        robot.interact(() -> window.actions().define(ShellAction.SAVE_RESULTS, () -> saved[0]++, answer));
        assertTrue(saveResults.isDisable(), "nothing to save yet");
        robot.interact(() -> answer.set(true));
        assertFalse(saveResults.isDisable(), "enabled once there is an answer");
        robot.interact(saveResults::fire);
        assertEquals(1, saved[0]);
        robot.interact(() -> answer.set(false));
        assertTrue(saveResults.isDisable());
        robot.interact(() -> window.actions().execute(ShellAction.SAVE_RESULTS));
        assertEquals(1, saved[0], "a disabled command does nothing, whatever calls it");
    }

    @Test
    void aWindowTooShortForItsPanelsAtALargeZoomCutsThePanelsNeverTheMenuBar(FxRobot robot) {
        // seen on the desktop at 1280x720 and 150 %: the search box was drawn over "File Edit Query" and took their clicks
        javafx.scene.control.TextField search = new javafx.scene.control.TextField("search");
        javafx.scene.layout.Region tall = new javafx.scene.layout.Region();
        tall.setMinHeight(900);
        robot.interact(() -> {
            window.setDataPanel(search, tall);
            context.scale().factorProperty().set(1.5);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuBar menus = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.geometry.Bounds bar = menus.localToScene(menus.getLayoutBounds());
        javafx.geometry.Bounds box = search.localToScene(search.getLayoutBounds());
        javafx.scene.Node status = robot.lookup("#task-status").query();
        double[] heights = new double[2];
        robot.interact(() -> {
            heights[0] = menus.getHeight() - menus.prefHeight(-1);
            heights[1] = status.getBoundsInParent().getMaxY() - window.getHeight();
        });
        assertEquals(0, heights[0], 0.5, "the menu bar has its whole height");
        assertTrue(box.getMinY() >= bar.getMaxY() - 0.5, "the search box below the menu bar: " + box + " and " + bar);
        assertTrue(heights[1] <= 0.5, "the status line inside the window");
        robot.interact(() -> context.scale().factorProperty().set(1));
    }

    @Test
    void zoomScalesTheWholeWindowFrom80To250PercentAndIsRemembered(FxRobot robot) {
        assertEquals(14.0, robot.lookup("#task-title").queryAs(Label.class).getFont().getSize(), 0.01);
        for (int i = 0; i < 12; i++) {
            robot.interact(() -> item(robot, ShellAction.ZOOM_IN).fire());
        }
        assertEquals(2.5, context.scale().factor(), 1e-9);
        assertTrue(item(robot, ShellAction.ZOOM_IN).isDisable(), "250 % is the most");
        Label zoom = robot.lookup("#status-zoom").queryAs(Label.class);
        assertTrue(zoom.isVisible(), "the status line says the scale once it changed");
        assertEquals("Zoom 250 %", zoom.getText());
        assertEquals(35.0, robot.lookup("#task-title").queryAs(Label.class).getFont().getSize(), 0.01,
                "text everywhere in the window follows");
        robot.interact(() -> window.storeChoices());
        assertEquals("2.5", settings.get("ui.scale", ""));
        for (int i = 0; i < 12; i++) {
            robot.interact(() -> item(robot, ShellAction.ZOOM_OUT).fire());
        }
        assertEquals(0.8, context.scale().factor(), 1e-9);
        assertEquals("Zoom 80 %", zoom.getText());
        assertTrue(item(robot, ShellAction.ZOOM_OUT).isDisable(), "80 % is the least");
        assertEquals(11.2, robot.lookup("#task-title").queryAs(Label.class).getFont().getSize(), 0.01);
        robot.interact(() -> item(robot, ShellAction.ZOOM_RESET).fire());
        assertEquals(1.0, context.scale().factor(), 1e-9);
        assertTrue(item(robot, ShellAction.ZOOM_RESET).isDisable());

        robot.interact(() -> context.scale().factorProperty().set(1.75));
        robot.interact(() -> window.storeChoices());
        ExplorerContext again = new ExplorerContext(new InMemoryStore(), new TaskRunner(), new I18n());
        robot.interact(() -> new MainWindow(again, settings));
        assertEquals(1.75, again.scale().factor(), 1e-9, "the size is remembered");
        robot.interact(() -> context.scale().reset());
    }

    @Test
    void dialogsAreOwnedByTheWindowAndDrawnAtItsScale(FxRobot robot) throws Exception {
        // At 250 % the tour is taller than the screen: it scrolls, and its Close button stays on the screen.
        robot.interact(() -> context.scale().factorProperty().set(2.5));
        javafx.application.Platform.runLater(() -> item(robot, ShellAction.HELP).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#help-dialog").tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#help-dialog").queryAs(javafx.scene.control.DialogPane.class);
        javafx.stage.Window dialog = pane.getScene().getWindow();
        assertEquals(window.getScene().getWindow(), ((javafx.stage.Stage) dialog).getOwner());
        Button close = robot.from(pane).lookup(".button").queryButton();
        assertEquals(35.0, close.getFont().getSize(), 0.01, "250 % of 14 px");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Double.isNaN(dialog.getX()) && !Double.isNaN(dialog.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds onScreen = close.localToScreen(close.getBoundsInLocal());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(screen.contains(onScreen.getMinX(), onScreen.getMinY(), onScreen.getWidth(), onScreen.getHeight()),
                "Close is on the screen: " + onScreen + " in " + screen);
        assertEquals("Close", close.getText());
        robot.clickOn(close);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        robot.interact(() -> context.scale().reset());
    }

    @Test
    void ctrlPlusMinusAndZeroZoomFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#task-title");
        robot.press(KeyCode.SHORTCUT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHORTCUT);
        assertEquals(1.1, context.scale().factor(), 1e-9, "Ctrl and the +/= key");
        robot.press(KeyCode.SHORTCUT, KeyCode.ADD).release(KeyCode.ADD, KeyCode.SHORTCUT);
        assertEquals(1.25, context.scale().factor(), 1e-9, "Ctrl and the keypad's +");
        robot.press(KeyCode.SHORTCUT, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.SHORTCUT);
        assertEquals(1.1, context.scale().factor(), 1e-9);
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.SHORTCUT);
        assertEquals(1.0, context.scale().factor(), 1e-9);
    }

    @Test
    void theHighContrastThemeIsBlackAndWhiteWithAYellowAccent(FxRobot robot) {
        robot.interact(() -> item(robot, "theme-high-contrast").fire());
        assertEquals(Theme.HIGH_CONTRAST, window.themeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#task-title").queryAs(Label.class);
        assertEquals(javafx.scene.paint.Color.WHITE, title.getTextFill());
        assertEquals(javafx.scene.paint.Color.BLACK, window.getBackground().getFills().get(0).getFill());
        robot.interact(() -> window.themeProperty().set(Theme.LIGHT));
        assertEquals(javafx.scene.paint.Color.WHITE, window.getBackground().getFills().get(0).getFill());
    }

    /** In high contrast a selected or accent button reads black on yellow, focused or not, its icon too. */
    @Test
    void highContrastButtonsReadBlackOnYellowFocusedOrNot(FxRobot robot) throws Exception {
        robot.interact(() -> window.themeProperty().set(Theme.HIGH_CONTRAST));
        javafx.scene.control.ToggleButton hint = new javafx.scene.control.ToggleButton("Hint",
                new org.kordamp.ikonli.javafx.FontIcon("mdal-lightbulb"));
        javafx.scene.control.Button check = new javafx.scene.control.Button("Check",
                new org.kordamp.ikonli.javafx.FontIcon("mdal-done"));
        check.getStyleClass().add("accent");
        Stage[] made = new Stage[1];
        robot.interact(() -> made[0] = new Stage());
        Stage other = made[0];
        try {
            robot.interact(() -> {
                hint.setSelected(true);
                other.setScene(new Scene(new javafx.scene.layout.HBox(8, hint, check), 300, 80));
                other.show();
            });
            for (javafx.scene.control.ButtonBase b : List.of(hint, check)) {
                robot.interact(b::requestFocus);
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    assertEquals(javafx.scene.paint.Color.BLACK, b.getTextFill(), b.getText() + " focused");
                    assertEquals(javafx.scene.paint.Color.BLACK,
                            ((org.kordamp.ikonli.javafx.FontIcon) b.getGraphic()).getIconColor(), b.getText() + "'s icon");
                });
            }
        } finally {
            robot.interact(() -> {
                other.close();
                window.themeProperty().set(Theme.LIGHT);
            });
        }
    }

    private static MenuItem item(FxRobot robot, ShellAction action) {
        return item(robot, action.menuItemId());
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuBar menu = robot.lookup("#main-menu").queryAs(MenuBar.class);
        return menu.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void theThemeSwitchesBetweenLightAndDark(FxRobot robot) {
        robot.interact(() -> window.themeProperty().set(Theme.DARK));
        assertEquals(Theme.DARK.stylesheet(), javafx.application.Application.getUserAgentStylesheet());
        assertEquals(javafx.scene.paint.Color.web("#0d1117"), window.getBackground().getFills().get(0).getFill(),
                "Primer Dark's background");
        robot.interact(() -> window.themeProperty().set(Theme.LIGHT));
        assertTrue(javafx.application.Application.getUserAgentStylesheet().contains("primer-light"));
    }

    @Test
    void ctrlBHidesAndShowsTheDataPanelAndItsDividerComesBack(FxRobot robot) {
        javafx.scene.control.SplitPane columns = robot.lookup("#main-columns").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> columns.setDividerPositions(0.25, 0.7));
        robot.clickOn(FxPoints.centreOf(robot, "#main-columns")).push(javafx.scene.input.KeyCode.CONTROL, KeyCode.B);
        assertEquals(2, columns.getItems().size(), "the data panel left the window");
        assertTrue(columns.getItems().stream().noneMatch(n -> "data-panel".equals(n.getId())));
        robot.push(javafx.scene.input.KeyCode.CONTROL, KeyCode.B);
        assertEquals(3, columns.getItems().size(), "the data panel is back");
        assertEquals("data-panel", columns.getItems().get(0).getId());
        assertEquals(0.25, columns.getDividerPositions()[0], 0.01, "at the place the user gave it");
        assertEquals(0.7, columns.getDividerPositions()[1], 0.01);
    }

    @Test
    void ctrlAltBHidesTheDetailsPanelAndTheChoiceIsRemembered(FxRobot robot) throws Exception {
        javafx.scene.control.SplitPane columns = robot.lookup("#main-columns").queryAs(javafx.scene.control.SplitPane.class);
        robot.clickOn(FxPoints.centreOf(robot, "#main-columns")).push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ALT, KeyCode.B);
        assertEquals(2, columns.getItems().size());
        assertTrue(columns.getItems().stream().noneMatch(n -> "details-area".equals(n.getId())), "the details left the window");
        robot.interact(window::storeChoices);
        assertEquals("false", settings.get("layout.detailsPanel", ""));
        robot.interact(() -> {
            MainWindow again = new MainWindow(context, settings);
            javafx.scene.control.SplitPane restored = (javafx.scene.control.SplitPane) again.getCenter();
            assertEquals(2, restored.getItems().size(), "a new window starts without the details, as left");
        });
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ALT, KeyCode.B);
        assertEquals(3, columns.getItems().size());
    }
}
