package org.kgexplorer.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.query.QuestionLibrary;
import org.kgexplorer.core.teach.Exercise;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exercise from the question library on the bundled graph: check, verdict, solution on request, results saved. */
@ExtendWith(ApplicationExtension.class)
class ExerciseViewTest {
    private static final String NORTHERN_TRIANGLE = "which-countries-form-the-northern-triangle.rq";
    @TempDir
    Path dir;
    private ExerciseView view;
    private ExplorerContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = new ExplorerContext(Fixtures.bundled(), new TaskRunner(), new I18n());
        List<Exercise> exercises = QuestionLibrary.bundled().stream()
                .filter(q -> !q.sparql().contains("ASK") && !q.sparql().contains("CONSTRUCT"))
                .map(q -> Exercise.of(q, false, "en")).toList();
        Question triangle = QuestionLibrary.bundled().stream().filter(q -> q.file().equals(NORTHERN_TRIANGLE))
                .findFirst().orElseThrow();
        Exercise first = exercises.stream().filter(e -> e.id().equals("which-countries-form-the-northern-triangle"))
                .findFirst().orElseThrow();
        assertEquals(triangle.title(), first.question());
        view = new ExerciseView(new ExerciseViewModel(context, exercises, first,
                Clock.fixed(Instant.parse("2026-12-06T23:00:00Z"), ZoneOffset.UTC)));
        stage.setScene(new Scene(view, 820, 700));
        stage.show();
    }

    private String check(FxRobot robot, String query) throws Exception {
        robot.interact(() -> view.model().answerProperty().set(query));
        robot.clickOn("#exercise-check");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.model().checkingProperty().get()
                && !view.model().verdictProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#exercise-verdict").queryAs(Label.class).getText();
    }

    @Test
    void aWrongAnswerSaysWhatDiffersAndARightOnePassesThenTheResultsAreSaved(FxRobot robot) throws Exception {
        TextArea solution = robot.lookup("#exercise-solution").queryAs(TextArea.class);
        assertFalse(solution.isVisible(), "the solution stays hidden until asked for");
        assertEquals("", solution.getText());

        String prefixes = "PREFIX kg: <https://kgexplorer.org/id/> PREFIX kgx: <https://kgexplorer.org/ontology#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
        String wrong = check(robot, prefixes + "SELECT ?c ?en ?es WHERE { ?c kgx:isMemberOf kg:NorthernTriangle ; "
                + "rdfs:label ?en , ?es . FILTER(lang(?en) = \"en\") }");
        assertTrue(wrong.startsWith("Not yet: no rows missing, 3 extra."), wrong);
        assertTrue(wrong.contains("Rows of yours that do not belong:"), wrong);
        // its resources by their names, as the answer table shows them, not by their IRIs
        String examples = wrong.substring(wrong.indexOf("Rows of yours"));
        assertFalse(examples.contains("<https://kgexplorer.org/id/"), examples);
        assertTrue(examples.contains("Guatemala  |") || examples.contains("Honduras  |")
                || examples.contains("El Salvador  |"), examples);
        assertFalse(solution.isVisible());

        String right = check(robot, prefixes + "SELECT ?labelEs ?label ?x WHERE { ?x kgx:isMemberOf kg:NorthernTriangle ; "
                + "rdfs:label ?label , ?labelEs . FILTER(lang(?label) = \"en\" && lang(?labelEs) = \"es\") }");
        assertEquals("Correct: your answer has exactly the rows asked for (its columns in another order, which is fine).",
                right);
        assertTrue(view.model().passedProperty().get());

        javafx.scene.Node checkButton = robot.lookup("#exercise-check").query();
        javafx.scene.Node saveButton = robot.lookup("#exercise-save").query();
        double checkY = checkButton.localToScene(0, 0).getY();
        double saveY = saveButton.localToScene(0, 0).getY();
        robot.clickOn("#exercise-show-solution");
        assertTrue(solution.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        // the buttons stay under the mouse (they jumped from y 570 to 378 when the solution came)
        assertEquals(checkY, checkButton.localToScene(0, 0).getY(), 1, "Check stays where it was");
        assertEquals(saveY, saveButton.localToScene(0, 0).getY(), 1, "Save results stays where it was");
        assertTrue(solution.getText().startsWith("PREFIX"), solution.getText());
        assertTrue(solution.getText().contains("kg:NorthernTriangle"));

        Path csv = dir.resolve("exercises.csv");
        robot.interact(() -> view.setSaveTarget(() -> Optional.of(csv)));
        robot.clickOn("#exercise-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !view.model().noticeProperty().get().isEmpty());
        assertEquals("Saved the results of 1 exercise to exercises.csv.", view.model().noticeProperty().get());
        assertEquals(List.of("exercise,attempts,passed,last_attempt",
                "which-countries-form-the-northern-triangle,2,true,2026-12-06T23:00:00Z"), Files.readAllLines(csv));
    }

    @Test
    void aQueryThatDoesNotParseIsAFailedAttemptWithItsProblem(FxRobot robot) throws Exception {
        String verdict = check(robot, "SELECT ?x WHERE {");
        assertTrue(verdict.startsWith("Your query could not run: "), verdict);
        assertEquals(1, view.model().records().lines().get(0).attempts());
        assertFalse(view.model().records().lines().get(0).passed());
    }

    @Test
    void aSpanishStudentsQueryThatDoesNotParseIsToldWhyInSpanish(FxRobot robot) throws Exception {
        robot.interact(() -> context.i18n().localeProperty().set(java.util.Locale.forLanguageTag("es")));
        String verdict = check(robot, "SELECT ?x WHERE { ?x a < }");
        assertEquals("Su consulta no pudo ejecutarse: Línea 1, columna 24: no se esperaba «<»; se esperaba un IRI, un nombre "
                + "con prefijo, un nodo en blanco, una variable, «true», «false», ...", verdict);
    }

    @Test
    void choosingAnotherExerciseStartsAfresh(FxRobot robot) throws Exception {
        check(robot, "SELECT ?x WHERE { ?x ?p ?o } LIMIT 1");
        robot.clickOn("#exercise-show-solution");
        Exercise other = view.model().exercises().get(0);
        robot.interact(() -> view.model().exerciseProperty().set(other));
        assertEquals(other.question(), robot.lookup("#exercise-question").queryAs(Label.class).getText());
        assertEquals("", view.model().verdictProperty().get());
        assertFalse(robot.lookup("#exercise-solution").queryAs(TextArea.class).isVisible());
        assertEquals("", view.model().answerProperty().get());
    }

    /** In a small room (a projector at 200 %) the hint is whole, on its lines, and the solution opens at its body. */
    @Test
    void inASmallRoomTheHintIsWholeAndTheSolutionOpensPastItsPrefixes(FxRobot robot) throws Exception {
        Exercise hinted = new Exercise("hinted", "Which countries form the Northern Triangle?",
                "A country is a kgx:Country; its membership is kgx:isMemberOf, and the group is kg:NorthernTriangle, "
                        + "whose English name is the one to give, once per country, in any order you like.",
                "PREFIX kg: <https://kgexplorer.org/id/>\nPREFIX kgx: <https://kgexplorer.org/ontology#>\n"
                        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                        + "SELECT ?country WHERE {\n  ?country kgx:isMemberOf kg:NorthernTriangle .\n}\n");
        robot.interact(() -> {
            view.getScene().getWindow().setWidth(460);
            view.getScene().getWindow().setHeight(300);
            view.setPrefSize(460, 300);
            view.model().exerciseProperty().set(hinted);
        });
        robot.clickOn("#exercise-hint-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = robot.lookup("#exercise-hint").queryAs(Label.class);
        double[] heights = new double[2];
        robot.interact(() -> {
            heights[0] = hint.getHeight();
            heights[1] = hint.prefHeight(hint.getWidth());
        });
        assertTrue(heights[1] > hint.getFont().getSize() * 2, "the hint needs several lines at this width: " + heights[1]);
        assertEquals(heights[1], heights[0], 1, "the hint has the lines it needs, not one line cut with '…'");

        robot.clickOn("#exercise-show-solution");
        TextArea solution = robot.lookup("#exercise-solution").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> solution.getScrollTop() > 0);
        boolean[] shown = new boolean[1];
        robot.interact(() -> {
            javafx.scene.text.Text text = (javafx.scene.text.Text) solution.lookup(".text");
            double line = text.getLayoutBounds().getHeight() / solution.getText().split("\n", -1).length;
            // SELECT is the fifth line: four lines of prefixes scrolled past, the body from the top of the area
            shown[0] = Math.abs(solution.getScrollTop() - 4 * line) < 1;
        });
        assertTrue(shown[0], "scrolled " + solution.getScrollTop());
    }
}
