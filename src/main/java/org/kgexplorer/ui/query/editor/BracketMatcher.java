package org.kgexplorer.ui.query.editor;

import java.util.List;

import org.kgexplorer.core.query.completion.SparqlToken;

/** Finds the bracket that matches the one at the caret, skipping brackets inside strings, IRIs and comments. */
final class BracketMatcher {
    private static final String OPEN = "({[";
    private static final String CLOSE = ")}]";

    /**
     * The bracket pair at the caret: the bracket just after the caret, else the one just before it.
     *
     * @return {bracket, match} offsets, {bracket, -1} when it has no match, or null when the caret is at no bracket
     */
    static int[] pairAt(String text, List<SparqlToken> tokens, int caret) {
        int at = bracketIndex(tokens, caret);
        if (at < 0) {
            at = bracketIndex(tokens, caret - 1);
        }
        if (at < 0) {
            return null;
        }
        SparqlToken bracket = tokens.get(at);
        char c = text.charAt(bracket.start());
        int open = OPEN.indexOf(c);
        char partner = open >= 0 ? CLOSE.charAt(open) : OPEN.charAt(CLOSE.indexOf(c));
        int step = open >= 0 ? 1 : -1;
        int depth = 0;
        for (int i = at; i >= 0 && i < tokens.size(); i += step) {
            SparqlToken t = tokens.get(i);
            if (t.type() != SparqlToken.Type.BRACKET) {
                continue;
            }
            char here = text.charAt(t.start());
            if (here == c) {
                depth++;
            } else if (here == partner) {
                depth--;
                if (depth == 0) {
                    return new int[] {bracket.start(), t.start()};
                }
            }
        }
        return new int[] {bracket.start(), -1};
    }

    private static int bracketIndex(List<SparqlToken> tokens, int offset) {
        if (offset < 0) {
            return -1;
        }
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SparqlToken t = tokens.get(mid);
            if (t.end() <= offset) {
                lo = mid + 1;
            } else if (t.start() > offset) {
                hi = mid - 1;
            } else {
                return t.type() == SparqlToken.Type.BRACKET ? mid : -1;
            }
        }
        return -1;
    }
}
