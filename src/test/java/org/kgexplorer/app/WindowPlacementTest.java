package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.settings.Settings;

class WindowPlacementTest {
    private static final Rectangle2D WIDE = new Rectangle2D(0, 0, 1920, 1050);
    private static final Rectangle2D NARROW = new Rectangle2D(0, 0, 1440, 870);

    @TempDir
    Path dir;

    private Settings remembered(double x, double y, double width, double height, boolean maximized) {
        Settings s = Settings.in(dir);
        s.put("window.x", Double.toString(x));
        s.put("window.y", Double.toString(y));
        s.put("window.width", Double.toString(width));
        s.put("window.height", Double.toString(height));
        s.put("window.maximized", Boolean.toString(maximized));
        return s;
    }

    @Test
    void aFirstStartOnAWideScreenTakesMostOfTheWorkAreaCentred() {
        WindowPlacement p = WindowPlacement.choose(Settings.in(dir), WIDE, List.of(WIDE));
        assertFalse(p.maximized());
        assertEquals(new Rectangle2D(96, 52, 1728, 945), p.bounds());
    }

    @Test
    void aFirstStartOnAScreenNarrowerThan1600PixelsIsMaximized() {
        WindowPlacement p = WindowPlacement.choose(Settings.in(dir), NARROW, List.of(NARROW));
        assertTrue(p.maximized());
        assertTrue(NARROW.contains(p.bounds()), "un-maximizing returns to a place on the screen: " + p.bounds());
    }

    @Test
    void aRememberedPlaceThatFitsAScreenIsKeptWithItsState() {
        Rectangle2D second = new Rectangle2D(1920, 0, 1280, 1000);
        WindowPlacement p = WindowPlacement.choose(remembered(2000, 40, 1000, 700, true), WIDE, List.of(WIDE, second));
        assertEquals(new Rectangle2D(2000, 40, 1000, 700), p.bounds());
        assertTrue(p.maximized());
    }

    @Test
    void aRememberedSizeBiggerThanEveryScreenGivesTheFirstStartPlace() {
        WindowPlacement p = WindowPlacement.choose(remembered(40, 30, 1800, 1000, false), NARROW, List.of(NARROW));
        assertEquals(WindowPlacement.firstStart(NARROW), p);
    }

    @Test
    void aPlaceOnAScreenNoLongerConnectedGivesTheFirstStartPlace() {
        WindowPlacement p = WindowPlacement.choose(remembered(2000, 40, 1000, 700, false), WIDE, List.of(WIDE));
        assertEquals(WindowPlacement.firstStart(WIDE), p);
    }

    @Test
    void unreadableRememberedNumbersGiveTheFirstStartPlace() {
        Settings s = remembered(10, 10, 800, 600, false);
        s.put("window.width", "wide");
        assertEquals(WindowPlacement.firstStart(WIDE), WindowPlacement.choose(s, WIDE, List.of(WIDE)));
    }

    @Test
    void aWindowClosedMaximizedRemembersItsOwnFrameToUnMaximizeTo() throws Exception {
        try {
            javafx.application.Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test class of this JVM started the toolkit
        }
        Settings s = Settings.in(dir);
        Rectangle2D own = new Rectangle2D(60, 30, 1200, 760);
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                javafx.stage.Stage stage = new javafx.stage.Stage();
                stage.setMaximized(true);
                WindowPlacement.store(RestoredFrame.follow(stage, own).maximized(), own, s);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, java.util.concurrent.TimeUnit.SECONDS);
        WindowPlacement p = WindowPlacement.choose(s, NARROW, List.of(NARROW));
        assertTrue(p.maximized());
        assertEquals(own, p.bounds(), "the next start un-maximizes to the window's own frame");
    }

    /**
     * GTK glass un-maximizes a window while a modal dialog of its own is open: closed from that dialog (Save / Discard
     * / Cancel), the window is still remembered maximized; un-maximized by the user, it is not.
     */
    @Test
    void aWindowUnMaximizedOnlyByItsOwnModalDialogIsRememberedMaximized() throws Exception {
        try {
            javafx.application.Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test class of this JVM started the toolkit
        }
        // closing the last window must not end the toolkit the other tests of this JVM use (put back after)
        boolean implicitExit = javafx.application.Platform.isImplicitExit();
        javafx.application.Platform.setImplicitExit(false);
        java.util.concurrent.CompletableFuture<boolean[]> seen = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setMaximized(true);
            stage.show();
            RestoredFrame frame = RestoredFrame.follow(stage, new Rectangle2D(60, 30, 1200, 760));
            javafx.stage.Stage dialog = new javafx.stage.Stage();
            dialog.initOwner(stage);
            dialog.initModality(javafx.stage.Modality.WINDOW_MODAL);
            dialog.show();
            // what the glass does while the dialog is open
            stage.setMaximized(false);
            boolean whileAsked = frame.maximized();
            dialog.close();
            stage.setMaximized(true);
            // the user un-maximizes it, no dialog open
            stage.setMaximized(false);
            boolean byTheUser = frame.maximized();
            stage.close();
            seen.complete(new boolean[] {whileAsked, byTheUser});
        });
        boolean[] maximized;
        try {
            maximized = seen.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            javafx.application.Platform.setImplicitExit(implicitExit);
        }
        assertTrue(maximized[0], "un-maximized by its own modal dialog: still maximized as the user left it");
        assertFalse(maximized[1], "un-maximized by the user: not maximized");
    }
    /**
     * The glass can make an un-maximized window cover the work area more than two seconds after the change of state
     * (a loaded CI machine): while the window still has the size put back, it is put back again; once the user has
     * given it a size of their own, a frame covering the work area is theirs and stands.
     */
    @Test
    void aLateResizeToTheWholeScreenIsPutBackUntilTheUserResizesTheWindow() throws Exception {
        try {
            javafx.application.Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test class of this JVM started the toolkit
        }
        // closing the window must not end the toolkit the other tests of this JVM use; left so after the test, since
        // a look at the closed window's frame, still queued, would end it once it ran
        javafx.application.Platform.setImplicitExit(false);
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong(1_000_000_000_000L);
        Rectangle2D own = new Rectangle2D(60, 30, 600, 400);
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        Rectangle2D[] area = new Rectangle2D[1];
        try {
            onFx(() -> {
                stage[0] = new javafx.stage.Stage();
                stage[0].setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane()));
                stage[0].setX(own.getMinX());
                stage[0].setY(own.getMinY());
                stage[0].setWidth(own.getWidth());
                stage[0].setHeight(own.getHeight());
                stage[0].show();
                area[0] = javafx.stage.Screen.getPrimary().getVisualBounds();
                RestoredFrame.follow(stage[0], own, clock::get);
                stage[0].setMaximized(true);
                stage[0].setMaximized(false);
            });
            onFx(() -> { }); // the put back the un-maximizing asked for has run
            clock.addAndGet(3_000_000_000L);
            onFx(() -> cover(stage[0], area[0])); // the glass's resize, three seconds late
            assertEquals(own, onFx(() -> frame(stage[0])), "put back after the glass's late resize");

            onFx(() -> stage[0].setX(own.getMinX() + 40)); // the user moves the window: still the size put back
            onFx(() -> cover(stage[0], area[0]));
            assertEquals(new Rectangle2D(own.getMinX() + 40, own.getMinY(), own.getWidth(), own.getHeight()),
                    onFx(() -> frame(stage[0])), "moved, then covered by the glass: put back where the user moved it");

            onFx(() -> stage[0].setWidth(own.getWidth() + 50)); // the user drags an edge: a size of their own
            onFx(() -> cover(stage[0], area[0]));
            assertEquals(new Rectangle2D(area[0].getMinX(), area[0].getMinY(), area[0].getWidth(), area[0].getHeight()),
                    onFx(() -> frame(stage[0])), "the user's own frame, covering the work area, stands");
        } finally {
            if (stage[0] != null) {
                onFx(() -> stage[0].close());
            }
        }
    }

    private static void cover(javafx.stage.Stage stage, Rectangle2D area) {
        stage.setX(area.getMinX());
        stage.setY(area.getMinY());
        stage.setWidth(area.getWidth());
        stage.setHeight(area.getHeight());
    }

    private static Rectangle2D frame(javafx.stage.Stage stage) {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    /** Runs on the JavaFX thread and waits for it, and for what it asked to run later there. */
    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.CompletableFuture<T> done = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        T value = done.get(30, java.util.concurrent.TimeUnit.SECONDS);
        java.util.concurrent.CompletableFuture<Void> after = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> after.complete(null));
        after.get(30, java.util.concurrent.TimeUnit.SECONDS);
        return value;
    }

    private static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
