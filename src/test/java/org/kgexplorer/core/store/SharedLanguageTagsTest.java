package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** Literals of one language tag share one string for it once loaded, and are the literals Jena itself makes (ADR 49). */
class SharedLanguageTagsTest {
    @TempDir
    Path dir;

    @Test
    void literalsOfOneTagShareItsStringAndEqualJenasOwn() throws Exception {
        StringBuilder text = new StringBuilder("@prefix ex: <http://ex.org/> .\n");
        for (int i = 0; i < 50; i++) {
            text.append("ex:s").append(i).append(" ex:name \"name ").append(i).append("\"@en , \"nombre ").append(i)
                    .append("\"@ES , \"colour ").append(i).append("\"@en-gb ; ex:n ").append(i).append(" .\n");
        }
        Path file = dir.resolve("tags.ttl");
        Files.writeString(file, text);
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(file), LoadMode.ADD, ParsePolicy.strict(), ProgressListener.silent(), new Cancellation());
        List<Node> literals = store.read(dsg -> {
            List<Node> found = new ArrayList<>();
            dsg.getDefaultGraph().find().mapWith(Triple::getObject).filterKeep(o -> o.isLiteral()
                    && !o.getLiteralLanguage().isEmpty()).forEachRemaining(found::add);
            return found;
        });
        assertEquals(150, literals.size());
        Node en = null;
        Node es = null;
        Node gb = null;
        for (Node literal : literals) {
            String lexical = literal.getLiteralLexicalForm();
            String lang = literal.getLiteralLanguage();
            Node jenas = NodeFactory.createLiteralLang(lexical, lexical.startsWith("name") ? "en"
                    : lexical.startsWith("nombre") ? "ES" : "en-gb");
            assertEquals(jenas, literal, lexical);
            assertEquals(jenas.hashCode(), literal.hashCode(), lexical);
            assertEquals(jenas.getLiteralLanguage(), lang, lexical);
            Node first = switch (lang) {
                case "en" -> en == null ? (en = literal) : en;
                case "es" -> es == null ? (es = literal) : es;
                default -> gb == null ? (gb = literal) : gb;
            };
            assertSame(first.getLiteralLanguage(), lang, "the tag of " + lexical + " is a string of its own");
        }
        assertTrue(en != null && es != null && gb != null);
        Boolean found = store.read(dsg -> dsg.getDefaultGraph().contains(NodeFactory.createURI("http://ex.org/s7"),
                NodeFactory.createURI("http://ex.org/name"), NodeFactory.createLiteralLang("nombre 7", "es")));
        assertTrue(found);
    }
}
