package org.kgexplorer.ui.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kgexplorer.ui.graph.render.RenderScene;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The selected node's connections as a plain list ("→ Operation Sentinel (works with)"), the way a screen reader
 * or a keyboard user reads the graph: each line names the neighbour and the relationship; choosing a line moves
 * the selection to that neighbour, Enter expands it.
 */
final class ConnectionList extends VBox {
    /** One line: the neighbour's node id and what is read out. */
    record Connection(String nodeId, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final I18n.Texts texts;
    private final Label title = new Label();
    private final ObservableList<Connection> items = FXCollections.observableArrayList();
    private final ListView<Connection> list = new ListView<>(items);
    private boolean updating;

    ConnectionList(I18n.Texts texts, Consumer<String> go, Consumer<String> expand) {
        super(6);
        this.texts = texts;
        setPadding(new Insets(6));
        setId("graph-connections");
        list.setId("graph-connection-list");
        title.setWrapText(true);
        // All its lines, in a narrow side panel too.
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.getStyleClass().add("text-bold");
        Label empty = new Label();
        empty.textProperty().bind(texts.text("connections.none"));
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        list.setPlaceholder(empty);
        // Each line wraps at the list's width: a neighbour's long name never runs past the panel's edge. The list
        // measures its lines once; when the side panel settles to another width they are measured again, or a line
        // measured at the wider width keeps too few lines' height and ends in "…".
        list.widthProperty().addListener((obs, old, now) -> list.refresh());
        list.setCellFactory(v -> new WrappingCell<>(Connection::text));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(texts.text("connections.tip"));
        list.setTooltip(tip);
        list.accessibleHelpProperty().bind(texts.text("connections.tip"));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !updating) {
                go.accept(now.nodeId());
            }
        });
        list.setOnKeyPressed(e -> {
            Connection c = list.getSelectionModel().getSelectedItem();
            if (c != null && e.getCode() == KeyCode.ENTER) {
                expand.accept(c.nodeId());
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().setAll(title, list);
    }

    /** Lists the connections of a node of the scene (null: none selected). */
    void show(GraphScene scene, String nodeId) {
        updating = true;
        try {
            int n = nodeId == null ? -1 : scene.indexOfNode(nodeId);
            if (n < 0) {
                title.setText("");
                items.clear();
                return;
            }
            RenderScene s = scene.scene();
            title.setText(texts.get("connections.title", s.label(n)));
            List<Connection> lines = new ArrayList<>();
            for (int e = 0; e < s.edgeCount(); e++) {
                if (s.edgeFrom(e) == n) {
                    int other = s.edgeTo(e);
                    lines.add(new Connection(scene.nodeId(other), texts.get("connection.out", s.edgeLabel(e), s.label(other))));
                } else if (s.edgeTo(e) == n) {
                    int other = s.edgeFrom(e);
                    lines.add(new Connection(scene.nodeId(other), texts.get("connection.in", s.edgeLabel(e), s.label(other))));
                }
            }
            lines.sort(Comparator.comparing(Connection::text, String.CASE_INSENSITIVE_ORDER));
            items.setAll(lines);
        } finally {
            updating = false;
        }
    }

    ListView<Connection> list() {
        return list;
    }
}
