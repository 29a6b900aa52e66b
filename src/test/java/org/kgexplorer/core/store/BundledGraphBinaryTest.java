package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * The bundled graph's build-time binary form holds what its Turtle files in the project say: a copy made before the
 * Turtle last changed fails here, and so the build.
 */
class BundledGraphBinaryTest {

    @Test
    void eachBinaryFormIsIsomorphicWithItsTurtleSource() throws IOException {
        for (String resource : BundledGraph.RESOURCES) {
            DatasetGraph turtle = DatasetGraphFactory.create();
            RDFParser.source(Path.of(resource)).lang(Lang.TURTLE).base(RdfInputs.resource(resource).baseIri())
                    .strict(true).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(turtle);
            DatasetGraph binary = DatasetGraphFactory.create();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(BundledGraph.binaryResource(resource))) {
                assertTrue(in != null, BundledGraph.binaryResource(resource) + " is missing: mvn process-classes makes it");
                RDFParser.source(in).lang(BundledGraph.BINARY).parse(binary);
            }
            assertTrue(turtle.getDefaultGraph().size() > 0, resource);
            assertTrue(IsoMatcher.isomorphic(turtle, binary), resource + " and its binary form differ: rebuild (mvn process-classes)");
            assertEquals(turtle.prefixes().getMapping(), binary.prefixes().getMapping(), resource + " prefixes");
        }
    }

    @Test
    void theUserSeesTheSameSourcesAndCountsAsFromTurtle() throws DataLoadException {
        KnowledgeStore fromBinary = new InMemoryStore();
        fromBinary.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        KnowledgeStore fromTurtle = new InMemoryStore();
        List<RdfInput> turtle = BundledGraph.RESOURCES.stream().map(RdfInputs::resource).toList();
        fromTurtle.load(turtle, LoadMode.ADD, ProgressListener.silent(), Cancellation.none());

        assertEquals(fromTurtle.sources(), fromBinary.sources());
        assertEquals(List.of("kgx.ttl", "kg.ttl", "evidence.ttl"), fromBinary.sources().stream().map(LoadedSource::name).toList());
        assertEquals("Turtle", fromBinary.sources().get(0).syntax());
        assertEquals(fromTurtle.tripleCount(), fromBinary.tripleCount());
        Boolean same = fromBinary.readGraph(b -> fromTurtle.readGraph(t -> b.isIsomorphicWith(t)));
        assertTrue(same, "the loaded data is the same");
    }
}
