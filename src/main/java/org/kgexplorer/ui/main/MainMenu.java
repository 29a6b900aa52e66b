package org.kgexplorer.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
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

/** The menu bar: every action of the window, with the usual shortcuts, in the interface language. */
final class MainMenu extends MenuBar {
    private final I18n.Texts texts;

    MainMenu(I18n.Texts texts, ShellActions actions, ObservableList<Path> recentFiles, ObjectProperty<LabelMode> labelMode,
             ObjectProperty<Locale> locale, ObjectProperty<Theme> theme, SidePanels panels, Runnable help, Runnable about,
             Runnable quit) {
        this.texts = texts;
        setId("main-menu");
        setUseSystemMenuBar(true);
        Menu recent = menu("menu.file.recent");
        recent.setId("recent-files");
        recentFiles.addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent(recent, recentFiles, actions.openRecent));
        recent.setOnShowing(e -> fillRecent(recent, recentFiles, actions.openRecent));
        fillRecent(recent, recentFiles, actions.openRecent);

        Menu file = menu("menu.file",
                item("menu.file.addFiles", "Shortcut+O", () -> actions.addFiles),
                item("menu.file.addFolder", "Shortcut+Shift+D", () -> actions.addFolder),
                item("menu.file.replace", null, () -> actions.replaceWithFiles),
                recent,
                new SeparatorMenuItem(),
                item("menu.file.openQuery", "Shortcut+Shift+O", () -> actions.openQuery),
                item("menu.file.saveQuery", "Shortcut+S", () -> actions.saveQuery),
                item("menu.file.saveQueryAs", "Shortcut+Shift+S", () -> actions.saveQueryAs),
                item("menu.file.saveResults", "Shortcut+E", () -> actions.saveResults),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", () -> quit));
        Menu edit = menu("menu.edit",
                item("menu.edit.copyQuery", "Shortcut+Shift+C", () -> actions.copyQuery),
                item("menu.edit.find", "Shortcut+F", () -> actions.findEntity),
                item("menu.edit.filter", "Shortcut+Shift+F", () -> actions.filterResults));
        Menu query = menu("menu.query",
                item("menu.query.run", "Shortcut+Enter", () -> actions.runQuery),
                item("menu.query.newTab", "Shortcut+T", () -> actions.newQueryTab),
                item("menu.query.closeTab", "Shortcut+W", () -> actions.closeQueryTab));
        Menu navigate = menu("menu.go",
                item("menu.go.back", "Alt+Left", () -> actions.back),
                item("menu.go.forward", "Alt+Right", () -> actions.forward),
                new SeparatorMenuItem(),
                item("menu.go.query", "Shortcut+1", () -> actions.showQuery),
                item("menu.go.graph", "Shortcut+2", () -> actions.showGraph),
                item("menu.go.resultsAsGraph", "Shortcut+G", () -> actions.resultsAsGraph));
        Menu view = menu("menu.view",
                choices("menu.view.labels", List.of(LabelMode.values()), labelMode,
                        m -> "labels." + m.name().toLowerCase(Locale.ROOT)),
                choices("menu.view.language", I18n.LANGUAGES, locale, l -> "language." + l.getLanguage()),
                choices("menu.view.theme", List.of(Theme.values()), theme,
                        t -> "theme." + t.name().toLowerCase(Locale.ROOT)),
                new SeparatorMenuItem(),
                toggle("menu.view.dataPanel", "Shortcut+B", panels.dataPanelShown()),
                toggle("menu.view.detailsPanel", "Shortcut+Alt+B", panels.detailsShown()));
        Menu helpMenu = menu("menu.help",
                item("menu.help.tour", "F1", () -> help),
                item("menu.help.about", null, () -> about));
        getMenus().addAll(file, edit, query, navigate, view, helpMenu);
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(texts.text(key));
        menu.setId(key.replace('.', '-'));
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String key, String accelerator, Supplier<Runnable> action) {
        MenuItem item = new MenuItem();
        item.setId(key.replace('.', '-'));
        item.textProperty().bind(texts.text(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        // Looked up when chosen, so screens wired after the menu was built are found.
        item.setOnAction(e -> {
            Runnable r = action.get();
            if (r != null) {
                r.run();
            }
        });
        item.setOnMenuValidation(e -> item.setDisable(action.get() == null));
        item.setDisable(action.get() == null);
        return item;
    }

    /** A menu item that shows and hides something, ticked while it shows. */
    private CheckMenuItem toggle(String key, String accelerator, javafx.beans.property.BooleanProperty shown) {
        CheckMenuItem item = new CheckMenuItem();
        item.setId(key.replace('.', '-'));
        item.textProperty().bind(texts.text(key));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(shown);
        return item;
    }

    private <T> Menu choices(String key, List<T> values, ObjectProperty<T> property, java.util.function.Function<T, String> textKey) {
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

    private void fillRecent(Menu recent, ObservableList<Path> files, Consumer<Path> open) {
        recent.getItems().clear();
        for (Path p : files) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(p));
            item.setDisable(open == null);
            recent.getItems().add(item);
        }
        recent.setDisable(files.isEmpty());
    }
}
