package org.kgexplorer.ui.query;

import org.kgexplorer.testing.FxPoints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.query.completion.Completion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class QueryWorkspaceViewTest {
    @TempDir
    Path settings;
    WorkspaceFixture f;

    @Start
    void start(Stage stage) throws Exception {
        f = new WorkspaceFixture(stage, settings);
    }

    /** Lets the settings file be written before the temporary folder goes. */
    @AfterEach
    void waitForTheBackgroundTasks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> f.context.tasks().running().isEmpty()).get());
    }

    private CodeArea editor() {
        return f.view.currentEditor().area();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlEnterRunsTheTypedQuery(FxRobot robot) throws Exception {
        robot.clickOn(FxPoints.centreOf(editor()));
        robot.write("SELECT * WHERE { ?s ?p ?o }");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("SELECT * WHERE { ?s ?p ?o }"), f.runs);
        assertEquals("SELECT * WHERE { ?s ?p ?o }", f.model.history().get(0));
    }

    @Test
    void typingAlphaProposesJointTaskForceAlphaAndAcceptingAddsItsPrefix(FxRobot robot) throws Exception {
        waitUntil(() -> f.model.completionIndexProperty().get().size() > 0);
        robot.clickOn(FxPoints.centreOf(editor()));
        robot.write("SELECT ?who WHERE { ?who ?takesPart alpha");
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#completion-list").tryQuery().isPresent()
                && !robot.lookup("#completion-list").queryListView().getItems().isEmpty());
        ListView<Completion> proposals = robot.lookup("#completion-list").queryListView();
        Completion first = proposals.getItems().get(0);
        assertEquals("kg:JointTaskForceAlpha", first.insert());
        assertEquals("Joint Task Force Alpha", first.label());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("PREFIX kg: <https://kgexplorer.org/id/>\nSELECT ?who WHERE { ?who ?takesPart kg:JointTaskForceAlpha",
                editor().getText());
        assertEquals(editor().getText().length(), editor().getCaretPosition());
        assertFalse(f.view.currentEditor().isCompletionShowing());
    }

    @Test
    void typingAPrefixAndColonOpensTheProposalsByItself(FxRobot robot) throws Exception {
        waitUntil(() -> f.model.completionIndexProperty().get().size() > 0);
        robot.clickOn(FxPoints.centreOf(editor()));
        robot.write("SELECT * { ?x a kgx:");
        waitUntil(() -> f.view.currentEditor().isCompletionShowing());
        ListView<Completion> proposals = robot.lookup("#completion-list").queryListView();
        assertTrue(proposals.getItems().stream().allMatch(c -> c.kind() == Completion.Kind.CLASS
                && c.insert().startsWith("kgx:")), proposals.getItems().toString());
    }

    @Test
    void aSyntaxErrorIsUnderlinedWhereItIsAndClearedWhenFixed(FxRobot robot) throws Exception {
        String broken = "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?o = )\n}";
        robot.interact(() -> f.view.currentEditor().setText(broken));
        int at = broken.indexOf(')');
        waitUntil(() -> editor().getStyleOfChar(at).contains("sparql-error"));
        assertFalse(editor().getStyleOfChar(at - 2).contains("sparql-error"), "only the unexpected token");
        assertTrue(robot.lookup("#query-problem").queryLabeled().getText().startsWith("Line 3, column 15: unexpected \")\""),
                robot.lookup("#query-problem").queryLabeled().getText());
        robot.interact(() -> editor().replaceText(at - 1, at - 1, "1"));
        waitUntil(() -> f.view.currentEditor().problemProperty().get() == null);
        assertFalse(editor().getStyleOfChar(at + 1).contains("sparql-error"));
        assertFalse(robot.lookup("#query-problem").queryLabeled().isVisible());
    }

    @Test
    void aSyntaxErrorIsSaidInSpanishAtTheSamePlaceAndFollowsTheLanguage(FxRobot robot) throws Exception {
        // seen on the desktop in Spanish (shot 130): "Línea 6, columna 13: unexpected "<"; expected an IRI"
        String broken = "PREFIX kgx: <https://kgexpl orer.org/ontology#>\nSELECT * WHERE { ?s ?p ?o }";
        robot.interact(() -> f.context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        robot.interact(() -> f.view.currentEditor().setText(broken));
        javafx.scene.control.Labeled line = robot.lookup("#query-problem").queryLabeled();
        waitUntil(() -> !line.getText().isEmpty());
        assertEquals("Línea 1, columna 13: no se esperaba «<»; se esperaba un IRI", line.getText());
        assertTrue(editor().getStyleOfChar(broken.indexOf('<')).contains("sparql-error"), "underlined where it says");
        robot.interact(() -> f.context.i18n().localeProperty().set(Locale.ENGLISH));
        assertEquals("Line 1, column 13: unexpected \"<\"; expected an IRI", line.getText(), "and back in English");
    }

    @Test
    void aProblemFromARunIsUnderlinedAtItsLineAndColumn(FxRobot robot) throws Exception {
        robot.interact(() -> f.view.currentEditor().setText("SELECT ?s\nWHERE { ?s ex:p ?o }"));
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        robot.interact(() -> f.model.showProblem(new QueryProblem(QueryProblem.Kind.SYNTAX, 2, 12, "unknown prefix")));
        int at = "SELECT ?s\nWHERE { ?s ".length();
        waitUntil(() -> editor().getStyleOfChar(at).contains("sparql-error"));
        assertTrue(editor().getStyleOfChar(at + 3).contains("sparql-error"), "the whole of ex:p");
        assertFalse(editor().getStyleOfChar(at - 2).contains("sparql-error"));
        robot.interact(() -> f.model.clearProblem());
        assertFalse(editor().getStyleOfChar(at).contains("sparql-error"));
    }

    @Test
    void runningALibraryQuestionOpensItInATabAndRunsIt(FxRobot robot) throws Exception {
        waitUntil(() -> !f.model.questions().isEmpty());
        Question fentanyl = f.model.questions().stream()
                .filter(q -> q.title().equals("Which pledges address fentanyl?")).findFirst().orElseThrow();
        int index = f.model.questions().indexOf(fentanyl);
        ListView<Question> library = robot.lookup("#question-library").queryListView();
        robot.interact(() -> library.scrollTo(index));
        robot.clickOn((index + 1) + ". Which pledges address fentanyl?");
        assertEquals("Which pledges address fentanyl?", robot.lookup("#question-title").queryLabeled().getText());
        robot.clickOn("#run-question");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(fentanyl.sparql()), f.runs);
        assertEquals(fentanyl.sparql(), editor().getText());
        assertEquals(fentanyl, f.model.selectedTabProperty().get().question());
        assertTrue(robot.lookup("Which pledges address fentanyl?").queryAll().size() >= 2, "the tab shows the title too");
    }

    @Test
    void switchingToSpanishChangesTheLibraryTitlesAndButtons(FxRobot robot) throws Exception {
        waitUntil(() -> !f.model.questions().isEmpty());
        assertEquals("Run", robot.lookup("#run-query").queryAs(Button.class).getText());
        robot.interact(() -> f.context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ejecutar", robot.lookup("#run-query").queryAs(Button.class).getText());
        assertEquals("Abrir en una pestaña", robot.lookup("#open-question").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#question-library").lookup("5. ¿Trabaja la Fuerza de Tarea Conjunta Alfa con la "
                + "Operación Centinela?").tryQuery().isPresent());
        assertTrue(robot.lookup("Consulta 1").tryQuery().isPresent(), "the untitled tab's name follows too");
    }

    @Test
    void theLibrarysHintIsReadWholeInSpanishWhenThePaneIsShort(FxRobot robot) throws Exception {
        // seen on the desktop at 1440x900 in Spanish: the hint under the questions ended "…la formula. …" in a
        // library 290 pixels wide and 300 high
        waitUntil(() -> !f.model.questions().isEmpty());
        robot.interact(() -> {
            QuestionLibraryView library = new QuestionLibraryView(f.model);
            library.setMinSize(290, 300);
            library.setPrefSize(290, 300);
            library.setMaxSize(290, 300);
            f.view.getScene().setRoot(new javafx.scene.layout.VBox(library));
            f.context.i18n().localeProperty().set(Locale.forLanguageTag("es"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label hint = robot.lookup("#library-hint").queryAs(javafx.scene.control.Label.class);
        assertTrue(hint.getText().startsWith("Elija una pregunta"), hint.getText());
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) hint.lookup(".text");
        assertEquals(hint.getText(), drawn.getText(), "the hint is drawn whole (it scrolls when short)");
    }

    @Test
    void theLibrarysButtonsStayInViewInSpanishAtTheProjectorsZoomWhenThePaneIsShort(FxRobot robot) throws Exception {
        // seen on the desktop at 1920x1080 and 175 % in Spanish: "Abrir en una pestaña" wrapped onto two lines and
        // the row of buttons ran past the bottom of a library 240 pixels high
        waitUntil(() -> !f.model.questions().isEmpty());
        QuestionLibraryView[] library = new QuestionLibraryView[1];
        robot.interact(() -> {
            library[0] = new QuestionLibraryView(f.model);
            library[0].setStyle("-fx-font-size: 24.5px;");
            library[0].setMinSize(330, 240);
            library[0].setPrefSize(330, 240);
            library[0].setMaxSize(330, 240);
            f.view.getScene().setRoot(new javafx.scene.layout.VBox(library[0]));
            f.context.i18n().localeProperty().set(Locale.forLanguageTag("es"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#question-library").queryListView().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Button open = robot.lookup("#open-question").queryAs(Button.class);
        Button run = robot.lookup("#run-question").queryAs(Button.class);
        assertEquals("Abrir en una pestaña", open.getTooltip().getText(), "the tooltip says the words");
        javafx.geometry.Bounds pane = library[0].localToScene(library[0].getLayoutBounds());
        for (Button b : List.of(run, open)) {
            javafx.geometry.Bounds shown = b.localToScene(b.getLayoutBounds());
            assertTrue(shown.getMaxY() <= pane.getMaxY() + 0.5 && shown.getMaxX() <= pane.getMaxX() + 0.5,
                    b.getId() + " at " + shown + " lies inside the library at " + pane);
        }
        assertEquals(run.getHeight(), open.getHeight(), 0.5, "one line: Open is as high as Run");
    }

    @Test
    void switchingToSpanishInANarrowWorkspaceKeepsTheSideTabsWholeAndTheToolbarsButtonsOutOfTheOverflowButton(FxRobot robot)
            throws Exception {
        // seen on the desktop at 1024x700: after View > Interface language > Español the side tab read "Histori"
        // beside the tab menu's arrow, and "Abrir…" was half drawn under the toolbar's » button
        waitUntil(() -> !f.model.questions().isEmpty());
        // TestFX keeps one stage for every test class: its width is given back at the end
        double before = f.view.getScene().getWindow().getWidth();
        try {
            tryWidths(robot);
        } finally {
            robot.interact(() -> f.view.getScene().getWindow().setWidth(before));
        }
    }

    private void tryWidths(FxRobot robot) {
        for (int width = 440; width <= 700; width += 20) {
            int w = width;
            robot.interact(() -> {
                f.context.i18n().localeProperty().set(Locale.ENGLISH);
                f.view.getScene().getWindow().setWidth(w);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> f.context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.TabPane side = robot.lookup("#query-side").queryAs(javafx.scene.control.TabPane.class);
            for (javafx.scene.Node label : side.lookupAll(".tab-label")) {
                javafx.scene.control.Label l = (javafx.scene.control.Label) label;
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) l.lookup(".text");
                assertEquals(l.getText(), drawn.getText(), "the tab's words drawn whole at " + w + " px");
            }
            javafx.scene.Node overflow = robot.lookup("#query-toolbar .tool-bar-overflow-button").query();
            for (javafx.scene.Node item : robot.lookup("#query-toolbar").queryAs(javafx.scene.control.ToolBar.class).getItems()) {
                if (item.getParent() != null && item.getParent().getStyleClass().contains("container") && overflow.isVisible()) {
                    double right = item.localToScene(item.getLayoutBounds()).getMaxX();
                    assertTrue(right <= overflow.localToScene(overflow.getLayoutBounds()).getMinX() + 0.5,
                            item.getId() + " ends at " + right + ", under the overflow button, at " + w + " px");
                }
            }
        }
    }

    @Test
    void enterAfterAnOpeningBraceIndentsTheNextLine(FxRobot robot) throws Exception {
        robot.clickOn(FxPoints.centreOf(editor()));
        robot.write("SELECT * WHERE {");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.write("?s ?p ?o");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.write("}");
        assertEquals("SELECT * WHERE {\n  ?s ?p ?o\n}", editor().getText());
    }

    @Test
    void tabIndentsAndCtrlTabLeavesTheEditor(FxRobot robot) throws Exception {
        robot.clickOn(FxPoints.centreOf(editor()));
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertEquals("  ", editor().getText());
        assertTrue(editor().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(editor().isFocused(), "the focus moved on");
        assertEquals("  ", editor().getText());
    }

    @Test
    void f2RenamesTheTabAndEscapeKeepsTheOldName(FxRobot robot) throws Exception {
        robot.clickOn(FxPoints.centreOf(editor()));
        robot.press(KeyCode.F2).release(KeyCode.F2);
        robot.write("Escaped");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertTrue(robot.lookup("Query 1").tryQuery().isPresent());
        robot.press(KeyCode.F2).release(KeyCode.F2);
        robot.lookup("#tab-rename").queryTextInputControl().selectAll();
        robot.write("Pledges");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals("Pledges", f.model.selectedTabProperty().get().customTitleProperty().get());
        assertTrue(robot.lookup("Pledges").tryQuery().isPresent());
    }

    @Test
    void theBracketAtTheCaretAndItsMatchAreMarked(FxRobot robot) throws Exception {
        String text = "SELECT * WHERE { ?s ?p ?o FILTER(?o > 1) }";
        robot.interact(() -> {
            f.view.currentEditor().setText(text);
            editor().moveTo(text.indexOf('{'));
        });
        waitUntil(() -> editor().getStyleOfChar(text.lastIndexOf('}')).contains("bracket-match"));
        assertTrue(editor().getStyleOfChar(text.indexOf('{')).contains("bracket-match"));
        assertFalse(editor().getStyleOfChar(text.indexOf('(')).contains("bracket-match"));
    }

    @Test
    void theLibraryShowsTheQuestionOfTheTabInFront(FxRobot robot) throws Exception {
        waitUntil(() -> !f.model.questions().isEmpty());
        javafx.scene.control.ListView<org.kgexplorer.core.query.Question> library =
                robot.lookup("#question-library").queryListView();
        org.kgexplorer.core.query.Question fentanyl = f.model.questions().stream()
                .filter(q -> q.title().equals("Which pledges address fentanyl?")).findFirst().orElseThrow();
        robot.interact(() -> f.model.runQuestionTitled("Which pledges address fentanyl?"));
        assertEquals(fentanyl, library.getSelectionModel().getSelectedItem());
        assertEquals("Which pledges address fentanyl?",
                robot.lookup("#question-title").queryAs(javafx.scene.control.Label.class).getText());
        robot.interact(f.model::newTab);
        assertEquals(fentanyl, library.getSelectionModel().getSelectedItem(), "a tab without a question changes nothing");
    }
}
