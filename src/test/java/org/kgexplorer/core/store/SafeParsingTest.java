package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.testing.LoopbackServer;

/** Loading never reaches out: no remote JSON-LD contexts, no XML external entities. */
class SafeParsingTest {
    @TempDir
    Path dir;

    @Test
    void aRemoteJsonLdContextIsNeverFetched() throws Exception {
        try (LoopbackServer server = new LoopbackServer("application/ld+json",
                "{\"@context\": {\"name\": \"http://ex.org/name\"}}")) {
            Path file = dir.resolve("remote.jsonld");
            Files.writeString(file, "{\"@context\": \"" + server.url("/ctx.jsonld")
                    + "\", \"@id\": \"http://ex.org/a\", \"name\": \"v\"}");
            DataLoadException e = assertThrows(DataLoadException.class, () -> RdfLoadingTest.load(file));
            assertTrue(e.getMessage().contains("remote JSON-LD context"), e.getMessage());
            assertTrue(e.getMessage().contains(server.url("/ctx.jsonld")), e.getMessage());
            assertEquals(0, server.requests());
        }
    }

    @Test
    void anInlineJsonLdContextLoads() throws Exception {
        Path file = dir.resolve("inline.jsonld");
        Files.writeString(file, "{\"@context\": {\"name\": \"http://ex.org/name\"}, \"@id\": \"http://ex.org/a\", \"name\": \"v\"}");
        assertEquals(1, RdfLoadingTest.load(file).tripleCount());
    }

    @Test
    void rdfXmlExternalEntitiesAreNotResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "top-secret-value");
        try (LoopbackServer server = new LoopbackServer("text/plain", "remote-secret-value")) {
            Path file = dir.resolve("xxe.rdf");
            Files.writeString(file, """
                    <?xml version="1.0"?>
                    <!DOCTYPE rdf:RDF [ <!ENTITY x SYSTEM "%s"> <!ENTITY y SYSTEM "%s"> ]>
                    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex.org/">
                      <rdf:Description rdf:about="http://ex.org/a"><ex:p>&x;</ex:p><ex:q>&y;</ex:q></rdf:Description>
                    </rdf:RDF>
                    """.formatted(secret.toUri(), server.url("/entity")));
            String content;
            try {
                InMemoryStore store = RdfLoadingTest.load(file);
                content = store.read(dsg -> {
                    StringBuilder sb = new StringBuilder();
                    dsg.find().forEachRemaining(q -> sb.append(q).append('\n'));
                    return sb.toString();
                });
            } catch (DataLoadException refused) {
                content = refused.getMessage();
            }
            assertFalse(content.contains("top-secret-value"), content);
            assertFalse(content.contains("remote-secret-value"), content);
            assertEquals(0, server.requests());
        }
    }
}
