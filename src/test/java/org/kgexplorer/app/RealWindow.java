package org.kgexplorer.app;

import javafx.application.Application;

import org.testfx.api.FxToolkit;

/**
 * Closes the real window a test started with {@code FxToolkit.setupApplication}, and every stage it left; then removes
 * the work the window kept for its next start (ADR 43: the session file and its copies of included data), so the next test's window starts afresh.
 */
final class RealWindow {
    private RealWindow() {
    }

    /** Stops the application (null when the test never started it) and closes the stages it left. */
    static void close(Application app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        java.nio.file.Files.deleteIfExists(sessionFile());
        java.nio.file.Path data = sessionFile().resolveSibling(ProjectWiring.SESSION_DATA);
        if (java.nio.file.Files.isDirectory(data)) {
            try (java.util.stream.Stream<java.nio.file.Path> kept = java.nio.file.Files.walk(data)) {
                for (java.nio.file.Path p : kept.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
    }

    /** The session file the window writes when it closes, in the tests' settings folder. */
    static java.nio.file.Path sessionFile() {
        return java.nio.file.Path.of(System.getProperty(ExplorerApp.CONFIG_DIR_PROPERTY)).resolve(ProjectWiring.SESSION);
    }
}
