package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A parser's message on one line, without the position it repeats, and never longer than anyone reads. */
class ParseMessagesTest {
    @Test
    void dropsThePositionAndKeepsOneLine() {
        assertEquals("Bad character in IRI (space): <http://ex.org/a b>",
                ParseMessages.clean("[line: 3, col: 14] Bad character in IRI (space): <http://ex.org/a b>\nmore"));
    }

    @Test
    void aMessageQuotingAHugeTokenIsCut() {
        // Jena quotes the token so far in each warning: a 72 KB IRI gave tens of thousands of such messages
        String huge = "[line: 1, col: 9] Bad character in IRI: <" + "http:".repeat(20_000) + ">";
        String clean = ParseMessages.clean(huge);
        assertTrue(clean.length() <= ParseMessages.LONGEST + 1, "length " + clean.length());
        assertTrue(clean.startsWith("Bad character in IRI: <http:http:") && clean.endsWith("…"), clean);
    }
}
