package org.kgexplorer.ui.results;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.MouseButton;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.query.table.RowView;
import org.kgexplorer.core.query.table.SortColumn;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The virtualised table of the results. Its items are row indexes into the model's table; a header click asks
 * the model to sort (off the JavaFX thread, on precomputed keys) instead of letting TableView compare cells,
 * which took 12 s for 100,000 rows here. The header still shows the arrow of the model's sort.
 */
final class ResultsTable {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ResultsViewModel model;
    private final I18n.Texts texts;
    private final TableView<Integer> table = new TableView<>();
    private boolean showingModelSort;
    private boolean selectingRows;

    ResultsTable(ResultsViewModel model) {
        this.model = model;
        this.texts = model.texts();
        table.setId("results-table");
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setTableMenuButtonVisible(false);
        Label empty = new Label();
        empty.textProperty().bind(texts.text("table.empty"));
        table.setPlaceholder(empty);
        table.setSortPolicy(t -> {
            if (!showingModelSort) {
                model.sortBy(sortColumns());
            }
            return true;
        });
        model.answerProperty().addListener((obs, old, now) -> showAnswer(old, now));
        model.viewProperty().addListener((obs, old, view) -> showRows(view));
        model.sortProperty().addListener((obs, old, sort) -> showSort(sort));
        table.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<TablePosition>) change -> {
                    if (!selectingRows) {
                        selectFocusedEntity();
                    }
                    model.rowsSelected(selectedAnswerRows());
                });
        model.rowsToSelectProperty().addListener((obs, old, rows) -> selectAnswerRows(rows));
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                openFocused();
                e.consume();
            }
        });
        table.setContextMenu(contextMenu());
        showAnswer(null, model.answerProperty().get());
    }

    TableView<Integer> node() {
        return table;
    }

    private ResultTable current() {
        return model.answerProperty().get().table();
    }

    private void showAnswer(ResultsAnswer old, ResultsAnswer now) {
        if (old != null && old.hasTable() && now.hasTable() && old.table().sharesValuesWith(now.table())) {
            // rows that arrived come with the view; only new labels redraw the cells shown
            if (!old.table().sameLabelsAs(now.table())) {
                table.refresh();
            }
            return;
        }
        showingModelSort = true;
        table.getSortOrder().clear();
        table.getColumns().clear();
        if (now.hasTable()) {
            ResultTable t = now.table();
            List<TableColumn<Integer, Integer>> columns = new ArrayList<>();
            for (int c = 0; c < t.columnCount(); c++) {
                columns.add(column(t, c));
            }
            table.getColumns().setAll(columns);
        }
        showingModelSort = false;
        showRows(model.viewProperty().get());
    }

    private TableColumn<Integer, Integer> column(ResultTable t, int c) {
        TableColumn<Integer, Integer> column = new TableColumn<>(t.variables().get(c));
        column.setUserData(c);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(col -> {
            ResultCell cell = new ResultCell(c, this::current, texts);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    open(cell.node());
                }
            });
            return cell;
        });
        int longest = t.variables().get(c).length() + 2;
        for (int r = 0; r < Math.min(200, t.rowCount()); r++) {
            longest = Math.max(longest, t.label(r, c).length());
        }
        column.setPrefWidth(Math.max(90, Math.min(320, longest * 7.5 + 24)));
        return column;
    }

    private void showRows(RowView view) {
        if (view != null && table.getItems() instanceof RowIndexList shown && shown.extend(view)) {
            return;
        }
        showingModelSort = true;
        // TableView forgets its sort order when its items change; the header must keep showing the model's sort.
        List<TableColumn<Integer, ?>> sortOrder = new ArrayList<>(table.getSortOrder());
        table.setItems(view == null ? FXCollections.observableArrayList() : new RowIndexList(view));
        table.getSortOrder().setAll(sortOrder);
        showingModelSort = false;
    }

    private List<SortColumn> sortColumns() {
        List<SortColumn> sort = new ArrayList<>();
        for (TableColumn<Integer, ?> column : table.getSortOrder()) {
            sort.add(new SortColumn((Integer) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING));
        }
        return sort;
    }

    /** Shows the model's sort in the headers (after a new answer, or a sort from the context menu). */
    private void showSort(List<SortColumn> sort) {
        if (sort.equals(sortColumns())) {
            return;
        }
        showingModelSort = true;
        List<TableColumn<Integer, ?>> order = new ArrayList<>();
        for (SortColumn s : sort) {
            TableColumn<Integer, ?> column = table.getColumns().get(s.column());
            column.setSortType(s.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            order.add(column);
        }
        table.getSortOrder().setAll(order);
        showingModelSort = false;
    }

    private TablePosition<Integer, ?> focused() {
        TablePosition<Integer, ?> position = table.getFocusModel().getFocusedCell();
        return position == null || position.getRow() < 0 || position.getTableColumn() == null ? null : position;
    }

    private Node focusedNode() {
        TablePosition<Integer, ?> position = focused();
        ResultTable t = current();
        if (position == null || t == null || position.getRow() >= table.getItems().size()) {
            return null;
        }
        return t.node(table.getItems().get(position.getRow()), (Integer) position.getTableColumn().getUserData());
    }

    /** The answer rows under the selected cells, ascending. */
    private int[] selectedAnswerRows() {
        return table.getSelectionModel().getSelectedCells().stream().mapToInt(TablePosition::getRow).distinct()
                .filter(r -> r >= 0 && r < table.getItems().size()).map(r -> table.getItems().get(r)).sorted().toArray();
    }

    /** Selects the rows showing these answer rows (where the filter lets them show) and scrolls to the first. */
    private void selectAnswerRows(int[] rows) {
        java.util.Set<Integer> wanted = new java.util.HashSet<>();
        for (int r : rows) {
            wanted.add(r);
        }
        selectingRows = true;
        try {
            table.getSelectionModel().clearSelection();
            int first = -1;
            for (int position = 0; position < table.getItems().size() && !wanted.isEmpty(); position++) {
                if (wanted.remove(table.getItems().get(position))) {
                    // Cell by cell: selecting a whole row at once in cell-selection mode throws inside TableView's
                    // behaviour (its added-cells sublist is computed from the wrong indices).
                    for (TableColumn<Integer, ?> column : table.getVisibleLeafColumns()) {
                        table.getSelectionModel().select(position, column);
                    }
                    first = first < 0 ? position : first;
                }
            }
            if (first >= 0) {
                table.scrollTo(Math.max(0, first - 2));
            }
        } finally {
            selectingRows = false;
        }
    }

    private void selectFocusedEntity() {
        if (table.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        Node node = focusedNode();
        if (node != null && node.isURI()) {
            model.select(node.getURI());
        }
    }

    private void openFocused() {
        open(focusedNode());
    }

    private void open(Node node) {
        if (node != null && node.isURI()) {
            model.open(node.getURI());
        }
    }

    /** Copies the selected cells as tab-separated labels. */
    void copySelection() {
        ResultTable t = current();
        if (t == null || table.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        List<int[]> cells = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            if (p.getTableColumn() != null && p.getRow() >= 0 && p.getRow() < table.getItems().size()) {
                cells.add(new int[] {p.getRow(), table.getItems().get(p.getRow()), (Integer) p.getTableColumn().getUserData()});
            }
        }
        copy(CellsAsText.tsv(t, cells));
    }

    private void copyRows() {
        ResultTable t = current();
        if (t == null) {
            return;
        }
        List<Integer> rows = new ArrayList<>();
        table.getSelectionModel().getSelectedCells().stream().map(TablePosition::getRow).distinct().sorted()
                .filter(r -> r >= 0 && r < table.getItems().size()).forEach(r -> rows.add(table.getItems().get(r)));
        copy(CellsAsText.rows(t, rows));
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private ContextMenu contextMenu() {
        MenuItem copyCell = item("copy-cell", "action.copyCell", this::copySelection);
        MenuItem copyRows = item("copy-rows", "action.copyRows", this::copyRows);
        MenuItem copyIri = item("copy-iri", "action.copyIri", () -> copy(CellsAsText.value(focusedNode())));
        MenuItem open = item("open-entity", "action.open", this::openFocused);
        MenuItem ascending = item("sort-ascending", "action.sortAscending", () -> sortFocused(true));
        MenuItem descending = item("sort-descending", "action.sortDescending", () -> sortFocused(false));
        MenuItem queryOrder = item("query-order", "action.queryOrder", () -> model.sortBy(List.of()));
        copyCell.setAccelerator(COPY);
        ContextMenu menu = new ContextMenu(copyCell, copyRows, copyIri, new SeparatorMenuItem(), open,
                new SeparatorMenuItem(), ascending, descending, queryOrder);
        menu.setOnShowing(e -> {
            Node node = focusedNode();
            boolean any = !table.getSelectionModel().getSelectedCells().isEmpty();
            copyCell.setDisable(!any);
            copyRows.setDisable(!any);
            copyIri.setDisable(node == null);
            open.setDisable(node == null || !node.isURI());
            ascending.setDisable(focused() == null);
            descending.setDisable(focused() == null);
        });
        return menu;
    }

    private void sortFocused(boolean ascending) {
        TablePosition<Integer, ?> position = focused();
        if (position != null) {
            model.sortBy(List.of(new SortColumn((Integer) position.getTableColumn().getUserData(), ascending)));
        }
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(texts.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
