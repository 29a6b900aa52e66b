package org.kgexplorer.core.explore;

import java.util.Objects;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.labels.DisplayLabels;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.labels.WellKnownNames;

/**
 * The names of one resource, resolved once so a screen can show it in any label mode without reading the
 * data again: the English label, the Spanish label (either may be null), and a name made from the IRI.
 */
public record Names(String english, String spanish, String fallback) {
    // Written out: cells compare names on the JavaFX thread, and a record's generated equals spins its method
    // handles there on first use (tens of milliseconds in the middle of a load).
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Names n && Objects.equals(english, n.english)
                && Objects.equals(spanish, n.spanish) && Objects.equals(fallback, n.fallback);
    }

    @Override
    public int hashCode() {
        return Objects.hash(english, spanish, fallback);
    }

    /** The name to show in a label mode, with the same fallbacks as {@link DisplayLabels}. */
    public String in(LabelMode mode) {
        return switch (mode) {
            case ENGLISH -> english != null ? english : spanish != null ? spanish : fallback;
            case SPANISH -> spanish != null ? spanish : english != null ? english : fallback;
            case BOTH -> english != null && spanish != null && !english.equals(spanish)
                    ? english + DisplayLabels.SEPARATOR + spanish
                    : english != null ? english : spanish != null ? spanish : fallback;
        };
    }

    /** Names read through resolvers for English and Spanish (each falls back to an untagged label). */
    public static Names of(Node node, LabelResolver english, LabelResolver spanish) {
        // a W3C term the data does not name (rdfs:Class, skos:Concept) by its own name in each language
        return new Names(english.find(node).or(() -> WellKnownNames.name(node, "en")).orElse(null),
                spanish.find(node).or(() -> WellKnownNames.name(node, "es")).orElse(null), fallbackName(node));
    }

    /** A literal's names: its text, whatever the mode. */
    public static Names literal(String text) {
        return new Names(null, null, text);
    }

    static String fallbackName(Node node) {
        if (node.isURI()) {
            return LabelResolver.localName(node.getURI());
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
