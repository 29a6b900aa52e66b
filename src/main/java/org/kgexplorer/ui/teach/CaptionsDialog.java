package org.kgexplorer.ui.teach;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/**
 * Asks for a view's captions in English and Spanish (one at least), through the DialogService: the one dialog of
 * View → Save this view… and of the scene list's "Add this view as a scene…" and "Edit captions…" (ADR 45).
 */
public final class CaptionsDialog {
    private CaptionsDialog() {
    }

    /**
     * Asks for the captions, starting from {@code en} and {@code es}; {@code header} (or null) says what they are
     * for, {@code confirm} names the button that keeps them; {@code owner} (or null for the window asking) owns it.
     *
     * @return the English and the Spanish caption, stripped; empty when cancelled
     */
    public static Optional<String[]> ask(ExplorerContext context, Window owner, String title, String header,
                                         String confirm, String en, String es) {
        I18n.Texts texts = context.i18n().texts("org.kgexplorer.ui.teach.messages");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("scene-captions-dialog");
        TextField english = new TextField(en);
        english.setId("scene-caption-en");
        english.setPrefColumnCount(40);
        TextField spanish = new TextField(es);
        spanish.setId("scene-caption-es");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        // the margin of the other dialogs: the labels were flush with the window's left border
        grid.setPadding(new javafx.geometry.Insets(8));
        grid.addRow(0, new Label(texts.get("scenes.captionEn")), english);
        grid.addRow(1, new Label(texts.get("scenes.captionEs")), spanish);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(texts.get("scenes.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(
                english.textProperty().isEmpty().and(spanish.textProperty().isEmpty()));
        javafx.application.Platform.runLater(english::requestFocus);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return context.dialogs().showAndWait(dialog).filter(ok::equals)
                .map(b -> new String[] {english.getText().strip(), spanish.getText().strip()});
    }
}
