package org.kgexplorer.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;

/**
 * Presenter mode on a real desktop (issue 17, ADR 45): the bundled lesson opened from Help → Lessons, presented full
 * screen with F5 at the presenter's 200 %, every scene and every step gone through with the keyboard alone (→, space,
 * Page Down), the screen blanked with B and brought back, Esc to leave. At each step the presenter's window covers
 * the screen, its caption lies whole inside it, and nothing in it is cut (FitCheck). Screenshots of every step stay in
 * target/desktop/presenter/SIZE/.
 */
class PresenterDesktopIT {

    @Test
    void theLessonIsPresentedWithTheKeyboardAloneAt1280x720() throws Exception {
        DesktopLayer.screen(1280, 720).named("presenter/1280x720").setting("presenter.scale", "2")
                .run(PresentTheLesson.class);
    }

    @Test
    void theLessonIsPresentedWithTheKeyboardAloneAt1920x1080() throws Exception {
        DesktopLayer.screen(1920, 1080).named("presenter/1920x1080").setting("presenter.scale", "2")
                .run(PresentTheLesson.class);
    }

    /** Opens the lesson, presents it from the first scene to the last, and leaves. */
    public static final class PresentTheLesson implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            TourDesktopIT.Words english = TourDesktopIT.Words.of("en");
            RunningApp.waitUntil("the bundled graph is loaded", Duration.ofSeconds(60), () -> app.fxQuietly(() ->
                    app.stage.getScene().lookup("#sources-list") instanceof javafx.scene.control.ListView<?> l
                            && l.getItems().size() == 3));
            app.clickMenu(english.get("main", "menu.help"), english.get("main", "menu.help.lessons"),
                    english.get("main", "lesson.us-mexico-2022"));
            RunningApp.waitUntil("the lesson is open", Duration.ofSeconds(60), () -> app.fxQuietly(() ->
                    ((javafx.scene.control.MenuBar) app.stage.getScene().lookup("#main-menu")).getMenus().stream()
                            .flatMap(m -> m.getItems().stream())
                            .anyMatch(i -> "menu-view-present".equals(i.getId()) && !i.isDisable())));
            app.key("F5");
            RunningApp.waitUntil("presenter mode shows full screen", Duration.ofSeconds(30), () -> app.fxQuietly(() -> {
                Stage s = presenter();
                return s != null && s.isFullScreen() && s.isFocused();
            }));
            List<String> problems = new ArrayList<>();
            int scenes = RunningApp.fx(() -> view().model().scenes().size());
            int shot = 0;
            for (int scene = 0; scene < scenes; scene++) {
                int steps;
                do {
                    int s = scene;
                    RunningApp.waitUntil("scene " + (scene + 1) + " shows", Duration.ofSeconds(60),
                            () -> app.fxQuietly(() -> view().model().sceneProperty().get() == s && settled()));
                    steps = RunningApp.fx(() -> view().model().steps(s));
                    int step = RunningApp.fx(() -> view().model().stepProperty().get());
                    String name = String.format(Locale.ROOT, "%02d-scene-%02d-step-%02d", ++shot, scene + 1, step + 1);
                    check(app, name, problems);
                    if (step + 1 >= steps && scene + 1 >= scenes) {
                        break;
                    }
                    double page = RunningApp.fx(PresentTheLesson::tablePosition);
                    // the presentation's keys, in turn: →, space, Page Down
                    app.key(List.of("Right", "space", "Next").get(shot % 3));
                    // the next step, the next scene, or an answer table's next page of rows (each page checked)
                    RunningApp.waitUntil("the step after step " + (step + 1) + " of scene " + (scene + 1), () -> app.fxQuietly(() ->
                            view().model().stepProperty().get() != step || view().model().sceneProperty().get() != s
                                    || tablePosition() != page));
                    if (RunningApp.fx(() -> view().model().sceneProperty().get()) != s) {
                        break;
                    }
                } while (true);
            }
            app.key("b");
            RunningApp.waitUntil("the screen is blank", () -> app.fxQuietly(() -> presenter().getScene().lookup("#presenter-blank").isVisible()));
            app.screenshot(String.format(Locale.ROOT, "%02d-blank", ++shot));
            app.key("x");
            RunningApp.waitUntil("the screen is back", () -> app.fxQuietly(() -> !presenter().getScene().lookup("#presenter-blank").isVisible()));
            app.key("Escape");
            RunningApp.waitUntil("presenter mode is left", () -> app.fxQuietly(() -> presenter() == null));
            RunningApp.waitUntil("the window's own scale is back", () -> app.fxQuietly(() ->
                    app.stage.getScene().getRoot().getStyle().contains("14.0px")));
            app.screenshot(String.format(Locale.ROOT, "%02d-left", ++shot));
            assertTrue(problems.isEmpty(), problems.size() + " things do not fit:\n" + String.join("\n", problems));
        }

        /** How far down its answer the table on screen is scrolled, or -1 when no table is shown. */
        private static double tablePosition() {
            return presenter().getScene().lookup("#presenter-table") instanceof javafx.scene.control.TableView<?> t
                    && t.getScene() != null && t.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> f
                    ? f.getPosition() : -1;
        }

        private static Stage presenter() {
            return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && w.getScene() != null
                    && w.getScene().getRoot().getId() != null && w.getScene().getRoot().getId().equals("presenter"))
                    .map(Stage.class::cast).findFirst().orElse(null);
        }

        private static org.kgexplorer.ui.teach.PresenterView view() {
            return (org.kgexplorer.ui.teach.PresenterView) presenter().getScene().getRoot();
        }

        /** The scene's content has come: a graph at rest, a table with its rows, a step with its answer, an exercise. */
        private static boolean settled() {
            Scene s = presenter().getScene();
            Node graph = s.lookup("#presenter-graph");
            if (graph instanceof org.kgexplorer.ui.graph.GraphView g && graph.getScene() != null && graph.getParent() != null) {
                // in sight once the scene's whole graph is laid out and the step's nodes are in (ADR 45)
                return !g.model().busyProperty().get() && g.getOpacity() == 1
                        && g.model().graph().state().nodes().size() > view().model().stepProperty().get();
            }
            if (s.lookup("#presenter-table") instanceof javafx.scene.control.TableView<?> t) {
                return !t.getItems().isEmpty();
            }
            if (s.lookup("#step-through") instanceof org.kgexplorer.ui.teach.StepThroughView st) {
                return !st.model().busyProperty().get() && st.model().answerProperty().get() != null;
            }
            return s.lookup("#exercise") != null;
        }

        /** A screenshot; the window covers the screen, the caption lies whole inside it, nothing is cut. */
        private static void check(RunningApp app, String name, List<String> problems) throws Exception {
            Scene scene = RunningApp.fx(() -> presenter().getScene());
            RunningApp.fx(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                return null;
            });
            app.screenshot(name);
            RunningApp.fx(() -> {
                Rectangle2D screen = Screen.getPrimary().getBounds();
                Window w = scene.getWindow();
                if (w.getWidth() < screen.getWidth() || w.getHeight() < screen.getHeight()) {
                    problems.add(name + ": the presenter's window is " + w.getWidth() + "x" + w.getHeight()
                            + ", the screen " + screen.getWidth() + "x" + screen.getHeight());
                }
                Labeled caption = (Labeled) scene.lookup("#presenter-caption");
                Bounds b = caption.localToScreen(caption.getBoundsInLocal());
                if (b.getMinX() < screen.getMinX() || b.getMinY() < screen.getMinY() || b.getMaxX() > screen.getMaxX() + 0.5
                        || b.getMaxY() > screen.getMaxY() + 0.5) {
                    problems.add(name + ": the caption lies at " + b + ", outside the screen " + screen);
                }
                System.out.printf(Locale.ROOT, "presenter %s: caption %.0f px high (%.0f %% of %.0f), its font %.1f px%n",
                        name, b.getHeight(), 100 * b.getHeight() / screen.getHeight(), screen.getHeight(),
                        caption.getFont().getSize());
                if (caption.getHeight() + 0.5 < caption.prefHeight(caption.getWidth())) {
                    problems.add(name + ": the caption has " + caption.getHeight() + " px of the "
                            + caption.prefHeight(caption.getWidth()) + " its lines need");
                }
                FitCheck.problems(scene).forEach(p -> problems.add(name + ": " + p));
                return null;
            });
        }
    }
}
