package org.kgexplorer.core.explore;

import java.util.List;

/**
 * One name of an entity: a label (rdfs:label or skos:prefLabel) or an alternative label (skos:altLabel),
 * with its language and the evidence for it (names taken from a document, or added from general knowledge).
 */
public record EntityName(String text, String language, boolean alternative, List<Fact> facts) {

    /** The evidence of every triple that gives this name. */
    public List<Evidence> evidence() {
        return facts.stream().flatMap(f -> f.evidence().stream()).toList();
    }
}
