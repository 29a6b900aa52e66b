package org.kgexplorer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.core.settings.UserFolders;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kgexplorer.ui.data.ClassTreeView;
import org.kgexplorer.ui.data.ClassTreeViewModel;
import org.kgexplorer.ui.data.EntitySearchField;
import org.kgexplorer.ui.data.EntitySearchViewModel;
import org.kgexplorer.ui.details.DetailsView;
import org.kgexplorer.ui.details.DetailsViewModel;
import org.kgexplorer.ui.main.MainWindow;
import org.kgexplorer.ui.main.ShellActions;
import org.kgexplorer.ui.query.QueryWorkspaceView;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.kgexplorer.ui.results.ResultsView;
import org.kgexplorer.ui.results.ResultsViewModel;
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
        sourcesView.reportErrorsInDialogs();
        EntitySearchViewModel searchModel = new EntitySearchViewModel(context);
        EntitySearchField search = new EntitySearchField(searchModel);
        ClassTreeView classTree = new ClassTreeView(new ClassTreeViewModel(context));
        VBox.setVgrow(classTree, Priority.ALWAYS);
        window.setDataPanel(search, sourcesView, classTree);

        QueryWorkspaceViewModel queries = new QueryWorkspaceViewModel(context, settings);
        QueryWorkspaceView queryView = new QueryWorkspaceView(queries);
        ResultsViewModel results = new ResultsViewModel(context);
        ResultsView resultsView = new ResultsView(results);
        DetailsViewModel detailsModel = new DetailsViewModel(context);
        DetailsView details = new DetailsView(detailsModel);
        window.setQueryWorkspace(queryView);
        window.setResults(resultsView);
        window.setDetails(details);
        GraphWiring graph = new GraphWiring(context, window, results, detailsModel);
        queries.setOnRun(sparql -> {
            queries.clearProblem();
            results.run(sparql);
        });
        results.lastProblemProperty().addListener((obs, old, problem) -> {
            if (problem != null) {
                queries.showProblem(problem);
            }
        });

        sources.setOnPathsLoaded(paths -> paths.forEach(window::rememberFile));
        ShellActions actions = window.actions();
        actions.addFiles = sourcesView::chooseFiles;
        actions.addFolder = sourcesView::chooseFolder;
        actions.replaceWithFiles = sourcesView::chooseFilesToReplace;
        actions.openRecent = file -> open(List.of(file), sources, queries);
        actions.openQuery = queryView::openWithChooser;
        actions.saveQuery = queryView::save;
        actions.saveQueryAs = queryView::saveAsWithChooser;
        actions.saveResults = resultsView::save;
        actions.runQuery = queries::runCurrent;
        actions.newQueryTab = queries::newTab;
        actions.closeQueryTab = queries::closeTab;
        actions.copyQuery = queries::copyQuery;
        actions.findEntity = search::focus;
        actions.filterResults = resultsView::focusFilter;
        actions.back = details::back;
        actions.forward = details::forward;
        window.setOnFilesDropped(paths -> open(paths, sources, queries));

        stage.setTitle(TITLE);
        WindowPlacement place = WindowPlacement.choose(settings, Screen.getPrimary().getVisualBounds(),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        stage.setScene(new Scene(window, place.bounds().getWidth(), place.bounds().getHeight()));
        place.applyTo(stage);
        stage.setOnHidden(e -> {
            saveSettings(stage);
            graph.view().dispose();
        });
        stage.show();
        // GTK under some window managers (openbox) drops a size set before the window first shows and opens it
        // at 200x200 (ADR 0030): place it once more when it is on the screen.
        Platform.runLater(() -> place.applyTo(stage));
        MaximizedAcrossDialogs.keep(stage);
        StartupProbe.watch(stage.getScene(), sources.totalTriplesProperty());
        WindowArguments arguments = arguments();
        List<Path> named = arguments.files();
        named.stream().filter(ExplorerApp::isQueryFile).forEach(queries::open);
        List<Path> rdf = named.stream().filter(p -> !isQueryFile(p)).toList();
        StartupRequests.apply(arguments, rdf.isEmpty() ? 1 : 2, context, sources, queries, searchModel, search);
        // An entity named at start is shown where it is easiest to show to others: in the graph.
        arguments.entity().ifPresent(entity -> window.showGraph());
        sources.loadAtStartup(rdf);
    }

    /** The command line's files, --question and --entity (the launcher has checked them; here a bad one is logged). */
    private WindowArguments arguments() {
        try {
            return WindowArguments.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring the command line: {}", e.getMessage());
            return new WindowArguments(List.of(), java.util.Optional.empty(), java.util.Optional.empty());
        }
    }

    /** Opens files the way a user means them: .rq files as query tabs, everything else as RDF to add. */
    private void open(List<Path> paths, SourcesViewModel sources, QueryWorkspaceViewModel queries) {
        paths.stream().filter(ExplorerApp::isQueryFile).forEach(p -> {
            window.rememberFile(p);
            queries.open(p);
        });
        List<Path> rdf = paths.stream().filter(p -> !isQueryFile(p)).toList();
        if (!rdf.isEmpty()) {
            sources.loadPaths(rdf, LoadMode.ADD);
        }
    }

    static boolean isQueryFile(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".rq");
    }

    private static Path configFolder() {
        String override = System.getProperty(CONFIG_DIR_PROPERTY);
        return override != null && !override.isBlank() ? Path.of(override)
                : UserFolders.forCurrentUser("kg-explorer").config();
    }

    private void saveSettings(Stage stage) {
        window.storeChoices();
        WindowPlacement.store(stage, settings);
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
