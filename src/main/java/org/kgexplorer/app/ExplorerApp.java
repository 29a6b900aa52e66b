package org.kgexplorer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.core.settings.UserFolders;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.main.MainWindow;
import org.kgexplorer.ui.sources.SourcesView;
import org.kgexplorer.ui.sources.SourcesViewModel;
import org.kgexplorer.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: wires the store, the background tasks, the settings and the screens into the main
 * window, then loads the bundled graph and any files named on the command line.
 */
public final class ExplorerApp extends Application {
    /** The window title. */
    public static final String TITLE = "KG Explorer";
    /** A system property naming the settings folder (tests and portable installs); else the per-user config folder. */
    public static final String CONFIG_DIR_PROPERTY = "kgx.config.dir";

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerApp.class);

    private final TaskRunner tasks = new TaskRunner();
    private Settings settings;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        settings = Settings.in(configFolder());
        ExplorerContext context = new ExplorerContext(new InMemoryStore(), tasks, new I18n());
        window = new MainWindow(context, settings);
        window.themeProperty().get().apply();

        SourcesViewModel sources = new SourcesViewModel(context);
        SourcesView sourcesView = new SourcesView(sources);
        window.setDataPanel(sourcesView);
        sourcesView.reportErrorsInDialogs();
        sources.setOnPathsLoaded(paths -> paths.forEach(window::rememberFile));
        window.actions().addFiles = sourcesView::chooseFiles;
        window.actions().addFolder = sourcesView::chooseFolder;
        window.actions().replaceWithFiles = sourcesView::chooseFilesToReplace;
        window.actions().openRecent = file -> sources.loadPaths(List.of(file), LoadMode.ADD);
        window.setOnFilesDropped(paths -> sources.loadPaths(paths, LoadMode.ADD));

        stage.setTitle(TITLE);
        stage.setScene(new Scene(window, settings.getDouble("window.width", 1280), settings.getDouble("window.height", 800)));
        restoreGeometry(stage);
        stage.setOnHidden(e -> saveSettings(stage));
        stage.show();
        StartupProbe.watch(stage.getScene(), sources.totalTriplesProperty());
        sources.loadAtStartup(getParameters().getUnnamed().stream().map(Path::of).toList());
    }

    private static Path configFolder() {
        String override = System.getProperty(CONFIG_DIR_PROPERTY);
        return override != null && !override.isBlank() ? Path.of(override)
                : UserFolders.forCurrentUser("kg-explorer").config();
    }

    private void restoreGeometry(Stage stage) {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized", "false")));
    }

    private void saveSettings(Stage stage) {
        window.storeChoices();
        settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.put("window.x", Double.toString(stage.getX()));
            settings.put("window.y", Double.toString(stage.getY()));
            settings.put("window.width", Double.toString(stage.getScene().getWidth()));
            settings.put("window.height", Double.toString(stage.getScene().getHeight()));
        }
        try {
            settings.save();
        } catch (IOException e) {
            LOG.warn("The settings could not be saved to {}: {}", settings.file(), e.getMessage());
        }
    }

    @Override
    public void stop() {
        tasks.shutdown();
    }
}
