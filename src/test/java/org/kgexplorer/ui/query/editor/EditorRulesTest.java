package org.kgexplorer.ui.query.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.kgexplorer.core.query.completion.SparqlLexer;

/** The editor's text rules: indentation, bracket pairs, and where a problem is underlined. */
class EditorRulesTest {
    @Test
    void enterKeepsTheIndentationAndAddsALevelAfterAnOpeningBrace() {
        assertEquals("\n  ", AutoIndent.newline("  ?s ?p ?o .", 12));
        assertEquals("\n    ", AutoIndent.newline("  OPTIONAL {", 12));
        assertEquals("\n", AutoIndent.newline("SELECT *", 8));
    }

    @Test
    void aClosingBraceOnAnIndentedEmptyLineGoesBackOneLevel() {
        assertEquals(2, AutoIndent.dedentBeforeClosing("{\n    ", 6));
        assertEquals(0, AutoIndent.dedentBeforeClosing("{\n  ?s", 5));
    }

    @Test
    void theMatchingBracketSkipsBracketsInStringsAndIris() {
        String text = "{ ?s ?p \"}\" . FILTER(?p != <http://x/(>) }";
        var tokens = SparqlLexer.tokens(text);
        assertArrayEquals(new int[] {0, text.length() - 1}, BracketMatcher.pairAt(text, tokens, 0));
        assertArrayEquals(new int[] {text.length() - 1, 0}, BracketMatcher.pairAt(text, tokens, text.length()));
        assertArrayEquals(new int[] {text.indexOf('('), text.indexOf(')', text.indexOf('>'))},
                BracketMatcher.pairAt(text, tokens, text.indexOf('(') + 1));
        assertNull(BracketMatcher.pairAt(text, tokens, 4));
    }

    @Test
    void anUnmatchedBracketHasNoPartner() {
        String text = "SELECT * { ?s ?p ?o";
        assertArrayEquals(new int[] {9, -1}, BracketMatcher.pairAt(text, SparqlLexer.tokens(text), 9));
    }

    @Test
    void aProblemIsUnderlinedOnTheTokenAtItsColumn() {
        String text = "SELECT ?x WHERE {\n  FILTER(?y = )\n}";
        int[] range = ProblemRange.of(text, 2, 15);
        assertEquals(text.indexOf(')'), range[0]);
        assertEquals(text.indexOf(')') + 1, range[1]);
    }

    @Test
    void aProblemAtTheEndIsUnderlinedOnTheLastToken() {
        String text = "SELECT * WHERE { ?s ?p ?o\n";
        int[] range = ProblemRange.of(text, 2, 1);
        assertEquals(text.indexOf("?o"), range[0]);
        assertEquals(text.indexOf("?o") + 2, range[1]);
    }

    @Test
    void aProblemInsideAPrefixedNameUnderlinesAllOfIt() {
        String text = "SELECT ?s\nWHERE { ?s ex:p ?o }";
        int[] range = ProblemRange.of(text, 2, 12);
        assertEquals(text.indexOf("ex:p"), range[0]);
        assertEquals(text.indexOf("ex:p") + 4, range[1]);
    }
}
