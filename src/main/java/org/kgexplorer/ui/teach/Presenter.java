package org.kgexplorer.ui.teach;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.kgexplorer.core.project.Project;
import org.kgexplorer.ui.ExplorerContext;

/**
 * Presenter mode (F5, ADR 45): a full-screen window of its own over the main one, showing a {@link PresenterView}
 * at the window's UI scale (which the caller sets for the room). Esc closes it, never only its full screen: the
 * full-screen exit key is the presentation's.
 */
public final class Presenter {
    private final Stage stage = new Stage();
    private final PresenterView view;

    private Presenter(ExplorerContext context, Window owner, List<Project.View> scenes, int first, Runnable closed) {
        view = new PresenterView(context, new PresenterViewModel(scenes, first), stage::close);
        Scene scene = new Scene(view);
        view.styleProperty().bind(context.scale().fontStyle().concat("-fx-background-color: -color-bg-default;"));
        scene.getStylesheets().add(context.scale().iconStylesheet().get());
        stage.initOwner(owner);
        stage.setTitle(context.i18n().texts("org.kgexplorer.ui.teach.messages").get("presenter.title"));
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(context.i18n().texts("org.kgexplorer.ui.teach.messages").get("presenter.hint"));
        stage.setOnHidden(e -> {
            view.dispose();
            closed.run();
        });
    }

    /**
     * Presents {@code scenes} from scene {@code first}, full screen over {@code owner}; {@code closed} runs once the
     * presentation is left (Esc, or the window closed).
     */
    public static Presenter show(ExplorerContext context, Window owner, List<Project.View> scenes, int first,
                                 Runnable closed) {
        Presenter p = new Presenter(context, owner, scenes, first, closed);
        p.stage.show();
        p.stage.setFullScreen(true);
        p.view.requestFocus();
        return p;
    }

    public Stage stage() {
        return stage;
    }

    public PresenterView view() {
        return view;
    }

    /** Leaves the presentation. */
    public void close() {
        stage.close();
    }
}
