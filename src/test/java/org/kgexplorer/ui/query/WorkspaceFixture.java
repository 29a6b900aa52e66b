package org.kgexplorer.ui.query;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;

/** The workspace on the bundled graph in a window of its own, with a settings folder of the test's own. */
final class WorkspaceFixture {
    final ExplorerContext context;
    final QueryWorkspaceViewModel model;
    final QueryWorkspaceView view;
    final List<String> runs = new CopyOnWriteArrayList<>();

    WorkspaceFixture(Stage stage, Path settingsFolder) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        InMemoryStore store = new InMemoryStore();
        store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        context = new ExplorerContext(store, new TaskRunner(), new I18n());
        model = new QueryWorkspaceViewModel(context, Settings.in(settingsFolder));
        model.setOnRun(runs::add);
        view = new QueryWorkspaceView(model);
        stage.setScene(new Scene(view, 1280, 760));
        stage.show();
    }
}
