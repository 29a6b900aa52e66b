package org.kgexplorer.app;

import java.nio.file.Path;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.ui.sources.SourcesView;
import org.kgexplorer.ui.sources.SourcesViewModel;
import org.kgexplorer.ui.task.TaskRunner;

/** The JavaFX application: wires the store, the background tasks and the window, then loads the bundled graph. */
public final class ExplorerApp extends Application {
    /** The window title. */
    public static final String TITLE = "KG Explorer";

    private final TaskRunner tasks = new TaskRunner();

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SourcesViewModel sources = new SourcesViewModel(new InMemoryStore(), tasks);
        stage.setTitle(TITLE);
        stage.setScene(new Scene(new SourcesView(sources), 1100, 700));
        stage.show();
        sources.loadAtStartup(getParameters().getUnnamed().stream().map(Path::of).toList());
    }

    @Override
    public void stop() {
        tasks.shutdown();
    }
}
