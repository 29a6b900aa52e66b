package org.kgexplorer.ui.query;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
    private Path lastFolder;

    public QueryWorkspaceView(QueryWorkspaceViewModel model) {
        this.model = model;
        this.texts = model.texts();
        setId("query-workspace");
        getStylesheets().add(SparqlEditor.STYLESHEET);
        tabs = new QueryTabsView(model);

        side.setId("query-side");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab library = new Tab(null, new QuestionLibraryView(model));
        library.setId("library-tab");
        library.textProperty().bind(texts.text("side.library"));
        library.setGraphic(new FontIcon("mdal-library_books"));
        Tab history = new Tab(null, new QueryHistoryView(model));
        history.setId("history-tab");
        history.textProperty().bind(texts.text("side.history"));
        history.setGraphic(new FontIcon("mdal-history"));
        side.getTabs().addAll(library, history);

        BorderPane editors = new BorderPane(tabs);
        editors.setTop(toolbar());
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
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            lastFolder = file.toPath().getParent();
            model.open(file.toPath());
        }
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

    private HBox toolbar() {
        Button run = button("run-query", "toolbar.run", "toolbar.run.tip", "mdmz-play_arrow", model::runCurrent);
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(false);
        Button add = button("new-query", "toolbar.new", "toolbar.new.tip", "mdal-add", model::newTab);
        Button open = button("open-query", "toolbar.open", "toolbar.open.tip", "mdal-folder_open", this::openWithChooser);
        Button save = button("save-query", "toolbar.save", "toolbar.save.tip", "mdmz-save", this::save);
        Button saveAs = button("save-query-as", "toolbar.saveAs", "toolbar.saveAs.tip", "mdmz-save_alt",
                this::saveAsWithChooser);
        Button copy = button("copy-query", "toolbar.copy", "toolbar.copy.tip", "mdal-content_copy", model::copyQuery);
        Label message = new Label();
        message.setId("workspace-message");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        model.messageIsErrorProperty().addListener((obs, old, error) -> {
            message.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
            message.getStyleClass().add(error ? Styles.DANGER : Styles.TEXT_MUTED);
        });
        message.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The secondary actions show their icons only (their names are in the tooltips), so the toolbar fits a
        // narrow middle column; Run keeps its word.
        for (Button b : new Button[] {add, open, save, saveAs, copy}) {
            b.getStyleClass().add(Styles.FLAT);
            b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }
        run.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(4, run, add, open, save, saveAs, copy, spacer, message);
        bar.setId("query-toolbar");
        bar.getStyleClass().add("query-toolbar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String id, String textKey, String tipKey, String icon, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(texts.text(textKey));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(texts.text(tipKey));
        b.setTooltip(tip);
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
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + ".rq");
        }
        lastFolder = path.getParent();
        return Optional.of(path);
    }

    private boolean confirmDiscard(QueryTab tab) {
        ButtonType discard = new ButtonType(texts.get("dialog.close.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(texts.get("dialog.close.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("dialog.close.content"), discard, keep);
        alert.setTitle(texts.get("dialog.close.title"));
        String name = tab.customTitleProperty().get() != null ? tab.customTitleProperty().get()
                : tab.getFile() != null ? tab.getFile().getFileName().toString()
                : tab.question() != null ? model.title(tab.question()) : texts.get("tab.untitled", tab.number());
        alert.setHeaderText(texts.get("dialog.close.header", name));
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
