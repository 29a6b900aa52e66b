package org.kgexplorer.ui.explain;

import java.util.LinkedHashSet;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kgexplorer.core.explain.ExplainedFact;
import org.kgexplorer.core.explain.Matrix;
import org.kgexplorer.core.explore.Term;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The matrix view: the row and column classes (combo boxes), Swap and Export CSV in a bar that wraps, the matrix as
 * a table (a row per row entity, a column per column entity, each cell naming the properties that link them), and
 * below it the chosen cell's facts with their evidence.
 */
public final class MatrixView extends BorderPane {
    private static final double CELL_WIDTH = 140;
    /** Lines of a column's name shown in its header (the whole name is in its tooltip). */
    private static final int HEADER_LINES = 4;
    private final MatrixViewModel model;
    private final I18n.Texts texts;
    private final TableView<Term> table = new TableView<>();

    public MatrixView(MatrixViewModel model) {
        this.model = model;
        this.texts = model.texts();
        setId("matrix-view");
        getStylesheets().add(MatrixView.class.getResource("explain.css").toExternalForm());
        ComboBox<Term> rows = classChoice("matrix-rows");
        rows.valueProperty().bindBidirectional(model.rowClassProperty());
        ComboBox<Term> columns = classChoice("matrix-columns");
        columns.valueProperty().bindBidirectional(model.columnClassProperty());
        Button swap = new Button();
        swap.setId("matrix-swap");
        swap.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdmz-swap_horiz"));
        swap.setTooltip(new Tooltip());
        swap.getTooltip().textProperty().bind(texts.text("matrix.swap"));
        swap.setOnAction(e -> model.swap());
        swap.disableProperty().bind(model.busyProperty());
        Button export = new Button();
        export.setId("matrix-export");
        export.textProperty().bind(texts.text("matrix.export"));
        export.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdmz-save_alt"));
        export.setMinWidth(USE_PREF_SIZE);
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(e -> model.export());
        FlowPane bar = new FlowPane(8, 4, labelled("matrix.rowsLabel", rows), swap, labelled("matrix.columnsLabel", columns),
                export);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("matrix-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        VBox top = new VBox(4, bar, status);
        top.setPadding(new Insets(4, 6, 4, 6));

        table.setId("matrix-table");
        table.getStyleClass().add("matrix-table");
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        Label empty = new Label();
        empty.textProperty().bind(texts.text("matrix.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<TablePosition>) c -> cellChosen());
        model.resultProperty().addListener((obs, old, now) -> fill());
        model.context().labelModeProperty().addListener((obs, old, now) -> fill());
        FactList facts = new FactList(model.context(), texts, model.facts(), "matrix.noCell");
        facts.setId("matrix-facts");
        SplitPane split = new SplitPane(table, facts);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        setTop(top);
        setCenter(split);
    }

    private ComboBox<Term> classChoice(String id) {
        ComboBox<Term> box = new ComboBox<>(model.classes());
        box.setId(id);
        box.setPrefWidth(170);
        box.setMinWidth(120);
        box.setVisibleRowCount(14);
        box.setCellFactory(l -> new ClassCell());
        box.setButtonCell(new ClassCell());
        box.disableProperty().bind(model.busyProperty());
        model.context().labelModeProperty().addListener((obs, old, now) -> {
            box.setButtonCell(new ClassCell());
        });
        return box;
    }

    private HBox labelled(String key, ComboBox<Term> box) {
        Label label = new Label();
        label.textProperty().bind(texts.text(key));
        label.setMinWidth(USE_PREF_SIZE);
        label.setLabelFor(box);
        HBox pair = new HBox(4, label, box);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private final class ClassCell extends ListCell<Term> {
        @Override
        protected void updateItem(Term t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? null : t.label(model.context().labelModeProperty().get()));
        }
    }

    /** Builds the table's columns and rows from the matrix shown. */
    private void fill() {
        Matrix.Result m = model.resultProperty().get();
        table.getColumns().clear();
        table.getItems().clear();
        if (m == null) {
            return;
        }
        LabelMode mode = model.context().labelModeProperty().get();
        TableColumn<Term, String> names = new TableColumn<>();
        Label corner = new Label(m.rowClass().label(mode) + " \\ " + m.columnClass().label(mode));
        corner.setMinWidth(USE_PREF_SIZE);
        names.setGraphic(corner);
        names.setPrefWidth(200);
        // the names' column keeps the corner's "rows \ columns" whole at any scale ("actor \ ..." at 175 %)
        names.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> corner.prefWidth(-1) + 24, corner.fontProperty(), corner.textProperty()));
        names.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().label(mode)));
        names.setSortable(false);
        table.getColumns().add(names);
        for (Term column : m.columns()) {
            TableColumn<Term, Matrix.Cell> c = new TableColumn<>();
            Label header = new Label(column.label(mode));
            header.setWrapText(true);
            header.setTextOverrun(javafx.scene.control.OverrunStyle.WORD_ELLIPSIS);
            header.setMinWidth(0);
            header.setPrefWidth(CELL_WIDTH - 14);
            header.setMaxWidth(CELL_WIDTH - 14);
            // At most four lines: the font's line height times four, as the interface is scaled.
            header.maxHeightProperty().bind(header.fontProperty().map(f -> f.getSize() * 1.35 * HEADER_LINES));
            header.setTooltip(new Tooltip(column.label(mode)));
            c.setGraphic(header);
            c.setUserData(column);
            c.setPrefWidth(CELL_WIDTH);
            c.setSortable(false);
            c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(m.cell(r.getValue().key(), column.key())));
            c.setCellFactory(col -> new LinkCell());
            table.getColumns().add(c);
        }
        table.getItems().setAll(m.rows());
    }

    private void cellChosen() {
        Matrix.Result m = model.resultProperty().get();
        if (m == null || table.getSelectionModel().getSelectedCells().isEmpty()) {
            model.selectedProperty().set(null);
            return;
        }
        TablePosition<?, ?> p = table.getSelectionModel().getSelectedCells().get(0);
        if (p.getTableColumn() == null || !(p.getTableColumn().getUserData() instanceof Term column) || p.getRow() < 0
                || p.getRow() >= table.getItems().size()) {
            model.selectedProperty().set(null);
            return;
        }
        model.selectedProperty().set(m.cell(table.getItems().get(p.getRow()).key(), column.key()));
    }

    /** The view model (for the window's wiring and tests). */
    public MatrixViewModel model() {
        return model;
    }

    /** The table (for tests). */
    TableView<Term> table() {
        return table;
    }

    private final class LinkCell extends TableCell<Term, Matrix.Cell> {
        @Override
        protected void updateItem(Matrix.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().remove("matrix-linked");
            if (empty || cell == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            LabelMode mode = model.context().labelModeProperty().get();
            Set<String> properties = new LinkedHashSet<>();
            for (ExplainedFact f : cell.facts()) {
                properties.add(f.predicate().label(mode));
            }
            String text = String.join(", ", properties);
            setText(text);
            getStyleClass().add("matrix-linked");
            setTooltip(new Tooltip(cell.row().label(mode) + " — " + text + " — " + cell.column().label(mode)));
        }
    }
}
