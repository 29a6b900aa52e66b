package org.kgexplorer.ui.results;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import org.kgexplorer.ui.DialogService;
import org.kgexplorer.ui.i18n.I18n;

/**
 * Asks, while a filter hides rows, whether Save writes all the rows of the answer or only those shown (the
 * native file chooser that follows cannot hold such a choice).
 */
final class SaveRowsChoice {
    private SaveRowsChoice() {
    }

    /** True for the rows shown, false for all of them; empty when the user cancels. */
    static Optional<Boolean> ask(I18n.Texts texts, long all, int shown, DialogService dialogs) {
        ButtonType everyRow = new ButtonType(texts.get("save.rows.all", all), ButtonBar.ButtonData.OTHER);
        ButtonType onlyShown = new ButtonType(texts.get("save.rows.shown", shown), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("save.rows.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("save.rows.text"), everyRow, onlyShown, cancel);
        alert.setTitle(texts.get("save.title"));
        alert.setHeaderText(texts.get("save.rows.header"));
        alert.getDialogPane().setId("save-rows");
        Optional<ButtonType> chosen = dialogs.showAndWait(alert);
        if (chosen.isEmpty() || chosen.get() == cancel) {
            return Optional.empty();
        }
        return Optional.of(chosen.get() == onlyShown);
    }
}
