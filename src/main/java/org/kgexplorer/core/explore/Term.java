package org.kgexplorer.core.explore;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.labels.LabelMode;

/**
 * A resource or a literal as the explorer shows it.
 *
 * @param key      the IRI, "_:label" for a blank node, or null for a literal
 * @param lexical  the literal's text, or the IRI
 * @param language the literal's language tag, or empty
 * @param datatype the literal's datatype IRI, or empty
 * @param names    the names to show (a literal's names are its text)
 */
public record Term(String key, String lexical, String language, String datatype, Names names) {

    /** Whether it is a resource the user can open. */
    public boolean isResource() {
        return key != null;
    }

    /** The text to show in a label mode. */
    public String label(LabelMode mode) {
        return names.in(mode);
    }

    static Term of(Node node, Names names) {
        if (node.isLiteral()) {
            String datatype = node.getLiteralDatatypeURI() == null ? "" : node.getLiteralDatatypeURI();
            return new Term(null, node.getLiteralLexicalForm(), node.getLiteralLanguage(), datatype,
                    Names.literal(node.getLiteralLexicalForm()));
        }
        return new Term(EntityDetailsReader.key(node), node.isURI() ? node.getURI() : EntityDetailsReader.key(node),
                "", "", names);
    }
}
