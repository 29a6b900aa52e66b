package org.kgexplorer.ui.query;

import java.util.HashMap;
import java.util.Map;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.query.editor.SparqlEditor;

/** The query tabs, one SPARQL editor each, kept in step with the workspace's tabs. */
final class QueryTabsView extends TabPane {
    private final QueryWorkspaceViewModel model;
    private final I18n.Texts texts;
    private final Map<QueryTab, Tab> views = new HashMap<>();
    private final Map<QueryTab, SparqlEditor> editors = new HashMap<>();
    private boolean syncing;

    QueryTabsView(QueryWorkspaceViewModel model) {
        this.model = model;
        this.texts = model.texts();
        setId("query-tabs");
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        setTabDragPolicy(TabDragPolicy.REORDER);
        model.tabs().forEach(this::add);
        model.tabs().addListener((ListChangeListener<QueryTab>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::remove);
                change.getAddedSubList().forEach(this::add);
            }
        });
        select(model.selectedTabProperty().get());
        model.selectedTabProperty().addListener((obs, old, now) -> select(now));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.selectedTabProperty().set((QueryTab) now.getUserData());
            }
        });
    }

    /** The editor of the selected tab. */
    SparqlEditor currentEditor() {
        QueryTab tab = model.selectedTabProperty().get();
        return tab == null ? null : editors.get(tab);
    }

    /** Starts renaming the selected tab in place. */
    void renameSelected() {
        Tab tab = getSelectionModel().getSelectedItem();
        if (tab != null && tab.getGraphic() instanceof Label label) {
            rename(tab, (QueryTab) tab.getUserData(), label);
        }
    }

    private void select(QueryTab tab) {
        Tab view = tab == null ? null : views.get(tab);
        if (view != null && getSelectionModel().getSelectedItem() != view) {
            syncing = true;
            try {
                getSelectionModel().select(view);
            } finally {
                syncing = false;
            }
            SparqlEditor editor = editors.get(tab);
            Platform.runLater(() -> {
                if (getScene() != null) {
                    editor.area().requestFocus();
                }
            });
        }
    }

    private void add(QueryTab tab) {
        SparqlEditor editor = new SparqlEditor(texts);
        editor.setText(tab.getText());
        editor.completionIndexProperty().bind(model.completionIndexProperty());
        editor.setLabelLanguages(model::labelLanguages);
        editor.setOnRun(model::runCurrent);
        editor.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(tab.getText())) {
                tab.setText(now);
            }
        });
        tab.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(editor.getText())) {
                editor.setText(now);
            }
        });
        tab.problemProperty().addListener((obs, old, problem) -> {
            if (problem != null) {
                editor.showProblem(problem);
            } else if (old != null) {
                editor.clearProblem();
            }
        });

        Tab view = new Tab();
        view.setUserData(tab);
        view.setContent(editor);
        Label header = new Label();
        StringBinding title = title(tab);
        header.textProperty().bind(Bindings.when(tab.dirtyProperty()).then(Bindings.concat("● ", title)).otherwise(title));
        // A long title ends in "…" (the tooltip has it whole) so that a tab's header fits the editors' column at
        // 1024 px: in em, it keeps its share of that column at any zoom.
        header.setStyle("-fx-max-width: 14em;");
        header.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                rename(view, tab, header);
            }
        });
        view.setGraphic(header);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> title.get() + "\n"
                + (tab.getFile() != null ? tab.getFile() + "\n" : "") + texts.get("tab.rename.tip"),
                title, tab.fileProperty(), model.context().i18n().localeProperty()));
        view.setTooltip(tip);
        view.setOnCloseRequest(e -> {
            e.consume();
            model.closeTab(tab);
        });
        views.put(tab, view);
        editors.put(tab, editor);
        int at = model.tabs().indexOf(tab);
        getTabs().add(Math.min(Math.max(at, 0), getTabs().size()), view);
    }

    private void remove(QueryTab tab) {
        Tab view = views.remove(tab);
        SparqlEditor editor = editors.remove(tab);
        if (editor != null) {
            editor.completionIndexProperty().unbind();
        }
        if (view != null) {
            getTabs().remove(view);
        }
    }

    /** The tab's name: the one the user gave it, else its file's, its question's title, or "Query N". */
    private StringBinding title(QueryTab tab) {
        return Bindings.createStringBinding(() -> model.name(tab), tab.customTitleProperty(), tab.fileProperty(), model.context().i18n().localeProperty());
    }

    private void rename(Tab view, QueryTab tab, Label header) {
        TextField field = new TextField(title(tab).get());
        field.setId("tab-rename");
        field.setPrefColumnCount(14);
        boolean[] finished = {false};
        Runnable finish = () -> {
            finished[0] = true;
            if (view.getGraphic() == field) {
                view.setGraphic(header);
                SparqlEditor editor = editors.get(tab);
                if (editor != null) {
                    Platform.runLater(() -> editor.area().requestFocus());
                }
            }
        };
        Runnable commit = () -> {
            if (!finished[0]) {
                String name = field.getText().strip();
                tab.customTitleProperty().set(name.isEmpty() ? null : name);
                finish.run();
            }
        };
        field.setOnAction(e -> commit.run());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                finish.run();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        view.setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }
}
