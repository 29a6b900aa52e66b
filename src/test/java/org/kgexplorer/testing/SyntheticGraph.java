package org.kgexplorer.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A seeded generator of a knowledge graph shaped like ours (organisations, people, countries, issues; labels in
 * English and Spanish; typed relationships), so anyone can reproduce a test or benchmark on a large graph.
 */
public final class SyntheticGraph {
    private static final String NS = "http://example.org/synthetic/";
    private static final String RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>";
    private static final String RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    private static final String[] CLASSES = {"Organization", "Person", "Country", "Issue", "Operation", "Agreement"};
    private static final String[] PROPERTIES = {"worksWith", "memberOf", "operatesIn", "addresses", "partOf", "pledged"};

    private SyntheticGraph() {
    }

    /**
     * Writes about {@code triples} distinct triples as N-Triples: each entity has a type, an English and a
     * Spanish label, a number, and three relationships to other entities.
     *
     * @return the number of triples written
     */
    public static long write(Path file, long triples, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long entities = Math.max(10, triples / 7);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < entities && written < triples; i++) {
                String s = "<" + NS + "e" + i + ">";
                String cls = CLASSES[(int) (i % CLASSES.length)];
                out.write(s + " " + RDF_TYPE + " <" + NS + cls + "> .\n");
                out.write(s + " " + RDFS_LABEL + " \"" + cls + " " + i + "\"@en .\n");
                out.write(s + " " + RDFS_LABEL + " \"" + cls + " número " + i + "\"@es .\n");
                out.write(s + " <" + NS + "rank> \"" + random.nextInt(1_000_000) + "\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
                written += 4;
                for (int k = 0; k < 3; k++) {
                    long other = random.nextLong(entities);
                    String p = PROPERTIES[(int) ((i + k) % PROPERTIES.length)];
                    // The k-th property differs per k, so the three links are distinct triples.
                    out.write(s + " <" + NS + p + "> <" + NS + "e" + other + "> .\n");
                    written++;
                }
            }
        }
        return written;
    }
}
