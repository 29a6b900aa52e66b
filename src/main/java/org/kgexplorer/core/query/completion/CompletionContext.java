package org.kgexplorer.core.query.completion;

import java.util.List;

import org.kgexplorer.core.query.completion.SparqlToken.Type;

/**
 * What is being typed at the caret: the word so far, where it starts, and what kind of thing may go there.
 *
 * @param mode        what the word is
 * @param start       offset where the word starts (the text from here to the caret is replaced)
 * @param end         the caret offset
 * @param word        the word typed so far (after {@code <}, {@code ?} or {@code prefix:} in those modes)
 * @param prefix      in {@link Mode#PREFIXED_NAME}, the prefix before the colon; otherwise empty
 * @param classWanted true right after {@code a} or {@code rdf:type}, where a class is expected
 */
public record CompletionContext(Mode mode, int start, int end, String word, String prefix, boolean classWanted) {

    /** Kinds of position for completion. */
    public enum Mode {
        /** A plain word: keywords, prefixes, and names from the data by local name or label. */
        WORD,
        /** After {@code prefix:}: names in that namespace. */
        PREFIXED_NAME,
        /** After {@code <}: full IRIs. */
        IRI,
        /** After {@code ?} or {@code $}: variables of the query. */
        VARIABLE,
        /** After the PREFIX keyword: a prefix declaration. */
        PREFIX_DECLARATION,
        /** Inside a comment or a string: nothing to propose. */
        NONE
    }

    /** Reads the context at the caret. */
    public static CompletionContext at(String text, int caret) {
        int c = Math.max(0, Math.min(caret, text.length()));
        List<SparqlToken> tokens = SparqlLexer.tokens(text.substring(0, c));
        SparqlToken last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (last != null && (last.type() == Type.COMMENT || (last.type() == Type.STRING && !closedString(text, last)))) {
            return none(c);
        }
        int iriStart = iriStart(text, c);
        Mode mode = Mode.WORD;
        int start = c;
        String prefix = "";
        if (iriStart >= 0) {
            mode = Mode.IRI;
            start = iriStart;
        } else if (last != null) {
            String token = text.substring(last.start(), last.end());
            switch (last.type()) {
                case VARIABLE -> {
                    mode = Mode.VARIABLE;
                    start = last.start();
                }
                case PUNCTUATION -> {
                    if (token.equals("?") || token.equals("$")) {
                        mode = Mode.VARIABLE;
                        start = last.start();
                    }
                }
                case PREFIXED_NAME -> {
                    mode = Mode.PREFIXED_NAME;
                    start = last.start();
                    prefix = token.substring(0, token.indexOf(':'));
                }
                case KEYWORD, WORD -> start = last.start();
                case NUMBER, LANGUAGE_TAG, BLANK_NODE, IRI, STRING -> {
                    return none(c);
                }
                default -> {
                }
            }
        }
        String typed = text.substring(start, c);
        int before = indexBefore(tokens, start);
        String previous = before < 0 ? "" : text.substring(tokens.get(before).start(), tokens.get(before).end());
        boolean classWanted = previous.equals("a") || previous.equals("rdf:type");
        if (mode == Mode.WORD && previous.equalsIgnoreCase("PREFIX")) {
            mode = Mode.PREFIX_DECLARATION;
        }
        String word = switch (mode) {
            case IRI, VARIABLE -> typed.isEmpty() ? "" : typed.substring(1);
            case PREFIXED_NAME -> typed.substring(typed.indexOf(':') + 1);
            default -> typed;
        };
        return new CompletionContext(mode, start, c, word, prefix, classWanted);
    }

    private static CompletionContext none(int caret) {
        return new CompletionContext(Mode.NONE, caret, caret, "", "", false);
    }

    /** The offset of the {@code <} of an IRI being typed right before the caret, or -1. */
    private static int iriStart(String text, int caret) {
        int j = caret - 1;
        while (j >= 0) {
            char ch = text.charAt(j);
            if (ch == '<') {
                return j;
            }
            if (Character.isWhitespace(ch) || "> \"{}|^`".indexOf(ch) >= 0) {
                return -1;
            }
            j--;
        }
        return -1;
    }

    /** True when a string token ends with its closing quote(s). */
    private static boolean closedString(String text, SparqlToken string) {
        int length = string.length();
        char quote = text.charAt(string.start());
        String triple = String.valueOf(quote).repeat(3);
        if (length >= 6 && text.startsWith(triple, string.start())) {
            return text.startsWith(triple, string.end() - 3);
        }
        return length >= 2 && text.charAt(string.end() - 1) == quote && !text.startsWith(triple, string.start());
    }

    private static int indexBefore(List<SparqlToken> tokens, int offset) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            SparqlToken t = tokens.get(i);
            if (t.end() <= offset && t.type() != Type.WHITESPACE && t.type() != Type.COMMENT) {
                return i;
            }
        }
        return -1;
    }
}
