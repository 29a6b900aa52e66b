package org.kgexplorer.core.query.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.task.Cancellation;

class ResultTableSortTest {
    static Node integer(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDinteger);
    }

    static Node text(String lexical) {
        return NodeFactory.createLiteralString(lexical);
    }

    static Node iri(String local) {
        return NodeFactory.createURI("http://ex.org/" + local);
    }

    /** A one-column table plus a second column numbering the rows in the query's order. */
    static ResultTable column(Node... values) {
        Node[] numbers = new Node[values.length];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = integer(String.valueOf(i));
        }
        return new ResultTable(List.of("x", "n"), new Node[][] {values, numbers}, values.length, false);
    }

    static List<String> shown(ResultTable table, RowView view, int column) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            labels.add(table.label(view.row(i), column));
        }
        return labels;
    }

    static RowView sorted(ResultTable table, int column, boolean ascending) {
        return RowOrder.view(table, List.of(new SortColumn(column, ascending)), RowFilter.NONE, Locale.ENGLISH,
                Cancellation.none());
    }

    @Test
    void typedNumbersSortByValueNotAsText() {
        ResultTable table = column(integer("10"), integer("9"), NodeFactory.createLiteralDT("-2.5", XSDDatatype.XSDdecimal),
                integer("100"), NodeFactory.createLiteralDT("1.5E1", XSDDatatype.XSDdouble));
        assertEquals(List.of("-2.5", "9", "10", "1.5E1", "100"), shown(table, sorted(table, 0, true), 0));
        assertEquals(List.of("100", "1.5E1", "10", "9", "-2.5"), shown(table, sorted(table, 0, false), 0));
    }

    @Test
    void numericLookingPlainStringsSortAsText() {
        ResultTable table = column(text("10"), text("9"), text("100"));
        assertEquals(List.of("10", "100", "9"), shown(table, sorted(table, 0, true), 0));
    }

    @Test
    void datesSortByTheMomentTheyName() {
        ResultTable table = column(
                NodeFactory.createLiteralDT("2022-07-12", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("2022-07-12T09:30:00-05:00", XSDDatatype.XSDdateTime),
                NodeFactory.createLiteralDT("2021", XSDDatatype.XSDgYear),
                NodeFactory.createLiteralDT("2022-07-12T12:00:00Z", XSDDatatype.XSDdateTime),
                NodeFactory.createLiteralDT("2022-06-27", XSDDatatype.XSDdate));
        assertEquals(List.of("2021", "2022-06-27", "2022-07-12", "2022-07-12T12:00:00Z", "2022-07-12T09:30:00-05:00"),
                shown(table, sorted(table, 0, true), 0));
    }

    @Test
    void textSortsWithTheCollatorOfTheLocale() {
        ResultTable table = column(text("éclair"), text("Zebra"), text("apple"), text("Banana"));
        assertEquals(List.of("apple", "Banana", "éclair", "Zebra"), shown(table, sorted(table, 0, true), 0));
    }

    @Test
    void irisSortByTheirLabelNotTheirIri() {
        ResultTable table = column(iri("a"), iri("b"), iri("c"))
                .relabel(n -> switch (n.getURI()) {
                    case "http://ex.org/a" -> "Zacatecas";
                    case "http://ex.org/b" -> "Mexico";
                    default -> "Arizona";
                }, Cancellation.none());
        assertEquals(List.of("Arizona", "Mexico", "Zacatecas"), shown(table, sorted(table, 0, true), 0));
    }

    @Test
    void numbersComeBeforeTextAndUnboundCellsStayLastInBothDirections() {
        ResultTable table = column(text("b"), null, integer("3"), text("a"), integer("1"));
        assertEquals(List.of("1", "3", "a", "b", ""), shown(table, sorted(table, 0, true), 0));
        assertEquals(List.of("b", "a", "3", "1", ""), shown(table, sorted(table, 0, false), 0));
    }

    @Test
    void equalKeysKeepTheQueryOrderInBothDirections() {
        ResultTable table = column(text("x"), text("y"), text("x"), text("y"), text("x"));
        assertEquals(List.of("0", "2", "4", "1", "3"), shown(table, sorted(table, 0, true), 1));
        assertEquals(List.of("1", "3", "0", "2", "4"), shown(table, sorted(table, 0, false), 1));
    }

    @Test
    void laterSortColumnsBreakTiesOfEarlierOnes() {
        Node[] group = {text("b"), text("a"), text("b"), text("a")};
        Node[] value = {integer("1"), integer("2"), integer("3"), integer("4")};
        ResultTable table = new ResultTable(List.of("g", "v"), new Node[][] {group, value}, 4, false);
        RowView view = RowOrder.view(table, List.of(new SortColumn(0, true), new SortColumn(1, false)), RowFilter.NONE,
                Locale.ENGLISH, Cancellation.none());
        assertEquals(List.of("4", "2", "3", "1"), shown(table, view, 1));
    }

    @Test
    void noSortColumnsGiveTheQueryOrder() {
        ResultTable table = column(text("c"), text("a"), text("b"));
        RowView view = RowOrder.view(table, List.of(), RowFilter.NONE, Locale.ENGLISH, Cancellation.none());
        assertEquals(List.of("c", "a", "b"), shown(table, view, 0));
    }
}
