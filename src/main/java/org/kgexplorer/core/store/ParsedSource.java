package org.kgexplorer.core.store;

import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;

/** The parsed content of one input, held apart from the store until the whole load action succeeds. */
record ParsedSource(RdfInput input, Lang lang, DatasetGraph data) {
    LoadedSource describe() {
        return new LoadedSource(input.name(), input.location(), lang == null ? "empty" : lang.getLabel(),
                Datasets.distinctTriples(data), SourceTitles.of(data));
    }
}
