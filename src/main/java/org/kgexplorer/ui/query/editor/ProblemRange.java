package org.kgexplorer.ui.query.editor;

import org.kgexplorer.core.query.completion.SparqlLexer;
import org.kgexplorer.core.query.completion.SparqlToken;

/**
 * Which characters to underline for a problem at a line and column: the token there. Core's position already
 * names the token that is wrong (see {@code SparqlParsing.position}), so the underline starts where the message says.
 */
final class ProblemRange {
    private ProblemRange() {
    }

    /**
     * The [start, end) of the token at a 1-based line and column; at the end of the text or on blank space, the
     * last token before it (a query that "ends too early" is marked where it stops).
     */
    static int[] of(String text, long line, long column) {
        if (text.isEmpty()) {
            return new int[] {0, 0};
        }
        int offset = offsetOf(text, line, column);
        SparqlToken chosen = null;
        for (SparqlToken t : SparqlLexer.tokens(text)) {
            if (t.start() > offset) {
                break;
            }
            if (t.type() != SparqlToken.Type.WHITESPACE) {
                chosen = t;
            }
            if (t.contains(offset) && t.type() != SparqlToken.Type.WHITESPACE) {
                break;
            }
        }
        if (chosen == null) {
            return new int[] {offset, Math.min(text.length(), offset + 1)};
        }
        return new int[] {chosen.start(), chosen.end()};
    }

    static int offsetOf(String text, long line, long column) {
        int lineStart = 0;
        for (long l = 1; l < line; l++) {
            int next = text.indexOf('\n', lineStart);
            if (next < 0) {
                return text.length();
            }
            lineStart = next + 1;
        }
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        return (int) Math.min(lineEnd, lineStart + Math.max(0, column - 1));
    }
}
