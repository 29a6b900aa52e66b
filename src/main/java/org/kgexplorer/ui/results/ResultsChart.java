package org.kgexplorer.ui.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import org.apache.jena.graph.Node;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.query.table.RowView;
import org.kgexplorer.core.query.table.ValueKind;
import org.kgexplorer.ui.i18n.I18n;

/**
 * A bar or pie chart of the answer: one category column (shown by label) against one numeric column, chosen
 * automatically (the first of each) and changeable. It follows the table's sort and filter and shows its
 * first {@value #MAX_ITEMS} rows: more bars than that cannot be read.
 */
final class ResultsChart extends BorderPane {
    static final int MAX_ITEMS = 40;
    /** The characters of a category's name shown on the axis and in the legend. */
    static final int SHORT_NAME = 18;
    /** The chart's least height, in em of the interface's text. */
    private static final double MIN_CHART_EM = 20;

    private final ResultsViewModel model;
    private final I18n.Texts texts;
    private final ChoiceBox<Integer> category = new ChoiceBox<>();
    private final ChoiceBox<Integer> value = new ChoiceBox<>();
    private final ToggleButton bar = new ToggleButton();
    private final ToggleButton pie = new ToggleButton();
    private final Label note = new Label();
    private boolean choosing;

    ResultsChart(ResultsViewModel model) {
        this.model = model;
        this.texts = model.texts();
        setId("results-chart-pane");
        category.setId("chart-category");
        value.setId("chart-value");
        bar.setId("chart-bar");
        pie.setId("chart-pie");
        bar.textProperty().bind(texts.text("chart.bar"));
        pie.textProperty().bind(texts.text("chart.pie"));
        ToggleGroup kind = new ToggleGroup();
        bar.setToggleGroup(kind);
        pie.setToggleGroup(kind);
        bar.setSelected(true);
        bar.getStyleClass().add(Styles.LEFT_PILL);
        pie.getStyleClass().add(Styles.RIGHT_PILL);
        kind.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                refresh();
            }
        });
        Label categoryLabel = new Label();
        categoryLabel.textProperty().bind(texts.text("chart.category"));
        categoryLabel.setLabelFor(category);
        Label valueLabel = new Label();
        valueLabel.textProperty().bind(texts.text("chart.value"));
        valueLabel.setLabelFor(value);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        category.setPrefWidth(170);
        value.setPrefWidth(150);
        category.setMinWidth(Region.USE_PREF_SIZE);
        value.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        pie.setMinWidth(Region.USE_PREF_SIZE);
        note.setMinWidth(0);
        HBox categoryBox = new HBox(8, categoryLabel, category);
        categoryBox.setAlignment(Pos.CENTER_LEFT);
        HBox valueBox = new HBox(8, valueLabel, value);
        valueBox.setAlignment(Pos.CENTER_LEFT);
        // Wraps on a narrow window instead of widening the whole results column past it.
        FlowPane controls = new FlowPane(12, 6, categoryBox, valueBox, new HBox(bar, pie), note);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(0, 0, 8, 0));
        setTop(controls);
        category.valueProperty().addListener((obs, old, now) -> refresh());
        value.valueProperty().addListener((obs, old, now) -> refresh());
        model.answerProperty().addListener((obs, old, now) -> chooseColumns(old, now));
        model.viewProperty().addListener((obs, old, now) -> refresh());
        chooseColumns(null, model.answerProperty().get());
    }

    /** Shows the answer as bars ("bar") or as a pie ("pie"), as a library question asks. */
    void showAs(String kind) {
        ("pie".equals(kind) ? pie : bar).setSelected(true);
    }

    private void chooseColumns(ResultsAnswer old, ResultsAnswer now) {
        if (old != null && old.hasTable() && now.hasTable() && old.table().sharesValuesWith(now.table())) {
            refresh();
            return;
        }
        choosing = true;
        StringConverter<Integer> names = new StringConverter<>() {
            @Override
            public String toString(Integer column) {
                // the choice box may still hold a column of the answer before, which can be wider
                return column == null || !now.hasTable() || column >= now.table().columnCount() ? ""
                        : now.table().variables().get(column);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
        category.setConverter(names);
        value.setConverter(names);
        category.setItems(FXCollections.observableArrayList(now.categories()));
        value.setItems(FXCollections.observableArrayList(now.numeric()));
        category.setValue(now.categories().isEmpty() ? null : now.categories().get(0));
        value.setValue(now.numeric().isEmpty() ? null : now.numeric().get(0));
        choosing = false;
        if (old == null) {
            refresh();
        } else {
            // The view shown is still the old answer's (its rows, maybe more than this one has): the new answer's
            // view follows it (ResultsViewModel.show) and draws the chart.
            setCenter(null);
            note.setText("");
        }
    }

    private void refresh() {
        ResultsAnswer answer = model.answerProperty().get();
        RowView view = model.viewProperty().get();
        if (choosing || !answer.chartable() || view == null || category.getValue() == null || value.getValue() == null) {
            setCenter(null);
            note.setText("");
            return;
        }
        ResultTable table = answer.table();
        int shown = Math.min(MAX_ITEMS, view.size());
        note.setText(view.size() > MAX_ITEMS ? texts.get("chart.firstRows", shown, view.size()) : "");
        Chart chart = pie.isSelected() ? pie(table, view, shown) : bar(table, view, shown);
        chart.setAnimated(false);
        chart.setId(pie.isSelected() ? "results-pie" : "results-bar");
        // Never squeezed below a readable height (the results pane at 1024x700 is about 200 px tall): shorter, the
        // chart scrolls.
        chart.setMinHeight(MIN_CHART_EM * Math.max(1, getFont().getSize()));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(chart);
        scroll.setId("results-chart-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
    }

    /** The font of the results (the zoom makes it larger). */
    private javafx.scene.text.Font getFont() {
        return note.getFont();
    }

    /**
     * A category's name on the axis or in the pie's legend, cut to {@value #SHORT_NAME} characters at a word's end
     * with "…": long names (a party, a sentence) overlapped each other or ran off the chart. The bar's or slice's
     * tooltip has it whole.
     */
    static String shortName(String name) {
        if (name.length() <= SHORT_NAME) {
            return name;
        }
        int cut = name.lastIndexOf(' ', SHORT_NAME - 1);
        return name.substring(0, cut > SHORT_NAME / 2 ? cut : SHORT_NAME - 1).strip() + "…";
    }

    /** Shows a tooltip with the whole name and the value on a bar or slice once the chart has drawn it. */
    private static void tip(javafx.beans.property.ReadOnlyObjectProperty<javafx.scene.Node> node, String text) {
        java.util.function.Consumer<javafx.scene.Node> install = n -> {
            if (n != null) {
                javafx.scene.control.Tooltip.install(n, new javafx.scene.control.Tooltip(text));
            }
        };
        install.accept(node.get());
        node.addListener((obs, old, now) -> install.accept(now));
    }

    private static String value(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(java.util.Locale.ROOT, "%,d", (long) v)
                : String.format(java.util.Locale.ROOT, "%,.2f", v);
    }

    private BarChart<String, Number> bar(ResultTable table, RowView view, int shown) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        x.setLabel(table.variables().get(category.getValue()));
        y.setLabel(table.variables().get(value.getValue()));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(table.variables().get(value.getValue()));
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < shown; i++) {
            int row = view.row(i);
            double v = number(table.node(row, value.getValue()));
            if (!Double.isNaN(v)) {
                String name = table.label(row, category.getValue());
                XYChart.Data<String, Number> point = new XYChart.Data<>(unique(shortName(name), seen), v);
                series.getData().add(point);
                tip(point.nodeProperty(), (name.isEmpty() ? "—" : name) + ": " + value(v));
            }
        }
        // slanted, the short names take less height than upright and do not overlap
        x.setTickLabelRotation(-40);
        BarChart<String, Number> chart = new BarChart<>(x, y, FXCollections.observableArrayList(List.of(series)));
        chart.setLegendVisible(false);
        chart.setCategoryGap(Math.max(4, 40 - 2 * shown));
        chart.setBarGap(0);
        return chart;
    }

    private PieChart pie(ResultTable table, RowView view, int shown) {
        PieChart chart = new PieChart();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < shown; i++) {
            int row = view.row(i);
            double v = number(table.node(row, value.getValue()));
            if (v > 0) {
                String name = table.label(row, category.getValue());
                PieChart.Data slice = new PieChart.Data(unique(shortName(name), seen), v);
                chart.getData().add(slice);
                tip(slice.nodeProperty(), (name.isEmpty() ? "—" : name) + ": " + value(v));
            }
        }
        // The names in the legend beside the pie, not around it: around it, long names left the pie a small disc
        // in a short pane.
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.setLegendVisible(chart.getData().size() <= 12);
        chart.setLabelsVisible(!chart.isLegendVisible());
        return chart;
    }

    private static double number(Node node) {
        return node != null && ValueKind.of(node) == ValueKind.NUMBER ? ValueKind.number(node) : Double.NaN;
    }

    /** Categories must differ on an axis: a repeated label gets a number. */
    private static String unique(String label, Map<String, Integer> seen) {
        String shown = label.isEmpty() ? "—" : label;
        int n = seen.merge(shown, 1, Integer::sum);
        return n == 1 ? shown : shown + " (" + n + ")";
    }
}
