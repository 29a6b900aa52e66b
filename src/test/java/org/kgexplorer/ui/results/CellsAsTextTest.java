package org.kgexplorer.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.task.Cancellation;

class CellsAsTextTest {
    private static ResultTable table() {
        Node[] who = {NodeFactory.createURI("http://ex.org/a"), NodeFactory.createURI("http://ex.org/b")};
        Node[] note = {NodeFactory.createLiteralString("two\tparts"), NodeFactory.createLiteralString("line\nbreak")};
        Node[] n = {NodeFactory.createLiteralString("1"), null};
        return new ResultTable(List.of("who", "note", "n"), new Node[][] {who, note, n}, 2, false)
                .relabel(x -> x.getURI().endsWith("a") ? "Alpha" : "Beta", Cancellation.none());
    }

    @Test
    void selectedCellsBecomeAGridInScreenOrderWithGapsKept() {
        // screen position 0 shows table row 1, position 1 shows table row 0
        String tsv = CellsAsText.tsv(table(), List.of(new int[] {1, 0, 2}, new int[] {0, 1, 0}, new int[] {1, 0, 0}));
        assertEquals("Beta\t\nAlpha\t1\n", tsv);
    }

    @Test
    void tabsAndLineBreaksInsideLabelsBecomeSpaces() {
        assertEquals("two parts\nline break\n", CellsAsText.tsv(table(), List.of(new int[] {0, 0, 1}, new int[] {1, 1, 1})));
    }

    @Test
    void wholeRowsCarryAHeaderOfTheVariables() {
        assertEquals("who\tnote\tn\nBeta\tline break\t\n", CellsAsText.rows(table(), List.of(1)));
    }

    @Test
    void copyIriGivesTheIriOfAResourceAndTheLexicalFormOfALiteral() {
        assertEquals("http://ex.org/a", CellsAsText.value(table().node(0, 0)));
        assertEquals("two\tparts", CellsAsText.value(table().node(0, 1)));
        assertEquals("", CellsAsText.value(null));
    }
}
