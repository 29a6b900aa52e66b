package org.kgexplorer.app;

import java.util.function.LongSupplier;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main window back at its own frame when the user un-maximizes it (ADR 0030). Under openbox, JavaFX 21's
 * GTK glass un-maximizes a window to the size it had while maximized: a window of 1296x810 maximized and restored
 * with the title bar's button (or wmctrl) came back at 1438x875 on a 1440x900 screen, not maximized, in every
 * restore, in our window and in a ten-line JavaFX application alike; a Tk window on the same desktop came back at
 * 1296x810. The glass remembers the maximized size as the window's own (the window-manager's configure event
 * comes before its state event), and on the state event it resizes the window to it.
 *
 * <p>This keeps the window's frame while it is neither maximized nor just changing state, and sets it again when
 * the window is un-maximized, and again whenever after that the glass makes it cover the work area (its resize
 * comes after ours as often as before it, and on a loaded machine more than two seconds after the change of
 * state): in the two seconds after the change, or later while the window still has the size put back. A size
 * the user gives the window (dragging its edges passes through sizes of its own) ends that; a user who makes the
 * window cover the screen in one jump, as a window manager's key can, sees it put back.
 */
final class RestoredFrame {
    /** Changes of the frame this soon after a change of state are the glass's, not the user's. */
    private static final long SETTLE_NANOS = 2_000_000_000L;
    /** A frame within this of the work area's size is the maximized size, not one of the window's own. */
    private static final double FULL_SLACK = 8;

    private final Stage stage;
    private final LongSupplier clock;
    private Rectangle2D frame;
    private long stateChanged;
    private boolean restored;
    /** The window has had only the size put back (give or take the glass's pixels) since it was un-maximized. */
    private boolean keptSincePutBack;
    /** A look at the frame is asked for, once the changes of this event (x, y, width, height one by one) are in. */
    private boolean lookAsked;
    /**
     * Whether the user left the window maximized: GTK glass un-maximizes a window while a modal dialog of its own is
     * open (and maximizes it again after), so a window closed from such a dialog (Save / Discard / Cancel) reads as
     * not maximized when it closes; that is not the user's choice, and the next start opens maximized all the same.
     */
    private boolean maximizedByUser;

    private RestoredFrame(Stage stage, Rectangle2D frame, LongSupplier clock) {
        this.stage = stage;
        this.frame = frame;
        this.clock = clock;
        this.stateChanged = clock.getAsLong() - SETTLE_NANOS;
    }

    /** Follows the stage from now on; {@code frame} is the place it was given (WindowPlacement). */
    static RestoredFrame follow(Stage stage, Rectangle2D frame) {
        return follow(stage, frame, System::nanoTime);
    }

    /** {@link #follow(Stage, Rectangle2D)} with a clock of nanoseconds of one's own (for the tests). */
    static RestoredFrame follow(Stage stage, Rectangle2D frame, LongSupplier clock) {
        RestoredFrame f = new RestoredFrame(stage, frame, clock);
        f.maximizedByUser = stage.isMaximized();
        stage.xProperty().addListener((obs, old, now) -> f.moved());
        stage.yProperty().addListener((obs, old, now) -> f.moved());
        stage.widthProperty().addListener((obs, old, now) -> f.moved());
        stage.heightProperty().addListener((obs, old, now) -> f.moved());
        stage.maximizedProperty().addListener((obs, was, now) -> f.stateChanged(now));
        return f;
    }

    /** The window's own frame: where un-maximizing puts it, and what the settings remember while it is maximized. */
    Rectangle2D frame() {
        return frame;
    }

    /**
     * The stage's x, y, width and height change one property at a time (a resize sets the width, then the height):
     * the frame is looked at once they are all in, so a half-changed one is never taken for a size of the user's.
     */
    private void moved() {
        if (!lookAsked) {
            lookAsked = true;
            Platform.runLater(this::look);
        }
    }

    private void look() {
        lookAsked = false;
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        boolean settling = clock.getAsLong() - stateChanged < SETTLE_NANOS;
        if (coversWorkArea()) {
            if (restored && (settling || keptSincePutBack)) {
                putBack();
            }
            return;
        }
        if (!settling) {
            Rectangle2D now = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            if (!sameSize(now, frame)) {
                keptSincePutBack = false;
            }
            frame = now;
        }
    }

    /**
     * The same size but for the few pixels GTK's reports and the window manager's differ by. The place is not
     * compared: the glass's resize reaches JavaFX as a move first (the old size at the new place), then a resize.
     */
    private static boolean sameSize(Rectangle2D a, Rectangle2D b) {
        return b != null && Math.abs(a.getWidth() - b.getWidth()) <= FULL_SLACK
                && Math.abs(a.getHeight() - b.getHeight()) <= FULL_SLACK;
    }

    /** Whether the window is maximized, or was until a modal dialog of its own un-maximized it. */
    boolean maximized() {
        return stage.isMaximized() || maximizedByUser;
    }

    private void stateChanged(boolean maximized) {
        if (maximized || !modalDialogOpen()) {
            maximizedByUser = maximized;
        }
        stateChanged = clock.getAsLong();
        restored = !maximized;
        keptSincePutBack = restored;
        if (restored) {
            Platform.runLater(this::putBack);
            // Once more at 0.3 s and 1 s, told to the window system even where JavaFX's own figures already are the
            // frame's: in one CI run the glass made the window 1438x875 at 152 ms after its restore and JavaFX's
            // figures never followed, so no change reached look() (ADR 0030).
            for (int ms : new int[] {300, 1000}) {
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(ms));
                later.setOnFinished(e -> {
                    if (restored && keptSincePutBack) {
                        putBackTold();
                    }
                });
                later.play();
            }
        }
    }

    /** {@link #putBack}, each size set one pixel off first, so that the window system is told it in any case. */
    private void putBackTold() {
        if (canPutBack()) {
            stage.setWidth(frame.getWidth() + 1);
            stage.setHeight(frame.getHeight() + 1);
            putBack();
        }
    }

    private void putBack() {
        if (canPutBack()) {
            stage.setX(frame.getMinX());
            stage.setY(frame.getMinY());
            stage.setWidth(frame.getWidth());
            stage.setHeight(frame.getHeight());
        }
    }

    /** There is a frame to put back, and the window is not maximized or full screen (which the window system places). */
    private boolean canPutBack() {
        return frame != null && !stage.isMaximized() && !stage.isFullScreen();
    }

    /**
     * A modal window is showing whose owners lead to this one (a question asked from a step-through or an exercise
     * window is owned by that window, which is owned by this one).
     */
    private boolean modalDialogOpen() {
        return javafx.stage.Window.getWindows().stream().anyMatch(w -> w.isShowing() && w instanceof Stage s
                && s.getModality() != javafx.stage.Modality.NONE && ownedByThis(s));
    }

    private boolean ownedByThis(Stage s) {
        for (javafx.stage.Window o = s.getOwner(); o != null; o = o instanceof Stage os ? os.getOwner() : null) {
            if (o == stage) {
                return true;
            }
        }
        return false;
    }

    private boolean coversWorkArea() {
        Rectangle2D area = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        return stage.getWidth() >= area.getWidth() - FULL_SLACK && stage.getHeight() >= area.getHeight() - FULL_SLACK;
    }
}
