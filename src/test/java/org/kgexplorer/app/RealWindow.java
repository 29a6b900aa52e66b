package org.kgexplorer.app;

import javafx.application.Application;

import org.testfx.api.FxToolkit;

/** Closes the real window a test started with {@code FxToolkit.setupApplication}, and every stage it left. */
final class RealWindow {
    private RealWindow() {
    }

    /** Stops the application (null when the test never started it) and closes the stages it left. */
    static void close(Application app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }
}
