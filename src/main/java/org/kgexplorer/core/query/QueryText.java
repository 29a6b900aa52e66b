package org.kgexplorer.core.query;

import java.util.List;
import java.util.Optional;

import org.kgexplorer.core.query.completion.SparqlLexer;
import org.kgexplorer.core.query.completion.SparqlToken;
import org.kgexplorer.core.query.completion.SparqlToken.Type;

/**
 * Reads positions out of query text with the editor's lexer, so that comments, strings and IRIs are never
 * mistaken for keywords or brackets.
 */
final class QueryText {
    private final String text;
    private final List<SparqlToken> tokens;

    QueryText(String text) {
        this.text = text;
        this.tokens = SparqlLexer.tokens(text);
    }

    /** A 1-based line and column. */
    record Position(long line, long column) {
    }

    /** The line and column of a character offset. */
    Position at(int offset) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart + 1L);
    }

    /** Where the nesting is deepest: the first opening bracket at the greatest depth (or the start). */
    Position deepest() {
        int depth = 0;
        int max = 0;
        int where = 0;
        for (SparqlToken t : tokens) {
            if (t.type() != Type.BRACKET) {
                continue;
            }
            char c = text.charAt(t.start());
            if (c == '(' || c == '{' || c == '[') {
                depth++;
                if (depth > max) {
                    max = depth;
                    where = t.start();
                }
            } else {
                depth--;
            }
        }
        return at(where);
    }

    /** A SERVICE keyword outside comments, strings and IRIs, and the endpoint that follows it. */
    record Service(Position position, String endpoint) {
    }

    Optional<Service> firstService() {
        for (int i = 0; i < tokens.size(); i++) {
            if (isKeyword(tokens.get(i), "SERVICE")) {
                return Optional.of(new Service(at(tokens.get(i).start()), endpointAfter(i)));
            }
        }
        return Optional.empty();
    }

    private String endpointAfter(int service) {
        for (int i = service + 1; i < tokens.size(); i++) {
            SparqlToken t = tokens.get(i);
            if (t.type() == Type.WHITESPACE || t.type() == Type.COMMENT || isKeyword(t, "SILENT")) {
                continue;
            }
            return text.substring(t.start(), t.end());
        }
        return "";
    }

    private boolean isKeyword(SparqlToken t, String word) {
        return t.type() == Type.KEYWORD && text.regionMatches(true, t.start(), word, 0, word.length())
                && t.length() == word.length();
    }
}
