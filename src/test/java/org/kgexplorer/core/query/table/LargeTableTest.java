package org.kgexplorer.core.query.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.task.Cancellation;

/** 200,000 generated rows (seeded), sorted and filtered, checked row by row against plain comparisons. */
class LargeTableTest {
    private static final int ROWS = 200_000;
    private static final String[] WORDS = {"alpha", "Bravo", "charlie", "Délta", "echo", "Foxtrot", "golf", "hotel"};

    private static ResultTable generated() {
        Random random = new Random(20220712);
        Node[] entity = new Node[ROWS];
        Node[] amount = new Node[ROWS];
        Node[] name = new Node[ROWS];
        for (int r = 0; r < ROWS; r++) {
            entity[r] = NodeFactory.createURI("http://ex.org/e" + random.nextInt(5000));
            amount[r] = random.nextInt(50) == 0 ? null
                    : NodeFactory.createLiteralDT(String.valueOf(random.nextInt(2_000_001) - 1_000_000), XSDDatatype.XSDinteger);
            name[r] = NodeFactory.createLiteralString(WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(1000));
        }
        return new ResultTable(List.of("entity", "amount", "name"), new Node[][] {entity, amount, name}, ROWS, false)
                .relabel(n -> "Entity " + n.getURI().substring("http://ex.org/e".length()), Cancellation.none());
    }

    @Test
    void twoHundredThousandRowsSortByNumberStablyAndCountAllRows() {
        ResultTable table = generated();
        RowView view = RowOrder.view(table, List.of(new SortColumn(1, false)), RowFilter.NONE, Locale.ENGLISH,
                Cancellation.none());
        assertEquals(ROWS, view.size());
        boolean[] seen = new boolean[ROWS];
        for (int i = 0; i < ROWS; i++) {
            seen[view.row(i)] = true;
        }
        for (boolean s : seen) {
            assertTrue(s, "every row appears once");
        }
        for (int i = 1; i < ROWS; i++) {
            Node a = table.node(view.row(i - 1), 1);
            Node b = table.node(view.row(i), 1);
            if (b == null) {
                continue;
            }
            assertTrue(a != null, "unbound amounts come last, position " + i);
            long x = Long.parseLong(a.getLiteralLexicalForm());
            long y = Long.parseLong(b.getLiteralLexicalForm());
            assertTrue(x > y || x == y && view.row(i - 1) < view.row(i), "descending and stable at position " + i);
        }
    }

    @Test
    void twoHundredThousandRowsSortByLabelWithTheCollator() {
        ResultTable table = generated();
        RowView view = RowOrder.view(table, List.of(new SortColumn(2, true)), RowFilter.NONE, Locale.ENGLISH,
                Cancellation.none());
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        for (int i = 1; i < ROWS; i++) {
            int order = collator.compare(table.label(view.row(i - 1), 2), table.label(view.row(i), 2));
            assertTrue(order < 0 || order == 0 && view.row(i - 1) < view.row(i), "position " + i);
        }
    }

    @Test
    void twoHundredThousandRowsFilterKeepsExactlyTheMatchingRowsInOrderIgnoringCaseAndAccents() {
        ResultTable table = generated();
        int expected = 0;
        for (int r = 0; r < ROWS; r++) {
            if (table.label(r, 2).toLowerCase(Locale.ROOT).contains("délta 12")) {
                expected++;
            }
        }
        assertTrue(expected > 0);
        for (String typed : List.of("DÉLTA 12", "DELTA 12", "delta 12")) {
            RowView view = RowOrder.view(table, List.of(new SortColumn(0, true)),
                    new RowFilter(typed, RowFilter.ALL_COLUMNS), Locale.ENGLISH, Cancellation.none());
            assertEquals(expected, view.size(), typed);
            for (int i = 1; i < view.size(); i++) {
                assertTrue(Collator.getInstance(Locale.ENGLISH).compare(table.label(view.row(i - 1), 0),
                        table.label(view.row(i), 0)) <= 0);
            }
        }
    }
}
