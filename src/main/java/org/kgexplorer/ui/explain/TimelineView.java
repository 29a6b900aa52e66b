package org.kgexplorer.ui.explain;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kgexplorer.core.explain.Timeline;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The timeline view: a bar (Refresh, what is shown), the entries on a time axis, the entries as a list (date, name,
 * kind, and a mark on general-knowledge dates), and below them the facts of the chosen entry with their evidence.
 */
public final class TimelineView extends BorderPane {
    private final TimelineViewModel model;
    private final I18n.Texts texts;
    private final TimelineAxis axis = new TimelineAxis();
    private final ListView<Timeline.Entry> list;

    public TimelineView(TimelineViewModel model) {
        this.model = model;
        this.texts = model.texts();
        setId("timeline-view");
        getStylesheets().add(TimelineView.class.getResource("explain.css").toExternalForm());
        Button refresh = new Button();
        refresh.setId("timeline-refresh");
        refresh.textProperty().bind(texts.text("timeline.refresh"));
        refresh.setMinWidth(USE_PREF_SIZE);
        refresh.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdmz-refresh"));
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(e -> model.refresh());
        Label status = new Label();
        status.setId("timeline-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(8, refresh, status);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        list = new ListView<>(model.entries());
        list.setId("timeline-entries");
        Label empty = new Label();
        empty.textProperty().bind(texts.text("timeline.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
            redrawAxis();
        });
        model.entries().addListener((javafx.collections.ListChangeListener<Timeline.Entry>) c -> redrawAxis());
        model.context().labelModeProperty().addListener((obs, old, now) -> {
            list.refresh();
            redrawAxis();
        });
        texts.language().addListener((obs, old, now) -> {
            list.refresh();
            redrawAxis();
        });
        VBox top = new VBox(axis, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        top.setMinHeight(0);
        FactList facts = new FactList(model.context(), texts, model.facts(), "timeline.noEntry");
        facts.setId("timeline-facts");
        SplitPane split = new SplitPane(top, facts);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        setTop(bar);
        setCenter(split);
    }

    private void redrawAxis() {
        axis.show(model.entries(), model.selectedProperty().get(), texts.language().getValue(), this::describe,
                model::select);
    }

    private String describe(Timeline.Entry e) {
        LabelMode mode = model.context().labelModeProperty().get();
        return DateText.of(e.when(), texts, texts.language().getValue()) + " — " + e.entity().label(mode);
    }

    /** The view model (for the window's wiring and tests). */
    public TimelineViewModel model() {
        return model;
    }

    private final class EntryCell extends ListCell<Timeline.Entry> {
        EntryCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Timeline.Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            LabelMode mode = model.context().labelModeProperty().get();
            Label date = new Label(DateText.of(e.when(), texts, texts.language().getValue()));
            date.getStyleClass().add("explain-date");
            date.setMinWidth(USE_PREF_SIZE);
            Label name = new Label(e.entity().label(mode));
            name.setMinWidth(0);
            HBox.setHgrow(name, Priority.ALWAYS);
            String kinds = String.join(", ", e.kinds().stream().map(k -> k.label(mode)).toList());
            Label kind = new Label(kinds);
            kind.getStyleClass().add("text-muted");
            kind.setMinWidth(0);
            HBox row = new HBox(8, date, name, kind);
            if (e.generalKnowledge()) {
                Label mark = new Label(texts.get("timeline.generalKnowledge"));
                mark.getStyleClass().add("text-muted");
                mark.getStyleClass().add("general-knowledge-mark");
                mark.setMinWidth(USE_PREF_SIZE);
                row.getChildren().add(mark);
            }
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            setTooltip(new Tooltip(date.getText() + " — " + name.getText() + (kinds.isEmpty() ? "" : " (" + kinds + ")")
                    + "\n" + e.property().label(mode) + ": " + e.value().lexical()));
        }
    }
}
