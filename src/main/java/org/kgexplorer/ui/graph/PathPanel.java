package org.kgexplorer.ui.graph;

import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kgexplorer.ui.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Paths between two entities: pick the start and the end (the selected node, or "Path from/to here" on a
 * node), find the shortest paths, read them as sentences, copy them with their evidence for a report.
 */
final class PathPanel extends VBox {
    private final ObjectProperty<String> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<String> to = new SimpleObjectProperty<>(this, "to");
    private final GraphPaths paths;
    private final Label fromLabel = new Label();
    private final Label toLabel = new Label();
    private final Label status = new Label();

    /**
     * @param labelOf     a node's label as the graph shows it
     * @param relabelWhen changes when the graph's labels do (a new label language): the ends are named again
     * @param tell        says something in the graph's status line (that the paths were copied)
     */
    PathPanel(I18n.Texts texts, GraphPaths paths, Supplier<String> selected, Function<String, String> labelOf,
            javafx.beans.value.ObservableValue<?> relabelWhen, java.util.function.Consumer<String> tell) {
        super(8);
        this.paths = paths;
        setId("graph-paths");
        setPadding(new Insets(6));
        Label hint = new Label();
        hint.textProperty().bind(texts.text("paths.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");

        Button useFrom = new Button();
        useFrom.setId("graph-path-use-from");
        useFrom.textProperty().bind(texts.text("paths.useFrom"));
        useFrom.setOnAction(e -> from.set(selected.get()));
        Button useTo = new Button();
        useTo.setId("graph-path-use-to");
        useTo.textProperty().bind(texts.text("paths.useTo"));
        useTo.setOnAction(e -> to.set(selected.get()));
        fromLabel.setId("graph-path-from");
        toLabel.setId("graph-path-to");
        for (Label l : new Label[] {fromLabel, toLabel}) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        Runnable relabel = () -> {
            fromLabel.setText(from.get() == null ? texts.get("paths.unset") : labelOf.apply(from.get()));
            toLabel.setText(to.get() == null ? texts.get("paths.unset") : labelOf.apply(to.get()));
        };
        from.addListener((obs, o, n) -> relabel.run());
        to.addListener((obs, o, n) -> relabel.run());
        texts.language().addListener((obs, o, n) -> relabel.run());
        relabelWhen.addListener((obs, o, n) -> relabel.run());
        relabel.run();

        Label fromTitle = new Label();
        fromTitle.textProperty().bind(texts.text("paths.from"));
        Label toTitle = new Label();
        toTitle.textProperty().bind(texts.text("paths.to"));
        fromTitle.setMinWidth(Region.USE_PREF_SIZE);
        toTitle.setMinWidth(Region.USE_PREF_SIZE);
        // Each end: its title and button on a line, the chosen node's name below across the whole panel.
        VBox ends = new VBox(4, new FlowPane(6, 4, fromTitle, useFrom), fromLabel, new FlowPane(6, 4, toTitle, useTo), toLabel);

        Button find = new Button();
        find.setId("graph-path-find");
        find.setGraphic(new FontIcon("mdal-alt_route"));
        find.textProperty().bind(texts.text("paths.find"));
        find.getStyleClass().add("accent");
        find.disableProperty().bind(from.isNull().or(to.isNull()).or(Bindings.createBooleanBinding(
                () -> from.get() != null && from.get().equals(to.get()), from, to)));
        find.setOnAction(e -> paths.find(from.get(), to.get()));
        Button copy = new Button();
        copy.setId("graph-path-copy");
        copy.setGraphic(new FontIcon("mdal-content_copy"));
        copy.textProperty().bind(texts.text("paths.copy"));
        copy.disableProperty().bind(paths.textProperty().isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(paths.textProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            tell.accept(texts.get("paths.copied"));
        });
        Button clear = new Button();
        clear.textProperty().bind(texts.text("paths.clear"));
        clear.setOnAction(e -> {
            paths.clear();
            from.set(null);
            to.set(null);
        });
        // Whole words on every button ("Find path", not "Fi…"): they wrap to a second line in a narrow panel.
        for (Button b : new Button[] {useFrom, useTo, find, copy, clear}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane actions = new FlowPane(6, 6, find, copy, clear);
        actions.setAlignment(Pos.CENTER_LEFT);

        ListView<String> sentences = new ListView<>(paths.sentences());
        sentences.setId("graph-path-sentences");
        sentences.setCellFactory(v -> new WrappingCell<>());
        sentences.setPlaceholder(status);
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        paths.resultProperty().addListener((obs, o, r) ->
                status.setText(r != null && !r.found() ? texts.get("paths.none") : ""));
        VBox.setVgrow(sentences, Priority.ALWAYS);
        getChildren().setAll(hint, ends, actions, sentences);
    }

    /** The start of the path (a node id), or null. */
    ObjectProperty<String> fromProperty() {
        return from;
    }

    /** The end of the path (a node id), or null. */
    ObjectProperty<String> toProperty() {
        return to;
    }

    /** Finds the paths once both ends are chosen (after "Path to here" on a node). */
    void findWhenReady() {
        if (from.get() != null && to.get() != null && !from.get().equals(to.get())) {
            paths.find(from.get(), to.get());
        }
    }
}
