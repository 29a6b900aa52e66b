package org.kgexplorer.core.query.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kgexplorer.core.query.completion.SparqlToken.Type;

class SparqlLexerTest {
    static List<String> typed(String text) {
        return SparqlLexer.tokens(text).stream().filter(t -> t.type() != Type.WHITESPACE)
                .map(t -> t.type() + ":" + text.substring(t.start(), t.end())).toList();
    }

    @Test
    void tellsTheKindsOfTokenApart() {
        assertEquals(List.of("KEYWORD:SELECT", "VARIABLE:?name", "KEYWORD:WHERE", "BRACKET:{", "VARIABLE:?x",
                        "KEYWORD:a", "PREFIXED_NAME:kgx:TaskForce", "PUNCTUATION:;", "IRI:<http://ex.org/p#q>",
                        "STRING:\"Alfa\"", "LANGUAGE_TAG:@es", "PUNCTUATION:.", "KEYWORD:FILTER", "BRACKET:(",
                        "VARIABLE:?n", "PUNCTUATION:>", "NUMBER:3.5", "BRACKET:)", "BRACKET:}", "COMMENT:# done"),
                typed("SELECT ?name WHERE { ?x a kgx:TaskForce ; <http://ex.org/p#q> \"Alfa\"@es . "
                        + "FILTER(?n > 3.5) } # done"));
    }

    @Test
    void aHashInsideAnIriOrAStringIsNoComment() {
        assertEquals(List.of("IRI:<http://ex.org/a#b>", "STRING:'x # y'"), typed("<http://ex.org/a#b> 'x # y'"));
    }

    @Test
    void anUnterminatedStringEndsAtTheLineEnd() {
        assertEquals(List.of("STRING:\"open", "KEYWORD:SELECT"), typed("\"open\nSELECT"));
    }

    @Test
    void aLongStringSpansLines() {
        assertEquals(List.of("STRING:\"\"\"one\ntwo\"\"\"", "NUMBER:1"), typed("\"\"\"one\ntwo\"\"\" 1"));
    }

    @Test
    void aLessThanIsNoIri() {
        assertEquals(List.of("VARIABLE:?a", "PUNCTUATION:<", "VARIABLE:?b", "VARIABLE:?c", "PUNCTUATION:<=",
                "NUMBER:2"), typed("?a < ?b ?c <= 2"));
    }

    @Test
    void tokensCoverTheWholeText() {
        String text = "PREFIX : <http://x/>\nSELECT * { :a :b \"c\\\"d\" , _:e , -1e3 }";
        int at = 0;
        for (SparqlToken t : SparqlLexer.tokens(text)) {
            assertEquals(at, t.start());
            at = t.end();
        }
        assertEquals(text.length(), at);
    }
}
