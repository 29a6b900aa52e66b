package org.kgexplorer.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.WindowEvent;

import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.project.OpenedProject;
import org.kgexplorer.core.project.Project;
import org.kgexplorer.core.project.ProjectReader;
import org.kgexplorer.core.project.ProjectWriter;
import org.kgexplorer.core.project.ViewState;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.FileDigests;
import org.kgexplorer.core.store.LoadedSource;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.graph.GraphView;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.main.ShellAction;
import org.kgexplorer.ui.main.ShellActions;
import org.kgexplorer.ui.query.QueryTab;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.kgexplorer.ui.sources.SourcesViewModel;

/**
 * File → New project, Open project…, Save project, Save project as…, Recent projects and Save this view… (issue 17,
 * ADR 43): what the window has open, captured as a {@link Project} and written as a {@code .kgx}; a project read in the
 * background and put in place of the loaded data, the query tabs, the label language and the graph. Reading or writing
 * runs in background tasks; a failure reaches the status bar in one line and leaves what is open as it was. What was
 * open when the window closed is written to {@code session.kgx} in the settings folder, to come back at the next start.
 */
final class ProjectWiring {
    static final String RECENT = "recentProjects";
    static final String REOPEN = "project.reopenAtStart";
    static final String SESSION_FILE = "project.sessionFile";
    /** The bundled lesson the work kept for the next start was, when it had no file. */
    static final String SESSION_LESSON = "project.sessionLesson";
    /** Whether the work kept for the next start had changes not saved in its file (or lesson). */
    static final String SESSION_UNSAVED = "project.sessionUnsaved";
    static final String SESSION = "session.kgx";
    /** The folder beside the session file that keeps the open project's included data for the next start. */
    static final String SESSION_DATA = "session-data";
    private static final int RECENT_LIMIT = 10;

    private final ExplorerContext context;
    private final Settings settings;
    private final ShellActions actions;
    private final SourcesViewModel sources;
    private final QueryWorkspaceViewModel queries;
    private final GraphView graph;
    private final I18n.Texts texts;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    /**
     * The bundled lesson open without a file (Help → Lessons), by its id, or null: an untitled project whose changes
     * are asked about as a file's are, and whose Save goes to Save as.
     */
    private final javafx.beans.property.StringProperty lesson =
            new javafx.beans.property.SimpleStringProperty(this, "lesson");
    /** The project as it was opened or last saved: what "unsaved changes" compares with. */
    private Project baseline = null;
    /** The user discarded the open project's changes (Save / Discard / Cancel): they are not kept for the next start. */
    private boolean discarded;
    /**
     * The open project came back from the last session with changes its file never got: it counts as unsaved until
     * saved, however little changes now (its baseline is the session's state, not the file's).
     */
    private boolean unsavedFromLastTime;
    private boolean sessionUnsavedPending;
    /**
     * The last session is being put back (or failed to be): until something is open in its place or the user works in
     * the window after the failure, closing the window keeps the session file and its data as they are instead of
     * writing over them what is open meanwhile.
     */
    private boolean sessionNotBack;
    /**
     * The window as the session's failed (or cancelled) data switch left it; null while that switch runs. Once the
     * user changes anything from there (loads other data, edits a tab, builds a graph), that work is what the next
     * start gets, not the session that did not come back.
     */
    private Project leftByTheSession;
    /** The saved views of the open project, in order: the scenes of a lesson, which the scene list edits (ADR 45). */
    private final javafx.collections.ObservableList<Project.View> views;
    /** The file sources of the open project by where their bytes are read from (an included file's extracted copy). */
    private final Map<String, Project.Source.File> fileSources = new HashMap<>();
    private OpenedProject opened;
    /**
     * Copies of the open project's included data files in {@link #SESSION_DATA}, by the extracted file they copy: the
     * session file links them, so closing the window copies nothing on the JavaFX thread.
     */
    private final Map<Path, Path> sessionCopies = new HashMap<>();
    /** Asks about query tabs with unsaved changes while no project file is open (New project, Open project). */
    private final UnsavedQueriesGuard queriesGuard;
    private FileChooser chooser;

    ProjectWiring(ExplorerContext context, Settings settings, ShellActions actions, SourcesViewModel sources,
                  QueryWorkspaceViewModel queries, GraphView graph, UnsavedQueriesGuard queriesGuard,
                  org.kgexplorer.ui.teach.ScenesViewModel scenes) {
        this.context = context;
        this.views = scenes.scenes();
        scenes.setCurrentView(this::currentView);
        scenes.setOnOpen(this::openView);
        this.queriesGuard = queriesGuard;
        this.settings = settings;
        this.actions = actions;
        this.sources = sources;
        this.queries = queries;
        this.graph = graph;
        this.texts = context.i18n().texts("org.kgexplorer.ui.main.messages");
        settings.getList(RECENT).stream().map(Path::of).forEach(actions.recentProjects()::add);
        actions.reopenAtStartProperty().set(Boolean.parseBoolean(settings.get(REOPEN, "true")));
        actions.define(ShellAction.NEW_PROJECT, () -> unlessUnsaved(this::newProject));
        actions.define(ShellAction.OPEN_PROJECT, () -> unlessUnsaved(this::chooseAndOpen));
        actions.openRecentProjectProperty().set(path -> unlessUnsaved(() -> open(path, false)));
        actions.define(ShellAction.SAVE_PROJECT, this::save);
        actions.define(ShellAction.SAVE_PROJECT_AS, this::saveAs);
        actions.define(ShellAction.SAVE_VIEW, this::saveView);
        actions.lessons().setAll(org.kgexplorer.core.project.BundledLessons.IDS);
        actions.openLessonProperty().set(id -> unlessUnsaved(() -> openLesson(id)));
        context.dataVersionProperty().addListener((obs, old, now) -> digestLoadedFiles());
    }

    /**
     * Works out the SHA-256 of every loaded file in the background, after each load, so that saving the project (also
     * when the window closes) finds it known instead of reading a large file again ({@link FileDigests}).
     */
    private void digestLoadedFiles() {
        if (sources.databaseProperty().get() != null || context.store() instanceof RemoteStore) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (LoadedSource s : sources.sources()) {
            if (!BundledGraph.RESOURCES.contains(s.location())) {
                try {
                    files.add(Path.of(s.location()));
                } catch (java.nio.file.InvalidPathException e) {
                    // not a file: nothing to digest
                }
            }
        }
        if (files.isEmpty()) {
            return;
        }
        context.tasks().submit(new javafx.concurrent.Task<Void>() {
            {
                updateTitle(texts.get("project.task.digest"));
            }

            @Override
            protected Void call() {
                for (Path f : files) {
                    if (isCancelled()) {
                        break;
                    }
                    try {
                        if (Files.isRegularFile(f)) {
                            FileDigests.sha256(f);
                        }
                    } catch (java.io.IOException e) {
                        org.slf4j.LoggerFactory.getLogger(ProjectWiring.class).warn(
                                "The checksum of {} could not be worked out: {}", f, e.getMessage());
                    }
                }
                return null;
            }
        });
    }

    /** The open project's file, or null (for the window's title). */
    ObjectProperty<Path> fileProperty() {
        return file;
    }

    /**
     * What the window's title names as the open project: the file's name, the bundled lesson open without a file
     * ("US–Mexico security cooperation… (lesson, not saved)", in the interface language), or null for neither.
     */
    javafx.beans.binding.StringBinding titleName() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> file.get() != null
                ? String.valueOf(file.get().getFileName())
                : lesson.get() != null ? texts.get("project.lessonUnsaved", texts.get("lesson." + lesson.get())) : null,
                file, lesson, texts.language());
    }

    /** The name the unsaved-changes question gives the open project. */
    private String name() {
        return file.get() != null ? String.valueOf(file.get().getFileName()) : texts.get("lesson." + lesson.get());
    }

    // ---- capturing what is open

    /** What the window has open now, as a project (JavaFX thread). */
    Project capture() {
        List<Project.Source> list = new ArrayList<>();
        Path database = sources.databaseProperty().get();
        if (context.store() instanceof RemoteStore remote) {
            list.add(new Project.Source.Endpoint(remote.endpoint().url(), remote.endpoint().auth().name()));
        } else if (database != null) {
            list.add(new Project.Source.Database(database.toString()));
        } else {
            boolean bundled = false;
            for (LoadedSource s : sources.sources()) {
                if (BundledGraph.RESOURCES.contains(s.location())) {
                    if (!bundled) {
                        list.add(new Project.Source.Bundled());
                        bundled = true;
                    }
                } else {
                    Project.Source.File known = fileSources.get(s.location());
                    list.add(known != null ? known : Project.Source.File.linked(Path.of(s.location()), ""));
                }
            }
        }
        List<Project.QueryTab> tabs = new ArrayList<>();
        for (QueryTab tab : queries.tabs()) {
            tabs.add(new Project.QueryTab(queries.name(tab), tab.getText()));
        }
        ViewState state = graph.capture();
        Project.View working = state.nodes().isEmpty() ? null
                : new Project.View("", "", "", context.selectedEntityProperty().get(), state);
        return new Project(list, tabs, context.labelModeProperty().get().name(), working, views);
    }

    /**
     * Whether the open project has changes not saved (always false while neither a project file nor a bundled lesson
     * is open: then the query tabs are asked about on their own).
     */
    boolean unsaved() {
        return guarded() && baseline != null && (unsavedFromLastTime || !same(capture(), baseline));
    }

    /** Equal but for the camera of a view that is kept fitted, which moves as the window changes size. */
    private static boolean same(Project a, Project b) {
        return a.sources().equals(b.sources()) && a.queries().equals(b.queries())
                && a.labelLanguage().equals(b.labelLanguage()) && a.views().equals(b.views())
                && graphOf(a).equals(graphOf(b));
    }

    private static List<Object> graphOf(Project p) {
        ViewState v = p.working() == null ? ViewState.EMPTY : p.working().graph();
        return List.of(v.nodes(), v.positions(), v.pinned(), v.hidden(), v.hiddenClasses(), v.hiddenProperties(),
                v.layout(), v.selection());
    }

    // ---- commands

    private void newProject() {
        sessionUnsavedPending = false;
        apply(new OpenedProject(null, Project.empty(), List.of(), null), null);
    }

    private void chooseAndOpen() {
        context.dialogs().chooseFileToOpen(chooser(texts.get("project.open"))).map(File::toPath)
                .ifPresent(p -> open(p, false));
    }

    /**
     * Reads a project in the background and puts it in place of what is open; a failure goes to the status bar and
     * leaves what is open as it was.
     *
     * @param session true for the work reopened at start (then the file it came from is the one remembered)
     */
    Task<OpenedProject> open(Path path, boolean session) {
        String name = String.valueOf(path.getFileName());
        Task<OpenedProject> task = new Task<>() {
            @Override
            protected OpenedProject call() throws Exception {
                updateTitle(texts.get("project.opening", name));
                return ProjectReader.read(path);
            }
        };
        task.setOnSucceeded(e -> {
            OpenedProject read = task.getValue();
            if (session) {
                String remembered = settings.get(SESSION_FILE, "");
                String lessonId = settings.get(SESSION_LESSON, "");
                sessionUnsavedPending = Boolean.parseBoolean(settings.get(SESSION_UNSAVED, "false"));
                apply(new OpenedProject(remembered.isEmpty() ? null : Path.of(remembered), includedAgain(read.project()),
                        read.problems(), read.extracted()),
                        remembered.isEmpty() && org.kgexplorer.core.project.BundledLessons.IDS.contains(lessonId) ? lessonId : null);
            } else {
                remember(path);
                sessionUnsavedPending = false;
                apply(read, null);
            }
        });
        task.setOnFailed(e -> {
            if (session) {
                // a session file that cannot be read is replaced at the next close
                sessionNotBack = false;
            }
            context.tasks().reportFailure(task);
        });
        if (session) {
            sessionNotBack = true;
            leftByTheSession = null;
        }
        context.tasks().submit(task);
        return task;
    }

    /**
     * Puts a project read in place of what is open, once its data is in.
     *
     * @param lessonId the bundled lesson it is (opened without a file), or null
     */
    private void apply(OpenedProject read, String lessonId) {
        OpenedProject next = located(read);
        Project project = next.project();
        List<Path> missing = next.problems().stream()
                .filter(p -> p.status() == OpenedProject.LinkedFile.Status.MISSING)
                .map(p -> Path.of(p.source().path())).toList();
        for (OpenedProject.LinkedFile problem : next.problems()) {
            context.tasks().report(texts.get("project.title"), texts.get(
                    problem.status() == OpenedProject.LinkedFile.Status.MISSING ? "project.missing" : "project.changed",
                    problem.source().name(), problem.source().path()));
        }
        Map<String, Project.Source.File> loadedFiles = new HashMap<>();
        List<Path> files = new ArrayList<>();
        boolean bundled = false;
        Project.Source.Database database = null;
        Project.Source.Endpoint endpoint = null;
        for (Project.Source s : project.sources()) {
            if (s instanceof Project.Source.Bundled) {
                bundled = true;
            } else if (s instanceof Project.Source.File f && !missing.contains(Path.of(f.path()))) {
                loadedFiles.put(f.readFrom().toString(), f);
                files.add(f.readFrom());
            } else if (s instanceof Project.Source.Database d) {
                database = d;
            } else if (s instanceof Project.Source.Endpoint e) {
                endpoint = e;
            }
        }
        // a name in quotes (a lesson's title is a sentence of its own: "Datos de «La cooperación…» cargados"), the new
        // project as words
        String what = next.file() != null ? texts.get("close.quoted", next.file().getFileName())
                : lessonId != null ? texts.get("close.quoted", texts.get("lesson." + lessonId)) : texts.get("project.untitled");
        // The project takes the place of what is open only once its data is in, and only once its own switch of the
        // data ends (not a load before it or after it): a load that fails or is cancelled leaves the data, the tabs,
        // the label language and the graph as they were, and its extracted files are removed.
        java.util.function.Consumer<SourcesViewModel.Outcome> ended = outcome -> {
            switch (outcome) {
                case SUCCEEDED -> use(next, loadedFiles, lessonId);
                case FAILED -> {
                    sessionLeftAsItIs();
                    next.close();
                    context.tasks().report(texts.get("project.title"),
                            texts.get("project.loadFailed", what, sources.errorProperty().get()));
                }
                case CANCELLED -> {
                    sessionLeftAsItIs();
                    next.close();
                }
            }
        };
        org.kgexplorer.ui.sources.EndpointDialog.Choice connect = endpoint == null ? null : connection(endpoint);
        if (database != null) {
            sources.openDatabase(Path.of(database.folder()), ended);
        } else if (connect != null) {
            sources.connectEndpoint(connect.profile(), connect.secret(), ended);
        } else {
            if (endpoint != null) {
                // its secret was not given: the project opens on no data, and says how to connect
                context.tasks().report(texts.get("project.title"), texts.get("project.endpoint", endpoint.url()));
            }
            sources.replaceData(what, bundled, files, ended);
        }
    }

    /** The session's data did not come back: what the window holds now is what the user's later work starts from. */
    private void sessionLeftAsItIs() {
        if (sessionNotBack && leftByTheSession == null) {
            leftByTheSession = capture();
        }
    }

    /**
     * How to connect again to a project's endpoint: as last connected from this machine (a recent endpoint of the same
     * URL and authentication: its user, certificate, time limit and page size), else with the proposed settings; an
     * endpoint that needs a password or token asks for it (the project never holds one). Null when that is cancelled.
     */
    private org.kgexplorer.ui.sources.EndpointDialog.Choice connection(Project.Source.Endpoint endpoint) {
        org.kgexplorer.core.remote.Endpoint.Auth auth = org.kgexplorer.core.remote.Endpoint.Auth.valueOf(endpoint.auth());
        org.kgexplorer.core.remote.EndpointProfile profile = actions.recentEndpoints().stream()
                .filter(p -> p.url().equals(endpoint.url()) && p.auth() == auth).findFirst()
                .orElse(new org.kgexplorer.core.remote.EndpointProfile(endpoint.url(), auth, null, null,
                        org.kgexplorer.core.remote.EndpointProfile.DEFAULT_TIMEOUT_SECONDS,
                        org.kgexplorer.core.remote.EndpointProfile.DEFAULT_PAGE_SIZE,
                        org.kgexplorer.core.remote.TextSearch.DETECT));
        if (!profile.needsSecret()) {
            return new org.kgexplorer.ui.sources.EndpointDialog.Choice(profile, null);
        }
        return context.dialogs().showAndWait(new org.kgexplorer.ui.sources.EndpointDialog(context, profile))
                .orElse(null);
    }

    /** Makes a project whose data is loaded the open one: its file, views, label language, tabs and graph. */
    private void use(OpenedProject next, Map<String, Project.Source.File> loadedFiles, String lessonId) {
        Project project = next.project();
        if (opened != null) {
            opened.close();
        }
        opened = next;
        file.set(next.file());
        lesson.set(next.file() == null ? lessonId : null);
        views.clear();
        views.addAll(project.views());
        fileSources.clear();
        fileSources.putAll(loadedFiles);
        keepForTheSession(next, loadedFiles.values().stream().filter(Project.Source.File::included).toList());
        if (next.file() == null && lessonId != null) {
            // A bundled lesson speaks both languages: it keeps the labels the teacher has (a Spanish class keeps its
            // Spanish names and captions), where a saved project puts back the labels it was saved with.
            project = new Project(project.sources(), project.queries(), context.labelModeProperty().get().name(),
                    project.working(), project.views());
        } else {
            context.labelModeProperty().set(LabelMode.valueOf(project.labelLanguage()));
        }
        queries.replaceTabs(project.queries());
        baseline = project;
        discarded = false;
        unsavedFromLastTime = sessionUnsavedPending;
        sessionUnsavedPending = false;
        sessionNotBack = false;
        if (project.working() == null) {
            graph.restore(ViewState.EMPTY);
        } else {
            select(graph.restore(project.working().graph()), project.working().selected());
        }
    }

    /**
     * Shows {@code entity} (a saved view's selected entity, or null) in the details once {@code restoring} has put
     * the view's graph back: after the graph's own selection, which would else take its place (ADR 43).
     */
    private void select(Task<?> restoring, String entity) {
        if (entity == null) {
            return;
        }
        restoring.stateProperty().addListener((obs, was, now) -> {
            if (now == javafx.concurrent.Worker.State.SUCCEEDED) {
                // after the restore's own step, which selects the graph's node once its scene is published
                javafx.application.Platform.runLater(() -> context.selectedEntityProperty().set(entity));
            }
        });
    }

    /**
     * Copies a project's included data files (extracted to a temporary folder, removed when the project closes) into
     * a new folder of {@link #SESSION_DATA} in a background task, for the session file to link when the window closes.
     */
    private void keepForTheSession(OpenedProject project, List<Project.Source.File> included) {
        sessionCopies.clear();
        if (included.isEmpty()) {
            return;
        }
        Path folder = sessionFile().toAbsolutePath().normalize().resolveSibling(SESSION_DATA).resolve(Long.toString(System.currentTimeMillis(), 36)
                + "-" + Integer.toString(System.identityHashCode(project), 36));
        Task<Map<Path, Path>> copying = new Task<>() {
            {
                updateTitle(texts.get("project.task.sessionCopy"));
            }

            @Override
            protected Map<Path, Path> call() throws Exception {
                Files.createDirectories(folder);
                Map<Path, Path> copies = new HashMap<>();
                int n = 0;
                for (Project.Source.File f : included) {
                    if (isCancelled()) {
                        break;
                    }
                    // each in a folder of its own, under the name the project gives it
                    Path copy = folder.resolve(String.format(java.util.Locale.ROOT, "%02d", ++n)).resolve(f.name());
                    Files.createDirectories(copy.getParent());
                    Files.copy(f.readFrom(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    copies.put(f.readFrom(), copy);
                }
                return copies;
            }
        };
        copying.setOnSucceeded(e -> {
            if (opened == project) {
                sessionCopies.putAll(copying.getValue());
            }
        });
        copying.setOnFailed(e -> org.slf4j.LoggerFactory.getLogger(ProjectWiring.class).warn(
                "The project's data could not be kept for the next start: {}", copying.getException().getMessage()));
        context.tasks().submit(copying);
    }

    /**
     * Asks, for each linked file that is missing, whether to locate it: a file chosen takes its place in the project
     * (linked at its new path); one not chosen stays missing, reported and left out of the load.
     */
    private OpenedProject located(OpenedProject read) {
        List<OpenedProject.LinkedFile> missing = read.problems().stream()
                .filter(p -> p.status() == OpenedProject.LinkedFile.Status.MISSING).toList();
        if (missing.isEmpty()) {
            return read;
        }
        Map<Project.Source, Project.Source> replaced = new HashMap<>();
        for (OpenedProject.LinkedFile problem : missing) {
            ButtonType locate = new ButtonType(texts.get("project.locate"), ButtonBar.ButtonData.YES);
            ButtonType leave = new ButtonType(texts.get("project.leaveOut"), ButtonBar.ButtonData.NO);
            Optional<ButtonType> answer = context.dialogs().ask(texts.get("project.title"),
                    texts.get("project.missing.header", problem.source().name()), problem.source().path(),
                    List.of(locate, leave));
            if (answer.filter(locate::equals).isPresent()) {
                FileChooser c = new FileChooser();
                c.setTitle(texts.get("project.locate"));
                c.setInitialFileName(problem.source().name());
                context.dialogs().chooseFileToOpen(c).ifPresent(f -> replaced.put(problem.source(),
                        Project.Source.File.linked(f.toPath(), "")));
            }
        }
        if (replaced.isEmpty()) {
            return read;
        }
        Project p = read.project();
        List<Project.Source> list = p.sources().stream().map(s -> replaced.getOrDefault(s, s)).toList();
        return new OpenedProject(read.file(), new Project(list, p.queries(), p.labelLanguage(), p.working(), p.views()),
                read.problems().stream().filter(x -> !replaced.containsKey(x.source())).toList(), read.extracted());
    }

    private void save() {
        if (file.get() == null) {
            saveAs();
        } else {
            write(file.get(), false);
        }
    }

    /**
     * Asks where to write the project and whether to include its data, then writes it.
     *
     * @return the writing, or null when the user cancelled
     */
    private Task<Void> saveAs() {
        FileChooser c = chooser(texts.get("project.saveAs"));
        if (file.get() != null) {
            c.setInitialFileName(file.get().getFileName().toString());
        }
        Optional<File> chosen = context.dialogs().chooseFileToSave(c);
        if (chosen.isEmpty()) {
            return null;
        }
        Path target = chosen.get().toPath();
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".kgx")) {
            target = target.resolveSibling(target.getFileName() + ".kgx");
        }
        ButtonType include = new ButtonType(texts.get("project.includeData"), ButtonBar.ButtonData.YES);
        ButtonType link = new ButtonType(texts.get("project.linkData"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(texts.get("close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Optional<ButtonType> answer = context.dialogs().ask(texts.get("project.title"),
                texts.get("project.includeData.header"), texts.get("project.includeData.content"),
                List.of(include, link, cancel));
        if (answer.isEmpty() || answer.get() == cancel) {
            return null;
        }
        return write(target, answer.get() == include);
    }

    /** Writes the project in the background; the window's file and the baseline follow only once it is written. */
    Task<Void> write(Path target, boolean includeData) {
        Project project = capture();
        String name = String.valueOf(target.getFileName());
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateTitle(texts.get("project.saving", name));
                ProjectWriter.write(project, target, includeData);
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            file.set(target);
            lesson.set(null);
            baseline = project;
            discarded = false;
            unsavedFromLastTime = false;
            remember(target);
        });
        task.setOnFailed(e -> context.tasks().reportFailure(task));
        context.tasks().submit(task);
        return task;
    }

    private void saveView() {
        org.kgexplorer.ui.teach.CaptionsDialog.ask(context, null, texts.get("view.title"), texts.get("view.header"),
                texts.get("view.save"), "", "").ifPresent(c -> addView(c[0], c[1]));
    }

    /** Adds the view on screen to the project: the query in front, the graph, the selected entity, the captions. */
    void addView(String captionEn, String captionEs) {
        views.add(currentView().withCaptions(captionEn, captionEs));
    }

    /** The view on screen, uncaptioned: the query in front, the graph, the selected entity. */
    private Project.View currentView() {
        String query = queries.selectedTabProperty().get() == null ? "" : queries.selectedTabProperty().get().getText();
        return new Project.View("", "", query, context.selectedEntityProperty().get(), graph.capture());
    }

    /**
     * Opens a saved view (a scene) in the window: its graph as it was saved, in front, and its query in a tab of its
     * own unless the tab in front already holds it.
     */
    void openView(Project.View view) {
        if (!view.query().isEmpty() && (queries.selectedTabProperty().get() == null
                || !view.query().equals(queries.selectedTabProperty().get().getText()))) {
            queries.newTab().setText(view.query());
        }
        select(graph.restore(view.graph()), view.selected());
        actions.execute(ShellAction.SHOW_GRAPH);
    }

    /**
     * Opens a lesson that comes with the program (Help → Lessons) in the background: as a project without a file, so
     * that saving it asks where and the bundled copy stays as it is.
     */
    Task<OpenedProject> openLesson(String id) {
        Task<OpenedProject> task = new Task<>() {
            @Override
            protected OpenedProject call() throws Exception {
                updateTitle(texts.get("project.opening", texts.get("lesson." + id)));
                return org.kgexplorer.core.project.BundledLessons.open(id);
            }
        };
        task.setOnSucceeded(e -> {
            sessionUnsavedPending = false;
            apply(task.getValue(), id);
        });
        task.setOnFailed(e -> context.tasks().reportFailure(task));
        context.tasks().submit(task);
        return task;
    }

    List<Project.View> views() {
        return List.copyOf(views);
    }

    /** The saved views of the open project, to observe (JavaFX thread). */
    javafx.collections.ObservableList<Project.View> viewList() {
        return javafx.collections.FXCollections.unmodifiableObservableList(views);
    }

    // ---- closing, and the next start

    /**
     * Runs {@code then} unless the open project has unsaved changes and the user cancels: Save writes it first (and
     * runs {@code then} once it is written), Discard drops them.
     */
    private void unlessUnsaved(Runnable then) {
        if (!guarded()) {
            // no project file holds the tabs: their own unsaved changes are asked about, as when the window closes
            queriesGuard.unlessUnsaved(then);
            return;
        }
        if (!unsaved()) {
            then.run();
            return;
        }
        ButtonType save = new ButtonType(texts.get("close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.get("close.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(texts.get("close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Optional<ButtonType> answer = context.dialogs().ask(texts.get("project.title"),
                texts.get("project.unsaved", name()), texts.get("close.content"),
                List.of(save, discard, cancel));
        if (answer.filter(discard::equals).isPresent()) {
            // discarded means lost, as the question says: the next start brings the project back as it was saved
            discarded = true;
            then.run();
        } else if (answer.filter(save::equals).isPresent()) {
            // a bundled lesson has no file of its own: Save asks where (Save as), and a cancelled choice cancels
            Task<Void> writing = file.get() != null ? write(file.get(), false) : saveAs();
            if (writing != null) {
                writing.stateProperty().addListener((obs, was, state) -> {
                    if (state == javafx.concurrent.Worker.State.SUCCEEDED) {
                        then.run();
                    }
                });
            }
        }
    }

    /** The window's close request while a project file or a bundled lesson is open: asks about its unsaved changes. */
    void onCloseRequest(WindowEvent request, Runnable close) {
        if (!unsaved()) {
            return;
        }
        request.consume();
        unlessUnsaved(close);
    }

    /**
     * Whether the open project's changes are asked about as a project's: a project file is open, or a bundled lesson
     * (an untitled project); else the query tabs are asked about on their own.
     */
    boolean guarded() {
        return file.get() != null || lesson.get() != null;
    }

    /** The session file in the settings folder. */
    Path sessionFile() {
        return settings.file().resolveSibling(SESSION);
    }

    /**
     * Writes what is open to the session file (linked data, never copied; included data linked to its copy in
     * {@link #SESSION_DATA}, made in the background when the project opened) for the next start, and the settings;
     * the window is closing, so it runs here. Copies no session links any more are removed. A failure is logged.
     */
    void storeSession() {
        settings.put(REOPEN, String.valueOf(actions.reopenAtStartProperty().get()));
        settings.putList(RECENT, actions.recentProjects().stream().map(Path::toString).toList());
        if (sessionNotBack && (leftByTheSession == null || same(capture(), leftByTheSession))) {
            // the last session never came back (its data failed to load, say): it is kept for the next start as it
            // was, with its unsaved changes and its copies of included data, not replaced by an empty window
            org.slf4j.LoggerFactory.getLogger(ProjectWiring.class).info("The last session was not put back; it is kept as it was");
            if (opened != null) {
                opened.close();
            }
            return;
        }
        settings.put(SESSION_FILE, file.get() == null ? null : file.get().toString());
        settings.put(SESSION_LESSON, lesson.get());
        // after Discard, the project as last saved (or opened), with only what was unsaved before this session
        boolean keepSaved = discarded && guarded() && baseline != null;
        settings.put(SESSION_UNSAVED, (keepSaved ? unsavedFromLastTime : unsaved()) ? "true" : null);
        try {
            Files.createDirectories(sessionFile().getParent());
            // JavaFX thread: the SHA-256 of a linked file only where the background digest already knows it
            Project now = keepSaved ? baseline : capture();
            List<Project.Source> kept = now.sources().stream().map(s -> s instanceof Project.Source.File f
                    && f.included() && sessionCopies.containsKey(f.readFrom())
                    ? (Project.Source) Project.Source.File.linked(sessionCopies.get(f.readFrom()), f.sha256()) : s).toList();
            Project session = new Project(kept, now.queries(), now.labelLanguage(), now.working(), now.views());
            ProjectWriter.writeWithKnownDigests(session, sessionFile());
            removeUnlinkedCopies(session);
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(ProjectWiring.class).warn("The work could not be kept for the next start: {}",
                    e.getMessage());
        }
        if (opened != null) {
            opened.close();
        }
    }

    /**
     * The project of the session file with the data it links in {@link #SESSION_DATA} included again, as it was in the
     * project when the window closed (saved, it is written into the project file, not linked to the session's copy).
     */
    private Project includedAgain(Project session) {
        Path data = sessionFile().toAbsolutePath().normalize().resolveSibling(SESSION_DATA);
        List<Project.Source> sources = session.sources().stream().map(s -> s instanceof Project.Source.File f
                && !f.included() && Path.of(f.path()).startsWith(data)
                ? (Project.Source) new Project.Source.File(f.path(), f.sha256(), true, f.readFrom()) : s).toList();
        return new Project(sources, session.queries(), session.labelLanguage(), session.working(), session.views());
    }

    /** Removes the folders of {@link #SESSION_DATA} that the session file written now does not link. */
    private void removeUnlinkedCopies(Project session) throws java.io.IOException {
        Path data = sessionFile().toAbsolutePath().normalize().resolveSibling(SESSION_DATA);
        if (!Files.isDirectory(data)) {
            return;
        }
        java.util.Set<Path> linked = new java.util.HashSet<>();
        for (Project.Source s : session.sources()) {
            if (s instanceof Project.Source.File f && Path.of(f.path()).startsWith(data)) {
                linked.add(data.resolve(data.relativize(Path.of(f.path())).getName(0)));
            }
        }
        try (java.util.stream.Stream<Path> folders = Files.list(data)) {
            for (Path folder : folders.filter(p -> !linked.contains(p)).toList()) {
                try (java.util.stream.Stream<Path> inside = Files.walk(folder)) {
                    for (Path p : inside.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** Whether the work of the last session is to be reopened now. */
    boolean reopenAtStart() {
        return actions.reopenAtStartProperty().get() && Files.isRegularFile(sessionFile());
    }

    private void remember(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        actions.recentProjects().remove(absolute);
        actions.recentProjects().add(0, absolute);
        while (actions.recentProjects().size() > RECENT_LIMIT) {
            actions.recentProjects().remove(RECENT_LIMIT);
        }
    }

    private FileChooser chooser(String title) {
        if (chooser == null) {
            chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("project.filter"), "*.kgx"));
        }
        chooser.setTitle(title);
        chooser.setInitialFileName(null);
        return chooser;
    }

    /** Whether a path names a project file. */
    static boolean isProject(Path p) {
        return p.getFileName() != null
                && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".kgx");
    }
}
