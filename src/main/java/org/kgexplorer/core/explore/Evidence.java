package org.kgexplorer.core.explore;

import java.util.List;

/**
 * Why the graph holds a fact: one reified statement of it (an rdf:Statement with the fact's subject,
 * predicate and object), the sentences it is kgx:supportedBy, and its kgx:basis.
 *
 * @param statement        the rdf:Statement's IRI
 * @param basis            the kgx:basis (source text or general knowledge), or null when not given
 * @param generalKnowledge whether the basis is kgx:GeneralKnowledge
 * @param comment          the statement's rdfs:comment (for general knowledge, the reason), or empty
 * @param sentences        the supporting sentences, in document order
 */
public record Evidence(String statement, Term basis, boolean generalKnowledge, String comment,
                       List<SourceSentence> sentences) {
}
