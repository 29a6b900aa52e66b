package org.kgexplorer.ui.teach;

import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.kgexplorer.core.teach.Answer;

/**
 * A read-only table of bindings, one column a variable: a resource shows its label in the label language, as the
 * results table does (its IRI, short with the query's prefixes, in the tooltip and until its label is read), a
 * literal its value.
 */
final class BindingsTable extends TableView<List<Node>> {
    private final PrefixMapping prefixes;
    private Map<Node, String> labels = Map.of();
    /** Cells wrap their text within the column, the columns share the width whatever it is (a room's screen). */
    private boolean wrapping;

    BindingsTable(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    /**
     * Makes the columns of the answers shown from now on share the table's width, however narrow, and their cells
     * wrap long values on as many lines as they need instead of cutting them with "…" (presenter mode, ADR 45).
     */
    void setWrapping(boolean wrap) {
        this.wrapping = wrap;
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
            TableColumn<List<Node>, Node> col = new TableColumn<>("?" + answer.variables().get(c));
            col.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().get(column)));
            col.setCellFactory(x -> new TermCell(col));
            if (wrapping) {
                col.prefWidthProperty().bind(widthProperty().subtract(24).divide(answer.variables().size()));
                col.setMinWidth(40);
                getColumns().add(col);
                continue;
            }
            // room for the header whole at a projector's 200 % ("?fact" read "?..." at 80 px)
            col.setMinWidth(180);
            // The columns share the width equally: at 180 px each IRIs were cut ("<https://kgexplorer.o…") beside empty
            // room, and under a constrained resize policy the skin fitted the first column to its content (658 of 900
            // px) and left the others their minimum. Too many for the width: a scroll bar, each still 180 px.
            col.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(180.0,
                    widthProperty().subtract(20).divide(answer.variables().size())));
            getColumns().add(col);
        }
        setItems(FXCollections.observableArrayList(answer.rows()));
    }

    /** The labels of the resources shown (read in the background; a resource without one shows its IRI). */
    void setLabels(Map<Node, String> labels) {
        this.labels = labels == null ? Map.of() : labels;
        refresh();
    }

    /** What a cell shows: a resource's label, a literal's value, else the term as SPARQL writes it. */
    String text(Node term) {
        if (term == null) {
            return "";
        }
        if (term.isLiteral()) {
            return term.getLiteralLexicalForm();
        }
        String label = term.isURI() ? labels.get(term) : null;
        return label != null ? label : written(term);
    }

    /** The term as SPARQL writes it, short with the query's prefixes (a cell's tooltip). */
    String written(Node term) {
        return term == null ? "" : FmtUtils.stringForNode(term, prefixes);
    }

    private final class TermCell extends TableCell<List<Node>, Node> {
        private final Tooltip tip = new Tooltip();
        private final javafx.scene.text.Text wrapped;

        TermCell(TableColumn<List<Node>, Node> column) {
            if (wrapping) {
                wrapped = new javafx.scene.text.Text();
                wrapped.getStyleClass().add("bindings-wrapped");
                wrapped.setStyle("-fx-fill: -color-fg-default;");
                wrapped.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                wrapped.fontProperty().bind(fontProperty());
                setAlignment(javafx.geometry.Pos.TOP_LEFT);
                setPrefHeight(USE_COMPUTED_SIZE);
            } else {
                wrapped = null;
            }
        }

        @Override
        protected void updateItem(Node term, boolean empty) {
            super.updateItem(term, empty);
            if (empty || term == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (wrapped != null) {
                wrapped.setText(text(term));
                setGraphic(wrapped);
            } else {
                setText(text(term));
            }
            tip.setText(term.isURI() ? term.getURI() : written(term));
            setTooltip(tip);
        }
    }
}
