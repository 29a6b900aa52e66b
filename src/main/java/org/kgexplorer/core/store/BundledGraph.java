package org.kgexplorer.core.store;

import java.util.List;

/** The knowledge graph that ships with KG Explorer, read from the class path. */
public final class BundledGraph {
    /** The ontology and the data built from the source document, in load order. */
    public static final List<String> RESOURCES = List.of("ontology/kgx.ttl", "data/kg.ttl", "data/evidence.ttl");
    /** The SHACL shapes that any data using the ontology must satisfy. */
    public static final String SHAPES = "ontology/shapes.ttl";
    /** The source document the evidence quotes point into. */
    public static final String SOURCE_TEXT = "data/sources/source-document.txt";
    /** The question library: one file name per line, in teaching order. */
    public static final String QUESTION_INDEX = "data/queries/index.txt";

    private BundledGraph() {
    }

    public static List<RdfInput> inputs() {
        return RESOURCES.stream().map(RdfInputs::resource).toList();
    }
}
