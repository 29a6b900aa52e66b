package org.kgexplorer.core.store;

import org.apache.jena.riot.Lang;

/** The parsed content of one input, held apart from the store until the whole load action succeeds. */
record ParsedSource(RdfInput input, Lang lang, StagedData data) {
    LoadedSource describe() {
        return new LoadedSource(input.name(), input.location(), lang == null ? "empty" : lang.getLabel(),
                data.distinctTriples(), data.title(), data.titleEs());
    }
}
