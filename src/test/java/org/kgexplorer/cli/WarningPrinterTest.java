package org.kgexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kgexplorer.core.store.DataWarning;

class WarningPrinterTest {
    private final StringWriter err = new StringWriter();
    private final WarningPrinter printer = new WarningPrinter(new PrintWriter(err));

    @Test
    void warningsOfSeveralFilesStayWithinTwentyOneLines() {
        for (int i = 1; i <= 18; i++) {
            printer.accept(new DataWarning("a.nt", i, 1, "Bad IRI: Relative IRI: s" + i));
        }
        for (int i = 1; i <= 7; i++) {
            printer.accept(new DataWarning("b.nt", i, 3, "Language not valid: x" + i));
        }
        printer.accept(new DataWarning("c.nt", 9, 1, "Language not valid: y"));
        printer.finish();
        List<String> lines = err.toString().lines().toList();
        assertEquals(21, lines.size(), err.toString());
        assertEquals("a.nt:1:1: warning: Bad IRI: Relative IRI: s1", lines.get(0));
        assertEquals("b.nt:2:3: warning: Language not valid: x2", lines.get(19));
        assertEquals("b.nt: 5 more warnings (and 1 in 1 other file)", lines.get(20));
    }

    @Test
    void nothingMoreIsSaidWhenEveryWarningWasShown() {
        printer.accept(new DataWarning("a.nt", -1, -1, "odd"));
        printer.finish();
        assertEquals(List.of("a.nt: warning: odd"), err.toString().lines().toList());
    }
}
