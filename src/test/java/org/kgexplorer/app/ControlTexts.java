package org.kgexplorer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Every text of ours that a user can see in the open windows: labels, buttons, menus, tabs, prompts, tooltips,
 * column headers, choices, dialog headers. Data is left out: the cells of lists, trees and tables, the query
 * editor, entity names and IRIs, numbers.
 */
final class ControlTexts {
    /** One text and where it was found. */
    record Found(String text, String where) {
    }

    /** Nodes whose text is data: an entity's name and IRI, the document's sentences, the query text. */
    private static final Set<String> DATA_IDS = Set.of("details-title", "details-iri", "source-view", "evidence-fact",
            "question-title", "question-description", "question-sparql", "sparql-editor", "graph-path-from",
            "graph-path-to", "graph-path-sentences", "details-types", "details-names", "graph-connection-list",
            "class-instances-header", "source-title", "results-table", "load-error");
    /** Dialogs whose content is a report of the file and the parser's words (the title and header are ours). */
    private static final Set<String> REPORT_DIALOGS = Set.of("load-error-dialog");
    /** Style classes of cells and other holders of data. */
    private static final Set<String> DATA_CLASSES = Set.of("list-cell", "tree-cell", "table-cell", "tree-table-cell",
            "table-row-cell", "styled-text-area", "hyperlink", "chart", "axis", "chart-legend", "predicate-label",
            "property-values", "evidence-entry", "ikonli-font-icon");
    /** Choices that are data: the results' columns are the query's variables. */
    private static final Set<String> DATA_CHOICES = Set.of("results-filter-column");
    private static final Pattern NOT_WORDS = Pattern.compile("[\\d\\s.,:;%()×x+/\\-–—…·]*");

    private final List<Found> found = new ArrayList<>();

    static List<Found> in(List<Window> windows) {
        ControlTexts texts = new ControlTexts();
        for (Window w : windows) {
            if (w.getScene() != null) {
                texts.walk(w.getScene().getRoot(), w.getClass().getSimpleName());
            }
        }
        return texts.found;
    }

    private void walk(Node node, String path) {
        if (!node.isVisible() || isData(node)) {
            return;
        }
        String here = path + "/" + (node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName());
        if (node instanceof Labeled l) {
            add(l.getText(), here);
        }
        if (node instanceof Text t && !(node.getParent() instanceof Labeled) && !isSkinText(t)) {
            add(t.getText(), here);
        }
        if (node instanceof TextInputControl input) {
            add(input.getPromptText(), here + "[prompt]");
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            add(c.getTooltip().getText(), here + "[tooltip]");
        }
        if (node instanceof TabPane tabs && !"query-tabs".equals(tabs.getId())) {
            for (Tab tab : tabs.getTabs()) {
                add(tab.getText(), here + "[tab]");
                if (tab.getTooltip() != null) {
                    add(tab.getTooltip().getText(), here + "[tab tooltip]");
                }
            }
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> menu(m, here));
        }
        if (node instanceof DialogPane pane) {
            add(pane.getHeaderText(), here + "[header]");
            if (REPORT_DIALOGS.contains(pane.getId())) {
                pane.getButtonTypes().forEach(b -> add(b.getText(), here + "[button]"));
                return;
            }
            add(pane.getContentText(), here + "[content]");
        }
        if (node instanceof TableView<?> table && !"results-table".equals(table.getId())) {
            table.getColumns().forEach(c -> column(c, here));
        }
        if (node instanceof TreeTableView<?> table) {
            table.getColumns().forEach(c -> column(c, here));
        }
        if (node instanceof ChoiceBox<?> choice && !DATA_CHOICES.contains(choice.getId())) {
            choices(choice.getItems(), choice.getConverter(), here);
        }
        if (node instanceof ComboBox<?> combo && !combo.isEditable() && !DATA_CHOICES.contains(combo.getId())) {
            choices(combo.getItems(), combo.getConverter(), here);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, here);
            }
        }
    }

    /** Labeled controls draw their text in a Text of their skin; that text was already taken from the control. */
    private static boolean isSkinText(Text t) {
        for (Node n = t.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Labeled || n instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void choices(List<?> items, StringConverter converter, String here) {
        for (Object item : items) {
            add(converter != null ? converter.toString(item) : String.valueOf(item), here + "[choice]");
        }
    }

    private void column(TableColumnBase<?, ?> column, String here) {
        add(column.getText(), here + "[column]");
        column.getColumns().forEach(c -> column(c, here));
    }

    private void menu(MenuItem item, String here) {
        if (item.getId() != null && (item.getId().equals("recent-files") || item.getId().equals("recent-databases")
                || item.getId().equals("recent-projects"))) {
            add(item.getText(), here + "[menu]");
            return; // its items are file and folder names
        }
        add(item.getText(), here + "[menu " + item.getId() + "]");
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> menu(i, here));
        }
    }

    private static boolean isData(Node node) {
        if (node.getStyleClass().contains("tab-header-area") && node.getParent() != null
                && "query-tabs".equals(node.getParent().getId())) {
            return true; // the names of query tabs: files, questions, names the user gave
        }
        if (node.getId() != null && DATA_IDS.contains(node.getId())) {
            return true;
        }
        if (node.getParent() instanceof ComboBoxBase<?> combo) {
            return DATA_CHOICES.contains(combo.getId()); // the chosen value, drawn in a cell of the combo's own
        }
        return node.getStyleClass().stream().anyMatch(DATA_CLASSES::contains);
    }

    private void add(String text, String where) {
        if (text == null || text.isBlank() || NOT_WORDS.matcher(text).matches() || text.startsWith("http")) {
            return;
        }
        found.add(new Found(text, where));
    }

    static Stream<Found> stream(List<Found> found) {
        return found.stream();
    }
}
