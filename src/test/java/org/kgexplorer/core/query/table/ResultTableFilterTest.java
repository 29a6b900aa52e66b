package org.kgexplorer.core.query.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kgexplorer.core.query.table.ResultTableSortTest.integer;
import static org.kgexplorer.core.query.table.ResultTableSortTest.iri;
import static org.kgexplorer.core.query.table.ResultTableSortTest.shown;
import static org.kgexplorer.core.query.table.ResultTableSortTest.text;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.task.Cancellation;

class ResultTableFilterTest {
    private static ResultTable people() {
        Node[] who = {iri("JTF-Alpha"), iri("DHS"), iri("DOJ"), null};
        Node[] note = {text("Joint Task Force"), text("homeland SECURITY"), text("justice"), text("unknown")};
        return new ResultTable(List.of("who", "note"), new Node[][] {who, note}, 4, false)
                .relabel(n -> n.getURI().endsWith("DHS") ? "Department of Homeland Security"
                        : n.getURI().endsWith("DOJ") ? "Department of Justice" : "Joint Task Force Alpha",
                        Cancellation.none());
    }

    private static RowView filtered(ResultTable table, RowFilter filter) {
        return RowOrder.view(table, List.of(), filter, Locale.ENGLISH, Cancellation.none());
    }

    @Test
    void filterMatchesLabelsIgnoringCase() {
        ResultTable table = people();
        assertEquals(List.of("Department of Homeland Security"),
                shown(table, filtered(table, new RowFilter("HOMELAND", RowFilter.ALL_COLUMNS)), 0));
    }

    @Test
    void filterIgnoresAccentsInTheCellsAndInWhatIsTyped() {
        Node[] name = {text("Fiscalía General de la República"), text("Secretaría de Marina"), text("Guardia Nacional")};
        ResultTable table = new ResultTable(List.of("name"), new Node[][] {name}, 3, false);
        assertEquals(List.of("Fiscalía General de la República"),
                shown(table, filtered(table, new RowFilter("FISCALIA", RowFilter.ALL_COLUMNS)), 0));
        assertEquals(List.of("Guardia Nacional"),
                shown(table, filtered(table, new RowFilter("nációnal", RowFilter.ALL_COLUMNS)), 0));
        assertEquals(List.of(), shown(table, filtered(table, new RowFilter("fiscalias", RowFilter.ALL_COLUMNS)), 0));
    }

    @Test
    void filterMatchesTheIriBehindALabel() {
        ResultTable table = people();
        assertEquals(List.of("Joint Task Force Alpha"),
                shown(table, filtered(table, new RowFilter("ex.org/jtf", RowFilter.ALL_COLUMNS)), 0));
    }

    @Test
    void filterOnOneColumnIgnoresTheOthers() {
        ResultTable table = people();
        assertEquals(List.of("Department of Homeland Security", "Department of Justice"),
                shown(table, filtered(table, new RowFilter("department", 0)), 0));
        assertEquals(List.of(), shown(table, filtered(table, new RowFilter("department", 1)), 0));
        assertEquals(List.of("justice"), shown(table, filtered(table, new RowFilter("JUSTICE", 1)), 1));
    }

    @Test
    void blankFilterKeepsEveryRow() {
        ResultTable table = people();
        assertEquals(4, filtered(table, new RowFilter("   ", RowFilter.ALL_COLUMNS)).size());
    }

    @Test
    void filterAppliesToTheSortedOrder() {
        ResultTable table = people();
        RowView view = RowOrder.view(table, List.of(new SortColumn(0, false)), new RowFilter("depart", 0),
                Locale.ENGLISH, Cancellation.none());
        assertEquals(List.of("Department of Justice", "Department of Homeland Security"), shown(table, view, 0));
    }

    @Test
    void relabellingChangesResourceLabelsButNotLiterals() {
        ResultTable english = people();
        ResultTable spanish = english.relabel(n -> "es:" + n.getURI().substring(14), Cancellation.none());
        assertEquals("Department of Homeland Security", english.label(1, 0));
        assertEquals("es:DHS", spanish.label(1, 0));
        assertEquals("homeland SECURITY", spanish.label(1, 1));
        assertEquals("", spanish.label(3, 0));
        assertEquals(english.node(1, 0), spanish.node(1, 0));
    }

    @Test
    void resourcesAreLabelledOncePerDistinctResource() {
        Node[] values = {iri("a"), iri("b"), iri("a"), iri("a")};
        ResultTable table = new ResultTable(List.of("x"), new Node[][] {values}, 4, false);
        int[] calls = {0};
        table.relabel(n -> {
            calls[0]++;
            return "L";
        }, Cancellation.none());
        assertEquals(2, calls[0]);
    }

    @Test
    void aCancelledSortStops() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        ResultTable table = ResultTableSortTest.column(integer("1"), integer("2"));
        assertThrows(CancellationException.class, () -> RowOrder.view(table, List.of(new SortColumn(0, true)),
                RowFilter.NONE, Locale.ENGLISH, cancelled));
    }
}
