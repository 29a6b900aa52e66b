package org.kgexplorer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.kgexplorer.ui.DialogService;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.query.QueryTab;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;

/**
 * Closing the window with query tabs whose text changed since they were opened or saved asks Save, Discard or
 * Cancel: Save saves every such tab (asking for a file where a tab has none) and closes once all are written;
 * Discard closes; Cancel, or a save that fails or is cancelled, keeps the window open.
 */
final class UnsavedQueriesGuard {
    private final QueryWorkspaceViewModel queries;
    private final DialogService dialogs;
    private final I18n.Texts texts;
    private final Stage stage;

    UnsavedQueriesGuard(QueryWorkspaceViewModel queries, DialogService dialogs, I18n.Texts texts, Stage stage) {
        this.queries = queries;
        this.dialogs = dialogs;
        this.texts = texts;
        this.stage = stage;
    }

    /** Watches the stage's close requests (the window's close button, Quit, the window manager). */
    void install() {
        stage.setOnCloseRequest(this::onCloseRequest);
    }

    private void onCloseRequest(WindowEvent request) {
        if (queries.tabs().stream().anyMatch(QueryTab::isDirty)) {
            request.consume();
            unlessUnsaved(stage::hide, true);
        }
    }

    /**
     * Runs {@code then} (closing the window, or putting a project's tabs in place of these, ADR 43) at once when no
     * query tab has unsaved changes; else asks Save, Discard or Cancel: Discard runs it, Save runs it once every such
     * tab is written, Cancel (or a save that fails or is cancelled) does not.
     */
    void unlessUnsaved(Runnable then) {
        unlessUnsaved(then, false);
    }

    /**
     * As {@link #unlessUnsaved(Runnable)}; when the window is {@code closing}, Discard also puts the tabs back to their
     * text as last opened or saved, so that the work kept for the next start does not bring the discarded changes
     * back (any other Discard is followed by tabs put in their place, or, when that is cancelled, keeps them).
     */
    private void unlessUnsaved(Runnable then, boolean closing) {
        List<QueryTab> unsaved = queries.tabs().stream().filter(QueryTab::isDirty).toList();
        if (unsaved.isEmpty()) {
            then.run();
            return;
        }
        ButtonType save = new ButtonType(texts.get("close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.get("close.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(texts.get("close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        // Each tab's name in quotes: a name that is a question ("How many…?") reads as a name, not as the question.
        String names = unsaved.stream().map(t -> texts.get("close.quoted", queries.name(t)))
                .collect(Collectors.joining(", "));
        Optional<ButtonType> answer = dialogs.ask(texts.get("close.title"), texts.get("close.header", names),
                texts.get("close.content"), List.of(save, discard, cancel));
        if (answer.filter(discard::equals).isPresent()) {
            if (closing) {
                unsaved.forEach(t -> t.setText(t.savedTextProperty().get()));
            }
            then.run();
        } else if (answer.filter(save::equals).isPresent()) {
            saveThen(unsaved, then);
        }
    }

    private void saveThen(List<QueryTab> unsaved, Runnable then) {
        List<Task<?>> writes = new ArrayList<>();
        for (QueryTab tab : unsaved) {
            queries.selectedTabProperty().set(tab);
            Task<?> write = queries.save();
            if (write == null) {
                return; // the user cancelled the file chooser: nothing is lost, the window stays
            }
            writes.add(write);
        }
        for (Task<?> write : writes) {
            write.stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.SUCCEEDED
                        && writes.stream().allMatch(w -> w.getState() == Worker.State.SUCCEEDED)) {
                    then.run();
                }
            });
        }
    }
}
