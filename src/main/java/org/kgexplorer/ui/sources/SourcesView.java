package org.kgexplorer.ui.sources;

import java.io.File;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.LoadedSource;

/** The loaded sources with their triple counts, with buttons to add files and a status bar for the load. */
public final class SourcesView extends BorderPane {
    private final SourcesViewModel model;

    public SourcesView(SourcesViewModel model) {
        this.model = model;
        getStyleClass().add("sources-view");
        setTop(header());
        setCenter(table());
        setBottom(statusBar());
        acceptDroppedFiles();
    }

    private VBox header() {
        Label title = new Label("Loaded data");
        title.getStyleClass().add("title-3");
        Label total = new Label();
        total.setId("total-triples");
        total.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.sources().size();
            return n + (n == 1 ? " source, " : " sources, ") + count(model.totalTriplesProperty().get())
                    + " distinct triples";
        }, model.sources(), model.totalTriplesProperty()));
        total.getStyleClass().add("text-muted");

        Button addFiles = new Button("Add files…");
        addFiles.setId("add-files");
        addFiles.setOnAction(e -> chooseFiles());
        Button addFolder = new Button("Add folder…");
        addFolder.setId("add-folder");
        addFolder.setOnAction(e -> chooseFolder());
        addFiles.disableProperty().bind(model.busyProperty());
        addFolder.disableProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, new VBox(2, title, total), spacer, addFiles, addFolder);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("load-error");
        error.setWrapText(true);
        error.getStyleClass().addAll("load-error", "danger");
        error.textProperty().bind(model.errorProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(e -> model.dismissError());
        HBox errorBar = new HBox(12, error, dismiss);
        HBox.setHgrow(error, Priority.ALWAYS);
        errorBar.setAlignment(Pos.CENTER_LEFT);
        errorBar.setPadding(new Insets(8, 12, 8, 12));
        errorBar.setStyle("-fx-background-color: -color-danger-subtle; -fx-background-radius: 6;");
        errorBar.visibleProperty().bind(model.errorProperty().isNotEmpty());
        errorBar.managedProperty().bind(errorBar.visibleProperty());

        VBox top = new VBox(10, titleRow, errorBar);
        top.setPadding(new Insets(16, 16, 10, 16));
        return top;
    }

    private TableView<LoadedSource> table() {
        TableView<LoadedSource> table = new TableView<>(model.sources());
        table.setId("sources-table");
        table.setPlaceholder(new Label("No data loaded yet. Add RDF files or drop them here."));
        TableColumn<LoadedSource, String> name = column("Source", LoadedSource::name, 130);
        TableColumn<LoadedSource, String> title = column("Title", LoadedSource::title, 470);
        TableColumn<LoadedSource, String> syntax = column("Syntax", LoadedSource::syntax, 90);
        TableColumn<LoadedSource, Long> triples = new TableColumn<>("Triples");
        triples.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().triples()));
        triples.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : count(value));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        triples.setPrefWidth(90);
        TableColumn<LoadedSource, String> location = column("Location", LoadedSource::location, 360);
        location.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setTooltip(empty || value == null ? null : new Tooltip(value));
            }
        });
        table.getColumns().addAll(List.of(name, title, syntax, triples, location));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        BorderPane.setMargin(table, new Insets(0, 16, 0, 16));
        return table;
    }

    private static TableColumn<LoadedSource, String> column(String title, java.util.function.Function<LoadedSource, String> value,
                                                            double width) {
        TableColumn<LoadedSource, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(180);
        bar.progressProperty().bind(Bindings.when(model.progressProperty().greaterThan(0))
                .then(model.progressProperty()).otherwise(ProgressBar.INDETERMINATE_PROGRESS));
        bar.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-load");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(10, status, spacer, bar, cancel);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 16, 8, 16));
        bottom.getStyleClass().add("status-bar");
        return bottom;
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !model.busyProperty().get()) {
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

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add RDF files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("RDF files", "*.ttl", "*.nt", "*.nq", "*.trig", "*.rdf", "*.owl",
                        "*.xml", "*.jsonld", "*.ttl.gz", "*.nt.gz", "*.nq.gz", "*.trig.gz", "*.rdf.gz", "*.jsonld.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            model.loadPaths(files.stream().map(File::toPath).toList(), LoadMode.ADD);
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add a folder of RDF files");
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            model.loadPaths(List.of(folder.toPath()), LoadMode.ADD);
        }
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.getDefault()).format(n);
    }
}
