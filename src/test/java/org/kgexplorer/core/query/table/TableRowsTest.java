package org.kgexplorer.core.query.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgexplorer.core.query.table.ResultTableSortTest.integer;
import static org.kgexplorer.core.query.table.ResultTableSortTest.iri;
import static org.kgexplorer.core.query.table.ResultTableSortTest.text;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.task.Cancellation;

class TableRowsTest {
    private static ResultTable table() {
        Node[] who = {iri("a"), null, iri("b")};
        Node[] count = {integer("1"), integer("2"), text("x")};
        return new ResultTable(List.of("who", "n"), new Node[][] {who, count}, 3, false)
                .relabel(n -> "label of " + n.getURI().substring(14), Cancellation.none());
    }

    @Test
    void labelColumnFollowsEachIriColumn() {
        ResultSet rows = TableRows.asResultSet(table(), true);
        assertEquals(List.of("who", "who_label", "n"), rows.getResultVars());
        Binding first = rows.nextBinding();
        assertEquals("label of a", first.get(Var.alloc("who_label")).getLiteralLexicalForm());
        Binding second = rows.nextBinding();
        assertFalse(second.contains(Var.alloc("who")));
        assertFalse(second.contains(Var.alloc("who_label")));
        assertTrue(rows.hasNext());
        rows.nextBinding();
        assertFalse(rows.hasNext());
    }

    @Test
    void withoutLabelsTheVariablesAreTheQuerys() {
        assertEquals(List.of("who", "n"), TableRows.asResultSet(table(), false).getResultVars());
    }

    @Test
    void chartColumnsAreFoundByKind() {
        assertEquals(List.of(), ChartColumns.numeric(table()), "a column mixing numbers and text is not numeric");
        ResultTable counted = new ResultTable(List.of("who", "n"),
                new Node[][] {{iri("a"), iri("b")}, {integer("3"), null}}, 2, false);
        assertEquals(List.of(1), ChartColumns.numeric(counted));
        assertEquals(List.of(0), ChartColumns.categories(counted));
        assertTrue(ChartColumns.chartable(counted));
    }
}
