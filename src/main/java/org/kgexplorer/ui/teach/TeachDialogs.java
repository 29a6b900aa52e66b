package org.kgexplorer.ui.teach;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;

import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/** Opens the teaching windows beside the main window, without blocking it (through the DialogService). */
public final class TeachDialogs {
    private TeachDialogs() {
    }

    /** The step-through of a SELECT, in a window of its own; its steps run when shown. */
    public static Dialog<Void> stepThrough(ExplorerContext context, StepThroughViewModel model) {
        StepThroughView view = new StepThroughView(model);
        Dialog<Void> dialog = dialog(model.texts(), "step.title", view);
        // the keys move through the steps from the start, with the focus on Close or anywhere else in the window
        view.takeKeysFrom(dialog.getDialogPane());
        dialog.setOnShown(e -> javafx.application.Platform.runLater(view::focusNext));
        // the step's nodes are lit in the graph while the step-through is open (ADR 47)
        javafx.beans.value.ChangeListener<java.util.Set<String>> light =
                (obs, old, now) -> context.litEntitiesProperty().set(now);
        model.litProperty().addListener(light);
        context.litEntitiesProperty().set(model.litProperty().get());
        dialog.setOnHidden(e -> {
            // another step-through opened since may hold the light now: only this window's own set is put out
            boolean mine = context.litEntitiesProperty().get() == model.litProperty().get();
            model.litProperty().removeListener(light);
            model.cancel();
            if (mine) {
                context.litEntitiesProperty().set(java.util.Set.of());
            }
        });
        context.dialogs().show(dialog);
        return dialog;
    }

    /** The exercise panel, in a window of its own. */
    public static Dialog<Void> exercise(ExplorerContext context, ExerciseViewModel model) {
        Dialog<Void> dialog = dialog(model.texts(), "exercise.title", new ExerciseView(model));
        context.dialogs().show(dialog);
        return dialog;
    }

    private static Dialog<Void> dialog(I18n.Texts texts, String titleKey, Region content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.titleProperty().bind(texts.text(titleKey));
        dialog.setResizable(true);
        dialog.initModality(javafx.stage.Modality.NONE);
        // the margin the other dialogs have (About, F1, Connect): the view was flush with the window's left border
        content.setPadding(new javafx.geometry.Insets(8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId(content.getId() + "-dialog");
        ButtonType close = new ButtonType(texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        return dialog;
    }
}
