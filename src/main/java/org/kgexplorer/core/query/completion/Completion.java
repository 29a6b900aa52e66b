package org.kgexplorer.core.query.completion;

/**
 * One proposal of the SPARQL editor's autocomplete.
 *
 * @param kind      what is proposed
 * @param insert    the text that replaces the word being typed, e.g. {@code kg:JointTaskForceAlpha}
 * @param label     a human name for it from the data (in the language that matched), or empty
 * @param iri       the full IRI of a class, property or entity, or null
 * @param prefix    a prefix the query must declare for {@code insert} to be valid and does not yet, or null
 * @param namespace the namespace of that prefix, or null
 */
public record Completion(Kind kind, String insert, String label, String iri, String prefix, String namespace) {

    /** What a proposal is. */
    public enum Kind {
        KEYWORD, PREFIX, VARIABLE, CLASS, PROPERTY, ENTITY
    }

    /** True when accepting it also adds a PREFIX line. */
    public boolean needsPrefix() {
        return prefix != null;
    }
}
