package org.kgexplorer.ui.query.editor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kgexplorer.core.query.completion.SparqlLexer;
import org.kgexplorer.core.query.completion.SparqlToken;

/** Which characters to underline for a problem at a line and column: the token there. */
final class ProblemRange {
    private ProblemRange() {
    }

    /**
     * The [start, end) of the token at a 1-based line and column; at the end of the text or on blank space, the
     * last token before it (a query that "ends too early" is marked where it stops).
     */
    static int[] of(String text, long line, long column, String problem) {
        if (text.isEmpty()) {
            return new int[] {0, 0};
        }
        int offset = offsetOf(text, line, column);
        List<SparqlToken> tokens = SparqlLexer.tokens(text);
        int[] unexpected = unexpectedToken(text, tokens, offset, problem);
        if (unexpected != null) {
            return unexpected;
        }
        SparqlToken chosen = null;
        for (SparqlToken t : tokens) {
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

    /**
     * The parser places a syntax error at the last token it accepted, while the message names the token it did
     * not expect, which comes a little after: find that one, so the underline marks what is actually wrong.
     */
    private static int[] unexpectedToken(String text, List<SparqlToken> tokens, int offset, String problem) {
        Matcher m = UNEXPECTED.matcher(problem == null ? "" : problem);
        if (!m.lookingAt()) {
            return null;
        }
        String image = m.group(1);
        int seen = 0;
        for (SparqlToken t : tokens) {
            if (t.end() <= offset || t.type() == SparqlToken.Type.WHITESPACE || t.type() == SparqlToken.Type.COMMENT) {
                continue;
            }
            if (text.substring(t.start(), t.end()).equals(image)) {
                return new int[] {t.start(), t.end()};
            }
            if (++seen > LOOK_AHEAD) {
                break;
            }
        }
        return null;
    }

    private static final Pattern UNEXPECTED = Pattern.compile("unexpected \"(.+?)\"");
    private static final int LOOK_AHEAD = 4;

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
