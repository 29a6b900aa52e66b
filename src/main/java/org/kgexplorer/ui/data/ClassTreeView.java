package org.kgexplorer.ui.data;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import org.kgexplorer.core.explore.ClassTree;
import org.kgexplorer.core.explore.ClassTree.ClassNode;
import org.kgexplorer.core.explore.InstanceList;

/**
 * The classes of the loaded data as a tree (subclasses under their superclasses) with the number of instances
 * of each; choosing a class lists its instances below, sorted by name, and clicking one (or Enter) opens it.
 * Enter on a class opens the class itself.
 */
public final class ClassTreeView extends SplitPane {
    private final ClassTreeViewModel model;
    private final TreeView<ClassNode> tree = new TreeView<>();
    private final Set<String> expanded = new HashSet<>();
    /** Whether the tree's placeholder shows (held here: the bindings it is made of listen weakly). */
    private BooleanBinding placeholderShown;

    public ClassTreeView(ClassTreeViewModel model) {
        this.model = model;
        setId("class-tree-view");
        getStylesheets().add(ClassTreeView.class.getResource("/org/kgexplorer/ui/data/data.css").toExternalForm());
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(treePane(), instancesPane());
        setDividerPositions(0.6);
        model.treeProperty().addListener((obs, old, now) -> rebuild());
        model.context().labelModeProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private VBox treePane() {
        Label title = new Label();
        title.textProperty().bind(model.texts().text("classes.title"));
        title.getStyleClass().add("title-4");
        tree.setId("class-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new ClassCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != null) {
                model.listInstances(item.getValue());
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<ClassNode> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                model.openClass(item.getValue());
                e.consume();
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(model.texts().text("classes.loading")).otherwise(model.texts().text("classes.empty")));
        placeholder.getStyleClass().add("text-muted");
        placeholder.setId("class-tree-placeholder");
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox box = new VBox(6, title, tree);
        box.setPadding(new Insets(8));
        // In the box only while it shows: a hidden label still relaid out (its text cut anew) as the data changes
        // makes the renderer repaint the whole window in a frame with nothing else to draw (ADR 15).
        BooleanBinding shown = Bindings.isEmpty(treeRootChildren()).or(model.loadingProperty());
        java.util.function.Consumer<Boolean> place = show -> {
            if (show && !box.getChildren().contains(placeholder)) {
                box.getChildren().add(1, placeholder);
            } else if (!show) {
                box.getChildren().remove(placeholder);
            }
        };
        shown.addListener((obs, was, now) -> place.accept(now));
        place.accept(shown.get());
        placeholderShown = shown;
        return box;
    }

    private ObservableList<TreeItem<ClassNode>> treeRootChildren() {
        TreeItem<ClassNode> root = new TreeItem<>();
        tree.setRoot(root);
        return root.getChildren();
    }

    private VBox instancesPane() {
        Label header = new Label();
        header.setId("class-instances-header");
        header.getStyleClass().add("text-bold");
        header.setWrapText(true);
        header.textProperty().bind(Bindings.createStringBinding(() -> {
            ClassNode c = model.chosenProperty().get();
            return c == null ? model.texts().get("classes.instances.none")
                    : model.texts().get("classes.instances.header", c.names().in(model.context().labelModeProperty().get()),
                            count(model.instanceTotalProperty().get()));
        }, model.chosenProperty(), model.instanceTotalProperty(), model.context().labelModeProperty(),
                model.context().i18n().localeProperty()));
        header.visibleProperty().bind(model.chosenProperty().isNotNull());
        header.managedProperty().bind(header.visibleProperty());
        ListView<InstanceList.Instance> list = new ListView<>(model.instances());
        list.setId("class-instances");
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(model.chosenProperty().isNull())
                .then(model.texts().text("classes.instances.none")).otherwise(model.texts().text("classes.instances.empty")));
        empty.setWrapText(true);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.setPadding(new javafx.geometry.Insets(8));
        empty.getStyleClass().add("text-muted");
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new ListCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(InstanceList.Instance item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : item.names().in(model.context().labelModeProperty().get()));
                if (item != null && !isEmpty) {
                    tip.setText(item.key());
                }
                setTooltip(isEmpty || item == null ? null : tip);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(model.texts().text("classes.instances.hint"));
        list.setTooltip(hint);
        Button more = new Button();
        more.setId("class-instances-more");
        more.setMaxWidth(Double.MAX_VALUE);
        Runnable updateMore = () -> {
            int remaining = model.remaining();
            more.setText(model.texts().get("classes.instances.more", count(Math.min(remaining, ClassTreeViewModel.PAGE))));
            more.setVisible(remaining > 0);
            more.setManaged(remaining > 0);
        };
        model.instances().addListener((ListChangeListener<InstanceList.Instance>) c -> updateMore.run());
        model.instanceTotalProperty().addListener((obs, o, n) -> updateMore.run());
        model.context().i18n().localeProperty().addListener((obs, o, n) -> updateMore.run());
        updateMore.run();
        more.setOnAction(e -> model.showMore());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, header, list, more);
        box.setPadding(new Insets(8));
        return box;
    }

    /** Rebuilds the tree items from the model (new data or a new label mode), keeping what was expanded. */
    private void rebuild() {
        TreeItem<ClassNode> root = tree.getRoot();
        ClassTree current = model.treeProperty().get();
        ClassNode chosen = model.chosenProperty().get();
        root.getChildren().clear();
        if (current == null) {
            return;
        }
        List<TreeItem<ClassNode>> items = new ArrayList<>();
        for (ClassNode n : model.sorted(current.roots())) {
            ClassItem item = new ClassItem(n, current);
            item.getChildren();
            items.add(item);
        }
        root.getChildren().setAll(items);
        if (chosen != null) {
            select(root, chosen.iri());
        }
    }

    private boolean select(TreeItem<ClassNode> parent, String iri) {
        for (TreeItem<ClassNode> item : parent.getChildren()) {
            if (item.getValue().iri().equals(iri)) {
                tree.getSelectionModel().select(item);
                tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
                return true;
            }
            if (item.isExpanded() && select(item, iri)) {
                return true;
            }
        }
        return false;
    }

    /** Selects a class by IRI among the expanded items (for the shell and tests). */
    public boolean selectClass(String iri) {
        return select(tree.getRoot(), iri);
    }

    /** Formats counts (made once: a NumberFormat costs more to make than to use; JavaFX thread only). */
    private final NumberFormat counts = NumberFormat.getIntegerInstance(Locale.getDefault());

    private String count(long n) {
        // an endpoint's class not counted yet, or not within the time limit (ADR 41)
        if (n == ClassTree.COUNTING) {
            return model.texts().get("classes.count.counting");
        }
        if (n < 0) {
            return model.texts().get("classes.count.many");
        }
        return counts.format(n);
    }

    /**
     * A class whose subclasses are made once it can be seen: a class can sit under several parents, so the whole
     * tree is never made at once. They are made one level ahead (when the parent shows, not when the class is
     * expanded): children made while the TreeView handles the expansion itself moved its selection to another
     * row, or cleared it, and with it the instance list.
     */
    private final class ClassItem extends TreeItem<ClassNode> {
        private final ClassTree source;
        private boolean built;

        ClassItem(ClassNode node, ClassTree source) {
            super(node);
            this.source = source;
            expandedProperty().addListener((obs, was, is) -> {
                if (is) {
                    expanded.add(node.iri());
                    getChildren().forEach(TreeItem::getChildren);
                } else {
                    expanded.remove(node.iri());
                }
            });
            if (expanded.contains(node.iri())) {
                getChildren();
                setExpanded(true);
            }
        }

        @Override
        public boolean isLeaf() {
            return getValue().children().isEmpty();
        }

        @Override
        public ObservableList<TreeItem<ClassNode>> getChildren() {
            if (!built) {
                built = true;
                List<TreeItem<ClassNode>> items = new ArrayList<>();
                for (ClassNode child : model.sorted(source.children(getValue()))) {
                    items.add(new ClassItem(child, source));
                }
                super.getChildren().setAll(items);
            }
            return super.getChildren();
        }
    }

    /**
     * A class: its name, and its instance count (with its subclasses) at the right edge. The name is the cell's own
     * text (cut with an ellipsis when narrow) and the count a {@link Text} moved to the right after the cell's
     * layout: a cell with two Labels in an HBox took about twice as long to lay out each time the tree was
     * refilled, which it is on every data change (ADR 14).
     */
    private final class ClassCell extends TreeCell<ClassNode> {
        private final Text count = new Text();
        /** One per cell, its text changed with the item: a new Tooltip per update costs a popup's CSS each time. */
        private final Tooltip tip = new Tooltip();

        ClassCell() {
            count.getStyleClass().add("class-count");
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(12);
            // as wide as the panel, never wider: a long name ends in "…" (whole in the tooltip) with its count in
            // sight, where a tree as wide as its longest name had to be scrolled sideways to read the counts
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ClassNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            String name = node.names().in(model.context().labelModeProperty().get());
            setText(name);
            count.setText(count(node.totalCount()));
            setGraphic(count);
            tip.setText(name + "\n" + node.iri() + "\n"
                    + model.texts().get("classes.count.tooltip", count(node.directCount()), count(node.totalCount())));
            setTooltip(tip);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() == count) {
                Bounds b = count.getLayoutBounds();
                double right = getWidth() - snappedRightInset() - b.getWidth() - b.getMinX();
                count.setLayoutX(Math.max(count.getLayoutX(), right));
            }
        }
    }
}
