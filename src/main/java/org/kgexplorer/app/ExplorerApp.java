package org.kgexplorer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.SplitMenuButton;
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
import org.kgexplorer.ui.main.ShellAction;
import org.kgexplorer.ui.main.ShellActions;
import org.kgexplorer.ui.results.ResultsAnswer;
import org.kgexplorer.ui.query.QueryWorkspaceView;
import org.kgexplorer.ui.query.QueryTab;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.kgexplorer.ui.results.ResultsView;
import org.kgexplorer.ui.results.ResultsViewModel;
import org.kgexplorer.ui.sources.DatabaseChooser;
import org.kgexplorer.ui.sources.EndpointChooser;
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
    /** The rows of an answer the window makes room for when it arrives. */
    private static final int ANSWER_ROWS = 5;

    private final TaskRunner tasks = new TaskRunner();
    private Settings settings;
    /** The main window's own frame while it is maximized or not (ADR 0030). */
    private RestoredFrame ownFrame;
    private MainWindow window;
    private DatabaseChooser databases;
    private EndpointChooser endpoints;
    private ExplorerContext context;
    private ProjectWiring projects;
    private LessonWiring lessons;

    /**
     * What no code caught, on any thread and on the JavaFX thread (whose listeners and events report to it), goes to
     * the log with its stack trace and to the status bar in one line; without this it went to stderr only.
     */
    static void catchUncaught(TaskRunner tasks) {
        Thread.UncaughtExceptionHandler handler = (thread, e) -> {
            try {
                tasks.reportUncaught(thread, e);
            } catch (RuntimeException | Error again) {
                e.printStackTrace();
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    @Override
    public void start(Stage stage) {
        Logging.forWindow();
        catchUncaught(tasks);
        settings = Settings.in(configFolder());
        context = new ExplorerContext(new InMemoryStore(TaskRunner.dataWorkThreads(Runtime.getRuntime().availableProcessors()) > 1), tasks, new I18n());
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
        // An answer, or a message above it, is given the room to show its first rows once laid out (1280x720 left it one).
        Runnable roomForTheAnswer = () -> afterLayout(resultsView, () -> window.roomForTheAnswer(resultsView.heightToShow(ANSWER_ROWS)));
        results.answerProperty().addListener((obs, old, now) -> roomForTheAnswer.run());
        results.errorProperty().addListener((obs, old, now) -> roomForTheAnswer.run());
        window.setDetails(details);
        GraphWiring graph = new GraphWiring(context, window, results, detailsModel);
        // the views that explain (issue 17, ADR 46): each reads the data when its tab first comes to the front
        org.kgexplorer.ui.explain.TimelineView timeline =
                new org.kgexplorer.ui.explain.TimelineView(new org.kgexplorer.ui.explain.TimelineViewModel(context));
        window.setTimeline(timeline, timeline.model()::setShown);
        org.kgexplorer.ui.explain.MatrixView matrix =
                new org.kgexplorer.ui.explain.MatrixView(new org.kgexplorer.ui.explain.MatrixViewModel(context));
        window.setMatrix(matrix, matrix.model()::setShown);
        queries.setOnRun(sparql -> {
            queries.clearProblem();
            results.run(sparql, queries.selectedTabProperty().get());
        });
        // an endpoint's answer held open for "Load the next" is let go with the tab that asked for it (ADR 42)
        queries.tabs().addListener((javafx.collections.ListChangeListener<QueryTab>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(results::sourceClosed);
            }
        });
        results.lastProblemProperty().addListener((obs, old, problem) -> {
            if (problem != null) {
                queries.showProblem(problem);
            }
        });

        sources.setOnPathsLoaded(paths -> paths.forEach(window::rememberFile));
        databases = new DatabaseChooser(sources, window.actions().recentDatabases(), settings);
        endpoints = new EndpointChooser(sources, window.actions().recentEndpoints(), settings);
        defineCommands(window.actions(), sources, sourcesView, queries, queryView, results, resultsView, search, detailsModel);
        bindButtons(window.actions(), sourcesView, queryView, resultsView, details);
        window.setOnFilesDropped(paths -> open(paths, sources, queries));
        UnsavedQueriesGuard queriesGuard = new UnsavedQueriesGuard(queries, context.dialogs(),
                context.i18n().texts("org.kgexplorer.ui.main.messages"), stage);
        org.kgexplorer.ui.teach.ScenesViewModel scenes = new org.kgexplorer.ui.teach.ScenesViewModel(context);
        projects = new ProjectWiring(context, settings, window.actions(), sources, queries, graph.view(), queriesGuard,
                scenes);
        lessons = new LessonWiring(context, settings, window, scenes);
        // File → Export evidence pack… (issue 17, ADR 47)
        org.kgexplorer.ui.pack.EvidencePackExport pack = new org.kgexplorer.ui.pack.EvidencePackExport(context,
                graph.view(), queries, graph::drawnQuery, results.timeoutSecondsProperty()::get, projects::views,
                projects.fileProperty()::get);
        javafx.collections.ObservableList<org.kgexplorer.core.project.Project.View> saved = projects.viewList();
        window.actions().define(ShellAction.EXPORT_PACK, pack::choose, Bindings.createBooleanBinding(
                () -> graph.view().model().sceneProperty().get().nodeCount() > 0 || !saved.isEmpty(),
                graph.view().model().sceneProperty(), saved));

        // The open project's name, else the endpoint's URL or the open database's folder name, before the
        // application's, as editors show the open file.
        javafx.beans.binding.StringBinding project = projects.titleName();
        stage.titleProperty().bind(Bindings.createStringBinding(() -> project.get() != null
                ? project.get() + " — " + TITLE
                : sources.endpointProperty().get() != null ? sources.endpointProperty().get().url() + " — " + TITLE
                : sources.databaseProperty().get() == null ? TITLE
                : sources.databaseProperty().get().getFileName() + " — " + TITLE,
                sources.databaseProperty(), sources.endpointProperty(), project));
        WindowPlacement place = WindowPlacement.choose(settings, Screen.getPrimary().getVisualBounds(),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        stage.setScene(new Scene(window, place.bounds().getWidth(), place.bounds().getHeight()));
        place.applyTo(stage);
        queriesGuard.install();
        // A project file or a bundled lesson open with unsaved changes asks about the project (its query tabs are in it);
        // else the query tabs.
        javafx.event.EventHandler<javafx.stage.WindowEvent> queriesClose = stage.getOnCloseRequest();
        stage.setOnCloseRequest(e -> {
            if (projects.guarded()) {
                projects.onCloseRequest(e, stage::hide);
            } else {
                queriesClose.handle(e);
            }
        });
        stage.setOnHidden(e -> {
            results.closeStream();
            // a presentation still running gives the window back its own UI scale and theme before they are kept
            lessons.leave();
            saveSettings(stage);
            graph.view().dispose();
        });
        stage.show();
        // GTK under some window managers (openbox) drops a size set before the window first shows and opens it
        // at 200x200 (ADR 0030): place it once more when it is on the screen.
        Platform.runLater(() -> place.applyTo(stage));
        ownFrame = RestoredFrame.follow(stage, place.bounds());
        StartupProbe.watch(stage.getScene(), sources.totalTriplesProperty());
        // The tabs behind the query workspace and Java2D's start for the graph wait until the window shows its first
        // data: made with the window, they delayed its first useful frame on two cores (ADR 5)
        StartupProbe.afterStartSettled(stage.getScene(), sources.busyProperty(), () -> {
            window.fillTabs();
            org.kgexplorer.ui.graph.render.GraphCanvas.warmUp();
        });
        WindowArguments arguments = arguments();
        List<Path> named = arguments.files();
        named.stream().filter(ExplorerApp::isQueryFile).forEach(queries::open);
        List<Path> kgx = named.stream().filter(ProjectWiring::isProject).toList();
        List<Path> rdf = named.stream().filter(p -> !isQueryFile(p) && !ProjectWiring.isProject(p)).toList();
        StartupRequests.apply(arguments, rdf.isEmpty() ? 1 : 2, context, sources, queries, searchModel, search);
        // An entity named at start is shown where it is easiest to show to others: in the graph.
        arguments.entity().ifPresent(entity -> window.showGraph());
        // A project named on the command line opens; else, with nothing named, the work of the last session comes back
        // (File → Reopen the work at start); anything named (a file, --question, --entity, --store) wins over it.
        boolean nothingNamed = named.isEmpty() && arguments.store().isEmpty() && arguments.question().isEmpty()
                && arguments.entity().isEmpty();
        if (!kgx.isEmpty() && rdf.isEmpty() && arguments.store().isEmpty()) {
            startWithProject(projects.open(kgx.get(0), false), sources);
        } else if (nothingNamed && projects.reopenAtStart()) {
            startWithProject(projects.open(projects.sessionFile(), true), sources);
        } else {
            if (!kgx.isEmpty()) {
                LOG.warn("A project opens alone: {} is not opened beside other files or --store", kgx.get(0));
            }
            arguments.store().ifPresentOrElse(sources::openDatabase, () -> sources.loadAtStartup(rdf));
        }
    }

    /** A project read at start that cannot be read leaves the window as a start without one: the bundled graph. */
    private static void startWithProject(javafx.concurrent.Task<?> reading, SourcesViewModel sources) {
        reading.stateProperty().addListener((obs, was, state) -> {
            if (state == javafx.concurrent.Worker.State.FAILED) {
                sources.loadAtStartup(List.of());
            }
        });
    }

    /** The projects' commands (for the tests). */
    ProjectWiring projects() {
        return projects;
    }

    /** The scene list and presenter mode (for the tests). */
    LessonWiring lessons() {
        return lessons;
    }

    /** What the screens share (for the tests). */
    ExplorerContext context() {
        return context;
    }

    /** What the menus and shortcuts run, each enabled while it can do something. */
    private void defineCommands(ShellActions actions, SourcesViewModel sources, SourcesView sourcesView,
                                QueryWorkspaceViewModel queries, QueryWorkspaceView queryView, ResultsViewModel results,
                                ResultsView resultsView, EntitySearchField search, DetailsViewModel details) {
        actions.define(ShellAction.ADD_FILES, sourcesView::chooseFiles);
        actions.define(ShellAction.ADD_FOLDER, sourcesView::chooseFolder);
        actions.define(ShellAction.REPLACE_WITH_FILES, sourcesView::chooseFilesToReplace);
        actions.openRecentProperty().set(file -> open(List.of(file), sources, queries));
        actions.define(ShellAction.NEW_DATABASE, databases::chooseNew);
        actions.define(ShellAction.OPEN_DATABASE, databases::chooseExisting);
        actions.openRecentDatabaseProperty().set(databases::openRecent);
        actions.define(ShellAction.CONNECT_ENDPOINT, endpoints::chooseNew);
        actions.openRecentEndpointProperty().set(endpoints::openRecent);
        actions.define(ShellAction.OPEN_QUERY, queryView::openWithChooser);
        BooleanBinding aTab = queries.selectedTabProperty().isNotNull();
        // Computed from the selected tab's text as the select binding sees it: a select binding follows a newly
        // selected tab only when it is read, so one that is merely listened to stays on the tab it saw first.
        StringBinding text = Bindings.selectString(queries.selectedTabProperty(), "text");
        BooleanBinding aQuery = Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isBlank(), text);
        actions.define(ShellAction.SAVE_QUERY, queryView::save, aTab);
        actions.define(ShellAction.SAVE_QUERY_AS, queryView::saveAsWithChooser, aTab);
        actions.define(ShellAction.RUN_QUERY, queries::runCurrent, aQuery);
        actions.define(ShellAction.COPY_QUERY, queries::copyQuery, aQuery);
        actions.define(ShellAction.NEW_QUERY_TAB, queries::newTab);
        actions.define(ShellAction.CLOSE_QUERY_TAB, queries::closeTab, aTab);
        actions.define(ShellAction.STEP_THROUGH, () -> org.kgexplorer.ui.teach.Teaching.stepThrough(context, queries), aQuery);
        actions.define(ShellAction.EXERCISE, () -> org.kgexplorer.ui.teach.Teaching.exercise(context, queries));
        queries.onExerciseProperty().set(q -> org.kgexplorer.ui.teach.Teaching.exercise(context, queries, q));
        BooleanBinding aTable = Bindings.createBooleanBinding(() -> results.answerProperty().get().hasTable(),
                results.answerProperty());
        BooleanBinding anAnswer = Bindings.createBooleanBinding(
                () -> results.answerProperty().get().kind() != ResultsAnswer.Kind.NONE && !results.busyProperty().get()
                        && !results.savingProperty().get(),
                results.answerProperty(), results.busyProperty(), results.savingProperty());
        actions.define(ShellAction.SAVE_RESULTS, resultsView::save, anAnswer);
        actions.define(ShellAction.FILTER_RESULTS, resultsView::focusFilter, aTable);
        actions.define(ShellAction.RESULTS_AS_GRAPH, results::showAsGraph, aTable);
        actions.define(ShellAction.FIND_ENTITY, search::focus);
        actions.define(ShellAction.BACK, details::back, details.canGoBackProperty());
        actions.define(ShellAction.FORWARD, details::forward, details.canGoForwardProperty());
        Path log = Logging.currentFile();
        if (log != null) {
            actions.define(ShellAction.SHOW_LOG, () -> getHostServices().showDocument(log.toUri().toString()));
        }
    }

    /** Runs {@code then} once, right after the next pulse has laid out {@code node}'s scene (not at all without one). */
    private static void afterLayout(javafx.scene.Node node, Runnable then) {
        javafx.scene.Scene scene = node.getScene();
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /**
     * The buttons that do what a menu item does run that item's command, so a button and its menu item are
     * enabled and disabled together (ADR 26): Add files and Add folder, the query toolbar's Run, New, Open, Save,
     * Save as and Copy, the results' Save and As graph, the details' Back and Forward.
     */
    private static void bindButtons(ShellActions actions, SourcesView sourcesView, QueryWorkspaceView queryView,
                                    ResultsView resultsView, DetailsView details) {
        bindButton(actions, sourcesView, "#add-files", ShellAction.ADD_FILES);
        bindButton(actions, sourcesView, "#add-folder", ShellAction.ADD_FOLDER);
        // A toolbar's items become its children only when it is first laid out: found among its items.
        Map<String, ShellAction> toolbar = Map.of("run-query", ShellAction.RUN_QUERY, "new-query", ShellAction.NEW_QUERY_TAB,
                "open-query", ShellAction.OPEN_QUERY, "save-query", ShellAction.SAVE_QUERY, "copy-query", ShellAction.COPY_QUERY);
        int bound = 0;
        for (Node item : queryView.toolbar().getItems()) {
            if (item instanceof ButtonBase button && toolbar.containsKey(item.getId())) {
                actions.bind(button, toolbar.get(item.getId()));
                bound++;
            }
            if (item instanceof SplitMenuButton save) {
                for (javafx.scene.control.MenuItem saveAs : save.getItems()) {
                    if ("save-query-as".equals(saveAs.getId())) {
                        actions.bindAlso(saveAs, ShellAction.SAVE_QUERY_AS);
                        bound++;
                    }
                }
            }
        }
        if (bound != toolbar.size() + 1) {
            throw new IllegalStateException("The query toolbar has " + bound + " of its 6 commands");
        }
        bindButton(actions, resultsView, "#save-results", ShellAction.SAVE_RESULTS);
        bindButton(actions, resultsView, "#results-as-graph", ShellAction.RESULTS_AS_GRAPH);
        bindButton(actions, details, "#details-back", ShellAction.BACK);
        bindButton(actions, details, "#details-forward", ShellAction.FORWARD);
    }

    private static void bindButton(ShellActions actions, Parent view, String id, ShellAction action) {
        if (!(view.lookup(id) instanceof ButtonBase button)) {
            throw new IllegalStateException("No button " + id + " in " + view.getId());
        }
        actions.bind(button, action);
    }

    /** The command line's files, --question and --entity (the launcher has checked them; here a bad one is logged). */
    private WindowArguments arguments() {
        try {
            return WindowArguments.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring the command line: {}", e.getMessage());
            return new WindowArguments(List.of(), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty());
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
        databases.store(settings);
        endpoints.store(settings);
        projects.storeSession();
        WindowPlacement.store(ownFrame.maximized(), ownFrame.frame(), settings);
        try {
            settings.save();
        } catch (IOException e) {
            LOG.warn("The settings could not be saved to {}: {}", settings.file(), e.getMessage());
        }
    }

    @Override
    public void stop() {
        tasks.shutdown();
        // Releases the open database's files and TDB2's lock, so the command line can use it.
        if (context != null && context.store() instanceof AutoCloseable db) {
            try {
                db.close();
            } catch (Exception e) {
                LOG.warn("The database could not be closed: {}", e.getMessage());
            }
        }
    }
}
