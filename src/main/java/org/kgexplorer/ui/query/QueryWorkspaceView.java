package org.kgexplorer.ui.query;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.query.editor.SparqlEditor;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The query workspace: query tabs with their SPARQL editors and a toolbar (Run, New, Open, Save, Copy) on the
 * left; the question library and the history beside them. Ctrl+T opens a tab, Ctrl+W closes it, F2 renames it,
 * Ctrl+Enter runs the query.
 */
public final class QueryWorkspaceView extends BorderPane {
    private static final KeyCombination NEW_TAB = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CLOSE_TAB = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RENAME_TAB = new KeyCodeCombination(KeyCode.F2);

    private final QueryWorkspaceViewModel model;
    private final I18n.Texts texts;
    private final QueryTabsView tabs;
    private final TabPane side = new TabPane();
    private final QuestionLibraryView library;
    private final ToolBar toolbar = new ToolBar();
    private Path lastFolder;

    public QueryWorkspaceView(QueryWorkspaceViewModel model) {
        this.model = model;
        this.texts = model.texts();
        setId("query-workspace");
        getStylesheets().add(SparqlEditor.STYLESHEET);
        tabs = new QueryTabsView(model);

        side.setId("query-side");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        QuestionLibraryView libraryView = new QuestionLibraryView(model);
        this.library = libraryView;
        Tab library = new Tab(null, libraryView);
        library.setId("library-tab");
        library.textProperty().bind(texts.text("side.library"));
        library.setGraphic(new FontIcon("mdal-library_books"));
        Tab history = new Tab(null, new QueryHistoryView(model));
        history.setId("history-tab");
        history.textProperty().bind(texts.text("side.history"));
        history.setGraphic(new FontIcon("mdal-history"));
        side.getTabs().addAll(library, history);
        // Both tabs' words in view: "History" was cut to "His", or to its icon in Spanish, at 1024 px.
        org.kgexplorer.ui.TabHeaders.keepWhole(side, 0);

        BorderPane editors = new BorderPane(tabs);
        editors.setTop(toolbarAndMessage());
        SplitPane split = new SplitPane(editors, side);
        split.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(side, false);
        setCenter(split);

        model.setSaveTarget(tab -> chooseSaveFile());
        model.setConfirmClose(this::confirmDiscard);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (NEW_TAB.match(e)) {
                e.consume();
                model.newTab();
            } else if (CLOSE_TAB.match(e)) {
                e.consume();
                model.closeTab();
            } else if (RENAME_TAB.match(e)) {
                e.consume();
                tabs.renameSelected();
            }
        });
    }

    /**
     * The height the workspace asks for: its library's five questions and the chosen one's title, description and
     * buttons below the side's tab headers (the window gives it that on a short screen, MainWindow).
     */
    @Override
    protected double computePrefHeight(double width) {
        javafx.scene.Node headers = side.lookup(".tab-header-area");
        if (headers == null || side.getSelectionModel().getSelectedIndex() != 0) {
            return super.computePrefHeight(width);
        }
        if (getHeight() > 0 && library.getHeight() > 0) {
            // laid out: what the library lacks, added to what the workspace has (whatever lies between them)
            return getHeight() + library.prefHeight(-1) - library.getHeight();
        }
        return snappedTopInset() + snappedBottomInset() + side.snappedTopInset() + side.snappedBottomInset()
                + headers.prefHeight(-1) + library.prefHeight(-1);
    }

    public QueryWorkspaceViewModel model() {
        return model;
    }

    /** The editor of the selected tab. */
    public SparqlEditor currentEditor() {
        return tabs.currentEditor();
    }

    /** Moves the keyboard focus into the selected tab's editor. */
    public void focusEditor() {
        SparqlEditor editor = currentEditor();
        if (editor != null) {
            editor.area().requestFocus();
        }
    }

    /** Asks for a .rq file and opens it in a tab. */
    public void openWithChooser() {
        FileChooser chooser = chooser("chooser.open");
        model.context().dialogs().chooseFileToOpen(chooser).ifPresent(file -> {
            lastFolder = file.toPath().getParent();
            model.open(file.toPath());
        });
    }

    /** Saves the selected tab, asking for a file when it has none. */
    public void save() {
        model.save();
    }

    /** Asks for a file and saves the selected tab there. */
    public void saveAsWithChooser() {
        chooseSaveFile().ifPresent(model::saveAs);
    }

    /** Starts renaming the selected tab. */
    public void renameCurrentTab() {
        tabs.renameSelected();
    }

    /** Shows the library or the history beside the editors. */
    public void showLibrary() {
        side.getSelectionModel().select(0);
    }

    public void showHistory() {
        side.getSelectionModel().select(1);
    }

    /**
     * Run, New, Open, Save (with Save as in its menu) and Copy, each with its word and a tooltip naming its
     * shortcut; in a column too narrow for all of them the last ones move into the toolbar's overflow menu (»).
     * The workspace's last message shows on its own line below, only while there is one.
     */
    private VBox toolbarAndMessage() {
        Button run = button("run-query", "toolbar.run", "toolbar.run.tip", "mdmz-play_arrow", model::runCurrent);
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(false);
        Button add = button("new-query", "toolbar.new", "toolbar.new.tip", "mdal-add", model::newTab);
        Button open = button("open-query", "toolbar.open", "toolbar.open.tip", "mdal-folder_open", this::openWithChooser);
        SplitMenuButton save = new SplitMenuButton();
        save.setId("save-query");
        save.textProperty().bind(texts.text("toolbar.save"));
        save.setGraphic(new FontIcon("mdmz-save"));
        save.setTooltip(tooltip("toolbar.save.tip"));
        save.setOnAction(e -> save());
        MenuItem saveAs = new MenuItem();
        saveAs.setId("save-query-as");
        saveAs.textProperty().bind(texts.text("toolbar.saveAs"));
        saveAs.setGraphic(new FontIcon("mdmz-save_alt"));
        saveAs.setOnAction(e -> saveAsWithChooser());
        save.getItems().add(saveAs);
        Button copy = button("copy-query", "toolbar.copy", "toolbar.copy.tip", "mdal-content_copy", model::copyQuery);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {run, add, open, save, copy}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (Button b : new Button[] {add, open, copy}) {
            b.getStyleClass().add(Styles.FLAT);
        }
        save.getStyleClass().add(Styles.FLAT);
        ToolBar bar = toolbar;
        bar.getItems().setAll(run, add, open, save, copy);
        bar.setId("query-toolbar");
        bar.getStyleClass().add("query-toolbar");
        org.kgexplorer.ui.ToolBarOverflow.sortAgainWhen(bar, texts.language(), model.context().scale().factorProperty());

        Label message = new Label();
        message.setId("workspace-message");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setWrapText(true);
        model.messageIsErrorProperty().addListener((obs, old, error) -> {
            message.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
            message.getStyleClass().add(error ? Styles.DANGER : Styles.TEXT_MUTED);
        });
        message.setPadding(new javafx.geometry.Insets(2, 8, 4, 8));
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return new VBox(bar, message);
    }

    /** Run, New, Open, Save and Copy: the shell binds each to the command of its menu item (ADR 26). */
    public ToolBar toolbar() {
        return toolbar;
    }

    private Tooltip tooltip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(texts.text(key));
        return tip;
    }

    private Button button(String id, String textKey, String tipKey, String icon, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(texts.text(textKey));
        b.setTooltip(tooltip(tipKey));
        b.setGraphic(new FontIcon(icon));
        b.setOnAction(e -> action.run());
        return b;
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.get("chooser.filter"), "*.rq", "*.sparql"),
                new FileChooser.ExtensionFilter(texts.get("chooser.all"), "*"));
        Path current = model.selectedTabProperty().get() == null ? null : model.selectedTabProperty().get().getFile();
        Path folder = current != null ? current.getParent() : lastFolder;
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private Optional<Path> chooseSaveFile() {
        FileChooser chooser = chooser("chooser.save");
        QueryTab tab = model.selectedTabProperty().get();
        chooser.setInitialFileName(tab != null && tab.getFile() != null ? tab.getFile().getFileName().toString()
                : texts.get("chooser.defaultName"));
        Optional<File> file = model.context().dialogs().chooseFileToSave(chooser);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path path = file.get().toPath();
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + ".rq");
        }
        lastFolder = path.getParent();
        return Optional.of(path);
    }

    private boolean confirmDiscard(QueryTab tab) {
        ButtonType discard = new ButtonType(texts.get("dialog.close.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(texts.get("dialog.close.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return model.context().dialogs().ask(texts.get("dialog.close.title"), texts.get("dialog.close.header", model.name(tab)),
                texts.get("dialog.close.content"), List.of(discard, keep)).filter(discard::equals).isPresent();
    }
}
