package org.kgexplorer.core.query.completion;

/**
 * One token of SPARQL text, as the editor colours it.
 *
 * @param type  what the token is
 * @param start offset of its first character in the text
 * @param end   offset just past its last character
 */
public record SparqlToken(Type type, int start, int end) {

    /** The kinds of token the editor tells apart. */
    public enum Type {
        KEYWORD, VARIABLE, IRI, PREFIXED_NAME, STRING, LANGUAGE_TAG, NUMBER, COMMENT, BLANK_NODE, BRACKET, PUNCTUATION,
        WORD, WHITESPACE
    }

    public int length() {
        return end - start;
    }

    /** True when the offset lies inside this token (start inclusive, end exclusive). */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
