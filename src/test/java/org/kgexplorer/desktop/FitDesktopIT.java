package org.kgexplorer.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;

/**
 * The window fits small screens and projectors: at each size every control is inside the window and no text a
 * user needs is cut, on the query workspace with an answer, the graph with an entity, and F1. Screenshots of each
 * screen stay in target/desktop/fit-SIZE/.
 */
class FitDesktopIT {
    /** Who takes part in the task force: an answer, an entity in the details panel and the graph. */
    private static final String[] LESSON = {"--question", "Who takes part in Joint Task Force Alpha?", "--entity",
        "Joint Task Force Alpha"};

    @Test
    void everythingFitsAt1024x700() throws Exception {
        DesktopLayer.screen(1024, 700).named("fit-1024x700").args(LESSON).run(EveryScreenFits.class, "1");
    }

    @Test
    void everythingFitsAt1280x720() throws Exception {
        DesktopLayer.screen(1280, 720).named("fit-1280x720").args(LESSON).run(EveryScreenFits.class, "1");
    }

    /**
     * A question opened at start, its tab in front from the first layout: at 1024x700 its editor drew no line, not
     * even a line number, until it was clicked (a layout request JavaFX 21 lost; see LostLayoutRequests).
     */
    @Test
    void aQuestionOpenedAtStartShowsItsQueryAt1024x700() throws Exception {
        DesktopLayer.screen(1024, 700).named("fit-1024x700-question")
                .args("--question", "Who takes part in Joint Task Force Alpha?").run(EditorDrawsItsLines.class);
    }

    /** Waits for the question's answer, then for its editor to draw the query's first lines and their numbers. */
    public static final class EditorDrawsItsLines implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            RunningApp.waitUntil("the question's answer shows", Duration.ofSeconds(60),
                    () -> !app.fxQuietly(() -> app.stage.getScene().getRoot().lookupAll(".table-row-cell").isEmpty()));
            RunningApp.waitUntil("the editor draws the query's first lines and their numbers", () -> app.fxQuietly(() -> {
                Scene scene = app.stage.getScene();
                javafx.scene.Node editor = scene.lookup("#sparql-editor");
                if (!(editor instanceof org.fxmisc.richtext.CodeArea area) || area.getLength() == 0
                        || area.getVisibleParagraphs().size() < 5) {
                    return false;
                }
                javafx.geometry.Bounds shown = editor.localToScene(editor.getLayoutBounds());
                return editor.lookupAll(".lineno").stream().filter(n -> n instanceof javafx.scene.control.Labeled l
                        && "1".equals(l.getText()) && n.isVisible()
                        && shown.contains(n.localToScene(n.getLayoutBounds()).getCenterX(),
                                n.localToScene(n.getLayoutBounds()).getCenterY())).count() == 1;
            }));
        }
    }

    /** A projector at 175 %: the zoom is the View menu's, remembered in the settings (issue 13, item 5). */
    @Test
    void everythingFitsAt1920x1080Zoomed175Percent() throws Exception {
        DesktopLayer.screen(1920, 1080).named("fit-1920x1080-175").setting(EveryScreenFits.ZOOM_SETTING, "1.75")
                .args(LESSON).run(EveryScreenFits.class, "1.75");
    }

    @Test
    void everythingFitsInSpanishAt1024x700() throws Exception {
        DesktopLayer.fullSuiteScreen(1024, 700).named("fit-1024x700-es").setting("ui.language", "es")
                .args("--question", "¿Quién participa en la Fuerza de Tarea Conjunta Alfa?", "--entity", "Joint Task Force Alpha")
                .run(EveryScreenFits.class, "1");
    }

    /** Switched from English to Spanish while it runs (View menu, by mouse): every screen fits the new words. */
    @Test
    void everythingFitsAt1024x700AfterSwitchingToSpanish() throws Exception {
        DesktopLayer.screen(1024, 700).named("fit-1024x700-to-es").args(LESSON).run(EveryScreenFits.class, "1", "es");
    }

    @Test
    void everythingFitsInSpanishAt1920x1080Zoomed175Percent() throws Exception {
        DesktopLayer.fullSuiteScreen(1920, 1080).named("fit-1920x1080-175-es").setting(EveryScreenFits.ZOOM_SETTING, "1.75")
                .setting("ui.language", "es")
                .args("--question", "¿Quién participa en la Fuerza de Tarea Conjunta Alfa?", "--entity", "Joint Task Force Alpha")
                .run(EveryScreenFits.class, "1.75");
    }

    @Test
    void everythingFitsAt1366x768() throws Exception {
        DesktopLayer.fullSuiteScreen(1366, 768).named("fit-1366x768").args(LESSON).run(EveryScreenFits.class, "1");
    }

    /**
     * Below about 1,000 pixels of the theme's size (1280 / 1.5 = 853) the three columns do not fit: the user hides
     * the data panel (Ctrl+B, View menu), as the layout's decision record says, and what shows then fits.
     */
    @Test
    void everythingFitsAt1280x720Zoomed150PercentWithTheDataPanelHidden() throws Exception {
        DesktopLayer.fullSuiteScreen(1280, 720).named("fit-1280x720-150").setting(EveryScreenFits.ZOOM_SETTING, "1.5")
                .setting("layout.dataPanel", "false")
                .args(LESSON).run(EveryScreenFits.class, "1.5");
    }

    /**
     * 1920 x 1080 at 200 % is 960 x 540 pixels of the theme's size: the data panel hidden too. At 250 % (768 x 432)
     * the query's library and its answer no longer share the middle's height (ADR 31).
     */
    @Test
    void everythingFitsAt1920x1080Zoomed200PercentInSpanishWithTheDataPanelHidden() throws Exception {
        DesktopLayer.fullSuiteScreen(1920, 1080).named("fit-1920x1080-200-es").setting(EveryScreenFits.ZOOM_SETTING, "2")
                .setting("layout.dataPanel", "false")
                .setting("ui.language", "es")
                .args("--question", "¿Quién participa en la Fuerza de Tarea Conjunta Alfa?", "--entity", "Joint Task Force Alpha")
                .run(EveryScreenFits.class, "2");
    }

    /**
     * Visits each screen and collects what does not fit; fails listing all of it. Arguments: the zoom (1 = 100 %),
     * and optionally a language to switch to from the View menu once the window shows.
     */
    public static final class EveryScreenFits implements Scenario {
        /** The setting that keeps the View menu's zoom (the interface scale), as a factor. */
        static final String ZOOM_SETTING = "ui.scale";

        @Override
        public void run(RunningApp app, String... args) throws Exception {
            double zoom = Double.parseDouble(args[0]);
            List<String> problems = new ArrayList<>();
            RunningApp.waitUntil("the question's answer shows", Duration.ofSeconds(60),
                    () -> !app.fxQuietly(() -> app.stage.getScene().getRoot().lookupAll(".table-row-cell").isEmpty()));
            RunningApp.waitUntil("the entity shows in the graph and the details", () -> app.fxQuietly(() -> {
                javafx.scene.Node title = app.stage.getScene().lookup("#details-title");
                // its name in the label language, which follows the interface language on a first start
                return title instanceof javafx.scene.control.Labeled l
                        && java.util.Set.of("Joint Task Force Alpha", "Fuerza de Tarea Conjunta Alfa").contains(l.getText())
                        && ((javafx.scene.control.TabPane) app.stage.getScene().lookup("#work-area")).getSelectionModel().getSelectedIndex() == 1;
            }));
            if (zoom != 1) {
                zoomShows(app, zoom).ifPresent(problems::add);
            }
            if (args.length > 1) {
                TourDesktopIT.Words english = TourDesktopIT.Words.of("en");
                String language = TourDesktopIT.Words.of(args[1]).get("main", "language." + args[1]);
                app.clickMenu(english.get("main", "menu.view"), english.get("main", "menu.view.language"), language);
                RunningApp.waitUntil("the menus speak " + language, () -> app.fxQuietly(() ->
                        TourDesktopIT.Words.of(args[1]).get("main", "menu.view").equals(
                                ((javafx.scene.control.MenuBar) app.stage.getScene().lookup(".menu-bar")).getMenus().get(4).getText())));
            }
            app.key("ctrl+1");
            RunningApp.waitUntil("the query workspace is in front", () -> app.fxQuietly(() -> app.stage.getScene().lookup("#query-tab") != null
                    && ((javafx.scene.control.TabPane) app.stage.getScene().lookup("#work-area")).getSelectionModel().getSelectedIndex() == 0));
            TourDesktopIT.showsEvidence(app);
            check(app, app.stage.getScene(), "query", problems);
            RunningApp.fx(() -> evidenceReadable(app.stage.getScene())).forEach(p -> problems.add("query: " + p));
            RunningApp.fx(() -> libraryReadable(app.stage.getScene())).forEach(p -> problems.add("query: " + p));
            app.key("ctrl+2");
            RunningApp.waitUntil("the graph is in front", () -> app.fxQuietly(() ->
                    ((javafx.scene.control.TabPane) app.stage.getScene().lookup("#work-area")).getSelectionModel().getSelectedIndex() == 1));
            check(app, app.stage.getScene(), "graph", problems);
            graphHasTheRoom(app).ifPresent(p -> problems.add("graph: " + p));
            // The side panel shown by its switch, as a user does who wants the legend: it fits too.
            if (!app.fx(() -> app.stage.getScene().lookup("#graph-side") != null)) {
                app.click(app.find("#graph-panel"));
                RunningApp.waitUntil("the graph's side panel shows", () -> app.fxQuietly(() ->
                        app.stage.getScene().lookup("#graph-side") != null));
                check(app, app.stage.getScene(), "graph-side-0", problems);
            }
            // The graph's side tabs (connections, paths) one by one: the fit check reads what each shows.
            int sideTabs = app.fx(() -> ((javafx.scene.control.TabPane) app.stage.getScene().lookup("#graph-side")).getTabs().size());
            for (int tab = 1; tab < sideTabs; tab++) {
                int index = tab;
                app.fx(() -> {
                    ((javafx.scene.control.TabPane) app.stage.getScene().lookup("#graph-side")).getSelectionModel().select(index);
                    return null;
                });
                check(app, app.stage.getScene(), "graph-side-" + tab, problems);
            }
            // The views that explain (ADR 46): the timeline with an entry chosen, the matrix with its first class pair.
            app.key("ctrl+3");
            RunningApp.waitUntil("the timeline shows its entries", Duration.ofSeconds(60), () -> app.fxQuietly(() ->
                    app.stage.getScene().lookup("#timeline-entries") instanceof javafx.scene.control.ListView<?> l
                            && l.getItems().size() == 3));
            app.fx(() -> {
                ((javafx.scene.control.ListView<?>) app.stage.getScene().lookup("#timeline-entries")).getSelectionModel().select(1);
                return null;
            });
            RunningApp.waitUntil("the entry's facts show", Duration.ofSeconds(60), () -> app.fxQuietly(() ->
                    !((javafx.scene.control.ListView<?>) app.stage.getScene().lookup("#timeline-facts")).getItems().isEmpty()));
            check(app, app.stage.getScene(), "timeline", problems);
            app.key("ctrl+4");
            RunningApp.waitUntil("the matrix shows", Duration.ofSeconds(60), () -> app.fxQuietly(() ->
                    app.stage.getScene().lookup("#matrix-table") instanceof javafx.scene.control.TableView<?> t
                            && !t.getItems().isEmpty()));
            check(app, app.stage.getScene(), "matrix", problems);
            app.key("F1");
            app.awaitDialog();
            Scene help = RunningApp.fx(() -> Window.getWindows().stream().filter(w -> w != app.stage && w.isShowing()
                    && w.getScene() != null && w.getScene().lookup("#help-dialog") != null).findFirst().orElseThrow().getScene());
            check(app, help, "help", problems);
            app.closeDialogWithEscape();
            suggestionsReadable(app, problems);
            assertTrue(problems.isEmpty(), problems.size() + " things do not fit:\n" + String.join("\n", problems));
        }

        private static void check(RunningApp app, Scene scene, String screen, List<String> problems) throws Exception {
            // A layout pass after the last change: the check reads what the next frame shows.
            RunningApp.fx(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                return null;
            });
            app.screenshot(screen);
            RunningApp.fx(() -> FitCheck.problems(scene)).forEach(p -> problems.add(screen + ": " + p));
        }

        /**
         * Below 1,400 pixels of the theme's size across the window the graph has the most of its tab's width: its
         * side panel (legend, connections, paths) starts hidden, and the canvas takes at least 60 % of the view.
         */
        static java.util.Optional<String> graphHasTheRoom(RunningApp app) throws Exception {
            return RunningApp.fx(() -> {
                javafx.scene.Node canvas = app.stage.getScene().lookup("#graph-canvas");
                javafx.scene.Node view = app.stage.getScene().lookup("#graph-view");
                double share = canvas.getLayoutBounds().getWidth() / view.getLayoutBounds().getWidth();
                return share >= 0.6 ? java.util.Optional.<String>empty()
                        : java.util.Optional.of(String.format(java.util.Locale.ROOT, "the graph's canvas is %.0fx%.0f px, "
                                + "%.0f %% of the graph's width", canvas.getLayoutBounds().getWidth(),
                                canvas.getLayoutBounds().getHeight(), share * 100));
            });
        }

        /**
         * The search's suggestions, typed as a user does: every suggestion's name is drawn whole on a row as tall
         * as its text, in a popup no wider than the window (unless the popup already reaches the window's edge,
         * where the row's tooltip says the rest).
         */
        static void suggestionsReadable(RunningApp app, List<String> problems) throws Exception {
            app.click(app.find("#entity-search"));
            app.key("ctrl+a", "BackSpace");
            app.type("alpha");
            org.kgexplorer.ui.data.EntitySearchField field = (org.kgexplorer.ui.data.EntitySearchField) app.find("#entity-search");
            var popup = field.completion().getAutoCompletionPopup();
            RunningApp.waitUntil("the suggestions show", Duration.ofSeconds(30), () -> app.fxQuietly(() -> popup.isShowing()
                    && popup.getSuggestions().size() > 3 && popup.getScene().getRoot().lookupAll(".list-cell").stream()
                            .anyMatch(c -> c instanceof javafx.scene.control.ListCell<?> cell && !cell.isEmpty())));
            app.awaitFrames();
            app.screenshot("suggestions");
            RunningApp.fx(() -> {
                Scene scene = popup.getScene();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                javafx.geometry.Bounds list = scene.getRoot().localToScreen(scene.getRoot().getLayoutBounds());
                double windowRight = app.stage.getX() + app.stage.getWidth();
                if (list.getMaxX() > windowRight + 1) {
                    problems.add(String.format(java.util.Locale.ROOT, "the suggestions reach x %.0f, past the window's "
                            + "right edge at %.0f", list.getMaxX(), windowRight));
                }
                boolean toTheEdge = list.getMaxX() >= windowRight - 24;
                for (javafx.scene.Node n : scene.getRoot().lookupAll(".list-cell")) {
                    if (!(n instanceof javafx.scene.control.ListCell<?> cell) || cell.isEmpty() || !cell.isVisible()) {
                        continue;
                    }
                    for (javafx.scene.Node l : cell.lookupAll(".label")) {
                        if (!(l instanceof javafx.scene.control.Label label) || label.getText() == null || label.getText().isEmpty()) {
                            continue;
                        }
                        javafx.scene.Node text = label.lookup(".text");
                        boolean cut = text instanceof javafx.scene.text.Text drawn && !label.getText().equals(drawn.getText());
                        if (cut && !(toTheEdge && !label.getStyleClass().contains("text-bold"))) {
                            problems.add("the suggestion \"" + label.getText() + "\" is drawn \""
                                    + ((javafx.scene.text.Text) text).getText() + "\" in a popup "
                                    + Math.round(list.getWidth()) + " px wide");
                        }
                        if (cell.getHeight() + 1 < label.prefHeight(-1)) {
                            problems.add(String.format(java.util.Locale.ROOT, "the suggestion \"%s\" is %.0f px tall "
                                    + "on a row of %.0f px", label.getText(), label.prefHeight(-1), cell.getHeight()));
                        }
                    }
                }
                return null;
            });
            app.key("Escape");
            app.key("Escape");
        }

        /**
         * The chosen fact's evidence is read without dragging a divider or scrolling: the first quote's heading
         * ("Sentence 11"), at least three lines of its sentence (or all of a shorter one) and the source's title,
         * whole, inside what the scroll panes around them show.
         */
        static List<String> evidenceReadable(Scene scene) {
            List<String> problems = new ArrayList<>();
            javafx.scene.Node card = scene.lookup("#evidence .evidence-card");
            if (card == null) {
                return List.of("the evidence shows no quote");
            }
            javafx.scene.control.Labeled heading = (javafx.scene.control.Labeled) card.lookup(".label");
            javafx.scene.control.Labeled quote = (javafx.scene.control.Labeled) card.lookup(".evidence-quote");
            javafx.scene.control.Labeled source = (javafx.scene.control.Labeled) scene.lookup("#source-title");
            javafx.geometry.Bounds b = scene.lookup("#evidence").localToScene(scene.lookup("#evidence").getLayoutBounds());
            for (javafx.scene.control.Labeled whole : List.of(heading, source)) {
                javafx.geometry.Bounds at = whole.localToScene(whole.getLayoutBounds());
                javafx.geometry.Bounds seen = shown(whole);
                if (at.getMinY() < seen.getMinY() - 1 || at.getMaxY() > seen.getMaxY() + 1) {
                    problems.add(String.format(java.util.Locale.ROOT, "the evidence's \"%s\" lies at y %.0f-%.0f, the evidence "
                            + "shows y %.0f-%.0f of it (its pane is y %.0f-%.0f)", whole.getText(), at.getMinY(), at.getMaxY(),
                            seen.getMinY(), seen.getMaxY(), b.getMinY(), b.getMaxY()));
                }
                javafx.scene.Node text = whole.lookup(".text");
                if (text instanceof javafx.scene.text.Text drawn && !whole.getText().equals(drawn.getText())) {
                    problems.add("the evidence's \"" + whole.getText() + "\" is drawn \"" + drawn.getText() + "\"");
                }
            }
            javafx.scene.text.Text probe = new javafx.scene.text.Text("X\nX\nX");
            probe.setFont(quote.getFont());
            javafx.geometry.Bounds at = quote.localToScene(quote.getLayoutBounds());
            double wanted = Math.min(at.getHeight(), probe.getLayoutBounds().getHeight());
            javafx.geometry.Bounds seen = shown(quote);
            double visible = Math.min(at.getMaxY(), seen.getMaxY()) - Math.max(at.getMinY(), seen.getMinY());
            if (visible < wanted - 2) {
                problems.add(String.format(java.util.Locale.ROOT, "the evidence shows %.0f px of its quote's sentence, three "
                        + "lines are %.0f px", Math.max(0, visible), wanted));
            }
            return problems;
        }

        /**
         * The question library shares its height: at least five questions in its list, and the chosen question's
         * title whole, three lines of its description (or all of a shorter one) and its Run button, without
         * dragging its divider.
         */
        static List<String> libraryReadable(Scene scene) {
            List<String> problems = new ArrayList<>();
            long questions = scene.lookup("#question-library").lookupAll(".list-cell").stream()
                    .filter(n -> n.isVisible() && n instanceof javafx.scene.control.ListCell<?> c && !c.isEmpty()
                            && c.getItem() != null && whole(n))
                    .count();
            if (questions < 5) {
                problems.add("the question library's list shows " + questions + " questions whole, not 5");
            }
            for (String id : List.of("#question-title", "#run-question")) {
                javafx.scene.Node node = scene.lookup(id);
                if (node == null || !node.isVisible() || !whole(node)) {
                    problems.add("the question library does not show " + id + " whole");
                }
            }
            javafx.scene.control.Labeled description = (javafx.scene.control.Labeled) scene.lookup("#question-description");
            // the label's own lines: its height over the number of lines it draws (a bare Text's lines are closer)
            javafx.scene.text.Text probe = new javafx.scene.text.Text("X");
            probe.setFont(description.getFont());
            javafx.geometry.Bounds at = description.localToScene(description.getLayoutBounds());
            long count = Math.max(1, Math.round(at.getHeight() / probe.getLayoutBounds().getHeight()));
            double wanted = Math.min(3, count) * at.getHeight() / count;
            javafx.geometry.Bounds seen = shown(description);
            double visible = Math.min(at.getMaxY(), seen.getMaxY()) - Math.max(at.getMinY(), seen.getMinY());
            if (visible < wanted - 2) {
                problems.add(String.format(java.util.Locale.ROOT, "the question library shows %.0f px of the question's "
                        + "description, three lines are %.0f px", Math.max(0, visible), wanted));
            }
            return problems;
        }

        private static boolean whole(javafx.scene.Node node) {
            javafx.geometry.Bounds at = node.localToScene(node.getLayoutBounds());
            javafx.geometry.Bounds seen = shown(node);
            return at.getMinY() >= seen.getMinY() - 1 && at.getMaxY() <= seen.getMaxY() + 1
                    && at.getMinX() >= seen.getMinX() - 1 && at.getMaxX() <= seen.getMaxX() + 1;
        }

        /** What the scroll panes and split panes around a node leave in view of the scene. */
        private static javafx.geometry.Bounds shown(javafx.scene.Node node) {
            javafx.geometry.Bounds seen = new javafx.geometry.BoundingBox(0, 0, node.getScene().getWidth(), node.getScene().getHeight());
            for (javafx.scene.Node at = node.getParent(); at != null; at = at.getParent()) {
                javafx.geometry.Bounds clip = at instanceof javafx.scene.control.ScrollPane pane
                        ? pane.lookup(".viewport").localToScene(pane.lookup(".viewport").getLayoutBounds())
                        : at.getClip() != null ? at.localToScene(at.getClip().getBoundsInParent()) : null;
                if (clip != null) {
                    double minX = Math.max(seen.getMinX(), clip.getMinX());
                    double minY = Math.max(seen.getMinY(), clip.getMinY());
                    seen = new javafx.geometry.BoundingBox(minX, minY, Math.max(0, Math.min(seen.getMaxX(), clip.getMaxX()) - minX),
                            Math.max(0, Math.min(seen.getMaxY(), clip.getMaxY()) - minY));
                }
            }
            return seen;
        }

        /** Whether the zoom shows: the menu bar's text is drawn that much larger than the theme's at 100 %. */
        private static java.util.Optional<String> zoomShows(RunningApp app, double zoom) throws Exception {
            double ratio = RunningApp.fx(() -> {
                javafx.scene.Node file = app.stage.getScene().getRoot().lookup(".menu-bar .menu .label");
                double drawn = file.localToScreen(file.getLayoutBounds()).getHeight();
                // The theme's text size at 100 % (AtlantaFX: 14 px).
                javafx.scene.text.Text reference = new javafx.scene.text.Text("File");
                reference.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 14));
                double plain = reference.getLayoutBounds().getHeight();
                return drawn / plain;
            });
            return ratio >= zoom * 0.9 ? java.util.Optional.empty()
                    : java.util.Optional.of("at a zoom of " + zoom + " the menu's text is drawn " + ratio + " times its size at 100 %");
        }
    }
}
