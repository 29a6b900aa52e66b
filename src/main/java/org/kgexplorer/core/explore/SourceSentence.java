package org.kgexplorer.core.explore;

/**
 * A sentence of a source document that supports a fact.
 *
 * @param iri          the sentence
 * @param number       its number in the document (0 when the data gives none)
 * @param quote        its exact text
 * @param start        where it starts in the document's text, in code points (inclusive)
 * @param end          where it ends, in code points (exclusive); -1 for both when the data gives no offsets
 * @param document     the document it is quoted from, or null
 * @param textResource where the document's text is (the document's kgx:textResource), or null
 */
public record SourceSentence(String iri, int number, String quote, int start, int end, Term document,
                             String textResource) {

    /** Whether the sentence can be found in its document's text. */
    public boolean hasOffsets() {
        return start >= 0 && end >= start && textResource != null;
    }
}
