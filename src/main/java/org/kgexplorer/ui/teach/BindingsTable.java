package org.kgexplorer.ui.teach;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.kgexplorer.core.teach.Answer;

/** A read-only table of bindings: one column a variable, IRIs written short with the query's prefixes. */
final class BindingsTable extends TableView<List<Node>> {
    private final PrefixMapping prefixes;

    BindingsTable(PrefixMapping prefixes) {
        this.prefixes = prefixes;
        // the columns share the width: at 180 px each, IRIs were cut ("<https://kgexplorer.o…") beside empty room
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    /** Shows an answer's rows (none: an empty table). */
    void show(Answer answer) {
        getColumns().clear();
        if (answer == null) {
            getItems().clear();
            return;
        }
        for (int c = 0; c < answer.variables().size(); c++) {
            int column = c;
            TableColumn<List<Node>, String> col = new TableColumn<>("?" + answer.variables().get(c));
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(text(row.getValue().get(column))));
            // room for the header whole at a projector's 200 % ("?fact" read "?..." at 80 px)
            col.setMinWidth(180);
            getColumns().add(col);
        }
        setItems(FXCollections.observableArrayList(answer.rows()));
    }

    String text(Node term) {
        if (term == null) {
            return "";
        }
        return term.isLiteral() ? term.getLiteralLexicalForm()
                + (term.getLiteralLanguage().isEmpty() ? "" : "@" + term.getLiteralLanguage())
                : FmtUtils.stringForNode(term, prefixes);
    }
}
