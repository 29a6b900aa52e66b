package org.kgexplorer.app;

import javafx.application.Application;

/** Opens the window; kept apart from {@link Launcher} so the command line never loads JavaFX classes. */
final class DesktopMain {
    private DesktopMain() {
    }

    static void open(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }
}
