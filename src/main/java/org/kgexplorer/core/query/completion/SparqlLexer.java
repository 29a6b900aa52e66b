package org.kgexplorer.core.query.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kgexplorer.core.query.completion.SparqlToken.Type;

/**
 * Splits SPARQL text into tokens for highlighting, bracket matching and completion. It never fails: text that
 * is not valid SPARQL still gets tokens (an unterminated string runs to the end of its line), so the editor can
 * colour a query while it is being typed. One pass, linear in the length of the text.
 */
public final class SparqlLexer {
    private SparqlLexer() {
    }

    /** Every token of the text, in order, covering it without gaps. */
    public static List<SparqlToken> tokens(String text) {
        List<SparqlToken> tokens = new ArrayList<>(Math.max(16, text.length() / 4));
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = next(text, i);
            tokens.add(new SparqlToken(typeAt(text, i, end), i, end));
            i = end;
        }
        return tokens;
    }

    private static Type typeAt(String text, int start, int end) {
        char c = text.charAt(start);
        if (Character.isWhitespace(c)) {
            return Type.WHITESPACE;
        }
        if (c == '#') {
            return Type.COMMENT;
        }
        if (c == '"' || c == '\'') {
            return Type.STRING;
        }
        if ((c == '?' || c == '$') && end - start > 1) {
            return Type.VARIABLE;
        }
        if (c == '<' && end - start > 1 && text.charAt(end - 1) == '>') {
            return Type.IRI;
        }
        if (c == '@' && end - start > 1) {
            return Type.LANGUAGE_TAG;
        }
        if (c == '_' && end - start > 1 && text.charAt(start + 1) == ':') {
            return Type.BLANK_NODE;
        }
        if ("(){}[]".indexOf(c) >= 0) {
            return Type.BRACKET;
        }
        if (Character.isDigit(c) || (c == '.' && end - start > 1)) {
            return Type.NUMBER;
        }
        if (isNameStart(c) || c == ':') {
            String word = text.substring(start, end);
            if (word.indexOf(':') >= 0) {
                return Type.PREFIXED_NAME;
            }
            String upper = word.toUpperCase(Locale.ROOT);
            if (SparqlKeywords.ALL.contains(upper) || word.equals("a")) {
                return Type.KEYWORD;
            }
            if (LITERAL_WORDS.contains(word)) {
                return Type.NUMBER;
            }
            return Type.WORD;
        }
        return Type.PUNCTUATION;
    }

    private static final Set<String> LITERAL_WORDS = Set.of("true", "false");

    /** The end of the token that starts at {@code i}. */
    private static int next(String text, int i) {
        int n = text.length();
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
            int j = i + 1;
            while (j < n && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            return j;
        }
        switch (c) {
            case '#':
                return lineEnd(text, i);
            case '"':
            case '\'':
                return stringEnd(text, i, c);
            case '?':
            case '$':
                return variableEnd(text, i + 1);
            case '<':
                return iriEnd(text, i);
            case '@':
                return languageTagEnd(text, i);
            default:
                break;
        }
        if (c == '_' && i + 1 < n && text.charAt(i + 1) == ':') {
            return nameEnd(text, i + 2);
        }
        if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
            return numberEnd(text, i);
        }
        if (isNameStart(c) || c == ':') {
            return prefixedNameEnd(text, i);
        }
        return i + 1;
    }

    private static int lineEnd(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
            j++;
        }
        return j;
    }

    private static int stringEnd(String text, int i, char quote) {
        int n = text.length();
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, i)) {
            int j = i + 3;
            while (j < n) {
                if (text.charAt(j) == '\\') {
                    j += 2;
                } else if (text.startsWith(triple, j)) {
                    return j + 3;
                } else {
                    j++;
                }
            }
            return n;
        }
        int j = i + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == quote) {
                return j + 1;
            } else if (c == '\n' || c == '\r') {
                return j;
            } else {
                j++;
            }
        }
        return Math.min(j, n);
    }

    private static int iriEnd(String text, int i) {
        int j = i + 1;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c == '>') {
                return j + 1;
            }
            if (Character.isWhitespace(c) || "<\"{}|^`".indexOf(c) >= 0) {
                break;
            }
            j++;
        }
        // Not an IRI: a comparison operator (<, <=).
        return i + 1 < text.length() && text.charAt(i + 1) == '=' ? i + 2 : i + 1;
    }

    private static int languageTagEnd(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return j;
    }

    private static int numberEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j < n - 1 && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1))) {
            j++;
            while (j < n && Character.isDigit(text.charAt(j))) {
                j++;
            }
        }
        if (j < n && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
                k++;
            }
            if (k < n && Character.isDigit(text.charAt(k))) {
                j = k;
                while (j < n && Character.isDigit(text.charAt(j))) {
                    j++;
                }
            }
        }
        return j;
    }

    /** A word, or a prefixed name {@code prefix:local} (either part may be empty). */
    private static int prefixedNameEnd(String text, int i) {
        int j = nameEnd(text, i);
        if (j < text.length() && text.charAt(j) == ':') {
            j++;
            j = localEnd(text, j);
        }
        return j;
    }

    private static int localEnd(String text, int j) {
        int n = text.length();
        while (j < n) {
            char c = text.charAt(j);
            if (isNameChar(c) || c == ':' || c == '%') {
                j++;
            } else if (c == '\\' && j + 1 < n) {
                j += 2;
            } else if (c == '.' && j + 1 < n && (isNameChar(text.charAt(j + 1)) || text.charAt(j + 1) == ':')) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static int variableEnd(String text, int i) {
        int j = i;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        return j;
    }

    private static int nameEnd(String text, int i) {
        int j = i;
        while (j < text.length() && isNameChar(text.charAt(j))) {
            j++;
        }
        return j;
    }

    static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '\u00B7';
    }
}
