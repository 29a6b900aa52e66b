package org.kgexplorer.app;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Keeps a maximized window maximized across modal dialogs (ADR 0030). JavaFX 21 on GTK disables the owner of a
 * modal dialog (its own dialogs and the native file choosers alike) by pinning its minimum and maximum size to
 * the size it had before it was maximized; a window manager such as openbox then un-maximizes it, and it stays
 * so. A window that stops being maximized while it does not have the focus was not un-maximized by the user
 * (who acts on the focused window), so it is maximized again as soon as it has the focus back.
 */
final class MaximizedAcrossDialogs {
    private boolean maximizeOnFocus;

    private MaximizedAcrossDialogs() {
    }

    static void keep(Stage stage) {
        MaximizedAcrossDialogs keeper = new MaximizedAcrossDialogs();
        stage.maximizedProperty().addListener((obs, was, now) -> keeper.maximizeOnFocus = !now && !stage.isFocused());
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (now && keeper.maximizeOnFocus) {
                keeper.maximizeOnFocus = false;
                // Later: a native file chooser gives the focus back before the owner is enabled again, and a
                // disabled window cannot be maximized.
                Platform.runLater(() -> stage.setMaximized(true));
            }
        });
    }
}
