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
        Logging.forWindow();
        JAVAFX_LOG.setLevel(Level.SEVERE);
        Application.launch(ExplorerApp.class, args);
    }
}
