package org.kgexplorer.desktop;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The application as a scenario sees it: its main window, the X display it is on, and a user's hands. Input goes
 * through xdotool (real X events that pass the window manager, as a person's would); what the window shows is read
 * from its scene graph on the JavaFX thread and from the X server (xwininfo, xprop, wmctrl), never assumed.
 */
final class RunningApp {
    /** The main window's title. */
    static final String TITLE = "KG Explorer";
    private static final Duration WAIT = Duration.ofSeconds(30);

    final Path out;
    final Stage stage;
    /** The main window's X id, as wmctrl and xdotool name it. */
    final long windowId;

    private RunningApp(Path out, Stage stage, long windowId) {
        this.out = out;
        this.stage = stage;
        this.windowId = windowId;
    }

    /** Waits until the window shows the bundled graph (the application's start-up probe appears). */
    static RunningApp await(Path out, Path probe, Duration timeout) throws Exception {
        waitUntil("the window shows the bundled graph", timeout, () -> Files.exists(probe));
        Stage stage = fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && TITLE.equals(s.getTitle()))
                .map(Stage.class::cast).findFirst().orElseThrow());
        long[] id = new long[1];
        waitUntil("the window manager manages the window", WAIT, () -> {
            id[0] = managedWindowIds().stream().filter(w -> TITLE.equals(title(w))).findFirst().orElse(0L);
            return id[0] != 0;
        });
        return new RunningApp(out, stage, id[0]);
    }

    /** Runs on the JavaFX thread and returns its answer; a failure there is thrown here. */
    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(work.call());
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        });
        try {
            return answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    /** {@link #fx} for a condition to poll: a failure there is an unchecked one here. */
    <T> T fxQuietly(Callable<T> work) {
        try {
            return fx(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the condition holds; fails, saying what was awaited, when it does not in time. */
    static void waitUntil(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s in vain until " + what);
            }
            Thread.sleep(100);
        }
    }

    static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        waitUntil(what, WAIT, condition);
    }

    /** Presses keys as xdotool names them ("ctrl+e", "F1", "Escape"), one after another. */
    void key(String... keys) {
        List<String> command = new ArrayList<>(List.of("xdotool", "key", "--clearmodifiers", "--delay", "60"));
        command.addAll(Arrays.asList(keys));
        x(command.toArray(String[]::new));
    }

    /** Types text as keystrokes. */
    void type(String text) {
        x("xdotool", "type", "--delay", "40", text);
    }

    /** A left click in the middle of the node, where a user would click it. */
    void click(Node node) throws Exception {
        Bounds b = fx(() -> node.localToScreen(node.getBoundsInLocal()));
        if (b == null) {
            throw new AssertionError(node + " is not on the screen");
        }
        clickAt(b.getCenterX(), b.getCenterY());
    }

    void clickAt(double screenX, double screenY) {
        x("xdotool", "mousemove", "--sync", Long.toString(Math.round(screenX)), Long.toString(Math.round(screenY)), "click", "1");
    }

    /** The first node of the main window matching the CSS selector, once it shows. */
    Node find(String selector) throws Exception {
        Node[] found = new Node[1];
        waitUntil(selector + " shows", () -> {
            try {
                found[0] = fx(() -> {
                    Node n = stage.getScene().lookup(selector);
                    return n != null && n.isVisible() && n.getScene() != null ? n : null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return found[0] != null;
        });
        return found[0];
    }

    /**
     * Clicks through the menu bar as a user does: the menu titled {@code path[0]}, then each item by its text in the
     * menus that open; returns once the last item is clicked.
     */
    void clickMenu(String... path) throws Exception {
        click(menuBarMenu(path[0]));
        for (int i = 1; i < path.length; i++) {
            Node item = menuItem(path[i]);
            if (i < path.length - 1) {
                Bounds b = fx(() -> item.localToScreen(item.getBoundsInLocal()));
                x("xdotool", "mousemove", "--sync", Long.toString(Math.round(b.getCenterX())),
                        Long.toString(Math.round(b.getCenterY())));
            } else {
                click(item);
            }
        }
    }

    /**
     * Chooses an item of a toolbar's menu button: on the toolbar when it shows there, else through the toolbar's
     * overflow button ("»"), where the button becomes a menu of the same text.
     */
    void clickToolbarMenu(String toolbar, String button, String item) throws Exception {
        Node shown = fx(() -> {
            Node n = stage.getScene().lookup(button);
            return n != null && n.isVisible() && n.getParent() != null && n.getParent().isVisible()
                    && n.getScene() == stage.getScene() && n.localToScreen(n.getBoundsInLocal()) != null ? n : null;
        });
        if (shown != null && !inOverflow(toolbar, shown)) {
            click(shown);
        } else {
            // The overflow menu hosts the button itself.
            click(find(toolbar + " .tool-bar-overflow-button"));
            Node[] inMenu = new Node[1];
            waitUntil(button + " shows in the toolbar's overflow menu", () -> (inMenu[0] = fxQuietly(() -> Window.getWindows().stream()
                    .filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                    .map(w -> w.getScene().getRoot().lookup(button)).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null))) != null);
            click(inMenu[0]);
        }
        click(menuItem(item));
    }

    private boolean inOverflow(String toolbar, Node node) throws Exception {
        return fx(() -> {
            Node bar = stage.getScene().lookup(toolbar);
            Bounds inBar = bar.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            return inBar == null || inBar.getMaxX() > bar.getLayoutBounds().getMaxX() + 1;
        });
    }

    /** The menu bar's menu with this title, once it shows. */
    Node menuBarMenu(String title) throws Exception {
        Node[] found = new Node[1];
        waitUntil("the menu bar shows the menu " + title, () -> (found[0] = fxQuietly(() -> stage.getScene().getRoot()
                .lookupAll(".menu-bar .menu").stream().filter(n -> n instanceof Labeled l && title.equals(l.getText()))
                .findFirst().orElse(null))) != null);
        return found[0];
    }

    /** The item of an open menu (or context menu) with this text, once it shows. */
    Node menuItem(String text) throws Exception {
        Node[] found = new Node[1];
        waitUntil("the menu item " + text + " shows", () -> {
            try {
                found[0] = fx(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                        .flatMap(w -> w.getScene().getRoot().lookupAll(".menu-item").stream())
                        .filter(n -> n.lookupAll(".label").stream().anyMatch(l -> l instanceof Labeled lab && text.equals(lab.getText())))
                        .findFirst().orElse(null));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return found[0] != null;
        });
        return found[0];
    }

    /**
     * Whether an open menu's item is greyed out (found by its text). The menu's skin shows a disabled item with the
     * {@code :disabled} pseudo-class on its container, whose own disable state it leaves alone.
     */
    boolean menuItemDisabled(String text) throws Exception {
        Node item = menuItem(text);
        return fx(() -> item.isDisabled()
                || item.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("disabled")));
    }

    /** A double click in the middle of the node. */
    void doubleClick(Node node) throws Exception {
        Bounds b = fx(() -> node.localToScreen(node.getBoundsInLocal()));
        x("xdotool", "mousemove", "--sync", Long.toString(Math.round(b.getCenterX())), Long.toString(Math.round(b.getCenterY())),
                "click", "--repeat", "2", "--delay", "80", "1");
    }

    /** Scrolls the list with the mouse wheel, as a user does, until the cell with the text is wholly in view. */
    Node scrolledToCell(String selector, String text) throws Exception {
        Node list = find(selector);
        Bounds view = fx(() -> list.localToScreen(list.getLayoutBounds()));
        for (int turn = 0; turn < 60; turn++) {
            Node cell = fx(() -> list.lookupAll(".indexed-cell").stream()
                    .filter(n -> n.isVisible() && n instanceof Labeled l && l.getText() != null && l.getText().contains(text)
                            && view.contains(n.localToScreen(n.getLayoutBounds())))
                    .findFirst().orElse(null));
            if (cell != null) {
                return cell;
            }
            x("xdotool", "mousemove", "--sync", Long.toString(Math.round(view.getCenterX())),
                    Long.toString(Math.round(view.getCenterY())), "click", "5");
            awaitFrames();
        }
        throw new AssertionError("scrolling " + selector + " never showed \"" + text + "\" whole");
    }

    /** The shown cell (of a list, tree or table) under the selector whose text contains the given text. */
    Node cellContaining(String selector, String text) throws Exception {
        Node[] found = new Node[1];
        waitUntil("a cell of " + selector + " with \"" + text + "\" shows", () -> (found[0] = fxQuietly(() ->
                stage.getScene().getRoot().lookupAll(selector + " .indexed-cell").stream()
                        .filter(n -> n.isVisible() && n instanceof Labeled l && l.getText() != null && l.getText().contains(text)
                                || n.isVisible() && n.lookupAll(".label").stream().anyMatch(
                                        l -> l instanceof Labeled lab && lab.getText() != null && lab.getText().contains(text)))
                        .findFirst().orElse(null))) != null);
        return found[0];
    }

    /** The shown cell of a popup (type-ahead suggestions, a combo box's list) whose text contains the given text. */
    Node popupCellContaining(String text) throws Exception {
        Node[] found = new Node[1];
        waitUntil("a popup's cell with \"" + text + "\" shows", () -> (found[0] = fxQuietly(() ->
                Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                        .flatMap(w -> w.getScene().getRoot().lookupAll(".indexed-cell").stream())
                        .filter(n -> n.isVisible() && (n instanceof Labeled l && l.getText() != null && l.getText().contains(text)
                                || n.lookupAll(".label").stream().anyMatch(
                                        l -> l instanceof Labeled lab && lab.getText() != null && lab.getText().contains(text))))
                        .findFirst().orElse(null))) != null);
        return found[0];
    }

    /**
     * The cell containing {@code text} of the entity search's suggestions, once they are those of the whole of
     * {@code typed}: typed a key at a time, the box may first show the suggestions of a shorter text ("al", "alp"),
     * and a cell found among those can change or go under the click when the last ones arrive.
     */
    Node searchSuggestionContaining(String typed, String text) throws Exception {
        String query = org.kgexplorer.core.explore.TextFolding.fold(typed);
        Node[] found = new Node[1];
        waitUntil("the search's suggestions of \"" + typed + "\" show \"" + text + "\"", () -> (found[0] = fxQuietly(() -> {
            if (!(stage.getScene().lookup("#entity-search") instanceof javafx.scene.control.TextField box)
                    || !typed.equals(box.getText())) {
                return null;
            }
            impl.org.controlsfx.skin.AutoCompletePopup<?> popup = Window.getWindows().stream()
                    .filter(w -> w instanceof impl.org.controlsfx.skin.AutoCompletePopup<?> && w.isShowing())
                    .map(w -> (impl.org.controlsfx.skin.AutoCompletePopup<?>) w).findFirst().orElse(null);
            if (popup == null || popup.getSuggestions().isEmpty() || !popup.getSuggestions().stream().allMatch(s ->
                    s instanceof org.kgexplorer.ui.data.EntitySearchViewModel.Suggestion one
                            && org.kgexplorer.core.explore.TextFolding.fold(one.label() + " " + one.alternative()).contains(query))) {
                return null;
            }
            // a cell laid out for the suggestions shown now: its item is the one at its index
            return popup.getScene().getRoot().lookupAll(".indexed-cell").stream()
                    .filter(n -> n instanceof javafx.scene.control.IndexedCell<?> cell && cell.isVisible()
                            && cell.getIndex() >= 0 && cell.getIndex() < popup.getSuggestions().size()
                            && popup.getSuggestions().get(cell.getIndex()) == cell.getItem()
                            && cell.getItem() instanceof org.kgexplorer.ui.data.EntitySearchViewModel.Suggestion one
                            && one.label().contains(text))
                    .findFirst().orElse(null);
        })) != null);
        return found[0];
    }

    /** The text of a label, button or other labeled control of the main window. */
    String text(String selector) throws Exception {
        Node node = find(selector);
        return fx(() -> ((Labeled) node).getText());
    }

    /** How many rows the results table shows now. */
    int resultRows() {
        return fxQuietly(() -> stage.getScene().lookup("#results-table") instanceof javafx.scene.control.TableView<?> t
                && t.isVisible() ? t.getItems().size() : 0);
    }

    /** Which tab of the main work area is in front: 0 the query workspace, 1 the graph. */
    int workAreaTab() {
        return fxQuietly(() -> ((javafx.scene.control.TabPane) stage.getScene().lookup("#work-area")).getSelectionModel()
                .getSelectedIndex());
    }

    /** Where the main window is on the X screen (its content, without the frame) and whether it is maximized. */
    Geometry geometry() {
        return Geometry.of(x("xwininfo", "-id", Long.toString(windowId)),
                x("xprop", "-id", Long.toString(windowId), "_NET_WM_STATE"));
    }

    /** The screen's work area (the screen less panels), as the window manager announces it. */
    Rectangle2D workArea() {
        String[] n = x("xprop", "-root", "_NET_WORKAREA").replaceAll("^[^=]*=", "").split(",");
        return new Rectangle2D(Double.parseDouble(n[0].strip()), Double.parseDouble(n[1].strip()),
                Double.parseDouble(n[2].strip()), Double.parseDouble(n[3].strip()));
    }

    /** The X ids of the windows the window manager manages (the main window and any dialog). */
    static List<Long> managedWindowIds() {
        // wmctrl reads each listed window's properties after reading the list: a window that closes in between (a
        // dialog, a tooltip) makes it fail with BadWindow (seen in CI while a save dialog closed). The list read
        // again no longer holds it.
        for (int attempt = 1; ; attempt++) {
            try {
                return x("wmctrl", "-l").lines().filter(l -> l.startsWith("0x"))
                        .map(l -> Long.decode(l.substring(0, l.indexOf(' ')))).toList();
            } catch (AssertionError e) {
                if (attempt == 5 || e.getMessage() == null || !e.getMessage().contains("BadWindow")) {
                    throw e;
                }
            }
        }
    }

    private static String title(long id) {
        return x("xdotool", "getwindowname", Long.toString(id)).strip();
    }

    /** The X id of the window that has the focus. */
    long activeWindow() {
        String id = x("xdotool", "getactivewindow").strip();
        return id.isEmpty() ? 0 : Long.parseLong(id);
    }

    /** Waits until a window other than the main one (a dialog) shows and has the focus; returns its title. */
    String awaitDialog() throws InterruptedException {
        waitUntil("a dialog opens and takes the focus",
                () -> managedWindowIds().size() > 1 && activeWindow() != windowId && activeWindow() != 0);
        return title(activeWindow());
    }

    /**
     * Whether the JavaFX dialog in front shows whole: its frame (title bar and borders, from _NET_FRAME_EXTENTS) lies
     * inside the work area and its content is as big as its pane asks. True for a window that is not a JavaFX dialog
     * (the system's file chooser).
     */
    boolean dialogShowsWhole() {
        javafx.scene.control.DialogPane pane = fxQuietly(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".dialog-pane"))
                .filter(javafx.scene.control.DialogPane.class::isInstance).map(javafx.scene.control.DialogPane.class::cast)
                .findFirst().orElse(null));
        if (pane == null) {
            return true;
        }
        long id = activeWindow();
        Geometry content = Geometry.of(x("xwininfo", "-id", Long.toString(id)), "");
        String extents = x("xprop", "-id", Long.toString(id), "_NET_FRAME_EXTENTS");
        if (!extents.contains("=")) {
            return false;
        }
        int[] e = Arrays.stream(extents.replaceAll("^[^=]*=", "").split(",")).mapToInt(n -> Integer.parseInt(n.strip())).toArray();
        Rectangle2D area = workArea();
        double wanted = fxQuietly(() -> pane.prefHeight(pane.getWidth()));
        return e[2] > 0 && content.x() - e[0] >= area.getMinX() && content.y() - e[2] >= area.getMinY()
                && content.x() + content.width() + e[1] <= area.getMaxX() && content.y() + content.height() + e[3] <= area.getMaxY()
                && content.height() >= Math.min(Math.floor(wanted), area.getHeight() - e[2] - e[3]);
    }

    /** The dialog in front's content on the X screen, for a failure's message. */
    Geometry dialogGeometry() {
        return Geometry.of(x("xwininfo", "-id", Long.toString(activeWindow())), "");
    }

    /** Closes the dialog in front with Escape and waits until the main window alone has the focus again. */
    void closeDialogWithEscape() throws InterruptedException {
        key("Escape");
        waitUntil("the dialog closes and the main window has the focus again",
                () -> managedWindowIds().size() == 1 && activeWindow() == windowId);
    }

    /** Returns once the window has drawn a few frames since the call: what the scene graph holds is on the screen. */
    void awaitFrames() throws Exception {
        java.util.concurrent.CountDownLatch frames = new java.util.concurrent.CountDownLatch(3);
        javafx.animation.AnimationTimer timer = fx(() -> {
            javafx.animation.AnimationTimer t = new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.countDown();
                }
            };
            t.start();
            return t;
        });
        try {
            if (!frames.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the window drew no frames for " + WAIT.toSeconds() + " s");
            }
        } finally {
            fx(() -> {
                timer.stop();
                return null;
            });
        }
    }

    /** Saves the whole screen, as drawn once the scene graph's last change is on it, as target/desktop/RUN/NAME.png. */
    Path screenshot(String name) throws Exception {
        awaitFrames();
        WritableImage image = fx(() -> {
            Rectangle2D screen = Screen.getPrimary().getBounds();
            return new Robot().getScreenCapture(null, screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight(), false);
        });
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = out.resolve(name + ".png");
        ImageIO.write(png, "png", file.toFile());
        return file;
    }

    /** Runs an X tool on this display and returns what it printed; fails when it fails. */
    static String x(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(String.join(" ", command) + " was interrupted", e);
        }
    }

    /** A window's content rectangle on the screen and its maximized state, as the X server has them. */
    record Geometry(int x, int y, int width, int height, boolean maximized) {
        static Geometry of(String xwininfo, String state) {
            return new Geometry(field(xwininfo, "Absolute upper-left X:"), field(xwininfo, "Absolute upper-left Y:"),
                    field(xwininfo, "Width:"), field(xwininfo, "Height:"),
                    state.contains("_NET_WM_STATE_MAXIMIZED_VERT") && state.contains("_NET_WM_STATE_MAXIMIZED_HORZ"));
        }

        private static int field(String text, String name) {
            return text.lines().map(String::strip).filter(l -> l.startsWith(name))
                    .map(l -> Integer.parseInt(l.substring(name.length()).strip())).findFirst()
                    .orElseThrow(() -> new AssertionError("xwininfo said no " + name + " in:\n" + text));
        }

        @Override
        public String toString() {
            return width + "x" + height + "+" + x + "+" + y + (maximized ? " maximized" : "");
        }
    }
}
