package org.kgexplorer.app;

import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Dialog;

import org.kgexplorer.core.project.Project;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.main.MainWindow;
import org.kgexplorer.ui.main.ShellAction;
import org.kgexplorer.ui.main.Theme;
import org.kgexplorer.ui.teach.Presenter;
import org.kgexplorer.ui.teach.ScenesView;
import org.kgexplorer.ui.teach.ScenesViewModel;

/**
 * View → Scenes… (the scene list) and View → Present (F5) (ADR 45): presenter mode over the window, at the UI scale
 * chosen for the room (150–250 %, the window's own UI scale, ADR 26) and in high contrast when asked (the window's
 * own theme, ADR 31); both are put back as they were when the presentation is left, and both choices are settings.
 */
final class LessonWiring {
    static final String SCALE = "presenter.scale";
    static final String HIGH_CONTRAST = "presenter.highContrast";

    private final ExplorerContext context;
    private final MainWindow window;
    private final ScenesViewModel scenes;
    private Dialog<Void> list;
    /**
     * The scene list's view, built once: its listeners on the scenes, the selection and the label language stay for the
     * window's life, so a view built at each opening left every earlier one listening (and held) beside it.
     */
    private ScenesView view;
    private Presenter presenter;

    LessonWiring(ExplorerContext context, Settings settings, MainWindow window, ScenesViewModel scenes) {
        this.context = context;
        this.window = window;
        this.scenes = scenes;
        scenes.presenterScaleProperty().set(presenterScale(settings.getDouble(SCALE, 2.0)));
        scenes.highContrastProperty().set(Boolean.parseBoolean(settings.get(HIGH_CONTRAST, "false")));
        scenes.presenterScaleProperty().addListener((obs, old, now) -> settings.put(SCALE, Double.toString(now.doubleValue())));
        scenes.highContrastProperty().addListener((obs, old, now) -> settings.put(HIGH_CONTRAST, String.valueOf(now)));
        scenes.setOnPresent(this::present);
        window.actions().define(ShellAction.SCENES, this::showList);
        window.actions().define(ShellAction.PRESENT, () -> present(Math.max(0, scenes.selectedProperty().get())),
                Bindings.isNotEmpty(scenes.scenes()));
    }

    /** The nearest of the presenter's scales to {@code s}. */
    static double presenterScale(double s) {
        double best = ScenesViewModel.PRESENTER_SCALES[0];
        for (double c : ScenesViewModel.PRESENTER_SCALES) {
            if (Math.abs(c - s) < Math.abs(best - s)) {
                best = c;
            }
        }
        return best;
    }

    /** The scene list, beside the window (not modal: a scene opened shows in the window behind it). */
    private void showList() {
        if (list != null && list.isShowing()) {
            list.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        if (view == null) {
            view = new ScenesView(scenes);
            // the margin the other dialogs have (its text and list were flush with the window's left border)
            view.setPadding(new javafx.geometry.Insets(8));
        }
        // a new dialog around the same view: the DialogService prepares each dialog it shows once
        list = new Dialog<>();
        list.titleProperty().bind(scenes.texts().text("scenes.title"));
        list.setResizable(true);
        list.initModality(javafx.stage.Modality.NONE);
        list.getDialogPane().setContent(view);
        list.getDialogPane().setId("scenes-dialog");
        list.getDialogPane().getButtonTypes().add(new javafx.scene.control.ButtonType(scenes.texts().get("dialog.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        context.dialogs().show(list);
    }

    /** Presents the scenes from scene {@code first}, full screen. */
    void present(int first) {
        if (presenter != null || scenes.scenes().isEmpty()) {
            return;
        }
        if (list != null && list.isShowing()) {
            list.close();
        }
        double scale = context.scale().factor();
        Theme theme = window.themeProperty().get();
        // The room's scale squeezes the window's panes against their minimum sizes, which moves their dividers:
        // they are put back where the user had them when the presentation ends.
        List<javafx.scene.control.SplitPane> splits = window.lookupAll(".split-pane").stream()
                .map(javafx.scene.control.SplitPane.class::cast).toList();
        List<double[]> dividers = splits.stream().map(javafx.scene.control.SplitPane::getDividerPositions).toList();
        context.scale().factorProperty().set(scenes.presenterScaleProperty().get());
        if (scenes.highContrastProperty().get()) {
            window.themeProperty().set(Theme.HIGH_CONTRAST);
        }
        List<Project.View> shown = List.copyOf(scenes.scenes());
        presenter = Presenter.show(context, window.getScene().getWindow(), shown, first, () -> {
            // the window's own scale and theme first: once no presentation runs, the window is as it was
            context.scale().factorProperty().set(scale);
            window.themeProperty().set(theme);
            putBack(splits, dividers);
            // F5 goes on where the presentation was left (Esc to answer a question); Home goes back to the start
            if (presenter != null) {
                scenes.selectedProperty().set(presenter.view().model().sceneProperty().get());
            }
            presenter = null;
        });
        org.slf4j.LoggerFactory.getLogger(LessonWiring.class).info("Presenting {} scenes from scene {} at {} %",
                shown.size(), first + 1, String.format(Locale.ROOT, "%.0f", scenes.presenterScaleProperty().get() * 100));
    }

    /**
     * Puts the window's dividers back where they were before the presentation. The panes' minimum sizes follow the
     * scale a few layout passes late (a tab pane's headers, for one), and a split pane keeps a divider that a minimum
     * once pushed: so the dividers are set again after each layout pass until two passes leave them where they were
     * (at most {@value #SETTLE_PASSES} passes).
     */
    private void putBack(List<javafx.scene.control.SplitPane> splits, List<double[]> dividers) {
        javafx.scene.Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        // at once too, so a window closing with the presentation keeps the user's dividers, not the room's
        for (int i = 0; i < splits.size(); i++) {
            splits.get(i).setDividerPositions(dividers.get(i));
        }
        Runnable[] pass = new Runnable[1];
        int[] count = {0, 0};
        pass[0] = () -> {
            boolean same = true;
            for (int i = 0; i < splits.size(); i++) {
                if (!java.util.Arrays.equals(splits.get(i).getDividerPositions(), dividers.get(i))) {
                    splits.get(i).setDividerPositions(dividers.get(i));
                    same = false;
                }
            }
            count[1] = same ? count[1] + 1 : 0;
            if (count[1] >= 2 || ++count[0] >= SETTLE_PASSES) {
                scene.removePostLayoutPulseListener(pass[0]);
            } else {
                // settle in passes of their own, not in a later one the user's own drag of a divider asked for
                javafx.application.Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(pass[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private static final int SETTLE_PASSES = 30;

    /** Leaves the presentation, if one runs: the window's own UI scale and theme come back. */
    void leave() {
        if (presenter != null) {
            presenter.close();
        }
    }

    /** The scenes and the presenter's choices (for the tests). */
    ScenesViewModel scenes() {
        return scenes;
    }

    /** The scene list's view, or null before View → Scenes… first opened it (for the tests). */
    ScenesView view() {
        return view;
    }

    /** The presentation running, or null (for the tests). */
    Presenter presenter() {
        return presenter;
    }
}
