package org.kgexplorer.ui.graph;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

import org.kgexplorer.core.graph.Facets;
import org.kgexplorer.ui.graph.render.NodeStyle;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The legend and the filters in one: each class shown with its colour and shape, how many nodes it has, and a
 * box to untick it; below, each relationship with its count and a box. Unticking hides those nodes or edges
 * (an undoable change of the graph).
 */
final class GraphFilters extends VBox {
    private final ListView<Facets.Facet> classes;
    private final ListView<Facets.Facet> properties;

    GraphFilters(I18n.Texts texts, GraphViewModel model, Function<String, NodeStyle> styleOfLegend) {
        super(6);
        setPadding(new Insets(6));
        setId("graph-filters");
        classes = list("graph-class-filter", model.classFacets(), model::filterClass, styleOfLegend, texts);
        properties = list("graph-property-filter", model.propertyFacets(), model::filterProperty, null, texts);
        Label classTitle = title(texts, "filters.classes");
        Label propertyTitle = title(texts, "filters.properties");
        VBox.setVgrow(classes, Priority.ALWAYS);
        VBox.setVgrow(properties, Priority.ALWAYS);
        getChildren().setAll(classTitle, classes, propertyTitle, properties);
    }

    /** Redraws the swatches (the scene's styles changed). */
    void refresh() {
        classes.refresh();
    }

    private static Label title(I18n.Texts texts, String key) {
        Label l = new Label();
        l.textProperty().bind(texts.text(key));
        l.getStyleClass().add("text-bold");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static ListView<Facets.Facet> list(String id, ObservableList<Facets.Facet> items,
            BiConsumer<String, Boolean> toggle, Function<String, NodeStyle> styles, I18n.Texts texts) {
        ListView<Facets.Facet> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(160);
        Label empty = new Label();
        empty.textProperty().bind(texts.text("filters.none"));
        empty.getStyleClass().add("text-muted");
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new FacetCell(toggle, styles));
        // Its lines wrap at its width: measured again when the width changes (see ConnectionList).
        list.widthProperty().addListener((obs, old, now) -> list.refresh());
        list.setOnKeyPressed(e -> {
            Facets.Facet f = list.getSelectionModel().getSelectedItem();
            if (f != null && e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                toggle.accept(f.iri(), !f.shown());
                e.consume();
            }
        });
        return list;
    }

    /** One class or relationship: box, swatch (classes), name, count. */
    private static final class FacetCell extends ListCell<Facets.Facet> {
        private final CheckBox box = new CheckBox();
        private final Label count = new Label();
        private final HBox row = new HBox(6);
        private final BiConsumer<String, Boolean> toggle;
        private final Function<String, NodeStyle> styles;

        FacetCell(BiConsumer<String, Boolean> toggle, Function<String, NodeStyle> styles) {
            this.toggle = toggle;
            this.styles = styles;
            // The list's own width, never wider: a long name wraps onto more lines instead of running past the
            // panel's edge (at 175 % "Membership" read "Membershi" behind a sideways scroll bar).
            setPrefWidth(0);
            count.getStyleClass().add("text-muted");
            count.setMinWidth(Region.USE_PREF_SIZE);
            box.setWrapText(true);
            box.setMinWidth(0);
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setOnAction(e -> {
                Facets.Facet f = getItem();
                if (f != null) {
                    toggle.accept(f.iri(), box.isSelected());
                }
            });
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        /** As tall as its row needs at the list's width, the name wrapped (a graphic is measured without one). */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || width < 0) {
                return super.computePrefHeight(width);
            }
            // The theme's row height (-fx-cell-size) would be taken as it is, whatever the lines (see WrappingCell).
            double inner = width - snappedLeftInset() - snappedRightInset();
            return Math.max(super.computePrefHeight(width), snappedTopInset() + row.prefHeight(inner) + snappedBottomInset());
        }

        @Override
        protected void updateItem(Facets.Facet item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            box.setText(item.label());
            box.setSelected(item.shown());
            count.setText(Integer.toString(item.count()));
            List<Node> parts = new java.util.ArrayList<>();
            NodeStyle style = styles == null ? null : styles.apply(item.label());
            if (style != null) {
                parts.add(swatch(style));
            }
            parts.add(box);
            parts.add(count);
            row.getChildren().setAll(parts);
            setGraphic(row);
            setAccessibleText(item.label() + ", " + item.count());
        }
    }

    /** The class's shape in its colour, as the canvas draws it. */
    static Node swatch(NodeStyle style) {
        Color fill = Color.rgb((style.argb() >> 16) & 0xFF, (style.argb() >> 8) & 0xFF, style.argb() & 0xFF);
        Shape shape = switch (style.shape()) {
            case CIRCLE -> new Circle(6);
            case SQUARE -> new Rectangle(11, 11);
            case DIAMOND -> new Polygon(6, 0, 12, 6, 6, 12, 0, 6);
            case TRIANGLE -> new Polygon(6, 0, 12, 11, 0, 11);
            case HEXAGON -> new Polygon(3, 0, 9, 0, 12, 6, 9, 12, 3, 12, 0, 6);
        };
        shape.setFill(fill);
        Region holder = new Region();
        holder.setMinSize(14, 14);
        javafx.scene.layout.StackPane pane = new javafx.scene.layout.StackPane(holder, shape);
        pane.setMinWidth(14);
        return pane;
    }
}
