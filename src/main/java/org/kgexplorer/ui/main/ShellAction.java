package org.kgexplorer.ui.main;

import java.util.Locale;

import javafx.scene.input.KeyCombination;

/**
 * Every command of the window's menus, with the key of its text in the main bundle and its shortcut (as
 * JabRef's {@code StandardActions}): a menu item, a toolbar button or a key press all run the same {@link Command}.
 */
public enum ShellAction {
    ADD_FILES("menu.file.addFiles", "Shortcut+O"),
    ADD_FOLDER("menu.file.addFolder", "Shortcut+Shift+D"),
    REPLACE_WITH_FILES("menu.file.replace", null),
    NEW_DATABASE("menu.file.newDatabase", "Shortcut+Alt+N"),
    OPEN_DATABASE("menu.file.openDatabase", "Shortcut+Alt+O"),
    // projects (issue 17, ADR 43)
    NEW_PROJECT("menu.file.newProject", "Shortcut+Alt+Shift+N"),
    OPEN_PROJECT("menu.file.openProject", "Shortcut+Alt+P"),
    SAVE_PROJECT("menu.file.saveProject", "Shortcut+Alt+S"),
    SAVE_PROJECT_AS("menu.file.saveProjectAs", "Shortcut+Alt+Shift+S"),
    SAVE_VIEW("menu.file.saveView", "Shortcut+Alt+V"),
    CONNECT_ENDPOINT("menu.file.connectEndpoint", "Shortcut+Alt+E"),
    OPEN_QUERY("menu.file.openQuery", "Shortcut+Shift+O"),
    SAVE_QUERY("menu.file.saveQuery", "Shortcut+S"),
    SAVE_QUERY_AS("menu.file.saveQueryAs", "Shortcut+Shift+S"),
    SAVE_RESULTS("menu.file.saveResults", "Shortcut+E"),
    EXPORT_PACK("menu.file.exportPack", null),
    QUIT("menu.file.quit", "Shortcut+Q"),
    COPY_QUERY("menu.edit.copyQuery", "Shortcut+Shift+C"),
    FIND_ENTITY("menu.edit.find", "Shortcut+F"),
    FILTER_RESULTS("menu.edit.filter", "Shortcut+Shift+F"),
    RUN_QUERY("menu.query.run", "Shortcut+Enter"),
    NEW_QUERY_TAB("menu.query.newTab", "Shortcut+T"),
    CLOSE_QUERY_TAB("menu.query.closeTab", "Shortcut+W"),
    STEP_THROUGH("menu.query.stepThrough", null),
    EXERCISE("menu.query.exercise", null),
    BACK("menu.go.back", "Alt+Left"),
    FORWARD("menu.go.forward", "Alt+Right"),
    SHOW_QUERY("menu.go.query", "Shortcut+1"),
    SHOW_GRAPH("menu.go.graph", "Shortcut+2"),
    // views that explain (issue 17, ADR 46)
    SHOW_TIMELINE("menu.go.timeline", "Shortcut+3"),
    SHOW_MATRIX("menu.go.matrix", "Shortcut+4"),
    RESULTS_AS_GRAPH("menu.go.resultsAsGraph", "Shortcut+G"),
    ZOOM_IN("menu.view.zoomIn", "Shortcut+Plus"),
    ZOOM_OUT("menu.view.zoomOut", "Shortcut+Minus"),
    ZOOM_RESET("menu.view.zoomReset", "Shortcut+0"),
    // lessons (issue 17, ADR 45)
    SCENES("menu.view.scenes", "Shortcut+Alt+L"),
    PRESENT("menu.view.present", "F5"),
    HELP("menu.help.tour", "F1"),
    SHOW_LOG("menu.help.log", null),
    ABOUT("menu.help.about", null);

    private final String textKey;
    private final KeyCombination accelerator;

    ShellAction(String textKey, String accelerator) {
        this.textKey = textKey;
        this.accelerator = accelerator == null ? null : KeyCombination.keyCombination(accelerator);
    }

    /** The key of the command's text in the main window's bundle. */
    public String textKey() {
        return textKey;
    }

    /** The shortcut, or null. */
    public KeyCombination accelerator() {
        return accelerator;
    }

    /** The id of the menu item that runs it ({@code menu-file-addFiles}), for tests and the desktop layer. */
    public String menuItemId() {
        return textKey.replace('.', '-');
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
