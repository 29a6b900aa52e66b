package org.kgexplorer.ui.query;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kgexplorer.ui.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/** The queries run, most recent first: click to open one in a tab, double-click or Enter to run it. */
final class QueryHistoryView extends VBox {
    private final ListView<String> list = new ListView<>();

    QueryHistoryView(QueryWorkspaceViewModel model) {
        I18n.Texts texts = model.texts();
        list.setId("query-history");
        list.setItems(model.history());
        list.setCellFactory(v -> new HistoryCell(model));
        model.context().i18n().localeProperty().addListener((obs, old, now) -> list.refresh());
        Label empty = new Label();
        empty.textProperty().bind(texts.text("history.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> {
            String query = list.getSelectionModel().getSelectedItem();
            if (query == null || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            model.openFromHistory(query, e.getClickCount() == 2);
        });
        list.setOnKeyPressed(e -> {
            String query = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && query != null) {
                e.consume();
                model.openFromHistory(query, true);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label hint = new Label();
        hint.textProperty().bind(texts.text("history.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        Button clear = new Button();
        clear.setId("clear-history");
        clear.textProperty().bind(texts.text("history.clear"));
        clear.setGraphic(new FontIcon("mdal-delete_sweep"));
        clear.getStyleClass().add(Styles.SMALL);
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.history()));
        clear.setOnAction(e -> model.clearHistory());
        HBox bottom = new HBox(8, hint, clear);
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        bottom.setPadding(new Insets(6, 8, 6, 8));
        getChildren().addAll(list, bottom);
    }

    /** One query as a one-line summary, the whole query in its tooltip. */
    private static final class HistoryCell extends ListCell<String> {
        private final Tooltip tip = new Tooltip();
        private final QueryWorkspaceViewModel model;

        HistoryCell(QueryWorkspaceViewModel model) {
            this.model = model;
            tip.setStyle("-fx-font-family: monospace;");
        }

        @Override
        protected void updateItem(String query, boolean empty) {
            super.updateItem(query, empty);
            if (empty || query == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(QueryHistory.summary(query, model.isSpanish()));
                tip.setText(query);
                setTooltip(tip);
            }
        }
    }
}
