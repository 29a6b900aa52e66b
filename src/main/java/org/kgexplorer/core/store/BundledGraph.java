package org.kgexplorer.core.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * The knowledge graph that ships with KG Explorer, read from the class path. Its Turtle files are converted to RDF
 * Thrift when the project is built ({@link #main}, run by Maven in {@code process-classes}), and the application
 * reads that binary form: the same triples, in the same order, described to the user as the Turtle files they
 * came from (ADR 35).
 */
public final class BundledGraph {
    /** The ontology and the data built from the source document, in load order. */
    public static final List<String> RESOURCES = List.of("ontology/kgx.ttl", "data/kg.ttl", "data/evidence.ttl");
    /** The SHACL shapes that any data using the ontology must satisfy. */
    public static final String SHAPES = "ontology/shapes.ttl";
    /** The source document the evidence quotes point into. */
    public static final String SOURCE_TEXT = "data/sources/source-document.txt";
    /** The question library: one file name per line, in teaching order. */
    public static final String QUESTION_INDEX = "data/queries/index.txt";
    /** The binary syntax the build converts the bundled Turtle files to. */
    public static final Lang BINARY = Lang.RDFTHRIFT;

    private BundledGraph() {
    }

    /** The bundled files as inputs, read from their build-time binary form. */
    public static List<RdfInput> inputs() {
        return RESOURCES.stream().map(BundledGraph::input).toList();
    }

    private static RdfInput input(String resource) {
        String binary = binaryResource(resource);
        return RdfInputs.resource(resource).storedAs(BINARY, -1, () -> {
            InputStream in = BundledGraph.class.getClassLoader().getResourceAsStream(binary);
            if (in == null) {
                throw new NoSuchFileException(binary, null, "not on the class path: build the project (mvn package)");
            }
            return in;
        });
    }

    /** The class-path resource that holds a bundled Turtle resource's binary form. */
    public static String binaryResource(String resource) {
        return "bundled/" + resource.substring(0, resource.lastIndexOf('.')) + ".rt";
    }

    /**
     * The build step: parses each bundled Turtle file strictly, with the base the application would give it, and
     * writes its statements and prefixes in their order as RDF Thrift under {@code OUTPUT_DIR}. A file that is not
     * valid Turtle fails the build.
     *
     * <pre>java -cp ... org.kgexplorer.core.store.BundledGraph PROJECT_DIR OUTPUT_DIR</pre>
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PROJECT_DIR OUTPUT_DIR");
        }
        Path project = Path.of(args[0]);
        Path output = Path.of(args[1]);
        for (String resource : RESOURCES) {
            convert(project.resolve(resource), RdfInputs.resource(resource).baseIri(),
                    output.resolve(binaryResource(resource)));
        }
    }

    /** Writes {@code turtle} as RDF Thrift to {@code target}, whole or not at all. */
    static void convert(Path turtle, String base, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".bundled", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
                RDFParser.source(turtle).lang(Lang.TURTLE).base(base).strict(true).checking(true)
                        .errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(writer);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
