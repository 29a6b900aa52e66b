package org.kgexplorer.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import org.kgexplorer.core.query.QuestionLibrary;
import org.kgexplorer.core.query.table.RowFilter;
import org.kgexplorer.core.query.table.RowView;
import org.kgexplorer.ui.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The results panel: the answer of the last query as a table (sortable, filterable, copyable), a yes/no, or a
 * chart; with the row count and time, a cancel button while a query runs, and saving of the whole answer.
 * Built from its {@link ResultsViewModel}; the shell calls {@link #focusFilter}, {@link #copySelection} and
 * {@link #save} from its menus.
 */
public final class ResultsView extends BorderPane {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final ResultsViewModel model;
    private final I18n.Texts texts;
    private final ResultsTable table;
    private final ResultsChart chart;
    private final TextField filter = new TextField();
    private final ChoiceBox<Integer> filterColumn = new ChoiceBox<>();
    private final ToggleButton chartToggle = new ToggleButton();
    /** True while the view itself opens or closes the chart for a new answer (not the user's choice). */
    private boolean openingAsAsked;
    /** The answer shown opened as a chart by itself: the next answer that asks for none opens as a table again. */
    private boolean openedAsChart;
    private final CheckMenuItem labelColumns = new CheckMenuItem();
    private final CheckMenuItem provenance = new CheckMenuItem();
    private final VBox askPane;
    private final org.kgexplorer.ui.offline.OfflineCopyCommand copy;
    private Function<ResultsAnswer, Optional<SaveTarget>> saveTarget = this::chooseTarget;

    public ResultsView(ResultsViewModel model) {
        this.model = model;
        this.texts = model.texts();
        this.table = new ResultsTable(model);
        this.chart = new ResultsChart(model);
        this.askPane = askPane();
        this.copy = new org.kgexplorer.ui.offline.OfflineCopyCommand(model.context());
        setId("results-view");
        getStyleClass().add("results-view");
        getStylesheets().add(ResultsView.class.getResource("results.css").toExternalForm());
        setTop(new VBox(6, toolbar(), messages(), staleBar(), capLine()));
        setCenter(content());
        setBottom(statusLine());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                focusFilter();
                e.consume();
            }
        });
    }

    /**
     * The height this panel needs at the width it has: its bars wrap (a horizontal content bias), and the split
     * pane above it asks without a width, which would measure the bars at a width they never have and leave the
     * status line below the part of the panel that shows.
     */
    @Override
    protected double computeMinHeight(double width) {
        return super.computeMinHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
    }

    private org.kgexplorer.ui.CompactBar toolbar() {
        filter.setId("results-filter");
        filter.promptTextProperty().bind(texts.text("filter.prompt"));
        Tooltip filterTip = new Tooltip();
        filterTip.textProperty().bind(texts.text("filter.tip"));
        filter.setTooltip(filterTip);
        filterColumn.setId("results-filter-column");
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> applyFilter());
        filter.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        filter.setOnAction(e -> {
            debounce.stop();
            applyFilter();
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                e.consume();
            }
        });
        filterColumn.valueProperty().addListener((obs, old, now) -> applyFilter());
        FontIcon filterIcon = new FontIcon("mdal-filter_list");
        ProgressIndicator filtering = new ProgressIndicator();
        filtering.setPrefSize(16, 16);
        filtering.visibleProperty().bind(model.arrangingProperty());

        chartToggle.setId("results-chart");
        chartToggle.textProperty().bind(texts.text("action.chart"));
        chartToggle.setGraphic(new FontIcon("mdal-bar_chart"));
        chartToggle.setDisable(true);
        chartToggle.selectedProperty().addListener((obs, old, on) -> {
            if (!openingAsAsked) {
                rememberChoice(on);
            }
            showContent();
        });

        Button asGraph = new Button();
        asGraph.setId("results-as-graph");
        asGraph.textProperty().bind(texts.text("action.asGraph"));
        asGraph.setGraphic(new FontIcon("mdal-bubble_chart"));
        Tooltip graphTip = new Tooltip();
        graphTip.textProperty().bind(texts.text("action.asGraph.tip"));
        asGraph.setTooltip(graphTip);
        asGraph.setOnAction(e -> model.showAsGraph());
        asGraph.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.answerProperty().get().hasTable(), model.answerProperty()));

        // The two ways of saving are Save's own options, in its menu: as check boxes beside it they left the bar
        // too little room for its words at 1440x900 (it went icons-only), and they change nothing on screen.
        labelColumns.setId("save-labels");
        labelColumns.textProperty().bind(texts.text("action.labelColumns"));
        labelColumns.selectedProperty().bindBidirectional(model.labelColumnsProperty());
        labelColumns.setGraphic(new FontIcon("mdal-label"));
        provenance.setId("save-provenance");
        provenance.textProperty().bind(texts.text("action.provenance"));
        provenance.selectedProperty().bindBidirectional(model.provenanceProperty());
        provenance.setGraphic(new FontIcon("mdal-fingerprint"));
        SplitMenuButton save = new SplitMenuButton(labelColumns, provenance);
        save.setId("save-results");
        save.textProperty().bind(texts.text("action.save"));
        save.setGraphic(new FontIcon("mdmz-save_alt"));
        save.setOnAction(e -> save());
        save.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.answerProperty().get().kind() == ResultsAnswer.Kind.NONE || model.savingProperty().get(),
                model.answerProperty(), model.savingProperty()));
        // the tooltip says which options are on, as the menu is closed
        Tooltip saveTip = new Tooltip();
        saveTip.textProperty().bind(Bindings.createStringBinding(() -> texts.get("action.save.tip")
                        + (labelColumns.isSelected() ? "\n" + texts.get("action.labelColumns.on") : "")
                        + (provenance.isSelected() ? "\n" + texts.get("action.provenance.on") : ""),
                labelColumns.selectedProperty(), provenance.selectedProperty(), texts.language()));
        save.setTooltip(saveTip);

        chartToggle.setTooltip(tooltip("action.chart.tip"));
        for (Region fixed : List.of(chartToggle, asGraph, save)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The filter gives up width first, down to its whole prompt ("Filtrar filas…"); then the column's choice,
        // down to a few letters of its column, whose tooltip names it whole.
        filter.setStyle("-fx-min-width: 9em;");
        filtering.managedProperty().bind(filtering.visibleProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        filterColumn.setStyle("-fx-min-width: 7em;");
        Tooltip columnTip = new Tooltip();
        columnTip.textProperty().bind(Bindings.createStringBinding(() -> texts.get("filter.column.tip",
                filterColumn.getConverter() == null ? "" : filterColumn.getConverter().toString(filterColumn.getValue())),
                filterColumn.valueProperty(), filterColumn.converterProperty(), texts.language()));
        filterColumn.setTooltip(columnTip);
        HBox find = new org.kgexplorer.ui.ShrinkInOrderBox(8, List.of(filter, filterColumn),
                filterIcon, filter, filterColumn, filtering);
        find.setAlignment(Pos.CENTER_LEFT);
        // One line always: on a narrow window (1024 px in Spanish, a projector's zoom) the actions show their icons
        // only, their tooltips say the words. Wrapped onto a second line they took a table row's height and more.
        Button copyLocal = copy.button("results-copy-local");
        copyLocal.setOnAction(e -> {
            ResultsAnswer shown = model.answerProperty().get();
            if (shown.kind() == ResultsAnswer.Kind.GRAPH) {
                copy.copyAnswer(shown.table(), shown.query());
            }
        });
        // offered for a CONSTRUCT or DESCRIBE answer of an endpoint only; it takes no room otherwise
        copyLocal.visibleProperty().bind(copy.model().remoteProperty().and(Bindings.createBooleanBinding(
                () -> model.answerProperty().get().kind() == ResultsAnswer.Kind.GRAPH, model.answerProperty())));
        copyLocal.managedProperty().bind(copyLocal.visibleProperty());
        copyLocal.disableProperty().bind(copy.model().copyingProperty());
        copyLocal.setMinWidth(Region.USE_PREF_SIZE);
        org.kgexplorer.ui.CompactBar bar = new org.kgexplorer.ui.CompactBar(8, find, chartToggle, asGraph, save, copyLocal);
        bar.setId("results-toolbar");
        model.answerProperty().addListener((obs, old, now) -> answerChanged(old, now));
        // A new converter redraws the choice: "All columns" follows the language.
        texts.language().addListener((obs, old, now) -> filterColumn.setConverter(columnNames(model.answerProperty().get())));
        answerChanged(null, model.answerProperty().get());
        return bar;
    }

    private HBox messages() {
        Label error = new Label();
        error.setId("results-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        Button dismiss = new Button();
        dismiss.textProperty().bind(texts.text("action.dismiss"));
        dismiss.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        dismiss.setOnAction(e -> model.dismissError());
        HBox box = new HBox(10, new FontIcon("mdal-error_outline"), error, dismiss);
        HBox.setHgrow(error, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.setStyle("-fx-background-color: -color-danger-subtle; -fx-background-radius: 6;");
        box.visibleProperty().bind(model.errorProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * Says, when the answer has more rows than the table keeps, how many it shows and that Save writes them all; for
     * a streamed answer with more rows on the server, offers to load the next page of it.
     */
    private HBox capLine() {
        Label cap = new Label();
        cap.setId("results-cap");
        cap.setWrapText(true);
        cap.getStyleClass().add(Styles.TEXT_MUTED);
        cap.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ResultsAnswer a = model.answerProperty().get();
            if (a.hasTable() && model.moreProperty().get()) {
                return texts.get("status.more", a.table().rowCount());
            }
            return a.hasTable() && a.table().truncated()
                    ? texts.get("status.cap", a.table().rowCount(), a.table().totalRows()) : "";
        }, model.answerProperty(), model.moreProperty(), texts.text("status.cap")));
        Button more = new Button();
        more.setId("results-load-more");
        more.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> texts.get("action.loadMore", model.pageSizeProperty().get()),
                model.pageSizeProperty(), texts.text("action.loadMore")));
        more.setGraphic(new FontIcon("mdal-expand_more"));
        more.getStyleClass().add(Styles.SMALL);
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setTooltip(tooltip("action.loadMore.tip"));
        more.setOnAction(e -> model.loadMore());
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(model.busyProperty());
        cap.visibleProperty().bind(cap.textProperty().isNotEmpty());
        HBox line = new HBox(10, cap, more);
        HBox.setHgrow(cap, Priority.ALWAYS);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(cap.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** Says that the data changed since this answer was computed, with a button to run the query again. */
    private HBox staleBar() {
        Label text = new Label();
        text.setId("results-stale");
        text.setWrapText(true);
        text.textProperty().bind(texts.text("stale.text"));
        Button again = new Button();
        again.setId("results-run-again");
        again.textProperty().bind(texts.text("stale.runAgain"));
        again.setGraphic(new FontIcon("mdmz-refresh"));
        again.getStyleClass().add(Styles.SMALL);
        again.setMinWidth(Region.USE_PREF_SIZE);
        again.setOnAction(e -> model.runAgain());
        again.disableProperty().bind(model.busyProperty());
        FontIcon icon = new FontIcon("mdal-info");
        icon.getStyleClass().add(Styles.WARNING);
        HBox box = new HBox(10, icon, text, again);
        HBox.setHgrow(text, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.setStyle("-fx-background-color: -color-warning-subtle; -fx-background-radius: 6;");
        box.visibleProperty().bind(model.staleProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private StackPane content() {
        Label placeholder = new Label();
        placeholder.setId("results-placeholder");
        placeholder.textProperty().bind(texts.text("status.none"));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane stack = new StackPane(placeholder, table.node(), askPane, chart);
        stack.setPadding(new Insets(8, 0, 0, 0));
        // Only what shows takes room: a hidden yes/no pane or chart must not make the panel taller than its table
        // needs (at 175 % their minimum heights pushed the status line below the panel's bottom edge).
        for (javafx.scene.Node shown : stack.getChildren()) {
            shown.managedProperty().bind(shown.visibleProperty());
        }
        model.answerProperty().addListener((obs, old, now) -> showContent());
        placeholder.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.answerProperty().get().kind() == ResultsAnswer.Kind.NONE, model.answerProperty()));
        showContent();
        return stack;
    }

    private VBox askPane() {
        Label answer = new Label();
        answer.setId("ask-answer");
        answer.setStyle("-fx-font-size: 4em; -fx-font-weight: bold;");
        FontIcon icon = new FontIcon();
        icon.getStyleClass().add("large-icon");
        Label caption = new Label();
        caption.textProperty().bind(texts.text("ask.caption"));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable update = () -> {
            boolean yes = model.answerProperty().get().yes();
            answer.textProperty().bind(texts.text(yes ? "ask.yes" : "ask.no"));
            answer.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            answer.getStyleClass().add(yes ? Styles.SUCCESS : Styles.DANGER);
            icon.setIconLiteral(yes ? "mdal-check_circle" : "mdal-cancel");
            icon.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            icon.getStyleClass().add(yes ? Styles.SUCCESS : Styles.DANGER);
        };
        model.answerProperty().addListener((obs, old, now) -> update.run());
        update.run();
        HBox line = new HBox(16, icon, answer);
        line.setAlignment(Pos.CENTER);
        VBox pane = new VBox(8, line, caption);
        pane.setAlignment(Pos.CENTER);
        pane.setId("ask-pane");
        pane.getStyleClass().add("ask-pane");
        return pane;
    }

    private HBox statusLine() {
        Label status = new Label();
        status.setId("results-status");
        status.textProperty().bind(model.statusProperty());
        Label notice = new Label();
        notice.setId("results-notice");
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        notice.textProperty().bind(model.noticeProperty());
        ProgressIndicator running = new ProgressIndicator();
        running.setPrefSize(18, 18);
        running.visibleProperty().bind(model.busyProperty().or(model.savingProperty()));
        running.managedProperty().bind(running.visibleProperty());
        Button cancel = new Button();
        cancel.setId("results-cancel");
        cancel.textProperty().bind(texts.text("action.cancel"));
        cancel.setGraphic(new FontIcon("mdal-close"));
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label copied = new Label();
        copied.setId("results-copy-notice");
        copied.setWrapText(true);
        copied.textProperty().bind(Bindings.when(copy.model().errorProperty().isEmpty())
                .then(copy.model().noticeProperty()).otherwise(copy.model().errorProperty()));
        copied.visibleProperty().bind(copied.textProperty().isNotEmpty());
        copied.managedProperty().bind(copied.visibleProperty());
        HBox line = new HBox(10, running, status, spacer, copied, notice, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(6, 0, 0, 0));
        return line;
    }

    private Tooltip tooltip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(texts.text(key));
        return tip;
    }

    /** "All columns" in the interface language now, then the answer's variables. */
    private StringConverter<Integer> columnNames(ResultsAnswer answer) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer column) {
                // the choice box may still hold a column of the answer before, which can be wider
                return column == null || column == RowFilter.ALL_COLUMNS || !answer.hasTable()
                        || column >= answer.table().columnCount()
                        ? texts.get("filter.allColumns") : answer.table().variables().get(column);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
    }

    private void answerChanged(ResultsAnswer old, ResultsAnswer now) {
        chartToggle.setDisable(!now.chartable());
        if (!now.chartable()) {
            chartToggle.setSelected(false);
        }
        if (old != null && old.hasTable() && now.hasTable() && old.table().sharesValuesWith(now.table())) {
            return;
        }
        List<Integer> choices = new ArrayList<>();
        choices.add(RowFilter.ALL_COLUMNS);
        if (now.hasTable()) {
            for (int c = 0; c < now.table().columnCount(); c++) {
                choices.add(c);
            }
        }
        openAsAsked(now);
        filterColumn.setConverter(columnNames(now));
        filterColumn.setItems(FXCollections.observableArrayList(choices));
        filterColumn.setValue(RowFilter.ALL_COLUMNS);
        filter.clear();
        boolean hasTable = now.hasTable();
        filter.setDisable(!hasTable);
        filterColumn.setDisable(!hasTable);
    }

    /**
     * A library question made to be seen as a chart ({@code # chart: bar} in its header) opens as one by itself,
     * unless the user chose the table for it before during this session; the next answer that asks for no chart
     * opens as a table again if the chart was opened this way (a chart the user opened stays open, as before).
     */
    private void openAsAsked(ResultsAnswer now) {
        String query = now.query() == null ? "" : now.query();
        String kind = now.chartable() ? QuestionLibrary.chartOf(query) : null;
        boolean wanted = kind != null && !model.tableChosenFor(QuestionLibrary.titleOf(query));
        if (kind != null || openedAsChart) {
            openingAsAsked = true;
            try {
                if (wanted) {
                    chart.showAs(kind);
                }
                chartToggle.setSelected(wanted);
            } finally {
                openingAsAsked = false;
            }
        }
        openedAsChart = wanted;
    }

    /** The user switched between chart and table: for a chart question, remembered for the session. */
    private void rememberChoice(boolean chartShown) {
        ResultsAnswer shown = model.answerProperty().get();
        String query = shown == null || shown.query() == null ? "" : shown.query();
        if (QuestionLibrary.chartOf(query) != null) {
            model.chooseTable(QuestionLibrary.titleOf(query), !chartShown);
        }
    }

    private void applyFilter() {
        Integer column = filterColumn.getValue();
        model.filter(filter.getText(), column == null ? RowFilter.ALL_COLUMNS : column);
    }

    private void showContent() {
        ResultsAnswer answer = model.answerProperty().get();
        boolean showChart = chartToggle.isSelected() && answer.chartable();
        table.node().setVisible(answer.hasTable() && !showChart);
        chart.setVisible(showChart);
        askPane.setVisible(answer.kind() == ResultsAnswer.Kind.ASK);
    }

    /**
     * The height this view would need to show the table's first {@code rows} rows whole (at most as many as it
     * has), with what it shows above and below the table as it is now; its present height when the table is not
     * shown or not laid out yet. The window gives an answer that room when it arrives (MainWindow).
     */
    public double heightToShow(int rows) {
        javafx.scene.control.TableView<Integer> t = table.node();
        javafx.scene.Node flow = t.lookup(".virtual-flow");
        javafx.scene.Node row = t.lookup(".table-row-cell");
        int wanted = Math.min(rows, t.getItems().size());
        if (!t.isVisible() || !(flow instanceof javafx.scene.layout.Region f) || !(row instanceof javafx.scene.layout.Region r)
                || r.getHeight() <= 0 || wanted <= 0) {
            return getHeight();
        }
        double viewport = f.getHeight();
        for (javafx.scene.Node bar : f.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar b && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && b.isVisible()) {
                viewport -= b.getHeight();
            }
        }
        return getHeight() + Math.max(0, wanted * r.getHeight() - Math.max(0, viewport)) + 1;
    }

    /** Puts the keyboard in the filter box (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** Copies the selected cells as tab-separated text (Ctrl+C). */
    public void copySelection() {
        table.copySelection();
    }

    /**
     * Saves the answer, in the order shown, where the save target says: the native file chooser unless
     * {@link #setSaveTarget} gave another (the File menu's Save results and the Save button both come here). While
     * a filter hides rows, it first asks whether to save all the rows or only those shown.
     */
    public void save() {
        ResultsAnswer answer = model.answerProperty().get();
        if (answer.kind() == ResultsAnswer.Kind.NONE) {
            return;
        }
        Optional<Boolean> onlyShown = Optional.of(false);
        RowView shown = model.viewProperty().get();
        if (answer.hasTable() && shown != null && shown.size() < answer.table().rowCount()) {
            onlyShown = SaveRowsChoice.ask(texts, answer.table().totalRows(), shown.size(), model.context().dialogs());
        }
        onlyShown.ifPresent(only -> saveTarget.apply(answer).ifPresent(
                t -> model.saveResults(t.file(), t.format(), model.labelColumnsProperty().get(), only)));
    }

    /** Where {@link #save} saves (null: ask with the native file chooser again); tests give a file here. */
    public void setSaveTarget(Function<ResultsAnswer, Optional<SaveTarget>> target) {
        this.saveTarget = target != null ? target : this::chooseTarget;
    }

    private Optional<SaveTarget> chooseTarget(ResultsAnswer answer) {
        return SaveTarget.choose(answer, texts, model.context().dialogs());
    }

    public ResultsViewModel model() {
        return model;
    }

    /** "Copy to local…" of a CONSTRUCT or DESCRIBE answer (tests answer its dialog). */
    public org.kgexplorer.ui.offline.OfflineCopyCommand copyToLocalCommand() {
        return copy;
    }
}
