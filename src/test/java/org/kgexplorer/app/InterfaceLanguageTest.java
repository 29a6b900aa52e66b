package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.query.Question;

import org.kgexplorer.ui.main.MainWindow;
import org.kgexplorer.ui.main.ShellAction;
import org.kgexplorer.ui.results.ResultsView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen of the real window (query workspace with its library and history, results, details with
 * evidence, graph with its panels, help, about, the menus) in English, then Spanish, then English again; every
 * text of ours must be a text of that language's bundles, and nothing may be logged as an error on the way.
 */
class InterfaceLanguageTest {
    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();
    private PrintStream err;
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    @BeforeEach
    void watchTheLog() {
        err = System.err;
        System.setErr(new PrintStream(new TeeStream(err, logged), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() throws Exception {
        System.setErr(err);
        RealWindow.close(app);
    }

    @Test
    void everyTextOfOursFollowsTheLanguageBothWaysWithoutAnError() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#sources-list").queryListView().getItems().size() == 3
                        && !robot.lookup("#question-library").queryListView().getItems().isEmpty());
        Map<String, List<String>> wrong = new LinkedHashMap<>();
        // The empty screens first (no answer, no entity, an empty graph), in both languages.
        walk(List.of("es", "en"), List.of("query", "graph"), wrong);
        showEverything();
        // Spanish first: the settings folder may hold either language, and English must then replace all of it.
        walk(List.of("es", "en", "es", "en"), List.of("query", "history", "graph", "classes", "load-error-dialog",
                "help-dialog", "about-dialog"), wrong);
        assertTrue(wrong.isEmpty(), () -> "texts not in the bundle of the language shown:\n" + String.join("\n",
                wrong.entrySet().stream().map(e -> e.getKey() + ":\n  " + String.join("\n  ", e.getValue())).toList()));
        List<String> problems = logged.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("Exception") || l.contains("ERROR") || l.contains("WARN"))
                // JavaFX says so whenever it runs from the class path, as the launcher and the tests run it.
                .filter(l -> !l.contains("Unsupported JavaFX configuration"))
                .toList();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void walk(List<String> languages, List<String> stops, Map<String, List<String>> wrong) throws Exception {
        for (String language : languages) {
            robot.interact(() -> item("language-" + language).fire());
            WaitForAsyncUtils.waitForFxEvents();
            BundleTexts bundle = new BundleTexts(language.equals("en") ? "" : "_" + language);
            List<String> problems = new ArrayList<>();
            for (String stop : stops) {
                visit(stop, () -> ControlTexts.in(showingWindows()).stream()
                        .filter(f -> !bundle.matches(f.text()))
                        .forEach(f -> problems.add("\"" + f.text() + "\" at " + stop + f.where())));
            }
            if (!problems.isEmpty()) {
                wrong.put(language + " (" + wrong.size() + ")", problems.stream().distinct().toList());
            }
        }
    }

    /** Fills every screen: an answer in the results, an entity with its evidence in the details and in the graph. */
    private void showEverything() throws Exception {
        ListView<Question> library = robot.lookup("#question-library").queryListView();
        Question fentanyl = library.getItems().stream()
                .filter(q -> q.title().equals("Which pledges address fentanyl?")).findFirst().orElseThrow();
        robot.interact(() -> library.getSelectionModel().select(fentanyl));
        robot.interact(() -> robot.lookup("#run-question").queryAs(Button.class).fire());
        TableView<?> table = robot.lookup("#results-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        ResultsView results = robot.lookup("#results-view").queryAs(ResultsView.class);
        robot.interact(() -> results.model().select("https://kgexplorer.org/id/JointTaskForceAlpha"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> "Joint Task Force Alpha".equals(robot.lookup("#details-title").queryAs(Label.class).getText()));
    }

    private void visit(String stop, Runnable check) throws Exception {
        TabPane work = robot.lookup("#work-area").queryAs(TabPane.class);
        TabPane side = robot.lookup("#query-side").queryAs(TabPane.class);
        switch (stop) {
            case "query" -> robot.interact(() -> {
                work.getSelectionModel().select(0);
                side.getSelectionModel().select(0);
            });
            case "history" -> robot.interact(() -> side.getSelectionModel().select(1));
            case "classes" -> {
                // A class chosen in the tree: its instances listed under it.
                javafx.scene.control.TreeView<?> tree = robot.lookup("#class-tree").queryAs(javafx.scene.control.TreeView.class);
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tree.getExpandedItemCount() > 1);
                robot.interact(() -> tree.getSelectionModel().select(1));
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> !robot.lookup("#class-instances").queryListView().getItems().isEmpty());
            }
            case "load-error-dialog" -> {
                // A file that cannot be loaded: the error dialog names it.
                Path broken = Files.writeString(dir.resolve("broken.ttl"), "<http://ex.org/a> <http://ex.org/p> .");
                MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
                robot.interact(() -> window.actions().openRecentProperty().get().accept(broken));
                closeDialog("#load-error-dialog", check);
                return;
            }
            case "graph" -> {
                robot.interact(() -> work.getSelectionModel().select(1));
                // the side panel starts hidden in a window under 1,400 px: shown, its words are checked too
                robot.interact(() -> robot.lookup("#graph-panel").queryAs(javafx.scene.control.ToggleButton.class).setSelected(true));
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> !robot.lookup("#graph-status").queryAs(Label.class).getText().isBlank());
            }
            default -> {
                ShellAction action = stop.equals("help-dialog") ? ShellAction.HELP : ShellAction.ABOUT;
                Platform.runLater(() -> item(action.menuItemId()).fire());
                closeDialog("#" + stop, check);
                return;
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(check);
    }

    /** Waits for a dialog, checks the windows with it open, and closes it with its button. */
    private void closeDialog(String dialog, Runnable check) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(dialog).tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(check);
        DialogPane pane = robot.lookup(dialog).queryAs(DialogPane.class);
        Window w = pane.getScene().getWindow();
        robot.clickOn(robot.from(pane).lookup(".button").queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !w.isShowing());
    }


    private static List<Window> showingWindows() {
        return Window.getWindows().stream().filter(Window::isShowing).toList();
    }

    private MenuItem item(String id) {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /** Writes to the real stderr and keeps a copy. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        TeeStream(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }

}
