package org.kgexplorer.app;

import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;

/** Opens the window; kept apart from {@link Launcher} so the command line never loads JavaFX classes. */
final class DesktopMain {
    /**
     * JavaFX warns on every start that it was loaded from the class path, which is how the thin jar runs it on
     * purpose (ADR 0001); held here so the logger, and its level, are not garbage-collected.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private DesktopMain() {
    }

    static void open(String[] args) {
        // Java2D draws the graph into images and measures its labels, and needs no display for that. Left to find one,
        // AWT opened its own connection to the X server and set Xlib's error handler while GTK had an error trap
        // pushed ("Gdk-WARNING: XSetErrorHandler() called with a GDK error trap pushed"); begun once the window is up,
        // that broke the search box's popup under the click (ADR 30).
        System.setProperty("java.awt.headless", "true");
        Logging.forWindow();
        JAVAFX_LOG.setLevel(Level.SEVERE);
        Application.launch(ExplorerApp.class, args);
    }
}
