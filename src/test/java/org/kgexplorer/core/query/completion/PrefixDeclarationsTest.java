package org.kgexplorer.core.query.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PrefixDeclarationsTest {
    @Test
    void readsTheDeclaredPrefixesButNotThoseInComments() {
        assertEquals(Map.of("kg", "https://kgexplorer.org/id/", "", "http://x/"),
                PrefixDeclarations.declared("# PREFIX no: <http://no/>\nPREFIX kg: <https://kgexplorer.org/id/>\n"
                        + "prefix :<http://x/>\nSELECT * {}"));
    }

    @Test
    void aNewPrefixGoesAfterTheLastDeclaration() {
        String text = "PREFIX a: <http://a/>\nPREFIX b: <http://b/>\nSELECT * {}";
        assertEquals("PREFIX a: <http://a/>\nPREFIX b: <http://b/>\nPREFIX c: <http://c/>\nSELECT * {}",
                PrefixDeclarations.declaration(text, "c", "http://c/").applyTo(text));
    }

    @Test
    void withoutDeclarationsANewPrefixGoesAfterTheHeaderComments() {
        String text = "# title: Who?\n\nSELECT * {}";
        assertEquals("# title: Who?\n\nPREFIX c: <http://c/>\nSELECT * {}",
                PrefixDeclarations.declaration(text, "c", "http://c/").applyTo(text));
    }
}
