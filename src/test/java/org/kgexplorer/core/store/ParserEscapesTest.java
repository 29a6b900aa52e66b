package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs the fuzz pass found that got past Jena's parse errors (an exception of another kind, exit 2 and
 * "unexpected error" on the command line; a value dropped with a log record on stderr): each is a data error that
 * names the file.
 */
class ParserEscapesTest {
    @TempDir
    Path dir;

    private DataLoadException refused(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return assertThrows(DataLoadException.class, () -> RdfLoadingTest.load(file));
    }

    @Test
    void aBaseIriWithABadSchemeIsADataError() throws Exception {
        DataLoadException e = refused("bad-base.ttl", "@base <%zz://x> .\n<a> <b> <c> .\n");
        assertEquals(dir.resolve("bad-base.ttl").toString(), e.location());
        assertEquals("not valid Turtle: <%zz://x> Code: 0/ILLEGAL_CHARACTER in SCHEME: The character violates the "
                + "grammar rules for URIs/IRIs.", e.problem());
        assertEquals(1, e.line(), "the position of Jena's warning about the base");
        assertFalse(e.lenientWouldLoad(), "Jena cannot resolve against that base, leniently or not");
    }

    /**
     * A JSON-LD context's term that cannot be a prefix name loads without becoming a prefix (found by the CI's
     * fuzzing: "unexpected error: ...IllegalPrefixException" when the store took it).
     */
    @Test
    void aJsonLdContextTermThatCannotBeAPrefixLoadsWithoutBecomingOne() throws Exception {
        Path file = dir.resolve("prefix.jsonld");
        Files.writeString(file, "{\"@context\": {\"]]\": \"http://ex.org/\", \"ex\": \"http://ex.org/\"},"
                + " \"@id\": \"http://ex.org/a\", \"http://ex.org/p\": \"x\"}", StandardCharsets.UTF_8);
        var store = RdfLoadingTest.load(file);
        assertEquals(1, store.tripleCount());
        assertEquals(java.util.Map.of("ex", "http://ex.org/"), store.prefixes());
    }

    @Test
    void aJsonLdValueThatTitaniumWouldDropIsADataErrorAndNothingIsLogged() throws Exception {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream old = System.err;
        DataLoadException e;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            e = refused("lang.jsonld", "{\"@context\": {\"@language\": \"e.\"}, \"@id\": \"http://ex.org/a\","
                    + " \"http://ex.org/p\": \"x\"}");
        } finally {
            System.setErr(old);
        }
        assertEquals(dir.resolve("lang.jsonld").toString(), e.location());
        assertEquals("not valid JSON-LD: Language tag [e.] is not well formed.", e.problem());
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDroppedJsonLdValueIsCaughtAfterTheCommandLineQuietsAndResetsLogging() throws Exception {
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        // what the command line's logging set-up does before any load: a reset, then only SEVERE records pass
        LogManager.getLogManager().reset();
        root.setLevel(Level.SEVERE);
        try {
            DataLoadException e = refused("quiet.jsonld", "{\"@context\": {\"@language\": \"e.\"}, \"@id\": \"http://ex.org/a\","
                    + " \"http://ex.org/p\": \"x\"}");
            assertEquals("not valid JSON-LD: Language tag [e.] is not well formed.", e.problem());
        } finally {
            root.setLevel(before);
        }
    }

    @Test
    void aWordFollowedByManyDotsIsADataError() throws Exception {
        DataLoadException e = refused("dots.trig", "@prefix ex: <http://ex.org/> .\n@x..............\n");
        assertEquals(dir.resolve("dots.trig").toString(), e.location());
        assertEquals("not valid TriG: the reader ran out of look-back (a word followed by many dots?)", e.problem());
    }

    /** Found by the fuzzing: Jena 5.6's tag formatter fails on this tag with an error of its own message's making. */
    @Test
    void anRdfXmlLanguageTagJenaCannotFormatIsADataError() throws Exception {
        DataLoadException e = refused("lang.rdf", """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                         xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
                  <rdf:Description rdf:about="http://ex.org/a">
                    <rdfs:label xml:lang="en;">Ana</rdfs:label>
                  </rdf:Description>
                </rdf:RDF>
                """);
        assertEquals(dir.resolve("lang.rdf").toString(), e.location());
        assertEquals("not valid RDF/XML: the language tag \"en;\" is not valid", e.problem());
        assertEquals(5, e.line(), "the position of Jena's warning about the tag");
    }
}
