package org.kgexplorer.core.explore;

import java.util.List;

/**
 * One entity found by the search: its IRI, its names and the names of its types, and the name that matched
 * what was typed (which may be an alternative label, a label in the other language, or the IRI's local name).
 *
 * @param iri             the entity
 * @param names           its names, to show in the current label mode
 * @param types           the names of its classes (at most three)
 * @param matchedText     the label, alternative label or local name that matched, as the data writes it
 * @param matchedLanguage that label's language tag, or empty
 * @param source          what kind of name matched
 * @param kind            how well it matched
 */
public record EntityMatch(String iri, Names names, List<Names> types, String matchedText, String matchedLanguage,
                          Source source, Kind kind) {

    /** What kind of name matched. */
    public enum Source {
        /** A preferred name: rdfs:label, skos:prefLabel or another naming property. */
        LABEL,
        /** skos:altLabel: an acronym, a short form, the wording of a document. */
        ALTERNATIVE,
        /** The local name of the IRI, read as words. */
        LOCAL_NAME
    }

    /** How well it matched, best first. */
    public enum Kind {
        /** The whole name is what was typed. */
        EXACT,
        /** The name starts with what was typed. */
        PREFIX,
        /** A word of the name starts with what was typed. */
        WORD,
        /** What was typed is inside a word of the name. */
        SUBSTRING
    }
}
