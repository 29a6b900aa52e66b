package org.kgexplorer.ui.query.editor;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;

import org.kgexplorer.core.query.completion.Completion;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The list of autocomplete proposals under the caret. The editor keeps the keyboard focus: it forwards Up, Down,
 * Enter, Tab and Escape here, so typing goes on narrowing the list.
 */
final class CompletionPopup extends Popup {
    private static final int VISIBLE_ROWS = 10;

    private final ListView<Completion> list = new ListView<>();

    CompletionPopup(I18n.Texts texts, Consumer<Completion> onAccept) {
        list.setId("completion-list");
        list.getStyleClass().add("completion-list");
        list.setPrefWidth(560);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ProposalCell(texts));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onAccept.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        // A popup has no .root of its own, where the theme defines its colours: give its content one.
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(list);
        root.getStyleClass().addAll("root", "completion-popup");
        root.getStylesheets().add(SparqlEditor.STYLESHEET);
        getContent().add(root);
        setAutoHide(true);
        setHideOnEscape(true);
    }

    ListView<Completion> list() {
        return list;
    }

    void show(List<Completion> proposals, javafx.scene.Node owner, Bounds caret) {
        list.getItems().setAll(proposals);
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
        list.setPrefHeight(Math.min(proposals.size(), VISIBLE_ROWS) * 28 + 4);
        if (!isShowing()) {
            show(owner, caret.getMinX(), caret.getMaxY() + 2);
        }
    }

    void move(int delta) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int i = Math.floorMod(list.getSelectionModel().getSelectedIndex() + delta, size);
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - VISIBLE_ROWS / 2));
    }

    Completion selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** One proposal: its kind, the text it inserts, and its label from the data. */
    private static final class ProposalCell extends ListCell<Completion> {
        private final I18n.Texts texts;
        private final Label kind = new Label();
        private final Label insert = new Label();
        private final Label label = new Label();
        private final Label note = new Label();
        private final HBox box;

        ProposalCell(I18n.Texts texts) {
            this.texts = texts;
            kind.getStyleClass().add("completion-kind");
            kind.setMinWidth(Region.USE_PREF_SIZE);
            insert.getStyleClass().add("completion-insert");
            insert.setMinWidth(Region.USE_PREF_SIZE);
            label.getStyleClass().add("completion-label");
            note.getStyleClass().addAll("completion-note");
            note.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(8, kind, insert, label, spacer, note);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Completion c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            kind.setText(texts.get("completion.kind." + c.kind().name().toLowerCase(java.util.Locale.ROOT)));
            kind.getStyleClass().removeIf(s -> s.startsWith("completion-kind-"));
            kind.getStyleClass().add("completion-kind-" + c.kind().name().toLowerCase(java.util.Locale.ROOT));
            insert.setText(c.insert());
            label.setText(c.label());
            note.setText(c.needsPrefix() ? texts.get("completion.addsPrefix", c.prefix()) : "");
            setText(null);
            setGraphic(box);
        }
    }
}
