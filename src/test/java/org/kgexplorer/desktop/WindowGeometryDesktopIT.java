package org.kgexplorer.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

/**
 * The main window's size and place under a window manager: at first start, from remembered settings (that fit,
 * and that do not), across every dialog, and across maximize and restore. Geometry is read from the X server.
 */
class WindowGeometryDesktopIT {

    @Test
    void aFirstStartOnAScreenNarrowerThan1600PixelsOpensMaximized() throws Exception {
        DesktopLayer.screen(1440, 900).named("geometry-first-start-1440").run(OpensMaximized.class);
    }

    @Test
    void aFirstStartOnAWideScreenTakesMostOfItsWorkArea() throws Exception {
        DesktopLayer.screen(1920, 1080).named("geometry-first-start-1920").run(TakesMostOfTheWorkArea.class);
    }

    @Test
    void aRememberedPlaceThatFitsIsRestored() throws Exception {
        DesktopLayer.screen(1440, 900).named("geometry-remembered")
                .setting("window.x", "100").setting("window.y", "60")
                .setting("window.width", "1000").setting("window.height", "700").setting("window.maximized", "false")
                .run(OpensAt.class, "100", "60", "1000", "700");
    }

    @Test
    void aRememberedSizeBiggerThanTheScreenIsNotUsed() throws Exception {
        DesktopLayer.screen(1024, 700).named("geometry-remembered-too-big")
                .setting("window.x", "40").setting("window.y", "30")
                .setting("window.width", "1800").setting("window.height", "1000").setting("window.maximized", "false")
                .run(OpensMaximized.class);
    }

    /**
     * Every dialog on a maximized window, then on the window restored by the user, then maximized again: the
     * window stays as the user left it (ADR 30: DialogService puts back the state from before each dialog).
     */
    @Test
    void noDialogChangesTheWindowAndMaximizeAndRestoreWork() throws Exception {
        DesktopLayer.screen(1440, 900).named("geometry-dialogs")
                .args("--question", "Which pledges address fentanyl?").run(DialogsKeepTheWindow.class);
    }

    /** The window fills the work area and the window manager says it is maximized. */
    public static final class OpensMaximized implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            Rectangle2D area = app.workArea();
            RunningApp.waitUntil("the window is maximized", () -> app.geometry().maximized());
            RunningApp.Geometry g = app.geometry();
            app.screenshot("window");
            assertEquals(area.getWidth(), g.width(), 2, "the maximized window's width: " + g);
            assertTrue(g.height() >= area.getHeight() - 40, "the maximized window's height (less its title bar): " + g);
            assertTrue(RunningApp.fx(app.stage::isMaximized), "JavaFX knows the window is maximized");
        }
    }

    /** Not maximized, at least four fifths of the work area each way, and wholly inside it. */
    public static final class TakesMostOfTheWorkArea implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            Rectangle2D area = app.workArea();
            RunningApp.waitUntil("the window takes most of the work area",
                    () -> app.geometry().width() >= 0.8 * area.getWidth() && app.geometry().height() >= 0.8 * area.getHeight());
            RunningApp.Geometry g = app.geometry();
            app.screenshot("window");
            assertFalse(g.maximized(), "on a wide screen the first start is not maximized: " + g);
            assertTrue(g.x() >= area.getMinX() && g.y() >= area.getMinY() && g.x() + g.width() <= area.getMaxX()
                    && g.y() + g.height() <= area.getMaxY(), g + " lies inside the work area " + area);
        }
    }

    /** The window's frame is where the settings say (its content is the frame less the title bar and borders). */
    public static final class OpensAt implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            int x = Integer.parseInt(args[0]);
            int y = Integer.parseInt(args[1]);
            int width = Integer.parseInt(args[2]);
            int height = Integer.parseInt(args[3]);
            RunningApp.waitUntil("the window has the remembered width", () -> Math.abs(app.geometry().width() - width) <= 10);
            RunningApp.Geometry g = app.geometry();
            app.screenshot("window");
            assertFalse(g.maximized(), g.toString());
            assertTrue(g.height() <= height && g.height() >= height - 40, "the remembered height: " + g);
            assertTrue(g.x() >= x && g.x() <= x + 10 && g.y() >= y && g.y() <= y + 40, "the remembered place: " + g);
        }
    }

    /**
     * Opens each dialog in turn (Save results, Add files, Open query, Export graph, F1, About) on a maximized window,
     * then restores it as a user would and opens them again, then maximizes it: after each dialog the window's
     * geometry and state are as before it.
     */
    public static final class DialogsKeepTheWindow implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            RunningApp.waitUntil("the window is maximized", () -> app.geometry().maximized());
            RunningApp.waitUntil("the question's answer shows", Duration.ofSeconds(60),
                    () -> !app.fxQuietly(() -> app.stage.getScene().getRoot().lookupAll(".table-row-cell").isEmpty()));
            RunningApp.Geometry maximized = app.geometry();
            everyDialogKeeps(app, maximized, "maximized");

            // A user restores the window they work in.
            RunningApp.waitUntil("the main window has the focus", () -> app.activeWindow() == app.windowId
                    && app.fxQuietly(app.stage::isFocused));
            RunningApp.Geometry restored = restore(app, maximized);
            assertTrue(restored.width() >= 0.8 * app.workArea().getWidth(),
                    "restoring gives the window most of the screen: " + restored);
            assertFalse(RunningApp.fx(app.stage::isMaximized), "JavaFX knows the window is restored");
            everyDialogKeeps(app, restored, "restored");

            RunningApp.x("wmctrl", "-i", "-r", Long.toString(app.windowId), "-b", "add,maximized_vert,maximized_horz");
            RunningApp.waitUntil("the window is maximized again", () -> app.geometry().maximized());
            assertEquals(maximized, app.geometry(), "maximized again, the window fills the work area as before");

            // Restored and maximized again and again, it comes back to its own frame each time (JavaFX 21's GTK
            // glass alone brought it back at the maximized size, not maximized, every time: ADR 0030).
            for (int i = 0; i < 3; i++) {
                RunningApp.Geometry again = restore(app, maximized);
                assertEquals(restored.width(), again.width(), 2, "restore " + (i + 2) + ": " + again + ", first " + restored);
                assertEquals(restored.height(), again.height(), 2, "restore " + (i + 2) + ": " + again + ", first " + restored);
                RunningApp.x("wmctrl", "-i", "-r", Long.toString(app.windowId), "-b", "add,maximized_vert,maximized_horz");
                RunningApp.waitUntil("the window is maximized again", () -> app.geometry().maximized());
            }
        }

        /** Un-maximizes the window as a user would, and waits for it to have a frame of its own, smaller than the screen. */
        private static RunningApp.Geometry restore(RunningApp app, RunningApp.Geometry maximized) throws Exception {
            long start = System.nanoTime();
            // every frame the window had, with when it was first read (ms after the restore was asked)
            java.util.List<String> readings = new java.util.ArrayList<>();
            java.util.concurrent.atomic.AtomicReference<RunningApp.Geometry> last = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.function.Supplier<RunningApp.Geometry> read = () -> {
                RunningApp.Geometry g = app.geometry();
                if (!g.equals(last.getAndSet(g))) {
                    readings.add(g + " at " + (System.nanoTime() - start) / 1_000_000 + " ms");
                }
                return g;
            };
            RunningApp.x("wmctrl", "-i", "-r", Long.toString(app.windowId), "-b", "remove,maximized_vert,maximized_horz");
            try {
                RunningApp.waitUntil("the window is restored", () -> !read.get().maximized());
                // the same frame of its own in readings over a second and a half: the glass's late resizes are over
                java.util.concurrent.atomic.AtomicLong since = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
                RunningApp.waitUntil("the restored window keeps a size of its own", () -> {
                    int changes = readings.size();
                    RunningApp.Geometry g = read.get();
                    boolean own = !g.maximized() && g.width() < maximized.width() - 40 && g.height() < maximized.height() - 40;
                    if (!own || readings.size() != changes) {
                        since.set(System.nanoTime());
                        return false;
                    }
                    return System.nanoTime() - since.get() > 1_500_000_000L;
                });
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; the window was " + String.join(", then ", readings), e);
            }
            return last.get();
        }

        private static void everyDialogKeeps(RunningApp app, RunningApp.Geometry before, String state) throws Exception {
            opens(app, before, state + "-save-results", () -> app.key("ctrl+e"));
            opens(app, before, state + "-add-files", () -> app.key("ctrl+o"));
            opens(app, before, state + "-open-query", () -> app.key("ctrl+shift+o"));
            opens(app, before, state + "-help", () -> app.key("F1"));
            opens(app, before, state + "-about", () -> app.clickMenu("Help", "About KG Explorer"));
            opens(app, before, state + "-export-graph", () -> {
                app.key("ctrl+2");
                app.find("#graph-toolbar");
                app.clickToolbarMenu("#graph-toolbar", "#graph-export", "As PNG image…");
            });
            app.key("ctrl+1");
        }

        private static void opens(RunningApp app, RunningApp.Geometry before, String name, Action open) throws Exception {
            open.run();
            String title = app.awaitDialog();
            // Sized to its content and placed on the screen with its title bar, not 582x116 in the corner (F1 was).
            try {
                RunningApp.waitUntil("the dialog " + title + " shows whole, with its title bar, in the work area",
                        app::dialogShowsWhole);
            } catch (AssertionError e) {
                app.screenshot(name);
                throw new AssertionError(e.getMessage() + "; it is " + app.dialogGeometry(), e);
            }
            app.screenshot(name);
            app.closeDialogWithEscape();
            try {
                RunningApp.waitUntil("the window is as before the dialog " + title + " (" + before + ")", () -> before.equals(app.geometry()));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; it is " + app.geometry() + ", maximized for JavaFX: "
                        + RunningApp.fx(app.stage::isMaximized), e);
            }
        }
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }
}
