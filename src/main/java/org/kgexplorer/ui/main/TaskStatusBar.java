package org.kgexplorer.ui.main;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;

/**
 * The bottom line of the window: the newest background task that is running (not one still waiting for a data
 * thread, which has no title or progress yet) with its progress and a cancel button, and how many others run or
 * wait; or "Ready". On the right, which labels are shown.
 */
final class TaskStatusBar extends HBox {
    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final Label title = new Label();
    private final Label others = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Label failure = new Label();
    private final Label notice = new Label();
    private final Label zoom = new Label();
    private Task<?> shown;

    TaskStatusBar(ExplorerContext context, I18n.Texts texts) {
        this.context = context;
        this.texts = texts;
        setId("task-status");
        getStyleClass().add("task-status-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        title.setId("task-title");
        others.getStyleClass().add("text-muted");
        progress.setPrefWidth(160);
        cancel.setId("cancel-task");
        cancel.textProperty().bind(texts.text("status.cancel"));
        cancel.setOnAction(e -> {
            if (shown != null) {
                shown.cancel();
            }
        });
        cancel.setTooltip(new Tooltip());
        cancel.getTooltip().textProperty().bind(texts.text("status.cancel.tip"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label labelsCaption = new Label();
        labelsCaption.setId("status-labels-caption");
        labelsCaption.textProperty().bind(texts.text("status.labels"));
        // A long failure is what gives way: the bar's own words stay whole ("Ready" and "Labels:" read "…" and "L…"
        // beside a long load error at 1280x720).
        title.setMinWidth(Region.USE_PREF_SIZE);
        labelsCaption.setMinWidth(Region.USE_PREF_SIZE);
        failureLine();
        noticeLine();
        zoomLine();
        getChildren().addAll(title, progress, cancel, others, failure, notice, spacer, zoom, labelsCaption, labelModeChoice());
        context.tasks().running().addListener((ListChangeListener<Task<?>>) change -> {
            while (change.next()) {
                // A waiting task that starts is shown in place of an older running one.
                change.getAddedSubList().forEach(t -> t.stateProperty().addListener((obs, old, now) -> {
                    if (now == Worker.State.RUNNING) {
                        showNewest();
                    }
                }));
            }
            showNewest();
        });
        context.i18n().localeProperty().addListener((obs, old, now) -> showNewest());
        showNewest();
    }

    private ChoiceBox<LabelMode> labelModeChoice() {
        ChoiceBox<LabelMode> choice = new ChoiceBox<>();
        choice.setId("label-mode");
        choice.getItems().setAll(LabelMode.values());
        choice.setConverter(labelModeNames());
        choice.valueProperty().bindBidirectional(context.labelModeProperty());
        // A new converter makes the choice redraw its names; resetting its items would clear the value, and with
        // it the label mode every screen reads.
        // A new skin measures the names again: the old one, given a new converter, kept a width measured before its
        // menu's new items had a style and drew "Inglés" under its own arrow (seen at 1024x700).
        context.i18n().localeProperty().addListener((obs, old, now) -> {
            choice.setConverter(labelModeNames());
            choice.setSkin(new javafx.scene.control.skin.ChoiceBoxSkin<>(choice));
        });
        return choice;
    }

    private StringConverter<LabelMode> labelModeNames() {
        return new StringConverter<>() {
            @Override
            public String toString(LabelMode mode) {
                return mode == null ? "" : texts.get("labels." + mode.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public LabelMode fromString(String s) {
                return null;
            }
        };
    }

    /**
     * Background work that failed with no screen of its own to say so: shown until the user clicks it away or
     * another failure replaces it (the log keeps them all).
     */
    private void failureLine() {
        failure.setId("task-failure");
        failure.getStyleClass().add("danger");
        failure.setMinWidth(0);
        failure.setTooltip(new Tooltip());
        failure.getTooltip().textProperty().bind(texts.text("status.failed.tip"));
        failure.setOnMouseClicked(e -> context.tasks().clearFailure());
        Runnable show = () -> {
            TaskRunner.Failure f = context.tasks().lastFailureProperty().get();
            failure.setText(f == null ? "" : f.task() == null ? texts.get("status.unexpected", f.reason())
                    : texts.get("status.failed", f.task(), f.reason()));
            failure.setVisible(f != null);
            failure.setManaged(f != null);
        };
        context.tasks().lastFailureProperty().addListener((obs, old, now) -> show.run());
        context.i18n().localeProperty().addListener((obs, old, now) -> show.run());
        show.run();
    }

    /** What finished work told (an evidence pack saved), until the next notice or a click on it. */
    private void noticeLine() {
        notice.setId("task-notice");
        notice.setMinWidth(0);
        notice.setOnMouseClicked(e -> context.tasks().tell(""));
        Runnable show = () -> {
            String text = context.tasks().noticeProperty().get();
            notice.setText(text);
            notice.setVisible(!text.isEmpty());
            notice.setManaged(!text.isEmpty());
        };
        context.tasks().noticeProperty().addListener((obs, old, now) -> show.run());
        show.run();
    }

    /**
     * The interface's scale ("Zoom 175 %") once View → Zoom changed it, so that the user sees how far it is from
     * actual size; nothing before the first change.
     */
    private void zoomLine() {
        zoom.setId("status-zoom");
        zoom.getStyleClass().add("text-muted");
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        zoom.managedProperty().bind(zoom.visibleProperty());
        zoom.setVisible(false);
        Runnable show = () -> zoom.setText(texts.get("status.zoom", Math.round(context.scale().factor() * 100)));
        context.scale().factorProperty().addListener((obs, old, now) -> {
            show.run();
            zoom.setVisible(true);
        });
        context.i18n().localeProperty().addListener((obs, old, now) -> show.run());
        show.run();
    }

    private void showNewest() {
        var running = context.tasks().running();
        shown = running.isEmpty() ? null : running.get(running.size() - 1);
        for (int i = running.size() - 1; i >= 0; i--) {
            if (running.get(i).getState() == Worker.State.RUNNING) {
                shown = running.get(i);
                break;
            }
        }
        title.textProperty().unbind();
        progress.progressProperty().unbind();
        if (shown == null) {
            title.setText(texts.get("status.ready"));
            progress.setVisible(false);
            cancel.setVisible(false);
            others.setText("");
            return;
        }
        Task<?> task = shown;
        title.textProperty().bind(Bindings.createStringBinding(() -> task.getMessage() == null || task.getMessage().isBlank()
                ? task.getTitle() : task.getTitle() + " — " + task.getMessage(), task.titleProperty(), task.messageProperty()));
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        others.setText(running.size() > 1 ? texts.get("status.others", running.size() - 1) : "");
    }
}
