package org.kgexplorer.ui;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Shows the window's dialogs: owned by the main window (so they stay on top of it and never move it), at the
 * interface's scale. Screens ask through here rather than making their own stages.
 */
public final class DialogService {
    private final UiScale scale;
    private Window owner;

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
        return dialog.showAndWait();
    }

    /** Owns and scales a dialog, then shows it without waiting (a report the user reads while work goes on). */
    public void show(Dialog<?> dialog) {
        prepare(dialog);
        dialog.show();
    }

    /** Asks a question with the given answers (their texts in the interface language); empty when dismissed. */
    public Optional<ButtonType> ask(String title, String header, String content, List<ButtonType> answers) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, answers.toArray(ButtonType[]::new));
        alert.setTitle(title);
        alert.setHeaderText(header);
        return showAndWait(alert);
    }

    private void prepare(Dialog<?> dialog) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().styleProperty().bind(scale.fontStyle());
    }
}
