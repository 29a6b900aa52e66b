package org.kgexplorer.ui.results;

import org.kgexplorer.testing.FxPoints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgexplorer.ui.results.ResultsFixture.question;
import static org.kgexplorer.ui.results.ResultsFixture.run;
import static org.kgexplorer.ui.results.ResultsFixture.settle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {
    static final String PREFIXES = "PREFIX kg: <https://kgexplorer.org/id/>\n"
            + "PREFIX kgx: <https://kgexplorer.org/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    static final String COUNTRIES = PREFIXES
            + "SELECT ?country ?name WHERE { ?country a kgx:Country ; rdfs:label ?name FILTER(lang(?name) = \"en\") }";

    ExplorerContext context;
    ResultsViewModel model;
    ResultsView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        context = new ExplorerContext(ResultsFixture.bundledStore(), new TaskRunner(), new I18n());
        model = new ResultsViewModel(context);
        view = new ResultsView(model);
        stage.setScene(new Scene(view, 1000, 560));
        stage.show();
    }

    private TableView<Integer> table(FxRobot robot) {
        return robot.lookup("#results-table").queryTableView();
    }

    private List<String> column(FxRobot robot, int c) {
        ResultTable t = model.answerProperty().get().table();
        List<String> labels = new ArrayList<>();
        for (Integer row : table(robot).getItems()) {
            labels.add(t.label(row, c));
        }
        return labels;
    }

    @SuppressWarnings("unchecked")
    private TableCell<Integer, Integer> visibleCell(FxRobot robot, String text) {
        return (TableCell<Integer, Integer>) robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                && text.equals(c.getText())).query();
    }

    @Test
    void aLibraryQuestionShowsLabelsWithTheIriInATooltip(FxRobot robot) throws Exception {
        run(robot, model, question("Which pledges address fentanyl?"));
        TableView<Integer> table = table(robot);
        assertTrue(table.getItems().size() > 0);
        assertEquals("obligation", table.getColumns().get(0).getText());
        ResultTable t = model.answerProperty().get().table();
        String iri = t.node(table.getItems().get(0), 0).getURI();
        String label = t.label(table.getItems().get(0), 0);
        assertFalse(label.startsWith("http"), label);
        TableCell<Integer, Integer> cell = visibleCell(robot, label);
        assertTrue(cell.getTooltip().getText().contains(iri), cell.getTooltip().getText());
        String status = robot.lookup("#results-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith(table.getItems().size() + " rows in "), status);
    }

    /** Found on the real desktop: the column choices were redrawn with the new answer's names before its columns. */
    @Test
    void anAnswerWithFewerColumnsThanTheLastRenamesTheColumnChoicesWithoutAnError(FxRobot robot) throws Exception {
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> failures.add(e));
        });
        try {
            run(robot, model, COUNTRIES);
            run(robot, model, PREFIXES + "SELECT ?country WHERE { ?country a kgx:Country } LIMIT 2");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), failures);
            assertEquals(2, table(robot).getItems().size());
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        }
    }

    /**
     * Found on the real desktop: a chart answer after a longer one drew the new answer's rows by the old answer's
     * row view (ArrayIndexOutOfBoundsException on the JavaFX thread) before its own view came.
     */
    @Test
    void aShorterChartAnswerAfterALongerOneIsChartedWithoutAnError(FxRobot robot) throws Exception {
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> failures.add(e));
        });
        try {
            run(robot, model, PREFIXES + "SELECT ?type (COUNT(?x) AS ?n) WHERE { ?x a ?type "
                    + "FILTER(STRSTARTS(STR(?type), \"https://kgexplorer.org/ontology#\")) } "
                    + "GROUP BY ?type ORDER BY DESC(?n) LIMIT 10");
            assertEquals(10, table(robot).getItems().size());
            run(robot, model, question("How many pledges and commitments does each party make?"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), failures);
            int rows = table(robot).getItems().size();
            assertTrue(rows < 10, rows + " rows");
            robot.clickOn(FxPoints.centreOf(robot, "#results-chart"));
            javafx.scene.chart.BarChart<?, ?> bar = robot.lookup("#results-bar").query();
            assertEquals(rows, bar.getData().get(0).getData().size());
            robot.clickOn(FxPoints.centreOf(robot, "#results-chart"));
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        }
    }

    @Test
    void theColumnChoiceShowsAllColumnsWholeInSpanishAndAtTheProjectorsZoom(FxRobot robot) throws Exception {
        // seen on the desktop at 1440x900 in Spanish: "Todas las colu…" in a choice of a fixed 150 pixels
        run(robot, model, COUNTRIES);
        for (double size : new double[] {14, 14 * 1.75}) {
            robot.interact(() -> {
                view.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
                context.i18n().localeProperty().set(Locale.forLanguageTag("es"));
            });
            WaitForAsyncUtils.waitForFxEvents();
            Label shown = (Label) robot.lookup("#results-filter-column .label").query();
            assertEquals("Todas las columnas", shown.getText());
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) shown.lookup(".text");
            assertEquals(shown.getText(), drawn.getText(), "drawn whole at " + size + " px");
        }
        robot.interact(() -> view.setStyle(""));
    }

    @Test
    void spanishActionsNeedNoMoreWidthThanEnglishOnes(FxRobot robot) throws Exception {
        // seen on the desktop at 1024x700 in Spanish: the actions' row, in one piece, was wider than the centre of
        // the window and pushed the details panel off its right edge
        run(robot, model, COUNTRIES);
        double english = WaitForAsyncUtils.asyncFx(() -> view.minWidth(-1)).get();
        robot.interact(() -> context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Guardar…", robot.lookup("#save-results").queryAs(javafx.scene.control.Labeled.class).getText());
        double spanish = WaitForAsyncUtils.asyncFx(() -> view.minWidth(-1)).get();
        // the bar's icons-only width is worked out from each button's width with its text, which JavaFX rounds up to
        // whole pixels: up to a pixel per button either way, whatever the language
        int buttons = ((org.kgexplorer.ui.CompactBar) robot.lookup("#results-toolbar").query()).getChildren().size() - 1;
        assertTrue(spanish <= english + buttons, "Spanish needs " + spanish + " px, English " + english);
    }

    @Test
    void theBarKeepsItsWordsAtTheWidthItHasIn1440By900(FxRobot robot) throws Exception {
        // seen on the desktop at 1440x900: with the two save options beside Save the bar went icons-only; in Save's
        // menu they leave the words their room, in both languages (the results panel is 890 px wide there)
        run(robot, model, COUNTRIES);
        org.kgexplorer.ui.CompactBar bar = robot.lookup("#results-toolbar").query();
        for (String language : List.of("en", "es")) {
            robot.interact(() -> {
                context.i18n().localeProperty().set(Locale.forLanguageTag(language));
                view.getScene().getWindow().setWidth(890);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(bar.getWidth() <= 870, "the bar is " + bar.getWidth() + " px wide, as on the desktop");
            assertFalse(bar.isCompact(), "the bar shows its words in " + language + " at " + bar.getWidth() + " px");
        }
        javafx.scene.control.SplitMenuButton save = robot.lookup("#save-results").query();
        assertEquals(List.of("save-labels", "save-provenance"), save.getItems().stream().map(i -> i.getId()).toList());
    }

    @Test
    void clickingAHeaderSortsTheRowsInTheModel(FxRobot robot) throws Exception {
        run(robot, model, COUNTRIES);
        List<String> names = column(robot, 1);
        List<String> ascending = new ArrayList<>(names);
        ascending.sort(java.text.Collator.getInstance(Locale.ENGLISH));
        robot.clickOn("name");
        settle(model);
        assertEquals(ascending, column(robot, 1));
        TableColumn<Integer, ?> name = table(robot).getColumns().get(1);
        assertEquals(List.of(name), table(robot).getSortOrder(), "the header shows the sort");
        robot.clickOn("name");
        settle(model);
        List<String> descending = new ArrayList<>(ascending);
        java.util.Collections.reverse(descending);
        assertEquals(descending, column(robot, 1));
        assertEquals(TableColumn.SortType.DESCENDING, name.getSortType());
    }

    @Test
    void theFilterBoxKeepsMatchingRowsAndSaysHowMany(FxRobot robot) throws Exception {
        run(robot, model, COUNTRIES);
        int all = table(robot).getItems().size();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(robot.lookup("#results-filter").query().isFocused(), "Ctrl+F focuses the filter");
        robot.write("MEX");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> !model.filterProperty().get().isEmpty());
        settle(model);
        List<String> kept = column(robot, 1);
        assertFalse(kept.isEmpty());
        assertTrue(kept.size() < all);
        assertTrue(kept.stream().allMatch(n -> n.toLowerCase(Locale.ROOT).contains("mex")), kept.toString());
        String status = robot.lookup("#results-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith(kept.size() + " of " + all + " rows"), status);
    }

    @Test
    void anAskQueryShowsALargeYes(FxRobot robot) throws Exception {
        run(robot, model, question("Does Joint Task Force Alpha work with Operation Sentinel?"));
        Label answer = robot.lookup("#ask-answer").queryAs(Label.class);
        assertTrue(answer.isVisible() && answer.getParent().getParent().isVisible());
        assertEquals("Yes", answer.getText());
        assertFalse(table(robot).isVisible());
    }

    @Test
    void selectingACellWithAnIriOpensItsEntity(FxRobot robot) throws Exception {
        run(robot, model, COUNTRIES);
        ResultTable t = model.answerProperty().get().table();
        int row = table(robot).getItems().get(0);
        robot.clickOn(visibleCell(robot, t.label(row, 0)));
        assertEquals(t.node(row, 0).getURI(), context.selectedEntityProperty().get());
        List<String> opened = new ArrayList<>();
        robot.interact(() -> model.onOpenEntityProperty().set(opened::add));
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(t.node(row, 0).getURI()), opened);
    }

    @Test
    void spanishLabelModeShowsSpanishLabels(FxRobot robot) throws Exception {
        run(robot, model, PREFIXES + "SELECT ?threat WHERE { VALUES ?threat { kg:Fentanyl } }");
        assertNotNull(visibleCell(robot, "Fentanyl"));
        robot.interact(() -> context.labelModeProperty().set(LabelMode.SPANISH));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> "Fentanilo".equals(model.answerProperty().get().table().label(0, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(visibleCell(robot, "Fentanilo"));
    }

    @Test
    void ctrlCCopiesTheSelectedCellsAsTabSeparatedLabels(FxRobot robot) throws Exception {
        run(robot, model, PREFIXES + "SELECT ?threat ?n WHERE { VALUES (?threat ?n) { (kg:Fentanyl 3) } }");
        robot.clickOn(visibleCell(robot, "Fentanyl"));
        robot.press(KeyCode.SHIFT).clickOn(visibleCell(robot, "3")).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals("Fentanyl\t3\n", copied[0]);
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndColumn(FxRobot robot) throws Exception {
        run(robot, model, "SELECT ?x\nWHERE { ?x ?p }");
        assertNotNull(model.lastProblemProperty().get());
        assertEquals(2, model.lastProblemProperty().get().line());
        String error = robot.lookup("#results-error").queryAs(Label.class).getText();
        assertTrue(error.startsWith("Syntax error at line 2, column "), error);
    }

    @Test
    void aSyntaxErrorIsSaidInSpanishAndAgainWhenTheLanguageChanges(FxRobot robot) throws Exception {
        robot.interact(() -> context.i18n().localeProperty().set(java.util.Locale.forLanguageTag("es")));
        run(robot, model, "SELECT ?x\nWHERE { ?x ?p }");
        Label banner = robot.lookup("#results-error").queryAs(Label.class);
        assertEquals("Error de sintaxis en la línea 2, columna 15: no se esperaba «}»; se esperaba un IRI, un nombre con "
                + "prefijo, un nodo en blanco, una variable, «true», «false», ...", banner.getText());
        robot.interact(() -> context.i18n().localeProperty().set(java.util.Locale.ENGLISH));
        assertEquals("Syntax error at line 2, column 15: unexpected \"}\"; expected an IRI, a prefixed name, a blank node, "
                + "a variable, \"true\", \"false\", ...", banner.getText());
    }

    @Test
    void serviceIsRefused(FxRobot robot) throws Exception {
        run(robot, model, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertEquals(org.kgexplorer.core.query.QueryProblem.Kind.REFUSED, model.lastProblemProperty().get().kind());
        assertTrue(robot.lookup("#results-error").queryAs(Label.class).getText().startsWith("SERVICE is not allowed"));
    }

    @Test
    void aConstructAnswerIsShownAsSubjectPredicateObjectRows(FxRobot robot) throws Exception {
        run(robot, model, question("What is Joint Task Force Alpha's network?"));
        TableView<Integer> table = table(robot);
        assertEquals(List.of("subject", "predicate", "object"), table.getColumns().stream().map(TableColumn::getText).toList());
        assertTrue(table.getItems().size() > 0);
        assertTrue(robot.lookup("#results-status").queryAs(Label.class).getText().contains("triples"));
    }

    @Test
    void aCountAnswerCanBeShownAsABarChartAndAPieChart(FxRobot robot) throws Exception {
        run(robot, model, PREFIXES + "SELECT ?type (COUNT(?x) AS ?n) WHERE { ?x a ?type "
                + "FILTER(STRSTARTS(STR(?type), \"https://kgexplorer.org/ontology#\")) } "
                + "GROUP BY ?type ORDER BY DESC(?n) LIMIT 12");
        robot.clickOn(FxPoints.centreOf(robot, "#results-chart"));
        assertTrue(robot.lookup("#results-bar").tryQuery().isPresent());
        javafx.scene.chart.BarChart<?, ?> bar = robot.lookup("#results-bar").query();
        assertEquals(table(robot).getItems().size(), bar.getData().get(0).getData().size());
        robot.clickOn("#chart-pie");
        assertTrue(robot.lookup("#results-pie").tryQuery().isPresent());
        robot.clickOn(FxPoints.centreOf(robot, "#results-chart"));
        assertTrue(table(robot).isVisible());
    }

    @Test
    void anAnswerLongerThanTheRowLimitSaysSoAboveTheTable(FxRobot robot) throws Exception {
        robot.interact(() -> model.rowLimitProperty().set(5));
        run(robot, model, PREFIXES + "SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
        long total = model.answerProperty().get().table().totalRows();
        assertTrue(total > 1000, "every triple counted: " + total);
        Label cap = robot.lookup("#results-cap").queryAs(Label.class);
        assertTrue(cap.isVisible());
        assertEquals(String.format(java.util.Locale.ENGLISH, "showing the first 5 of %,d rows; Save writes all of them", total),
                cap.getText());
        robot.interact(() -> model.rowLimitProperty().set(1_000_000));
        run(robot, model, COUNTRIES);
        assertFalse(robot.lookup("#results-cap").queryAs(Label.class).isVisible());
    }

    @Test
    void withAFilterSaveAsksForAllTheRowsOrThoseShownInTheOrderShown(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        run(robot, model, COUNTRIES);
        int all = table(robot).getItems().size();
        robot.interact(() -> model.filter("gua", org.kgexplorer.core.query.table.RowFilter.ALL_COLUMNS));
        ResultsFixture.settle(model);
        int shown = model.viewProperty().get().size();
        assertTrue(shown > 0 && shown < all, shown + " of " + all);
        Path file = dir.resolve("shown.csv");
        robot.interact(() -> view.setSaveTarget(a -> java.util.Optional.of(SaveTarget.of(file))));
        robot.clickOn("#save-results");
        robot.clickOn("All " + all + " rows");
        ResultsFixture.settle(model);
        assertEquals("Saved " + all + " rows to shown.csv.", model.noticeProperty().get());
        robot.clickOn("#save-results");
        robot.clickOn(shown == 1 ? "The 1 row shown" : "The " + shown + " rows shown");
        ResultsFixture.settle(model);
        assertEquals("Saved " + (shown == 1 ? "1 row" : shown + " rows") + " to shown.csv.", model.noticeProperty().get());
        assertEquals(shown + 1, Files.readAllLines(file).size());
    }

    /**
     * In the room the results have at 1024x700 (about 536x260), a chart of long names (the parties) is read: the
     * chart keeps its height (the pane scrolls), the plot has at least 40 % of it, the names on the axis stay inside
     * the chart without overlapping, and each bar's tooltip has the whole name. Upright whole names took the height
     * and left the plot a strip (shot 67-es-chart).
     */
    @Test
    void aChartOfLongNamesIsReadInTheResultsOfA1024By700Window(FxRobot robot) throws Exception {
        javafx.stage.Window window = view.getScene().getWindow();
        double width = window.getWidth();
        double height = window.getHeight();
        robot.interact(() -> {
            window.setWidth(536);
            window.setHeight(260);
        });
        try {
            chartOfLongNamesIsRead(robot);
        } finally {
            // the stage is the next test's too
            robot.interact(() -> {
                window.setWidth(width);
                window.setHeight(height);
            });
        }
    }

    private void chartOfLongNamesIsRead(FxRobot robot) throws Exception {
        run(robot, model, question("How many pledges and commitments does each party make?"));
        robot.clickOn(FxPoints.centreOf(robot, "#results-chart"));
        javafx.scene.chart.BarChart<?, ?> bar = robot.lookup("#results-bar").query();
        robot.interact(() -> {
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
        });
        // read on the JavaFX thread: bounds computed on the test's thread race the chart's own layout (TestFX#813)
        double[] heights = new double[2];
        javafx.geometry.Bounds[] chartBounds = new javafx.geometry.Bounds[1];
        List<java.util.Map.Entry<String, javafx.geometry.Bounds>> named = new ArrayList<>();
        robot.interact(() -> {
            heights[0] = ((javafx.scene.layout.Region) bar.lookup(".chart-plot-background")).getHeight();
            heights[1] = bar.getHeight();
            chartBounds[0] = bar.localToScene(bar.getLayoutBounds());
            for (javafx.scene.Node n : bar.getXAxis().getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.text.Text t && t.isVisible() && !t.getText().isEmpty()) {
                    named.add(java.util.Map.entry(t.getText(), t.localToScene(t.getBoundsInLocal())));
                }
            }
        });
        assertTrue(heights[0] >= 0.4 * heights[1], "the plot is " + heights[0] + " px of the chart's " + heights[1]);
        javafx.geometry.Bounds chart = chartBounds[0];
        List<javafx.geometry.Bounds> names = new ArrayList<>();
        for (var name : named) {
            javafx.geometry.Bounds b = name.getValue();
            assertTrue(chart.contains(b), "\"" + name.getKey() + "\" at " + b + " lies outside the chart " + chart);
            for (javafx.geometry.Bounds other : names) {
                assertFalse(other.intersects(b.getMinX() + 2, b.getMinY() + 2, b.getWidth() - 4, b.getHeight() - 4),
                        "\"" + name.getKey() + "\" overlaps another name");
            }
            names.add(b);
        }
        assertEquals(bar.getData().get(0).getData().size(), names.size(), "every bar is named");
        ResultTable table = model.answerProperty().get().table();
        int column = robot.lookup("#chart-category").<javafx.scene.control.ChoiceBox<Integer>>query().getValue();
        List<String> whole = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            whole.add(table.label(i, column));
        }
        for (var point : bar.getData().get(0).getData()) {
            Object tip = point.getNode().getProperties().get("javafx.scene.control.Tooltip");
            assertTrue(tip instanceof javafx.scene.control.Tooltip t && whole.stream().anyMatch(w -> t.getText().startsWith(w + ": ")),
                    point.getXValue() + " has a tooltip with its whole name: " + tip);
        }
        robot.clickOn(FxPoints.centreOf(robot, "#results-chart"));
    }

    /** The library's questions a teacher or analyst would chart: each answer opens as a bar chart, one bar a row. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "How many relationships does each organization have?",
        "How many pledges and commitments does each party make?",
        "Which issues do the most pledges and commitments address?",
        "How many facts does each sentence of the source support?"})
    void theChartQuestionsOfTheLibraryEachProduceABarChart(String title, FxRobot robot) throws Exception {
        run(robot, model, question(title));
        int rows = table(robot).getItems().size();
        assertTrue(rows >= 3, title + ": " + rows + " rows");
        assertTrue(robot.lookup("#results-chart").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                title + " opens as a chart by itself");
        javafx.scene.chart.BarChart<?, ?> bar = robot.lookup("#results-bar").query();
        assertTrue(bar.isVisible() && robot.lookup("#results-chart-pane").query().isVisible());
        assertFalse(table(robot).isVisible(), "the table is one click away");
        assertEquals(rows, bar.getData().get(0).getData().size());
        for (var point : bar.getData().get(0).getData()) {
            assertFalse(String.valueOf(point.getXValue()).startsWith("http"), "bars are named, not IRIs: " + point.getXValue());
        }
        robot.clickOn(FxPoints.centreOf(robot, "#results-chart"));
        assertTrue(table(robot).isVisible());
    }

    @Test
    void aChartQuestionOpensAsAChartUntilTheTableIsChosenForItAndOtherAnswersOpenAsTables(FxRobot robot) throws Exception {
        javafx.scene.control.ToggleButton chart = robot.lookup("#results-chart").queryAs(javafx.scene.control.ToggleButton.class);
        String parties = question("How many pledges and commitments does each party make?");
        String issues = question("Which issues do the most pledges and commitments address?");
        run(robot, model, parties);
        assertTrue(chart.isSelected(), "a chart question opens as a chart");
        // a question that asks for no chart, though its answer could be one, opens as a table after it
        run(robot, model, PREFIXES + "SELECT ?type (COUNT(?x) AS ?n) WHERE { ?x a ?type } GROUP BY ?type");
        assertFalse(chart.isDisabled(), "this answer could be charted");
        assertFalse(chart.isSelected(), "but it opens as a table");
        assertTrue(table(robot).isVisible());

        run(robot, model, parties);
        assertTrue(chart.isSelected());
        robot.clickOn(FxPoints.centreOf(robot, "#results-chart"));
        assertTrue(table(robot).isVisible(), "the user chose the table for this question");
        run(robot, model, issues);
        assertTrue(chart.isSelected(), "another chart question still opens as a chart");
        run(robot, model, parties);
        assertFalse(chart.isSelected(), "the table chosen for this question is remembered");
        assertTrue(table(robot).isVisible());
        robot.clickOn(FxPoints.centreOf(robot, "#results-chart"));
        run(robot, model, parties);
        assertTrue(chart.isSelected(), "and so is the chart chosen again");
    }

    @Test
    void theViewLooksRightOnScreen(FxRobot robot) throws Exception {
        run(robot, model, question("Which pledges address fentanyl?"));
        robot.clickOn(visibleCell(robot, "pledge"));
        Path png = ResultsFixture.snapshot(robot, view, Path.of("target", "screenshots", "results-table.png"));
        assertTrue(Files.size(png) > 5_000);
        run(robot, model, question("Does Joint Task Force Alpha work with Operation Sentinel?"));
        ResultsFixture.snapshot(robot, view, Path.of("target", "screenshots", "results-ask.png"));
        robot.interact(() -> context.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        run(robot, model, PREFIXES + "SELECT ?type (COUNT(?x) AS ?n) WHERE { ?x a ?type "
                + "FILTER(STRSTARTS(STR(?type), \"https://kgexplorer.org/ontology#\")) } GROUP BY ?type ORDER BY DESC(?n)");
        robot.clickOn(FxPoints.centreOf(robot, "#results-chart"));
        ResultsFixture.snapshot(robot, view, Path.of("target", "screenshots", "results-chart-es.png"));
        robot.interact(() -> context.i18n().localeProperty().set(Locale.ENGLISH));
    }

    @Test
    void afterALoadABarSaysTheDataChangedAndItsButtonRunsTheQueryAgain(FxRobot robot) throws Exception {
        run(robot, model, COUNTRIES);
        assertFalse(robot.lookup("#results-stale").query().getParent().isVisible());
        robot.interact(context::dataChanged);
        javafx.scene.control.Label bar = robot.lookup("#results-stale").queryAs(javafx.scene.control.Label.class);
        assertTrue(bar.isVisible() && bar.getParent().isVisible());
        assertEquals("Data changed — run again to update this answer.", bar.getText());
        assertEquals(1, model.runsProperty().get());
        robot.clickOn("#results-run-again");
        settle(model);
        assertEquals(2, model.runsProperty().get());
        assertFalse(bar.getParent().isVisible());
    }
}
