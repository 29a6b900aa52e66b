package org.kgexplorer.ui.offline;

import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;

import org.kgexplorer.ui.i18n.I18n;

/**
 * The dialog of "Copy to local…": the copy's name, and where it goes (a new store in memory, or a TDB2 database
 * folder chosen here). Shown through the window's {@link org.kgexplorer.ui.DialogService}.
 */
final class OfflineCopyDialog extends Dialog<OfflineCopyViewModel.Request> {
    final TextField name = new TextField();
    final RadioButton memory = new RadioButton();
    final RadioButton database = new RadioButton();
    final TextField folder = new TextField();

    OfflineCopyDialog(OfflineCopyViewModel model) {
        I18n.Texts texts = model.texts();
        setTitle(texts.get("dialog.title"));
        setHeaderText(texts.get("dialog.header"));
        ButtonType copy = new ButtonType(texts.get("dialog.copy"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(copy, ButtonType.CANCEL);
        getDialogPane().setId("copy-local-dialog");

        name.setId("copy-name");
        name.setText(model.proposedName());
        name.setPrefColumnCount(28);
        ToggleGroup where = new ToggleGroup();
        memory.setId("copy-memory");
        memory.setText(texts.get("dialog.memory"));
        memory.setToggleGroup(where);
        memory.setSelected(true);
        database.setId("copy-database");
        database.setText(texts.get("dialog.database"));
        database.setToggleGroup(where);
        folder.setId("copy-folder");
        folder.disableProperty().bind(database.selectedProperty().not());
        Button choose = new Button(texts.get("dialog.choose"));
        choose.setId("copy-choose-folder");
        choose.disableProperty().bind(database.selectedProperty().not());
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(texts.get("dialog.chooseTitle"));
            model.context().dialogs().chooseFolder(chooser).ifPresent(f -> folder.setText(f.getPath()));
        });
        HBox folderLine = new HBox(8, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(texts.get("dialog.name")), name);
        grid.add(memory, 0, 1, 2, 1);
        grid.add(database, 0, 2, 2, 1);
        grid.addRow(3, new Label(texts.get("dialog.folder")), folderLine);
        GridPane.setHgrow(name, Priority.ALWAYS);
        getDialogPane().setContent(grid);

        Node ok = getDialogPane().lookupButton(copy);
        ok.setId("copy-ok");
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> name.getText().isBlank() || database.isSelected() && folder.getText().isBlank(),
                name.textProperty(), database.selectedProperty(), folder.textProperty()));
        setResultConverter(button -> button != copy ? null : new OfflineCopyViewModel.Request(name.getText().strip(),
                database.isSelected() ? OfflineCopyViewModel.Target.DATABASE : OfflineCopyViewModel.Target.MEMORY,
                database.isSelected() ? Path.of(folder.getText().strip()) : null));
        setOnShown(e -> name.requestFocus());
    }

    /** Asks what to copy where; empty when the user cancels. */
    static Optional<OfflineCopyViewModel.Request> ask(OfflineCopyViewModel model) {
        return model.context().dialogs().showAndWait(new OfflineCopyDialog(model));
    }
}
