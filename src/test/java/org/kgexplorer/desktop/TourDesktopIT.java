package org.kgexplorer.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * README's two first tours, step by step with the mouse and the keyboard, in English and in Spanish, at 1440x900
 * and 100 %; and the answer saved in the order the table shows it.
 */
class TourDesktopIT {

    @Test
    void theAnalystTourInEnglish() throws Exception {
        DesktopLayer.screen(1440, 900).named("tour-analyst-en").run(AnalystTour.class, "en");
    }

    @Test
    void theAnalystTourInSpanish() throws Exception {
        DesktopLayer.screen(1440, 900).named("tour-analyst-es").setting("ui.language", "es").run(AnalystTour.class, "es");
    }

    @Test
    void theTeacherTourInEnglish() throws Exception {
        DesktopLayer.screen(1440, 900).named("tour-teacher-en")
                .args("--question", "Who takes part in Joint Task Force Alpha?").run(TeacherTour.class, "en");
    }

    @Test
    void theTeacherTourInSpanish() throws Exception {
        DesktopLayer.screen(1440, 900).named("tour-teacher-es").setting("ui.language", "es")
                .args("--question", "¿Quién participa en la Fuerza de Tarea Conjunta Alfa?").run(TeacherTour.class, "es");
    }

    @Test
    void theAnalystTourInSpanishOnAProjectorAt1280x720() throws Exception {
        DesktopLayer.fullSuiteScreen(1280, 720).named("tour-analyst-es-1280x720").setting("ui.language", "es")
                .run(AnalystTour.class, "es");
    }

    @Test
    void theTeacherTourOnAProjectorAt1280x720() throws Exception {
        DesktopLayer.fullSuiteScreen(1280, 720).named("tour-teacher-en-1280x720")
                .args("--question", "Who takes part in Joint Task Force Alpha?").run(TeacherTour.class, "en");
    }

    /** Issue 13, item 8: a sorted answer is saved in the order shown, not in the query's order. */
    @Test
    void aSortedAnswerIsSavedInTheOrderShown() throws Exception {
        DesktopLayer.screen(1440, 900).named("save-order")
                .args("--question", "Who takes part in Joint Task Force Alpha?").run(SavesInTheOrderShown.class);
    }

    /** The interface's own words in a language, from the application's bundles (no fallback, as the window). */
    record Words(Locale locale) {
        static Words of(String language) {
            return new Words(Locale.forLanguageTag(language));
        }

        String get(String screen, String key) {
            return ResourceBundle.getBundle("org.kgexplorer.ui." + screen + ".messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        }
    }

    /** Steps 1 to 7 of "A first tour for analysts". */
    public static final class AnalystTour implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            Words words = Words.of(args[0]);
            // 1. alpha in the search box (Ctrl+F), choose Joint Task Force Alpha (Fuerza de Tarea Conjunta Alfa in Spanish)
            app.key("ctrl+f");
            app.type("alpha");
            // named in the label language, which follows the interface language on a first start
            String name = args[0].equals("es") ? "Fuerza de Tarea Conjunta Alfa" : "Joint Task Force Alpha";
            app.click(app.searchSuggestionContaining("alpha", name));
            RunningApp.waitUntil("the details show " + name,
                    () -> name.equals(app.fxQuietly(() -> ((Labeled) app.stage.getScene().lookup("#details-title")).getText())));
            app.screenshot("1-entity");
            // 2-3. its facts, and the sentence behind one of them
            showsEvidence(app);
            app.screenshot("3-evidence");
            // 4. a library question, run; sorted by a click on a header; filtered
            app.click(app.scrolledToCell("#question-library", args[0].equals("es")
                    ? "¿Qué promesas abordan el fentanilo?" : "Which pledges address fentanyl?"));
            app.click(app.find("#run-question"));
            RunningApp.waitUntil("the answer shows", Duration.ofSeconds(60), () -> app.resultRows() > 0);
            int rows = app.resultRows();
            app.click(app.find("#results-table .column-header .label"));
            RunningApp.waitUntil("the table is sorted", () -> app.fxQuietly(() ->
                    !((TableView<?>) app.stage.getScene().lookup("#results-table")).getSortOrder().isEmpty()));
            String first = firstCell(app);
            app.click(app.find("#results-filter"));
            app.type(first);
            RunningApp.waitUntil("the filter keeps the matching rows", () -> app.resultRows() >= 1 && app.resultRows() <= rows);
            app.screenshot("4-answer");
            app.key("ctrl+a", "BackSpace");
            RunningApp.waitUntil("every row shows again", () -> app.resultRows() == rows);
            // 5. Save… as CSV for spreadsheets: the whole answer, with label columns
            Path csv = app.out.resolve("pledges.csv");
            app.click(app.find("#save-results"));
            saveAs(app, csv);
            assertEquals(rows, records(csv).size(), "the saved file holds the whole answer");
            assertTrue(records(csv).get(0).size() > 0);
            // 6. the Graph tab (Ctrl+2) shows the entity with its neighbours
            app.key("ctrl+2");
            RunningApp.waitUntil("the graph is in front", () -> app.workAreaTab() == 1);
            RunningApp.waitUntil("the graph shows nodes", () -> app.fxQuietly(() ->
                    ((Labeled) app.stage.getScene().lookup("#graph-status")).getText().matches("\\D*[1-9].*")));
            app.screenshot("6-graph");
            // 7. a question of one's own in a new tab, run with Ctrl+Enter
            app.key("ctrl+1");
            RunningApp.waitUntil("the query workspace is in front", () -> app.workAreaTab() == 0);
            app.key("ctrl+t");
            app.type("SELECT ?s WHERE { ?s a ?type } LIMIT 3");
            app.key("ctrl+Return");
            RunningApp.waitUntil("the own question's three rows show", Duration.ofSeconds(60), () -> app.resultRows() == 3);
            app.screenshot("7-own-query");
            assertFalse(words.get("main", "menu.file").isEmpty());
        }
    }

    /** Steps 1 to 7 of "A first tour for teachers" (step 6, the chart, needs a library question with numbers). */
    public static final class TeacherTour implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            Words words = Words.of(args[0]);
            // 1. the day's question from the command line, answered
            RunningApp.waitUntil("the question's answer shows", Duration.ofSeconds(60), () -> app.resultRows() > 0);
            app.screenshot("1-question");
            // 2. Open in a tab, run again with Ctrl+Enter
            String question = args[0].equals("es") ? "¿Quién participa en la Fuerza de Tarea Conjunta Alfa?"
                    : "Who takes part in Joint Task Force Alpha?";
            app.click(app.find("#open-question"));
            RunningApp.waitUntil("the question is the query tab in front", () -> app.fxQuietly(() -> {
                javafx.scene.control.Tab tab = ((javafx.scene.control.TabPane) app.stage.getScene().lookup("#query-tabs"))
                        .getSelectionModel().getSelectedItem();
                return tab != null && tab.getTooltip() != null && tab.getTooltip().getText().startsWith(question);
            }));
            app.key("ctrl+Return");
            RunningApp.waitUntil("the answer shows again", Duration.ofSeconds(60), () -> app.resultRows() > 0);
            // 3. double-click an entity of the answer, follow a link, back and forward
            Node cell = app.find("#results-table .table-row-cell .results-resource");
            String entity = app.fx(() -> ((Labeled) cell).getText());
            app.doubleClick(cell);
            RunningApp.waitUntil("the details show " + entity, () -> entity.equals(detailsTitle(app)));
            app.click(app.find("#details-types .hyperlink"));
            RunningApp.waitUntil("the details follow the link", () -> !entity.equals(detailsTitle(app)));
            String followed = detailsTitle(app);
            app.key("alt+Left");
            RunningApp.waitUntil("Alt+Left goes back to " + entity, () -> entity.equals(detailsTitle(app)));
            app.key("alt+Right");
            RunningApp.waitUntil("Alt+Right goes forward to " + followed, () -> followed.equals(detailsTitle(app)));
            app.key("alt+Left");
            RunningApp.waitUntil("back at " + entity, () -> entity.equals(detailsTitle(app)));
            // 4. the sentence behind a fact
            showsEvidence(app);
            app.screenshot("4-evidence");
            // 5. Spanish labels from the status bar; the dark theme from the View menu
            app.click(app.find("#label-mode"));
            app.click(app.menuItem(words.get("main", "labels.spanish")));
            RunningApp.waitUntil("the labels are Spanish", () -> "SPANISH".equals(app.fxQuietly(() ->
                    String.valueOf(((javafx.scene.control.ChoiceBox<?>) app.stage.getScene().lookup("#label-mode")).getValue()))));
            app.clickMenu(words.get("main", "menu.view"), words.get("main", "menu.view.theme"), words.get("main", "theme.dark"));
            // the dark theme is Primer Dark with our popups' rules, as one stylesheet of its own (ADR 26)
            RunningApp.waitUntil("the dark theme is on", () -> app.fxQuietly(() -> org.kgexplorer.ui.main.Theme.DARK.stylesheet()
                    .equals(javafx.application.Application.getUserAgentStylesheet())));
            app.screenshot("5-spanish-labels-dark");
            // 7. the graph: a tidy hierarchical drawing, exported as PNG for the slides
            app.key("ctrl+2");
            RunningApp.waitUntil("the graph is in front", () -> app.workAreaTab() == 1);
            app.click(app.find("#graph-layout"));
            app.click(app.popupCellContaining(words.get("graph", "layout.hierarchical")));
            RunningApp.waitUntil("the layout is hierarchical", () -> words.get("graph", "layout.hierarchical").equals(app.fxQuietly(() ->
                    String.valueOf(((javafx.scene.control.ComboBox<?>) app.stage.getScene().lookup("#graph-layout")).getButtonCell().getText()))));
            Path png = app.out.resolve("graph.png");
            app.clickToolbarMenu("#graph-toolbar", "#graph-export", words.get("graph", "export.png"));
            saveAs(app, png);
            RunningApp.waitUntil("the PNG is written", () -> isPng(png));
            app.screenshot("7-graph");
        }
    }

    /** Sorts the answer by its first column, descending, saves it, and finds the rows in the file in that order. */
    public static final class SavesInTheOrderShown implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            RunningApp.waitUntil("the question's answer shows", Duration.ofSeconds(60), () -> app.resultRows() > 1);
            Node header = app.find("#results-table .column-header .label");
            app.click(header);
            app.click(header);
            RunningApp.waitUntil("the table is sorted descending", () -> app.fxQuietly(() -> {
                TableView<?> t = (TableView<?>) app.stage.getScene().lookup("#results-table");
                return !t.getSortOrder().isEmpty() && t.getSortOrder().get(0).getSortType() == javafx.scene.control.TableColumn.SortType.DESCENDING;
            }));
            app.awaitFrames();
            // The first column's text of the rows in view, top to bottom, as drawn.
            List<String> shown = app.fx(() -> app.stage.getScene().lookup("#results-table").lookupAll(".table-row-cell").stream()
                    .map(javafx.scene.control.TableRow.class::cast).filter(r -> r.isVisible() && r.getIndex() >= 0 && !r.isEmpty())
                    .sorted(java.util.Comparator.comparingInt(javafx.scene.control.TableRow::getIndex))
                    .map(r -> ((Labeled) r.lookup(".table-cell")).getText()).toList());
            Path csv = app.out.resolve("sorted.csv");
            app.click(app.find("#save-results"));
            saveAs(app, csv);
            List<CSVRecord> saved = records(csv);
            assertEquals(app.resultRows(), saved.size(), "every row is saved");
            assertTrue(shown.size() > 1, "rows show: " + shown);
            List<String> savedFirst = saved.stream().limit(shown.size())
                    .map(r -> shown.stream().filter(text -> r.toList().contains(text)).findFirst().orElse(r.get(0))).toList();
            assertEquals(shown, savedFirst, "the file's rows are in the order the table shows");
        }
    }

    private static String lastSegment(String iriOrText) {
        return iriOrText.replaceAll("^.*[/#]", "");
    }

    private static String detailsTitle(RunningApp app) {
        return app.fxQuietly(() -> ((Labeled) app.stage.getScene().lookup("#details-title")).getText());
    }

    /** Clicks the quote mark beside a fact (one in view): the Evidence pane shows the sentence that says it. */
    static void showsEvidence(RunningApp app) throws Exception {
        Node scroll = app.find("#details-scroll");
        // What shows of the details: the scroll pane's viewport, inside its border and padding.
        javafx.geometry.Bounds view = app.fx(() -> {
            Node viewport = scroll.lookup(".viewport");
            return viewport.localToScreen(viewport.getLayoutBounds());
        });
        Node marker = null;
        // Scrolls the details with the wheel, as a user does, until a quote mark is in view.
        for (int turn = 0; marker == null && turn < 30; turn++) {
            marker = app.fx(() -> scroll.lookupAll(".evidence-marker").stream()
                    .filter(n -> n.isVisible() && n instanceof javafx.scene.control.Button b
                            && b.getGraphic() instanceof org.kordamp.ikonli.javafx.FontIcon icon && icon.getIconLiteral().contains("quote")
                            && view.contains(n.localToScreen(n.getLayoutBounds())))
                    .findFirst().orElse(null));
            if (marker == null) {
                RunningApp.x("xdotool", "mousemove", "--sync", Long.toString(Math.round(view.getCenterX())),
                        Long.toString(Math.round(view.getCenterY())), "click", "5");
                app.awaitFrames();
            }
        }
        if (marker == null) {
            throw new AssertionError("no quote mark in the details");
        }
        app.click(marker);
        RunningApp.waitUntil("the evidence pane shows the fact and its sentence", () -> app.fxQuietly(() -> {
            Node fact = app.stage.getScene().lookup("#evidence-fact");
            Node source = app.stage.getScene().lookup("#source-view");
            return fact instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && source != null && source.isVisible();
        }));
    }

    private static String firstCell(RunningApp app) throws Exception {
        return app.fx(() -> {
            TableView<?> t = (TableView<?>) app.stage.getScene().lookup("#results-table");
            String text = String.valueOf(t.getVisibleLeafColumn(0).getCellData(0));
            return lastSegment(text).length() > 4 ? lastSegment(text).substring(0, 4) : lastSegment(text);
        });
    }

    /** In the save dialog that is opening: types the file's whole path as its name and presses Enter. */
    static void saveAs(RunningApp app, Path file) throws Exception {
        app.awaitDialog();
        app.key("ctrl+a");
        app.type(file.toString());
        app.key("Return");
        RunningApp.waitUntil("the dialog closes", () -> RunningApp.managedWindowIds().size() == 1);
        RunningApp.waitUntil(file + " is written", Duration.ofSeconds(60), () -> Files.exists(file));
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static boolean isPng(Path file) {
        try {
            byte[] head = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            return head.length > 8 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
