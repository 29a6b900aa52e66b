package org.kgexplorer.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The step-through window on the bundled graph: the query grows a part a step, with each step's bindings. */
@ExtendWith(ApplicationExtension.class)
class StepThroughViewTest {
    static final String QUERY = """
            PREFIX kgx: <https://kgexplorer.org/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?country ?label WHERE {
              ?country a kgx:Country ;
                       rdfs:label ?label .
              FILTER(lang(?label) = "en")
            }
            ORDER BY ?label
            """;
    private ExplorerContext context;
    private StepThroughView view;

    @Start
    void start(Stage stage) throws Exception {
        context = new ExplorerContext(Fixtures.bundled(), new TaskRunner(), new I18n());
        view = new StepThroughView(StepThroughViewModel.of(context, QUERY));
        stage.setScene(new Scene(view, 900, 620));
        stage.show();
    }

    private String rows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.model().busyProperty().get()
                && view.model().answerProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#step-rows").queryAs(Label.class).getText();
    }

    private static String current(FxRobot robot) {
        return robot.lookup("#step-query").queryAs(TextFlow.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("step-current")).map(n -> ((Text) n).getText().strip())
                .findFirst().orElse("");
    }

    private long count(String select) throws QueryProblem {
        return org.kgexplorer.core.teach.SelectAnswers.read(Fixtures.bundled(),
                org.apache.jena.query.QueryFactory.create(select), org.kgexplorer.core.query.QueryOptions.defaults(), 0,
                org.kgexplorer.core.task.Cancellation.none()).total();
    }

    @Test
    void theQueryGrowsAPartAStepWithItsBindingsAndRowCount(FxRobot robot) throws Exception {
        String prefixes = "PREFIX kgx: <https://kgexplorer.org/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        long countries = count(prefixes + "SELECT * { ?c a kgx:Country }");
        long labels = count(prefixes + "SELECT * { ?c a kgx:Country ; rdfs:label ?l }");

        assertEquals(countries + " rows", rows(robot));
        assertEquals("Step 1 of 4: a triple pattern", robot.lookup("#step-heading").queryAs(Label.class).getText());
        assertEquals("?country  a  kgx:Country .", current(robot));
        assertTrue(robot.lookup("#step-previous").queryAs(Button.class).isDisable());
        TableView<?> table = robot.lookup("#step-bindings").queryTableView();
        assertEquals(1, table.getColumns().size());
        assertEquals(countries, table.getItems().size());

        robot.clickOn("#step-next");
        assertEquals(labels + " rows", rows(robot));
        assertTrue(current(robot).contains("rdfs:label"), current(robot));
        assertEquals(List.of("?country", "?label"), table.getColumns().stream().map(c -> c.getText()).toList());
        // the columns share the table's width (two of 180 px left IRIs cut beside an empty half)
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> table.getColumns().stream()
                .mapToDouble(c -> c.getWidth()).sum() >= table.getWidth() - 24);
        // ... equally: the new column came in at its minimum beside the first step's one column, as wide as the table
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> Math.abs(table.getColumns().get(0).getWidth() - table.getColumns().get(1).getWidth()) <= 2);

        robot.type(KeyCode.RIGHT);
        assertEquals(countries + " rows", rows(robot), "one English label each");
        assertEquals("Step 3 of 4: a FILTER", robot.lookup("#step-heading").queryAs(Label.class).getText());

        robot.type(KeyCode.RIGHT);
        assertEquals(countries + " rows", rows(robot));
        assertEquals("Step 4 of 4: the whole query (what it selects, groups and orders)",
                robot.lookup("#step-heading").queryAs(Label.class).getText());
        assertTrue(current(robot).contains("ORDER BY"), current(robot));
        assertTrue(robot.lookup("#step-next").queryAs(Button.class).isDisable());

        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.LEFT);
        assertEquals(labels + " rows", rows(robot), "going back shows the step's table again");
        assertFalse(robot.lookup("#step-previous").queryAs(Button.class).isDisable());
    }

    /** The texts of the ?party cells shown, once each is labelled as {@code expected} says. */
    private static List<String> partyCells(FxRobot robot) {
        return robot.lookup("#step-bindings").lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> c.getTableColumn() != null && c.getTableColumn().getText().equals("?party")
                        && c.getItem() != null)
                .map(c -> c.getText()).toList();
    }

    @Test
    void aLibraryQuestionsBindingsShowLabelsInTheLabelLanguageAndItsQueryKeepsItsPrefixes(FxRobot robot) throws Exception {
        // seen on the desktop (shot 76): "<https://kgexplorer.o..." for ?party, and a/rdfs:subClassOf* written as
        // "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/(rdfs:subClassOf)*"
        org.kgexplorer.core.query.Question question = org.kgexplorer.core.query.QuestionLibrary.bundled().stream()
                .filter(q -> q.file().equals("how-many-pledges-and-commitments-does-each-party-make.rq"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            try {
                view = new StepThroughView(StepThroughViewModel.of(context, question.sparql()));
            } catch (QueryProblem e) {
                throw new AssertionError(e);
            }
            robot.window(0).getScene().setRoot(view);
        });
        rows(robot);
        assertEquals("?obligation a/(rdfs:subClassOf)* kgx:Obligation .", current(robot));
        robot.clickOn("#step-next");
        rows(robot);
        assertEquals("?obligation  kgx:boundParty  ?party .", current(robot));
        robot.clickOn("#step-next");
        rows(robot);
        String whole = current(robot);
        assertTrue(whole.contains("a/(rdfs:subClassOf)* kgx:Obligation") && !whole.contains("<http://www.w3.org/1999"),
                whole);

        TableView<?> table = robot.lookup("#step-bindings").queryTableView();
        List<org.apache.jena.graph.Node> parties = table.getItems().stream()
                .map(row -> ((List<?>) row).get(0)).map(org.apache.jena.graph.Node.class::cast).toList();
        java.util.function.Function<org.kgexplorer.core.labels.LabelMode, List<String>> labels = mode ->
                Fixtures.bundled().readGraph(g -> {
                    org.kgexplorer.core.labels.DisplayLabels d = new org.kgexplorer.core.labels.DisplayLabels(g, mode);
                    return parties.stream().map(d::label).toList();
                });
        List<String> english = labels.apply(org.kgexplorer.core.labels.LabelMode.ENGLISH);
        assertTrue(english.contains("Joseph Biden"), english.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> partyCells(robot).equals(english));
        javafx.scene.control.TableCell<?, ?> first = robot.lookup("#step-bindings").lookup(".table-cell")
                .queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> "?party".equals(c.getTableColumn().getText()) && english.get(0).equals(c.getText()))
                .findFirst().orElseThrow();
        assertEquals(parties.get(0).getURI(), first.getTooltip().getText(), "the IRI is in the tooltip");
        assertTrue(robot.lookup("#step-bindings").lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().anyMatch(c -> "15".equals(c.getText())), "a count shows as its value");

        List<String> spanish = labels.apply(org.kgexplorer.core.labels.LabelMode.SPANISH);
        assertFalse(spanish.equals(english), "a party is named differently in Spanish: " + spanish);
        robot.interact(() -> context.labelModeProperty().set(org.kgexplorer.core.labels.LabelMode.SPANISH));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> partyCells(robot).equals(spanish));
        robot.clickOn("#step-previous");
        rows(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> partyCells(robot).stream().allMatch(spanish::contains)
                && !partyCells(robot).isEmpty());
    }

    @Test
    void theStepsSpeakSpanish(FxRobot robot) throws Exception {
        rows(robot);
        robot.interact(() -> context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        assertEquals("Paso 1 de 4: un patrón de tripleta", robot.lookup("#step-heading").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#step-rows").queryAs(Label.class).getText().endsWith(" filas"));
        assertEquals("Siguiente", robot.lookup("#step-next").queryAs(Button.class).getText());
    }

    @Test
    void onlyASelectCanBeSteppedThrough() {
        QueryProblem p = assertThrows(QueryProblem.class, () -> StepThroughViewModel.of(context, "ASK { ?s ?p ?o }"));
        assertEquals("only a SELECT query can be stepped through", p.getMessage());
    }

    /** The step-through's own window takes ← and → from the moment it opens, with the focus on Next (space goes on). */
    @Test
    void theWindowTakesTheArrowsFromTheStartWhateverHasTheFocus(FxRobot robot) throws Exception {
        StepThroughViewModel model = StepThroughViewModel.of(context, QUERY);
        javafx.scene.control.Dialog<?>[] dialog = new javafx.scene.control.Dialog<?>[1];
        robot.interact(() -> dialog[0] = TeachDialogs.stepThrough(context, model));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog[0].getDialogPane().getScene() != null
                    && dialog[0].getDialogPane().getScene().getFocusOwner() instanceof Button b && "step-next".equals(b.getId()));
            robot.interact(() -> dialog[0].getDialogPane().getScene().getWindow().requestFocus());
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.indexProperty().get() == 1);
            robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.indexProperty().get() == 2);
            // the focus on Close: the arrows still move through the steps, they do not move the focus
            robot.interact(() -> dialog[0].getDialogPane().lookupButton(dialog[0].getDialogPane().getButtonTypes().get(0))
                    .requestFocus());
            robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.indexProperty().get() == 1);
            assertTrue(dialog[0].isShowing(), "still open");
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }

    /** A query taller than its room keeps the step's own part in sight (a room at 200 % has a few lines). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {900, 230})
    void theStepsOwnPartStaysInSightInAShortRoom(int width, FxRobot robot) throws Exception {
        try {
            partInSight(robot, width);
        } finally {
            robot.interact(() -> view.getScene().getWindow().setWidth(900));
        }
    }

    /** At {@code width} (narrow: a part wraps on two lines, whose layout comes after the flow's size). */
    private void partInSight(FxRobot robot, int width) throws Exception {
        javafx.scene.control.ScrollPane room = robot.lookup("#step-query-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            view.getScene().getWindow().setWidth(width);
            room.setPrefViewportHeight(40);
            room.setMaxHeight(room.prefHeight(-1));
        });
        rows(robot);
        for (int k = 0; k < view.model().steps().size(); k++) {
            if (k > 0) {
                int step = k;
                robot.interact(() -> view.model().next());
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.model().indexProperty().get() == step);
            }
            WaitForAsyncUtils.waitForFxEvents();
            boolean[] inSight = new boolean[1];
            String[] where = new String[1];
            robot.interact(() -> {
                Text part = (Text) robot.lookup("#step-query").queryAs(TextFlow.class).getChildren().stream()
                        .filter(n -> n.getStyleClass().contains("step-current")).findFirst().orElseThrow();
                javafx.geometry.Bounds shown = room.localToScene(room.getLayoutBounds());
                javafx.geometry.Bounds b = part.localToScene(part.getLayoutBounds());
                // its first line at least, whole, inside the room
                double firstLine = part.getFont().getSize() * 1.1;
                inSight[0] = b.getMinY() >= shown.getMinY() - 1 && b.getMinY() + firstLine <= shown.getMaxY() + 1;
                where[0] = "part " + b + " room " + shown + " scroll " + room.getVvalue();
            });
            assertTrue(inSight[0], "step " + (k + 1) + ": " + where[0]);
        }
        assertTrue(room.getVvalue() > 0, "the last steps are below the room's first lines");
    }

    @Test
    void aQuerysBodyBeginsAfterItsPrefixAndBaseLines() {
        assertEquals(QUERY.indexOf("SELECT"), StepThroughView.bodyStart(QUERY));
        assertEquals(0, StepThroughView.bodyStart("SELECT * { ?s ?p ?o }"));
        assertEquals(0, StepThroughView.bodyStart("# the countries\nPREFIX x: <x:>\nSELECT * { ?s ?p ?o }"),
                "a comment first is the room's to read");
        String based = "BASE <http://example.org/>\n  prefix x: <x:>\n\nSELECT * { ?s ?p ?o }";
        assertEquals(based.indexOf("SELECT"), StepThroughView.bodyStart(based));
    }

    /** In presenter mode the bindings wrap in columns that share a narrow screen: every value whole, none cut. */
    @Test
    void wrappedBindingsShareANarrowWidthAndShowEveryValueWhole(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.getScene().getWindow().setWidth(230);
            view.wrapBindings();
        });
        try {
            wrappedAtNarrowWidth(robot);
        } finally {
            robot.interact(() -> view.getScene().getWindow().setWidth(900));
        }
    }

    private void wrappedAtNarrowWidth(FxRobot robot) throws Exception {
        rows(robot);
        robot.interact(() -> view.model().next());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.model().indexProperty().get() == 1);
        rows(robot);
        TableView<?> table = robot.lookup("#step-bindings").queryAs(TableView.class);
        robot.interact(() -> {
            double columns = table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            assertTrue(columns <= table.getWidth(), "no scroll bar across: columns " + columns + " in " + table.getWidth());
            List<Text> cells = robot.from(table).lookup(".bindings-wrapped").queryAllAs(Text.class).stream()
                    .filter(t -> !t.getText().isEmpty() && t.getScene() != null).toList();
            assertFalse(cells.isEmpty());
            for (Text t : cells) {
                assertTrue(t.getLayoutBounds().getWidth() <= t.getWrappingWidth() + 1, t.getText() + " wider than its column");
                assertFalse(t.getText().endsWith("…") || t.getText().endsWith("..."), t.getText());
            }
            assertTrue(cells.stream().anyMatch(t -> t.getLayoutBounds().getHeight() > t.getFont().getSize() * 1.8),
                    "a long name on more than one line");
        });
    }
}
