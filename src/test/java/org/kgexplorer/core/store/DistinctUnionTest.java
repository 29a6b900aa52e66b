package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.AddDeniedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** The default graph and the named graphs read as one, each triple once, as stats counts them. */
class DistinctUnionTest {
    @TempDir
    Path dir;

    private static Node ex(String local) {
        return NodeFactory.createURI("http://ex.org/" + local);
    }

    private InMemoryStore load(String trig) throws Exception {
        Path file = Files.writeString(dir.resolve("data.trig"), trig);
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(file), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        return store;
    }

    @Test
    void statsCountsEachTripleAndInstanceOnceAcrossGraphs() throws Exception {
        InMemoryStore store = load("""
                @prefix ex: <http://ex.org/> .
                ex:ana a ex:Person ; ex:knows ex:bo .
                ex:g1 { ex:ana a ex:Person . ex:bo a ex:Person ; ex:knows ex:ana . }
                ex:g2 { ex:bo a ex:Person ; ex:knows ex:ana . ex:cy a ex:Person . }
                ex:g3 { ex:ana ex:knows ex:bo . }
                """);
        DataSummary summary = store.summary(List.of("en"));
        assertEquals(5, summary.triples());
        assertEquals(3, summary.graphs());
        assertEquals(List.of(new DataSummary.Usage("http://ex.org/Person", "Person", 3)), summary.classes());
        assertEquals(2, summary.properties().stream().filter(p -> p.iri().equals("http://ex.org/knows"))
                .findFirst().orElseThrow().count());
        assertEquals(5, store.tripleCount());
    }

    @Test
    void aPatternFindsEachMatchOnceAndTheViewIsReadOnly() throws Exception {
        InMemoryStore store = load("""
                @prefix ex: <http://ex.org/> .
                ex:a ex:p 1 .
                ex:g1 { ex:a ex:p 1 . ex:a ex:p 2 . }
                ex:g2 { ex:a ex:p 2 . ex:a ex:p 3 . ex:b ex:p 4 . }
                """);
        store.read(dsg -> {
            var all = Datasets.everything(dsg);
            assertEquals(3, all.find(ex("a"), ex("p"), Node.ANY).toList().size());
            assertEquals(4, all.size());
            assertTrue(all.contains(Triple.create(ex("b"), ex("p"), NodeFactory.createLiteralDT("4",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))));
            assertFalse(all.contains(ex("b"), ex("p"), ex("a")));
            assertThrows(AddDeniedException.class, () -> all.add(Triple.create(ex("x"), ex("p"), ex("y"))));
            return null;
        });
    }

    @Test
    void withoutNamedGraphsTheViewIsTheDefaultGraphReadOnly() throws Exception {
        InMemoryStore store = load("@prefix ex: <http://ex.org/> . ex:a ex:p ex:b . ex:b ex:p ex:c .");
        store.read(dsg -> {
            var all = Datasets.everything(dsg);
            assertEquals(2, all.size());
            assertThrows(AddDeniedException.class, () -> all.add(Triple.create(ex("x"), ex("p"), ex("y"))));
            return null;
        });
        assertEquals(2, store.summary(List.of("en")).triples());
    }
}
