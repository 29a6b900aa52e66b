package org.kgexplorer.app;

import org.kgexplorer.testing.FxPoints;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.Test;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.project.Project;
import org.kgexplorer.ui.graph.GraphView;
import org.kgexplorer.ui.main.ShellAction;
import org.kgexplorer.ui.teach.PresenterView;
import org.kgexplorer.ui.teach.StepThroughView;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lessons in the real window (ADR 45): the bundled lesson opened from Help → Lessons; its scenes listed, opened,
 * added, moved, recaptioned and removed, each change a change of the project; presenter mode through the lesson with
 * the keyboard alone, at the presenter's UI scale, and the window as it was once left.
 */
class LessonWindowTest extends RealWindowTest {
    static final String LESSON_ITEM = "menu-help-lesson-us-mexico-2022";

    /** Opens the bundled lesson from Help → Lessons and waits for its ten scenes. */
    private ExplorerApp startWithLesson() throws Exception {
        ExplorerApp a = start();
        loaded();
        MenuItem item = items().filter(i -> LESSON_ITEM.equals(i.getId())).findFirst().orElseThrow();
        assertFalse(item.isDisable());
        assertEquals("US–Mexico security cooperation after July 12, 2022", item.getText());
        robot.interact(item::fire);
        waitFor(() -> a.projects().views().size() == 10 && !graph().model().busyProperty().get());
        assertNull(a.projects().fileProperty().get(), "a bundled lesson opens without a file: saving asks where");
        return a;
    }

    private Stream<MenuItem> items() {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(LessonWindowTest::flatten);
    }

    private static Stream<MenuItem> flatten(MenuItem item) {
        return item instanceof Menu m ? Stream.concat(Stream.of(m), m.getItems().stream().flatMap(LessonWindowTest::flatten))
                : Stream.of(item);
    }

    @Test
    void theShortcutsCollideWithNoneAndF1ListsThem() throws Exception {
        Set<KeyCombination> seen = new HashSet<>();
        for (ShellAction a : ShellAction.values()) {
            if (a.accelerator() != null) {
                assertTrue(seen.add(a.accelerator()), a + " shares its shortcut " + a.accelerator());
            }
        }
        assertEquals(KeyCombination.keyCombination("F5"), ShellAction.PRESENT.accelerator());
        start();
        loaded();
        robot.clickOn(FxPoints.centreOf(robot, "#main-window")).press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("F5\nCtrl+Alt+L").tryQuery().isPresent(), "F1 lists presenter mode's keys");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void theScenesAreListedOpenedAddedMovedRecaptionedAndRemovedAndEachChangeIsUnsaved() throws Exception {
        ExplorerApp a = startWithLesson();
        List<Project.View> lesson = a.projects().views();
        // saved to a file, the lesson has nothing unsaved; each edit of the scene list is a change
        Path file = dir.resolve("my-lesson.kgx");
        AtomicReference<Task<?>> writing = new AtomicReference<>();
        robot.interact(() -> writing.set(a.projects().write(file, false)));
        written(writing.get());
        robot.interact(() -> assertFalse(a.projects().unsaved()));

        robot.interact(() -> robot.lookup("#main-window").query().getScene().getWindow().requestFocus());
        robot.interact(() -> ((javafx.scene.control.MenuItem) items().filter(i -> ShellAction.SCENES.menuItemId().equals(i.getId()))
                .findFirst().orElseThrow()).fire());
        waitFor(() -> robot.lookup("#scenes-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Project.View> list = robot.lookup("#scenes-list").queryAs(ListView.class);
        assertEquals(10, list.getItems().size());

        // Alt+↓ moves the first scene down
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitFor(() -> a.projects().views().get(1).equals(lesson.get(0)));
        assertEquals(lesson.get(1), a.projects().views().get(0));
        assertEquals(1, list.getSelectionModel().getSelectedIndex(), "the moved scene stays chosen");
        robot.interact(() -> assertTrue(a.projects().unsaved(), "a moved scene is an unsaved change"));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitFor(() -> a.projects().views().equals(lesson));
        robot.interact(() -> assertFalse(a.projects().unsaved(), "moved back, the lesson is as saved"));

        // F2 edits the captions
        robot.interact(() -> list.getSelectionModel().select(2));
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitFor(() -> robot.lookup("#scene-caption-en").tryQuery().isPresent());
        confirmCaptions("Joint Task Force Alpha", "La Fuerza de Tarea Conjunta Alfa");
        waitFor(() -> a.projects().views().get(2).captionEn().equals("Joint Task Force Alpha"));
        assertEquals("La Fuerza de Tarea Conjunta Alfa", a.projects().views().get(2).captionEs());
        assertEquals(lesson.get(2).query(), a.projects().views().get(2).query(), "only the captions change");
        assertTrue(list.getItems().get(2).captionEn().equals("Joint Task Force Alpha"));

        // Delete removes it
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitFor(() -> a.projects().views().size() == 9);
        assertFalse(a.projects().views().stream().anyMatch(v -> v.captionEn().equals("Joint Task Force Alpha")));

        // "Add this view as a scene" keeps the graph on screen
        robot.interact(() -> graph().openEntity(Fixtures.KG + "OperationSentinel"));
        waitFor(() -> graph().model().graph().state().nodes().size() > 3 && !graph().model().busyProperty().get());
        // a click, not fire() inside interact(): the captions dialog waits for its answer, and interact() for its end
        robot.clickOn("#scenes-add");
        waitFor(() -> robot.lookup("#scene-caption-en").tryQuery().isPresent());
        confirmCaptions("Operation Sentinel and its neighbours", "La Operación Centinela y sus vecinos");
        waitFor(() -> a.projects().views().size() == 10);
        Project.View added = a.projects().views().get(9);
        assertEquals("La Operación Centinela y sus vecinos", added.captionEs());
        assertTrue(added.graph().nodes().contains(Fixtures.KG + "OperationSentinel"), added.graph().nodes().toString());
        assertEquals(Project.Scene.GRAPH, added.scene());

        // Enter opens a scene: its graph in front
        robot.interact(() -> {
            graph().model().clear();
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        List<String> meeting = a.projects().views().get(0).graph().nodes();
        waitFor(() -> graph().model().graph().state().nodes().keySet().containsAll(meeting) && !graph().model().busyProperty().get());
        assertEquals("graph-tab", robot.lookup("#work-area").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getId());
        robot.interact(() -> assertTrue(a.projects().unsaved()));
    }

    @Test
    void aChangedLessonComesBackAfterARestartAsTheLessonWithItsChangesStillUnsaved() throws Exception {
        ExplorerApp a = startWithLesson();
        robot.interact(() -> a.lessons().scenes().recaption(0, "The meeting", "La reunión"));
        robot.interact(() -> assertTrue(a.projects().unsaved()));
        robot.interact(() -> robot.lookup("#main-window").query().getScene().getWindow().hide());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();

        ExplorerApp again = start();
        waitFor(() -> again.projects().views().size() == 10 && "The meeting".equals(again.projects().views().get(0).captionEn()));
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#main-window").query().getScene().getWindow();
        assertEquals("US–Mexico security cooperation after July 12, 2022 (lesson, not saved) — KG Explorer", stage.getTitle(),
                "still the lesson, not a nameless project");
        robot.interact(() -> assertTrue(again.projects().unsaved(),
                "the caption changed before the restart is still not saved anywhere but the session: New or Close asks"));
    }

    @Test
    void aBundledLessonKeepsTheTeachersLabelLanguage() throws Exception {
        ExplorerApp a = start();
        loaded();
        robot.interact(() -> a.context().labelModeProperty().set(LabelMode.SPANISH));
        MenuItem item = items().filter(i -> LESSON_ITEM.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        waitFor(() -> a.projects().views().size() == 10 && !graph().model().busyProperty().get());
        assertEquals(LabelMode.SPANISH, a.context().labelModeProperty().get(),
                "the lesson speaks both languages: a Spanish class keeps its Spanish names and captions");
        robot.interact(() -> assertFalse(a.projects().unsaved(), "keeping the class's labels is no change to save"));
    }

    @Test
    void aLessonOpenedFromHelpIsAnUntitledProjectWhoseChangesAreAskedAbout() throws Exception {
        ExplorerApp a = startWithLesson();
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#main-window").query().getScene().getWindow();
        assertEquals("US–Mexico security cooperation after July 12, 2022 (lesson, not saved) — KG Explorer", stage.getTitle());
        robot.interact(() -> a.context().i18n().localeProperty().set(java.util.Locale.forLanguageTag("es")));
        try {
            assertEquals("La cooperación en seguridad entre México y Estados Unidos después del 12 de julio de 2022"
                    + " (lección, sin guardar) — KG Explorer", stage.getTitle());
        } finally {
            robot.interact(() -> a.context().i18n().localeProperty().set(java.util.Locale.ENGLISH));
        }
        robot.interact(() -> assertFalse(a.projects().unsaved(), "just opened, nothing to save"));
        List<Project.View> lesson = a.projects().views();

        // an edited caption is a change: New project asks, and Cancel keeps the lesson as it is
        robot.interact(() -> a.lessons().scenes().recaption(0, "The meeting", "La reunión"));
        robot.interact(() -> assertTrue(a.projects().unsaved(), "a changed caption is an unsaved change"));
        org.kgexplorer.ui.main.MainWindow window = robot.lookup("#main-window").queryAs(org.kgexplorer.ui.main.MainWindow.class);
        javafx.application.Platform.runLater(() -> window.actions().execute(ShellAction.NEW_PROJECT));
        DialogPane asked = dialog();
        assertEquals("Save the changes to \"US–Mexico security cooperation after July 12, 2022\"?", asked.getHeaderText());
        choose(asked, "Cancel");
        assertEquals("The meeting", a.projects().views().get(0).captionEn(), "Cancel keeps the lesson and its change");

        // Save goes to Save as: the lesson has no file, so it asks where (the system's chooser, absent under Monocle)
        java.util.concurrent.Future<Void> newProject = WaitForAsyncUtils.asyncFx(() -> {
            window.actions().execute(ShellAction.NEW_PROJECT);
            return null;
        });
        choose(dialog(), "Save");
        java.util.concurrent.ExecutionException asksWhere = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class, () -> newProject.get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.clearExceptions();
        assertTrue(java.util.Arrays.stream(asksWhere.getCause().getStackTrace()).anyMatch(f ->
                f.getClassName().equals("javafx.stage.FileChooser") && f.getMethodName().equals("showSaveDialog")),
                () -> "Save asks where to save: " + asksWhere.getCause());
        assertNull(a.projects().fileProperty().get());
        assertEquals(10, a.projects().views().size(), "nothing saved, nothing replaced");

        // Discard: the new project takes the lesson's place
        javafx.application.Platform.runLater(() -> window.actions().execute(ShellAction.NEW_PROJECT));
        choose(dialog(), "Discard");
        waitFor(() -> a.projects().views().isEmpty() && "KG Explorer".equals(stage.getTitle()));
        assertFalse(lesson.isEmpty());

        // a lesson opened again and changed asks when the window closes
        robot.interact(() -> items().filter(i -> LESSON_ITEM.equals(i.getId())).findFirst().orElseThrow().fire());
        waitFor(() -> a.projects().views().size() == 10 && !graph().model().busyProperty().get());
        robot.interact(() -> assertTrue(a.projects().views().equals(lesson) && !a.projects().unsaved()));
        robot.interact(() -> a.lessons().scenes().move(0, 1));
        javafx.application.Platform.runLater(() -> items().filter(i -> ShellAction.QUIT.menuItemId().equals(i.getId()))
                .findFirst().orElseThrow().fire());
        asked = dialog();
        assertTrue(asked.getHeaderText().contains("US–Mexico security cooperation"), asked.getHeaderText());
        choose(asked, "Cancel");
        assertTrue(stage.isShowing(), "Cancel keeps the window open");
        javafx.application.Platform.runLater(() -> items().filter(i -> ShellAction.QUIT.menuItemId().equals(i.getId()))
                .findFirst().orElseThrow().fire());
        choose(dialog(), "Discard");
        waitFor(() -> !stage.isShowing());
    }

    /** Types the captions into the open captions dialog and confirms it. */
    private void confirmCaptions(String en, String es) {
        TextField english = robot.lookup("#scene-caption-en").queryAs(TextField.class);
        TextField spanish = robot.lookup("#scene-caption-es").queryAs(TextField.class);
        DialogPane pane = robot.lookup("#scene-captions-dialog").queryAs(DialogPane.class);
        robot.interact(() -> {
            english.setText(en);
            spanish.setText(es);
            ButtonType ok = pane.getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
            ((Button) pane.lookupButton(ok)).fire();
        });
    }

    @Test
    void presenterModeGoesThroughTheLessonWithTheKeyboardAlone() throws Exception {
        ExplorerApp a = startWithLesson();
        List<Project.View> lesson = a.projects().views();
        assertEquals(1.0, a.context().scale().factor(), 1e-9);
        org.kgexplorer.ui.main.MainWindow window = robot.lookup("#main-window").queryAs(org.kgexplorer.ui.main.MainWindow.class);
        org.kgexplorer.ui.main.Theme theme = window.themeProperty().get();
        robot.interact(() -> a.lessons().scenes().highContrastProperty().set(true));
        List<double[]> dividers = dividers(window);
        robot.clickOn(FxPoints.centreOf(robot, "#main-window")).press(KeyCode.F5).release(KeyCode.F5);
        waitFor(() -> a.lessons().presenter() != null && a.lessons().presenter().stage().isShowing());
        PresenterView view = a.lessons().presenter().view();
        assertTrue(a.lessons().presenter().stage().isFullScreen());
        assertEquals(2.0, a.context().scale().factor(), 1e-9, "the presenter's UI scale for the room (200 % unless chosen)");
        assertEquals(org.kgexplorer.ui.main.Theme.HIGH_CONTRAST, window.themeProperty().get(), "high contrast, as asked");
        Label caption = robot.lookup("#presenter-caption").queryAs(Label.class);
        assertEquals(lesson.get(0).captionEn(), caption.getText());
        assertEquals(28 * 1.2, caption.getFont().getSize(), 0.1, "the caption is large: 1.2 times the scaled text");

        // the meeting's graph, revealed node by node in the order the scene lists them
        GraphView shown = robot.lookup("#presenter-graph").queryAs(GraphView.class);
        List<String> order = lesson.get(0).graph().nodes();
        // in sight once the scene's whole graph is laid out (out of sight) and its first node is in
        waitFor(() -> shown.getOpacity() == 1 && shown.model().graph().state().nodes().containsKey(order.get(0))
                && !shown.model().busyProperty().get());
        assertFalse(shown.model().graph().state().nodes().containsKey(order.get(1)), "one node at first");
        for (int k = 1; k < order.size(); k++) {
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
            int revealed = k;
            waitFor(() -> shown.model().graph().state().nodes().containsKey(order.get(revealed)) && !shown.model().busyProperty().get());
            if (k + 1 < order.size()) {
                assertFalse(shown.model().graph().state().nodes().containsKey(order.get(k + 1)), "not before its turn");
            }
        }
        assertEquals(lesson.get(0).captionEn(), caption.getText(), "still the first scene");

        // space: the next scene, an answer table whose facts come with their evidence
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitFor(() -> view.model().sceneProperty().get() == 1);
        assertEquals(lesson.get(1).captionEn(), caption.getText());
        waitFor(() -> robot.lookup("#presenter-table").tryQuery().isPresent()
                && !robot.lookup("#presenter-table").queryAs(TableView.class).getItems().isEmpty());
        TableView<?> table = robot.lookup("#presenter-table").queryAs(TableView.class);
        assertEquals("?evidence", table.getColumns().get(table.getColumns().size() - 1).getText());
        // the room reads names: every resource by its label, none by its IRI
        java.util.List<String> cells = robot.lookup("#presenter-table").lookup(".table-cell")
                .queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(c -> c.getGraphic() instanceof javafx.scene.text.Text t ? t.getText() : c.getText())
                .filter(t -> t != null && !t.isEmpty()).toList();
        assertTrue(!cells.isEmpty() && cells.stream().noneMatch(t -> t.startsWith("<") || t.startsWith("kg:")), cells.toString());
        // ↓ and ↑ scroll the answer a row at a time: a room sees every fact without a mouse
        assertEquals(0, firstShownRow(table));
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        waitFor(() -> firstShownRow(table) == 1);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        waitFor(() -> firstShownRow(table) == 2);
        robot.press(KeyCode.UP).release(KeyCode.UP);
        waitFor(() -> firstShownRow(table) == 1);
        assertEquals(1, view.model().sceneProperty().get(), "scrolling moved no scene");
        // → shows the rows not yet on screen, a page at a time, before the next scene: the room reads every row
        Label rows = robot.lookup("#presenter-rows").queryAs(Label.class);
        int pages = 0;
        while (view.model().sceneProperty().get() == 1) {
            double at = shownPosition(table);
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
            waitFor(() -> view.model().sceneProperty().get() == 2 || shownPosition(table) > at);
            if (view.model().sceneProperty().get() == 1) {
                pages++;
                assertTrue(rows.getText().matches("Rows? \\d.*"), rows.getText());
                assertTrue(pages < table.getItems().size(), "a page a row at least");
            }
        }
        assertTrue(pages > 0, "the answer's ten rows with their sentences do not fit at once: → paged through them");
        // ← comes back to the table at its last rows, and goes back through its rows before the scene before
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        waitFor(() -> view.model().sceneProperty().get() == 1 && robot.lookup("#presenter-rows").tryQuery()
                .map(l -> ((Label) l).getText()).filter(t -> t.matches("Rows? \\d.*") && !t.matches("Rows? 1\\D.*")).isPresent());
        TableView<?> again = robot.lookup("#presenter-table").queryAs(TableView.class);
        double end = shownPosition(again);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        waitFor(() -> shownPosition(again) < end);
        assertEquals(1, view.model().sceneProperty().get(), "← showed the rows before");

        // Page Down: the rows, then the next scenes, to the step-through of Operation Sentinel; → is its next step there
        for (int k = 0; k < 40 && view.model().sceneProperty().get() < 3; k++) {
            robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitFor(() -> view.model().sceneProperty().get() == 3 && robot.lookup("#step-through").tryQuery().isPresent());
        StepThroughView steps = robot.lookup("#step-through").queryAs(StepThroughView.class);
        assertTrue(steps.model().steps().size() > 2);
        assertEquals(steps.model().steps().size(), view.model().steps(3));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        waitFor(() -> steps.model().indexProperty().get() == 1);
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        waitFor(() -> steps.model().indexProperty().get() == 0);
        // ← at a scene's first step: the previous scene
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        waitFor(() -> view.model().sceneProperty().get() == 2);

        // B blanks the screen; any key brings it back, and moves nothing
        robot.press(KeyCode.B).release(KeyCode.B);
        waitFor(() -> robot.lookup("#presenter-blank").query().isVisible());
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        waitFor(() -> !robot.lookup("#presenter-blank").query().isVisible());
        assertEquals(2, view.model().sceneProperty().get(), "the key that brought the screen back moved nothing");

        // in Spanish labels, the caption is the Spanish one
        robot.interact(() -> a.context().labelModeProperty().set(LabelMode.SPANISH));
        assertEquals(lesson.get(2).captionEs(), caption.getText());
        robot.interact(() -> a.context().labelModeProperty().set(LabelMode.ENGLISH));

        // on to the first exercise: its question, and the student's query checked
        while (view.model().sceneProperty().get() < 7) {
            robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitFor(() -> robot.lookup("#exercise").tryQuery().isPresent());
        Project.SceneExercise exercise = lesson.get(7).scene().exercise();
        assertEquals(exercise.questionEn(), robot.lookup("#exercise-question").queryAs(Label.class).getText());
        TextArea answer = robot.lookup("#exercise-answer").queryAs(TextArea.class);
        robot.clickOn(FxPoints.centreOf(answer));
        robot.write("B ");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertFalse(robot.lookup("#presenter-blank").query().isVisible(), "typing B into the query blanks nothing");
        assertEquals(7, view.model().sceneProperty().get(), "→ while typing moves the caret, not the presentation");
        robot.interact(() -> answer.setText(exercise.reference()));
        robot.interact(() -> robot.lookup("#exercise-check").queryAs(Button.class).fire());
        waitFor(() -> robot.lookup("#exercise-verdict").queryAs(Label.class).getText().startsWith("Correct"));

        // Esc leaves: the window's UI scale comes back
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> a.lessons().presenter() == null);
        assertEquals(1.0, a.context().scale().factor(), 1e-9);
        assertEquals(theme, window.themeProperty().get(), "the window's own theme is back");
        WaitForAsyncUtils.waitForFxEvents();
        List<double[]> after = dividers(window);
        for (int i = 0; i < dividers.size(); i++) {
            assertArrayEquals(dividers.get(i), after.get(i), 0.002, "the window's panes are where they were, split " + i);
        }
        // F5 goes on where the presentation was left; Home goes back to the first scene
        assertEquals(7, a.lessons().scenes().selectedProperty().get(), "the scene left is the one chosen in the list");
        robot.interact(() -> window.actions().execute(org.kgexplorer.ui.main.ShellAction.PRESENT));
        waitFor(() -> a.lessons().presenter() != null
                && a.lessons().presenter().view().model().sceneProperty().get() == 7);
        robot.interact(() -> a.lessons().presenter().view().requestFocus());
        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        waitFor(() -> a.lessons().presenter().view().model().sceneProperty().get() == 0);
        robot.press(KeyCode.END).release(KeyCode.END);
        waitFor(() -> a.lessons().presenter().view().model().sceneProperty().get() == lesson.size() - 1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> a.lessons().presenter() == null);
        robot.interact(() -> a.lessons().scenes().highContrastProperty().set(false));
    }

    /** Where every split pane of the window has its dividers. */
    private static List<double[]> dividers(javafx.scene.Parent window) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.lookupAll(".split-pane").stream()
                .map(n -> ((javafx.scene.control.SplitPane) n).getDividerPositions()).toList()).get(10, TimeUnit.SECONDS);
    }

    /** The index of the answer's first row on screen. */
    /** How far down its answer the table is scrolled, 0 at the top, 1 at the end. */
    private static double shownPosition(TableView<?> table) {
        try {
            return WaitForAsyncUtils.asyncFx(() ->
                    ((javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow")).getPosition())
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int firstShownRow(TableView<?> table) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.control.skin.VirtualFlow<?> flow =
                        (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
                return PresenterView.topRow(flow);
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void presenterModeRevealsEachNodeWhereTheWholeGraphPutsItAndMovesNoneShown() throws Exception {
        ExplorerApp a = startWithLesson();
        List<String> order = a.projects().views().get(0).graph().nodes();
        assertTrue(order.size() > 2, order.toString());
        robot.clickOn(FxPoints.centreOf(robot, "#main-window")).press(KeyCode.F5).release(KeyCode.F5);
        waitFor(() -> a.lessons().presenter() != null && a.lessons().presenter().stage().isShowing());
        GraphView shown = robot.lookup("#presenter-graph").queryAs(GraphView.class);
        java.util.Map<String, org.kgexplorer.core.project.ViewState.Point> before = null;
        double[] cameraBefore = null;
        for (int k = 0; k < order.size(); k++) {
            if (k > 0) {
                robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
            }
            int last = k;
            // the step's node is in, drawn by the layout, the layout at rest and the graph in sight
            AtomicReference<org.kgexplorer.core.project.ViewState> drawn = new AtomicReference<>();
            waitFor(() -> {
                robot.interact(() -> drawn.set(shown.getOpacity() == 1 && !shown.model().busyProperty().get()
                        && shown.layoutSettledOrStill() ? shown.captureAsDrawn() : null));
                return drawn.get() != null && drawn.get().nodes().size() == last + 1
                        && drawn.get().positions().keySet().containsAll(order.subList(0, last + 1));
            });
            assertEquals(order.subList(0, k + 1), drawn.get().nodes(), "the nodes come in the scene's order");
            AtomicReference<double[]> camera = new AtomicReference<>();
            robot.interact(() -> camera.set(new double[] {shown.canvas().camera().centreX(),
                    shown.canvas().camera().centreY(), shown.canvas().camera().scale()}));
            if (before != null) {
                for (String id : order.subList(0, k)) {
                    assertEquals(before.get(id), drawn.get().positions().get(id), id + " stays where it was at step " + k);
                }
                assertArrayEquals(cameraBefore, camera.get(), "the camera stays: nothing shown moves on screen");
            }
            before = drawn.get().positions();
            cameraBefore = camera.get();
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> a.lessons().presenter() == null && a.context().scale().factor() == 1.0);
    }

    @Test
    void closingTheWindowWhilePresentingKeepsTheWindowsOwnScale() throws Exception {
        ExplorerApp a = startWithLesson();
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#main-window").query().getScene().getWindow();
        robot.clickOn(FxPoints.centreOf(robot, "#main-window")).press(KeyCode.F5).release(KeyCode.F5);
        waitFor(() -> a.lessons().presenter() != null && a.context().scale().factor() == 2.0);
        robot.interact(stage::hide);
        java.util.Properties kept = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(RealWindow.sessionFile().resolveSibling("settings.properties"))) {
            kept.load(in);
        }
        assertEquals("1.0", kept.getProperty("ui.scale", "1.0"), "the presenter's 200 % is not the window's own");
    }

    @Test
    void theSceneListIsBuiltOnceHoweverOftenItOpens() throws Exception {
        ExplorerApp a = startWithLesson();
        org.kgexplorer.ui.teach.ScenesView first = null;
        for (int n = 0; n < 3; n++) {
            robot.interact(() -> items().filter(i -> ShellAction.SCENES.menuItemId().equals(i.getId())).findFirst()
                    .orElseThrow().fire());
            waitFor(() -> robot.lookup("#scenes-list").tryQuery().filter(l -> l.getScene().getWindow().isShowing()).isPresent());
            org.kgexplorer.ui.teach.ScenesView shown = a.lessons().view();
            assertTrue(robot.lookup("#scenes-list").query().getScene() == shown.getScene(), "the list on screen is the view's");
            if (first == null) {
                first = shown;
            }
            // one view, so one set of its listeners on the scenes, the selection and the label language
            assertTrue(first == shown, "opening " + (n + 1) + " built the scene list again");
            choose(robot.lookup("#scenes-dialog").queryAs(DialogPane.class), "Close");
        }
        // the one view still follows the scenes: a scene removed while it was closed is gone from it
        robot.interact(() -> a.lessons().scenes().remove(0));
        assertEquals(9, first.model().scenes().size());
        @SuppressWarnings("unchecked")
        ListView<Project.View> list = (ListView<Project.View>) first.lookup("#scenes-list");
        assertEquals(9, list.getItems().size());
    }
}
