package org.kgexplorer.ui;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shows the window's dialogs and file choosers: owned by the window they are asked from (the main window, or a
 * non-modal dialog such as the exercise), so they stay on top of it, at the interface's scale. Screens ask through here rather than making their own stages or passing a window to a
 * chooser. While one is open the owner is disabled, which under a window manager can un-maximize it (ADR 0030):
 * the service notes whether the owner is maximized when the first dialog opens and, once the last one has closed
 * and the owner is enabled again, puts back exactly that. It never touches the window otherwise.
 */
public final class DialogService {
    /** The frame assumed until the window manager tells: both sides together, and the title bar with the bottom border. */
    public static final double FRAME_SIDES = 2;
    public static final double FRAME_TITLE = 31;
    /** Beyond these a measured frame is not a frame but a window and scene out of step. */
    static final double MOST_FRAME_SIDES = 40;
    static final double MOST_FRAME_TITLE = 80;

    private final UiScale scale;
    private Window owner;
    /** Dialogs open now; the owner's state from before the first of them; a state still to put back. */
    private int open;
    private WindowState before;
    private WindowState pending;

    DialogService(UiScale scale) {
        this.scale = scale;
    }

    /** The window that owns the dialogs (the main window, once it is shown). */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Owns and scales a dialog made elsewhere (help, about), then shows it and waits. */
    public <R> Optional<R> showAndWait(Dialog<R> dialog) {
        prepare(dialog);
        return whileOpen(dialog::showAndWait);
    }

    /** Owns and scales a dialog, then shows it without waiting (a report the user reads while work goes on). */
    public void show(Dialog<?> dialog) {
        prepare(dialog);
        opened();
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> closed());
        dialog.show();
    }

    /** Asks a question with the given answers (their texts in the interface language); empty when dismissed. */
    public Optional<ButtonType> ask(String title, String header, String content, List<ButtonType> answers) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, answers.toArray(ButtonType[]::new));
        alert.setTitle(title);
        alert.setHeaderText(header);
        return showAndWait(alert);
    }

    /** The system's file chooser, for one file to open; empty when cancelled. */
    public Optional<File> chooseFileToOpen(FileChooser chooser) {
        return Optional.ofNullable(whileOpen(() -> chooser.showOpenDialog(asker())));
    }

    /** The system's file chooser, for files to open; empty when cancelled. */
    public List<File> chooseFilesToOpen(FileChooser chooser) {
        List<File> files = whileOpen(() -> chooser.showOpenMultipleDialog(asker()));
        return files == null ? List.of() : files;
    }

    /** The system's file chooser, for a file to write; empty when cancelled. */
    public Optional<File> chooseFileToSave(FileChooser chooser) {
        return Optional.ofNullable(whileOpen(() -> chooser.showSaveDialog(asker())));
    }

    /** The system's folder chooser; empty when cancelled. */
    public Optional<File> chooseFolder(DirectoryChooser chooser) {
        return Optional.ofNullable(whileOpen(() -> chooser.showDialog(asker())));
    }

    /**
     * The window a dialog or chooser is asked from: the focused one of the main window's windows (a non-modal dialog,
     * as the exercise), else the main window. Owned by the main window, a chooser asked from the exercise opened
     * behind the exercise.
     */
    Window asker() {
        // a dialog before the main window: the main window can still report the focus it had (Monocle does)
        for (Window window : Window.getWindows()) {
            if (window != owner && window instanceof Stage && window.isShowing() && window.isFocused() && ownedBy(window, owner)) {
                return window;
            }
        }
        return owner;
    }

    private static boolean ownedBy(Window window, Window owner) {
        for (Window w = window; w != null; w = w instanceof Stage stage ? stage.getOwner() : null) {
            if (w == owner) {
                return true;
            }
        }
        return false;
    }

    private void prepare(Dialog<?> dialog) {
        // A modal dialog belongs to the window it was asked from (a question from the exercise shows over it); a
        // window of its own (the step-through, the exercise) to the main window, so that closing one never closes
        // another opened while it had the focus.
        Window asker = dialog.getModality() == javafx.stage.Modality.NONE ? owner : asker();
        if (asker != null && dialog.getOwner() == null) {
            dialog.initOwner(asker);
        }
        dialog.getDialogPane().styleProperty().bind(scale.fontStyle());
        // GTK pins a window that is not resizable to the size it had first (About stayed 502x116 on a loaded desktop).
        dialog.setResizable(true);
        // DIALOG_SHOWN comes before the window is mapped: fit one pulse later, and again once the window manager has
        // mapped it and given it the focus (on a loaded desktop GTK's own first size came after the first fit).
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            Platform.runLater(() -> fit(dialog));
            Window window = dialog.getDialogPane().getScene().getWindow();
            window.focusedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> seen, Boolean was, Boolean is) {
                    if (is) {
                        seen.removeListener(this);
                        Platform.runLater(() -> fit(dialog));
                    }
                }
            });
        });
    }

    /**
     * Sizes the shown dialog to its content and centres it on the owner, within the owner's screen. Under openbox,
     * GTK glass loses the size JavaFX gives a window before it is mapped (as for the main window, ADR 0030): a
     * dialog came up at its minimum height (F1 at 582×116, its tour cut to one line) and, placed for a size it did
     * not have, at the screen's corner with its title bar above the screen.
     */
    private void fit(Dialog<?> dialog) {
        Scene scene = dialog.getDialogPane().getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        Rectangle2D area = screenOf(window);
        double frameWidth = frame(window.getWidth() - scene.getWidth(), FRAME_SIDES, MOST_FRAME_SIDES);
        double frameHeight = frame(window.getHeight() - scene.getHeight(), FRAME_TITLE, MOST_FRAME_TITLE);
        DialogPane pane = dialog.getDialogPane();
        Rectangle2D size = size(pane, frameWidth, frameHeight, area);
        double width = size.getWidth();
        double height = size.getHeight();
        // centred on the window it belongs to: a dialog opened from another window (the step-through) on that one
        Window on = dialog.getOwner() != null && dialog.getOwner().isShowing() ? dialog.getOwner() : owner;
        Rectangle2D around = on != null && on.isShowing() && on.getWidth() > 0
                ? new Rectangle2D(on.getX(), on.getY(), on.getWidth(), on.getHeight()) : area;
        // A third of the way down, as JavaFX places a dialog on its owner; the whole frame within the work area.
        double x = around.getMinX() + (around.getWidth() - width) / 2;
        double y = around.getMinY() + (around.getHeight() - height) / 3;
        window.setWidth(width);
        window.setHeight(height);
        window.setX(Math.max(area.getMinX(), Math.min(x, area.getMaxX() - width)));
        window.setY(Math.max(area.getMinY(), Math.min(y, area.getMaxY() - height)));
    }

    /**
     * The window's size, frame included: what the dialog's content needs at that width, never more than the work
     * area (so the title bar and the bottom border are on the screen too).
     */
    static Rectangle2D size(DialogPane pane, double frameWidth, double frameHeight, Rectangle2D area) {
        double width = Math.floor(Math.min(Math.ceil(Math.max(pane.prefWidth(-1), pane.minWidth(-1))) + frameWidth, area.getWidth()));
        double inner = width - frameWidth;
        double height = Math.floor(Math.min(Math.ceil(Math.max(pane.prefHeight(inner), pane.minHeight(inner))) + frameHeight, area.getHeight()));
        return new Rectangle2D(0, 0, width, height);
    }

    private Rectangle2D screenOf(Window window) {
        Window of = owner != null && owner.isShowing() ? owner : window;
        List<Screen> screens = Screen.getScreensForRectangle(of.getX(), of.getY(), Math.max(1, of.getWidth()), Math.max(1, of.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /**
     * The window's frame (title bar, borders) on one axis, as the window and its scene differ. Until the window manager
     * has told (no difference yet), or while GTK still reports a size of its own for the window (a scene of 116 px
     * in a window of 700: About came up 675 px tall, off the screen's bottom), an ordinary frame is assumed instead:
     * openbox's is 1 px at the sides and a 20 px title bar; the assumption leaves room for 30.
     */
    static double frame(double measured, double assumed, double most) {
        return Double.isFinite(measured) && measured > 0 && measured <= most ? measured : assumed;
    }

    private <T> T whileOpen(Supplier<T> showAndWait) {
        opened();
        try {
            return showAndWait.get();
        } finally {
            closed();
        }
    }

    private void opened() {
        if (open++ == 0 && owner instanceof Stage stage) {
            // A dialog right after another (a file chooser, then a question) keeps the state from before the first.
            before = pending != null ? pending : new WindowState(stage, stage.isMaximized());
            pending = null;
        }
    }

    private void closed() {
        if (--open == 0 && before != null) {
            WindowState state = before;
            before = null;
            pending = state;
            // Later: the owner is enabled again only once the dialog's own event loop has ended, and a disabled
            // window cannot be maximized (GTK pins its size).
            Platform.runLater(() -> {
                if (pending == state) {
                    pending = null;
                    state.restore();
                }
            });
        }
    }

    /**
     * Whether a stage was maximized. Only that is put back, not the frame: under openbox, after a restore JavaFX
     * can report the maximized frame (x 0, y 0, 1440×900) for a window the X server shows at 1296×791+73+65, and
     * setting that frame back would make the window cover the screen (ADR 0030).
     */
    private record WindowState(Stage stage, boolean maximized) {
        void restore() {
            if (stage.isMaximized() != maximized) {
                stage.setMaximized(maximized);
            }
        }
    }
}
