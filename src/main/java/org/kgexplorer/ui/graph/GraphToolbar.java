package org.kgexplorer.ui.graph;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.kgexplorer.ui.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The graph's toolbar: find a node, choose and freeze the layout, zoom, expand/collapse/hide/pin the selection,
 * undo and redo, export, and show the side panel. Icons carry the secondary actions (their names are in the
 * tooltips); the toolbar's overflow menu keeps them reachable when the column is narrow, while Export and the
 * panel's switch stay in sight beside it ({@link #fixed} is what the view shows).
 */
final class GraphToolbar extends ToolBar {
    final TextField find = new TextField();
    final ComboBox<GraphLayoutDriver.Kind> layout = new ComboBox<>(FXCollections.observableArrayList(GraphLayoutDriver.Kind.values()));
    final ToggleButton freeze = new ToggleButton();
    final Button fit = new Button();
    final Button zoomIn = new Button();
    final Button zoomOut = new Button();
    final Button expand = new Button();
    final Button collapse = new Button();
    final Button hide = new Button();
    final Button showHidden = new Button();
    final ToggleButton pin = new ToggleButton();
    final Button undo = new Button();
    final Button redo = new Button();
    final MenuButton export = new MenuButton();
    final RadioMenuItem exportVisible = new RadioMenuItem();
    final RadioMenuItem exportWhole = new RadioMenuItem();
    final RadioMenuItem[] exportResolution = {new RadioMenuItem(), new RadioMenuItem(), new RadioMenuItem()};
    final MenuItem exportPng = new MenuItem();
    final MenuItem exportSvg = new MenuItem();
    final ToggleButton panel = new ToggleButton();
    /**
     * Export and the side panel's switch, beside the tools rather than among them: a tool bar moves what does not
     * fit under its overflow button, and Export there was hidden at 1024x700 and at large zoom.
     */
    final HBox fixed;

    GraphToolbar(I18n.Texts texts) {
        setId("graph-toolbar");
        find.setId("graph-find");
        find.promptTextProperty().bind(texts.text("find.prompt"));
        find.setTooltip(tip(texts, "find.tip"));
        find.setPrefColumnCount(12);
        layout.setId("graph-layout");
        layout.setTooltip(tip(texts, "layout.tip"));
        // Names through a converter that is replaced when the language changes, and cells that redraw when it is
        // (the combo's own cells, like cells that looked a name up once, kept the first language).
        layout.setConverter(kindNames(texts));
        layout.setButtonCell(new KindCell(layout));
        layout.setCellFactory(list -> new KindCell(layout));
        texts.language().addListener((obs, old, now) -> layout.setConverter(kindNames(texts)));
        icon(freeze, "graph-freeze", "mdmz-pause", texts, "freeze.tip");
        freeze.textProperty().bind(texts.text("freeze"));
        icon(fit, "graph-fit", "mdal-center_focus_strong", texts, "fit.tip");
        icon(zoomIn, "graph-zoom-in", "mdmz-zoom_in", texts, "zoomIn.tip");
        icon(zoomOut, "graph-zoom-out", "mdmz-zoom_out", texts, "zoomOut.tip");
        icon(expand, "graph-expand", "mdal-add_circle_outline", texts, "expand.tip");
        expand.textProperty().bind(texts.text("expand"));
        icon(collapse, "graph-collapse", "mdmz-remove_circle_outline", texts, "collapse.tip");
        icon(hide, "graph-hide", "mdmz-visibility_off", texts, "hide.tip");
        icon(showHidden, "graph-show-hidden", "mdmz-visibility", texts, "showHidden.tip");
        icon(pin, "graph-pin", "mdmz-push_pin", texts, "pin.tip");
        icon(undo, "graph-undo", "mdmz-undo", texts, "undo.tip");
        icon(redo, "graph-redo", "mdmz-redo", texts, "redo.tip");
        export.setId("graph-export");
        export.setGraphic(new FontIcon("mdal-image"));
        export.textProperty().bind(texts.text("export"));
        export.setTooltip(tip(texts, "export.tip"));
        exportPng.textProperty().bind(texts.text("export.png"));
        exportSvg.textProperty().bind(texts.text("export.svg"));
        exportVisible.textProperty().bind(texts.text("export.visible"));
        exportWhole.textProperty().bind(texts.text("export.whole"));
        ToggleGroup area = new ToggleGroup();
        area.getToggles().setAll(exportVisible, exportWhole);
        exportWhole.setSelected(true);
        String[] resolutionKeys = {"export.resolution1", "export.resolution2", "export.resolution3"};
        for (int i = 0; i < exportResolution.length; i++) {
            exportResolution[i].textProperty().bind(texts.text(resolutionKeys[i]));
        }
        ToggleGroup resolution = new ToggleGroup();
        resolution.getToggles().setAll(exportResolution);
        exportResolution[0].setSelected(true);
        export.getItems().setAll(exportVisible, exportWhole, new SeparatorMenuItem());
        export.getItems().addAll(exportResolution);
        export.getItems().addAll(new SeparatorMenuItem(), exportPng, exportSvg);
        export.setMinWidth(Region.USE_PREF_SIZE);
        icon(panel, "graph-panel", "mdmz-view_sidebar", texts, "panel.tip");
        panel.setMinWidth(Region.USE_PREF_SIZE);
        setId("graph-tools");
        getItems().setAll(find, layout, freeze, new Separator(), fit, zoomIn, zoomOut, new Separator(),
                expand, collapse, hide, showHidden, pin, new Separator(), undo, redo);
        org.kgexplorer.ui.ToolBarOverflow.sortAgainWhen(this, texts.language());
        setMinWidth(0);
        HBox.setHgrow(this, Priority.ALWAYS);
        HBox tail = new HBox(6, export, panel);
        tail.setAlignment(Pos.CENTER_RIGHT);
        tail.setPadding(new Insets(0, 8, 0, 4));
        tail.setMinWidth(Region.USE_PREF_SIZE);
        fixed = new HBox(this, tail);
        fixed.setId("graph-toolbar");
        fixed.setAlignment(Pos.CENTER_LEFT);
        fixed.getStyleClass().add("tool-bar");
    }

    /** Whether the whole graph (else the visible area) is to be exported. */
    boolean exportsWholeGraph() {
        return exportWhole.isSelected();
    }

    /** Image pixels per screen pixel for a PNG export: 1, 2 or 3. */
    int exportResolution() {
        for (int i = 0; i < exportResolution.length; i++) {
            if (exportResolution[i].isSelected()) {
                return i + 1;
            }
        }
        return 1;
    }

    private static void icon(ButtonBase b, String id, String icon, I18n.Texts texts, String tipKey) {
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        b.setTooltip(tip(texts, tipKey));
        b.setAccessibleText(null);
        b.accessibleTextProperty().bind(b.getTooltip().textProperty());
        b.setFocusTraversable(true);
    }

    private static Tooltip tip(I18n.Texts texts, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(texts.text(key));
        return t;
    }

    /** Shows a layout by the combo's converter, again whenever the converter changes. */
    private static final class KindCell extends ListCell<GraphLayoutDriver.Kind> {
        private final ComboBox<GraphLayoutDriver.Kind> box;

        KindCell(ComboBox<GraphLayoutDriver.Kind> box) {
            this.box = box;
            box.converterProperty().addListener((obs, old, now) -> show(getItem(), isEmpty()));
        }

        @Override
        protected void updateItem(GraphLayoutDriver.Kind item, boolean empty) {
            super.updateItem(item, empty);
            show(item, empty);
        }

        private void show(GraphLayoutDriver.Kind item, boolean empty) {
            setText(empty || item == null ? null : box.getConverter().toString(item));
        }
    }

    /** The layouts' names in the interface language now. */
    private static StringConverter<GraphLayoutDriver.Kind> kindNames(I18n.Texts texts) {
        return new StringConverter<>() {
            @Override
            public String toString(GraphLayoutDriver.Kind kind) {
                return kind == null ? "" : texts.get("layout." + kind.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public GraphLayoutDriver.Kind fromString(String name) {
                return null;
            }
        };
    }

    /** Disables the selection's actions when nothing (or a "+N more" node) is selected. */
    void bindSelection(javafx.beans.value.ObservableBooleanValue nothingSelected) {
        for (ButtonBase b : new ButtonBase[] {expand, collapse, hide, pin}) {
            b.disableProperty().bind(Bindings.createBooleanBinding(nothingSelected::get, nothingSelected));
        }
    }
}
