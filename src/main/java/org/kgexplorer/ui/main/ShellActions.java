package org.kgexplorer.ui.main;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;

import org.kgexplorer.core.remote.EndpointProfile;

/**
 * The window's commands, one per {@link ShellAction}, filled in by the screens that can do them. Menus are built
 * once from these commands; a command defined later, or one whose condition changes, updates every control bound
 * to it at once.
 */
public final class ShellActions {
    private final Map<ShellAction, Command> commands = new EnumMap<>(ShellAction.class);
    private final ObjectProperty<Consumer<Path>> openRecent = new SimpleObjectProperty<>(this, "openRecent");
    private final ObjectProperty<Consumer<Path>> openRecentDatabase = new SimpleObjectProperty<>(this, "openRecentDatabase");
    private final ObservableList<Path> recentDatabases = FXCollections.observableArrayList();
    private final ObjectProperty<Consumer<Path>> openRecentProject = new SimpleObjectProperty<>(this, "openRecentProject");
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty reopenAtStart =
            new javafx.beans.property.SimpleBooleanProperty(this, "reopenAtStart", true);
    private final ObjectProperty<Consumer<EndpointProfile>> openRecentEndpoint = new SimpleObjectProperty<>(this, "openRecentEndpoint");
    private final ObservableList<EndpointProfile> recentEndpoints = FXCollections.observableArrayList();
    private final ObservableList<String> lessons = FXCollections.observableArrayList();
    private final ObjectProperty<Consumer<String>> openLesson = new SimpleObjectProperty<>(this, "openLesson");

    ShellActions() {
        for (ShellAction a : ShellAction.values()) {
            commands.put(a, new Command(a));
        }
    }

    /** The command behind an action (not executable until a screen defines it). */
    public Command command(ShellAction action) {
        return commands.get(action);
    }

    /** Defines an action that can always run. */
    public void define(ShellAction action, Runnable body) {
        commands.get(action).define(body, Command.always());
    }

    /** Defines an action that can run while {@code when} holds (e.g. while there is an answer to save). */
    public void define(ShellAction action, Runnable body, ObservableBooleanValue when) {
        commands.get(action).define(body, when);
    }

    /** Runs an action now, if it can run. */
    public void execute(ShellAction action) {
        commands.get(action).execute();
    }

    /** Makes a button run an action, disabled while the action cannot run. */
    public void bind(ButtonBase button, ShellAction action) {
        Command c = commands.get(action);
        button.disableProperty().bind(c.executableProperty().not());
        button.setOnAction(e -> c.execute());
    }

    /** Makes a menu item run an action, with its shortcut, disabled while the action cannot run. */
    public void bind(MenuItem item, ShellAction action) {
        item.setId(action.menuItemId());
        item.setAccelerator(action.accelerator());
        bindAlso(item, action);
    }

    /**
     * Makes a second item of an action (in a toolbar button's menu) run it, disabled while it cannot run; without
     * the shortcut, which the menu bar's item already has.
     */
    public void bindAlso(MenuItem item, ShellAction action) {
        Command c = commands.get(action);
        item.disableProperty().bind(c.executableProperty().not());
        item.setOnAction(e -> c.execute());
    }

    /** Opens one of the recent files (RDF, or a .rq query); null while nothing can open them. */
    public ObjectProperty<Consumer<Path>> openRecentProperty() {
        return openRecent;
    }

    /** Opens one of the recent databases; null while nothing can open them. */
    public ObjectProperty<Consumer<Path>> openRecentDatabaseProperty() {
        return openRecentDatabase;
    }

    /** Opens one of the recent projects; null while nothing can open them. */
    public ObjectProperty<Consumer<Path>> openRecentProjectProperty() {
        return openRecentProject;
    }

    /** The projects opened or saved lately, newest first, as File → Recent projects shows them. */
    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }

    /** Whether what was open when the window closed comes back at the next start (File → Reopen the work at start). */
    public javafx.beans.property.BooleanProperty reopenAtStartProperty() {
        return reopenAtStart;
    }

    /** The database folders opened lately, newest first, as File → Recent databases shows them. */
    public ObservableList<Path> recentDatabases() {
        return recentDatabases;
    }

    /** Connects to one of the recent endpoints; null while nothing can. */
    public ObjectProperty<Consumer<EndpointProfile>> openRecentEndpointProperty() {
        return openRecentEndpoint;
    }

    /** The endpoints connected lately, newest first, as File → Recent endpoints shows them (no secrets). */
    public ObservableList<EndpointProfile> recentEndpoints() {
        return recentEndpoints;
    }

    /** The lessons that come with the program, by id, as Help → Lessons lists them (ADR 45). */
    public ObservableList<String> lessons() {
        return lessons;
    }

    /** Opens one of the bundled lessons by id; null while nothing can. */
    public ObjectProperty<Consumer<String>> openLessonProperty() {
        return openLesson;
    }
}
