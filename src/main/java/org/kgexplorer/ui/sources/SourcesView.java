package org.kgexplorer.ui.sources;

import java.io.File;
import java.text.NumberFormat;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.LoadedSource;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The loaded sources, each with its title and triple count, buttons to add files and folders, a banner for
 * the last load's error, and the state of the running load. Files dropped on it are added.
 */
public final class SourcesView extends VBox {
    private final SourcesViewModel model;
    private final I18n.Texts texts;

    public SourcesView(SourcesViewModel model) {
        this.model = model;
        this.texts = model.texts();
        getStyleClass().add("sources-view");
        setSpacing(8);
        setPadding(new Insets(10));
        ListView<LoadedSource> list = list();
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header(), errorBar(), list, statusLine());
        acceptDroppedFiles();
    }

    private VBox header() {
        Label title = new Label();
        title.textProperty().bind(texts.text("title"));
        title.getStyleClass().add("title-4");
        Label total = new Label();
        total.setId("total-triples");
        total.setWrapText(true);
        total.setMinHeight(Region.USE_PREF_SIZE);
        total.getStyleClass().add("text-muted");
        total.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("summary", model.sources().size(), model.totalTriplesProperty().get()),
                model.sources(), model.totalTriplesProperty(), texts.language()));
        Button addFiles = new Button();
        addFiles.setId("add-files");
        addFiles.textProperty().bind(texts.text("add.files"));
        addFiles.setOnAction(e -> chooseFiles());
        Button addFolder = new Button();
        addFolder.setId("add-folder");
        addFolder.textProperty().bind(texts.text("add.folder"));
        addFolder.setOnAction(e -> chooseFolder());
        addFiles.disableProperty().bind(model.busyProperty());
        addFolder.disableProperty().bind(model.busyProperty());
        // Whole button texts in every language: the second button goes below the first when the panel is narrow.
        addFiles.setMinWidth(Region.USE_PREF_SIZE);
        addFolder.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, addFiles, addFolder);
        return new VBox(4, title, total, buttons);
    }

    private HBox errorBar() {
        Label error = new Label();
        error.setId("load-error");
        error.setWrapText(true);
        error.getStyleClass().add("danger");
        error.textProperty().bind(model.errorProperty());
        error.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button();
        dismiss.setId("dismiss-error");
        dismiss.textProperty().bind(texts.text("dismiss"));
        dismiss.setOnAction(e -> model.dismissError());
        Button lenient = new Button();
        lenient.setId("load-leniently");
        lenient.textProperty().bind(texts.text("load.leniently"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(texts.text("load.leniently.tip"));
        lenient.setTooltip(tip);
        lenient.setMinWidth(Region.USE_PREF_SIZE);
        lenient.setOnAction(e -> model.loadLeniently());
        lenient.visibleProperty().bind(model.lenientPossibleProperty());
        lenient.managedProperty().bind(lenient.visibleProperty());
        HBox bar = new HBox(8, error, lenient, dismiss);
        HBox.setHgrow(error, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.setStyle("-fx-background-color: -color-danger-subtle; -fx-background-radius: 6;");
        bar.visibleProperty().bind(model.errorProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private ListView<LoadedSource> list() {
        ListView<LoadedSource> list = new ListView<>(model.sources());
        list.setId("sources-list");
        Label placeholder = new Label();
        placeholder.textProperty().bind(texts.text("placeholder"));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new SourceCell());
        // The triple counts are written in the interface's language ("1.027" in Spanish): drawn again when it changes.
        texts.language().addListener((obs, old, now) -> list.refresh());
        // One height for every row (two lines, 40 px at the theme's 14 px font), so the list never lays out a
        // hidden measuring cell, whose changes made the renderer repaint the whole window (ADR 15).
        list.setStyle("-fx-fixed-cell-size: 2.8572em;");
        list.setPrefHeight(150);
        list.setMinHeight(96);
        return list;
    }

    private HBox statusLine() {
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        // The status takes the line's width and as many lines as its text needs (at 175 % it was cut to one).
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.textProperty().bind(model.statusProperty());
        Button cancel = new Button();
        cancel.setId("cancel-load");
        cancel.textProperty().bind(texts.text("cancel"));
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox line = new HBox(8, status, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Two lines per source: its file name and triple count, then its title (the full location in a tooltip). */
    /** A source: its name, triple count and syntax, and its title below; the controls made once per cell. */
    private final class SourceCell extends ListCell<LoadedSource> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final Label title = new Label();
        private final Tooltip tip = new Tooltip();
        private final VBox box;

        SourceCell() {
            // Fit the list's width without scrolling sideways: the count goes below the name when the panel is
            // narrow; a long title is cut with an ellipsis (the tooltip shows it whole).
            setPrefWidth(0);
            name.getStyleClass().add("text-bold");
            count.getStyleClass().add("text-muted");
            title.getStyleClass().addAll("text-small", "text-muted");
            title.managedProperty().bind(title.visibleProperty());
            name.setMinWidth(Region.USE_PREF_SIZE);
            count.setMinWidth(Region.USE_PREF_SIZE);
            box = new VBox(2, new javafx.scene.layout.FlowPane(8, 0, name, count), title);
        }

        @Override
        protected void updateItem(LoadedSource source, boolean empty) {
            super.updateItem(source, empty);
            if (empty || source == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(source.name());
            count.setText(NumberFormat.getIntegerInstance(model.locale()).format(source.triples())
                    + " · " + source.syntax());
            String shown = source.title(model.locale());
            title.setText(shown);
            title.setVisible(!shown.isEmpty());
            tip.setText(source.location() + (shown.isEmpty() ? "" : "\n" + shown));
            setGraphic(box);
            setTooltip(tip);
        }
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.loadPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList(), LoadMode.ADD);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /**
     * Also shows every load error in a dialog that names the file, line and column (the window does; the banner
     * stays until dismissed). The dialog does not block: loading and the window go on.
     */
    public void reportErrorsInDialogs() {
        model.errorProperty().addListener((obs, old, message) -> {
            if (message == null || message.isEmpty() || getScene() == null) {
                return;
            }
            Alert alert = new Alert(Alert.AlertType.ERROR, message,
                    new ButtonType(texts.get("error.ok"), ButtonBar.ButtonData.OK_DONE));
            // A load that failed only on the parsers' warnings can be loaded anyway from here, as with --lenient.
            ButtonType loadAnyway = new ButtonType(texts.get("load.leniently"), ButtonBar.ButtonData.OTHER);
            if (model.lenientPossibleProperty().get()) {
                alert.getButtonTypes().add(0, loadAnyway);
                alert.setOnHidden(e -> {
                    if (alert.getResult() == loadAnyway) {
                        model.loadLeniently();
                    }
                });
            }
            alert.initOwner(getScene().getWindow());
            alert.setTitle(texts.get("error.title"));
            alert.setHeaderText(texts.get("error.header"));
            alert.getDialogPane().setId("load-error-dialog");
            model.context().dialogs().show(alert);
        });
    }

    /** The loads and databases this view shows. */
    public SourcesViewModel model() {
        return model;
    }

    /** Asks for RDF files and adds them. */
    public void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("chooser.files"));
        chooser.getExtensionFilters().addAll(RdfFileFilters.rdf(texts.get("filter.rdf")),
                new FileChooser.ExtensionFilter(texts.get("filter.all"), "*"));
        List<File> files = model.context().dialogs().chooseFilesToOpen(chooser);
        if (!files.isEmpty()) {
            model.loadPaths(files.stream().map(File::toPath).toList(), LoadMode.ADD);
        }
    }

    /** Asks for RDF files and, once the user confirms, replaces all loaded data with them. */
    public void chooseFilesToReplace() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("chooser.replace"));
        chooser.getExtensionFilters().addAll(RdfFileFilters.rdf(texts.get("filter.rdf")),
                new FileChooser.ExtensionFilter(texts.get("filter.all"), "*"));
        List<File> files = model.context().dialogs().chooseFilesToOpen(chooser);
        if (files.isEmpty()) {
            return;
        }
        // Our own button texts: JavaFX's OK and Cancel follow the JVM's locale, not the interface's language.
        ButtonType replace = new ButtonType(texts.get("replace.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("replace.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (model.context().dialogs().ask(texts.get("replace.header"), texts.get("replace.header"), texts.get("replace.text"),
                List.of(replace, cancel)).filter(replace::equals).isPresent()) {
            model.loadPaths(files.stream().map(File::toPath).toList(), LoadMode.REPLACE);
        }
    }

    /** Asks for a folder and adds the RDF files in it. */
    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.get("chooser.folder"));
        model.context().dialogs().chooseFolder(chooser).ifPresent(folder -> model.loadPaths(List.of(folder.toPath()), LoadMode.ADD));
    }
}
