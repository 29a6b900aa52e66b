package org.kgexplorer.ui.results;

import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.query.table.ValueKind;
import org.kgexplorer.ui.i18n.I18n;

/**
 * One cell of the results table: the label of the value, with the IRI (or the datatype and language of a
 * literal) in a tooltip. Numbers are right-aligned; resources are marked so the theme can colour them.
 */
final class ResultCell extends TableCell<Integer, Integer> {
    private final int column;
    private final Supplier<ResultTable> table;
    private final I18n.Texts texts;
    private final Tooltip tooltip = new Tooltip();

    ResultCell(int column, Supplier<ResultTable> table, I18n.Texts texts) {
        this.column = column;
        this.table = table;
        this.texts = texts;
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(640);
    }

    /** The value in this cell now, or null. */
    Node node() {
        ResultTable t = table.get();
        Integer row = getItem();
        return isEmpty() || row == null || t == null ? null : t.node(row, column);
    }

    @Override
    protected void updateItem(Integer row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("results-resource", "results-number", "results-literal");
        ResultTable t = table.get();
        if (empty || row == null || t == null || row >= t.rowCount()) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(t.label(row, column));
        Node node = t.node(row, column);
        if (node == null) {
            setTooltip(null);
            setAlignment(Pos.CENTER_LEFT);
            return;
        }
        boolean number = ValueKind.of(node) == ValueKind.NUMBER;
        setAlignment(number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        getStyleClass().add(number ? "results-number" : node.isLiteral() ? "results-literal" : "results-resource");
        tooltip.setText(describe(node));
        setTooltip(tooltip);
    }

    private String describe(Node node) {
        if (node.isURI()) {
            return texts.get("tooltip.iri", node.getURI());
        }
        if (node.isBlank()) {
            return texts.get("tooltip.blank", node.getBlankNodeLabel());
        }
        StringBuilder text = new StringBuilder(texts.get("tooltip.literal", node.getLiteralLexicalForm()));
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            text.append('\n').append(texts.get("tooltip.language", language));
        } else if (node.getLiteralDatatypeURI() != null) {
            text.append('\n').append(texts.get("tooltip.datatype", node.getLiteralDatatypeURI()));
        }
        return text.toString();
    }
}
