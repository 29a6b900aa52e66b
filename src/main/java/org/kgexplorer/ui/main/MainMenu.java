package org.kgexplorer.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.i18n.I18n;

/** The menu bar: every command of the window, with the usual shortcuts, in the interface language. */
final class MainMenu extends MenuBar {
    private final I18n.Texts texts;
    private final ShellActions actions;

    MainMenu(I18n.Texts texts, ShellActions actions, ObservableList<Path> recentFiles, ObjectProperty<LabelMode> labelMode,
             ObjectProperty<Locale> locale, ObjectProperty<Theme> theme, SidePanels panels) {
        this.texts = texts;
        this.actions = actions;
        setId("main-menu");
        setUseSystemMenuBar(true);
        Menu recent = menu("menu.file.recent");
        recent.setId("recent-files");
        recentFiles.addListener((ListChangeListener<Path>) c -> fillRecent(recent, recentFiles));
        recent.disableProperty().bind(Bindings.isEmpty(recentFiles).or(actions.openRecentProperty().isNull()));
        fillRecent(recent, recentFiles);
        Menu recentDatabases = recentMenu("menu.file.recentDatabases", "recent-databases", actions.recentDatabases(),
                actions.openRecentDatabaseProperty());

        // projects (issue 17): one block, kept together
        Menu recentProjects = recentMenu("menu.file.recentProjects", "recent-projects", actions.recentProjects(),
                actions.openRecentProjectProperty());
        CheckMenuItem reopen = new CheckMenuItem();
        reopen.textProperty().bind(texts.text("menu.file.reopenAtStart"));
        reopen.setId("menu-file-reopenAtStart");
        reopen.selectedProperty().bindBidirectional(actions.reopenAtStartProperty());
        Menu file = menu("menu.file",
                item(ShellAction.NEW_PROJECT), item(ShellAction.OPEN_PROJECT), recentProjects,
                item(ShellAction.SAVE_PROJECT), item(ShellAction.SAVE_PROJECT_AS), reopen,
                new SeparatorMenuItem(),
                item(ShellAction.ADD_FILES), item(ShellAction.ADD_FOLDER), item(ShellAction.REPLACE_WITH_FILES), recent,
                new SeparatorMenuItem(),
                item(ShellAction.NEW_DATABASE), item(ShellAction.OPEN_DATABASE), recentDatabases,
                new SeparatorMenuItem(),
                item(ShellAction.CONNECT_ENDPOINT), recentEndpoints(),
                new SeparatorMenuItem(),
                item(ShellAction.EXPORT_PACK),
                new SeparatorMenuItem(),
                item(ShellAction.QUIT));
        Menu edit = menu("menu.edit",
                item(ShellAction.COPY_QUERY), item(ShellAction.FIND_ENTITY), item(ShellAction.FILTER_RESULTS));
        // a query's own files and its answer's under Query: the File menu fits a 720-pixel screen without scrolling
        Menu query = menu("menu.query",
                item(ShellAction.RUN_QUERY), item(ShellAction.NEW_QUERY_TAB), item(ShellAction.CLOSE_QUERY_TAB),
                new SeparatorMenuItem(),
                item(ShellAction.OPEN_QUERY), item(ShellAction.SAVE_QUERY), item(ShellAction.SAVE_QUERY_AS),
                item(ShellAction.SAVE_RESULTS),
                new SeparatorMenuItem(),
                item(ShellAction.STEP_THROUGH), item(ShellAction.EXERCISE));
        Menu navigate = menu("menu.go",
                item(ShellAction.BACK), item(ShellAction.FORWARD),
                new SeparatorMenuItem(),
                item(ShellAction.SHOW_QUERY), item(ShellAction.SHOW_GRAPH), item(ShellAction.SHOW_TIMELINE),
                item(ShellAction.SHOW_MATRIX), item(ShellAction.RESULTS_AS_GRAPH));
        Menu view = menu("menu.view",
                item(ShellAction.ZOOM_IN), item(ShellAction.ZOOM_OUT), item(ShellAction.ZOOM_RESET),
                new SeparatorMenuItem(),
                choices("menu.view.labels", List.of(LabelMode.values()), labelMode,
                        m -> "labels." + m.name().toLowerCase(Locale.ROOT)),
                choices("menu.view.language", I18n.LANGUAGES, locale, l -> "language." + l.getLanguage()),
                choices("menu.view.theme", List.of(Theme.values()), theme, Theme::textKey),
                new SeparatorMenuItem(),
                toggle("menu.view.dataPanel", "Shortcut+B", panels.dataPanelShown()),
                toggle("menu.view.detailsPanel", "Shortcut+Alt+B", panels.detailsShown()),
                new SeparatorMenuItem(),
                item(ShellAction.SAVE_VIEW), item(ShellAction.SCENES), item(ShellAction.PRESENT));
        Menu helpMenu = menu("menu.help", item(ShellAction.HELP), lessons(), item(ShellAction.SHOW_LOG),
                item(ShellAction.ABOUT));
        getMenus().addAll(file, edit, query, navigate, view, helpMenu);
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(texts.text(key));
        menu.setId(key.replace('.', '-'));
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(ShellAction action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(texts.text(action.textKey()));
        actions.bind(item, action);
        return item;
    }

    /** A menu item that shows and hides something, ticked while it shows. */
    private CheckMenuItem toggle(String key, String accelerator, BooleanProperty shown) {
        CheckMenuItem item = new CheckMenuItem();
        item.setId(key.replace('.', '-'));
        item.textProperty().bind(texts.text(key));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(shown);
        return item;
    }

    private <T> Menu choices(String key, List<T> values, ObjectProperty<T> property, Function<T, String> textKey) {
        Menu menu = menu(key);
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId(textKey.apply(value).replace('.', '-'));
            item.textProperty().bind(texts.text(textKey.apply(value)));
            item.setToggleGroup(group);
            item.setSelected(value.equals(property.get()));
            item.setOnAction(e -> property.set(value));
            property.addListener((obs, old, now) -> item.setSelected(value.equals(now)));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void fillRecent(Menu recent, ObservableList<Path> files) {
        fillRecent(recent, files, actions.openRecentProperty());
    }

    /** A submenu of recent paths, each opened by {@code open}; disabled while empty or nothing opens them. */
    private Menu recentMenu(String key, String id, ObservableList<Path> paths, ObjectProperty<Consumer<Path>> open) {
        Menu menu = menu(key);
        menu.setId(id);
        paths.addListener((ListChangeListener<Path>) c -> fillRecent(menu, paths, open));
        menu.disableProperty().bind(Bindings.isEmpty(paths).or(open.isNull()));
        fillRecent(menu, paths, open);
        return menu;
    }

    /** File → Recent endpoints: each item names an endpoint by its URL (data, not text of ours) and connects to it. */
    private Menu recentEndpoints() {
        Menu menu = menu("menu.file.recentEndpoints");
        menu.setId("recent-endpoints");
        ObservableList<org.kgexplorer.core.remote.EndpointProfile> endpoints = actions.recentEndpoints();
        Runnable fill = () -> menu.getItems().setAll(endpoints.stream().map(p -> {
            MenuItem item = new MenuItem(p.url().toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openRecentEndpointProperty().get().accept(p));
            return item;
        }).toList());
        endpoints.addListener((ListChangeListener<org.kgexplorer.core.remote.EndpointProfile>) c -> fill.run());
        menu.disableProperty().bind(Bindings.isEmpty(endpoints).or(actions.openRecentEndpointProperty().isNull()));
        fill.run();
        return menu;
    }

    /** Help → Lessons: each lesson that comes with the program, by its title in the interface language (ADR 45). */
    private Menu lessons() {
        Menu menu = menu("menu.help.lessons");
        Runnable fill = () -> menu.getItems().setAll(actions.lessons().stream().map(id -> {
            MenuItem item = new MenuItem();
            item.setId("menu-help-lesson-" + id);
            item.textProperty().bind(texts.text("lesson." + id));
            item.setOnAction(e -> actions.openLessonProperty().get().accept(id));
            return item;
        }).toList());
        actions.lessons().addListener((ListChangeListener<String>) c -> fill.run());
        menu.disableProperty().bind(Bindings.isEmpty(actions.lessons()).or(actions.openLessonProperty().isNull()));
        fill.run();
        return menu;
    }

    private static void fillRecent(Menu recent, ObservableList<Path> files, ObjectProperty<Consumer<Path>> open) {
        recent.getItems().clear();
        for (Path p : files) {
            // A file name is data, not text of ours: it stays as it is in every language.
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.get().accept(p));
            recent.getItems().add(item);
        }
    }
}
