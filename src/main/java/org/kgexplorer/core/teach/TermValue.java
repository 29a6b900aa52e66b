package org.kgexplorer.core.teach;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * The key under which an answer's cell is compared: two RDF terms have the same key exactly when SPARQL's value
 * equality ({@code =}) holds between them for the kinds an exercise meets: numbers by value whatever their type
 * and form ({@code "1"^^xsd:integer}, {@code "1.0"^^xsd:decimal} and {@code "1.0E0"^^xsd:double} are one value),
 * booleans by value, date-times with a time zone by the instant; IRIs, blank nodes, strings and every other
 * literal exactly (language tags without regard to case, as RDF compares them). See ADR 44.
 */
final class TermValue {
    private static final Object UNBOUND = new Object() {
        @Override
        public String toString() {
            return "unbound";
        }
    };

    private TermValue() {
    }

    /** The comparison key of one cell (null: unbound). */
    static Object of(Node term) {
        if (term == null) {
            return UNBOUND;
        }
        if (!term.isLiteral()) {
            return term;
        }
        String lang = term.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return List.of("lang", term.getLiteralLexicalForm(), lang.toLowerCase(Locale.ROOT));
        }
        try {
            NodeValue value = NodeValue.makeNode(term);
            if (value.isNumber()) {
                return number(value);
            }
            if (value.isBoolean()) {
                return List.of("boolean", value.getBoolean());
            }
            if (value.isDateTime() && value.getDateTime().getTimezone() != javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED) {
                return List.of("dateTime", value.getDateTime().normalize().toXMLFormat());
            }
        } catch (ExprEvalException | IllegalArgumentException e) {
            // an ill-formed literal ("x"^^xsd:integer) has no value: it equals only itself
        }
        return term;
    }

    private static Object number(NodeValue value) {
        if (value.isDouble() || value.isFloat()) {
            double d = value.getDouble();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                // NaN equals nothing, not even itself; the infinities only themselves
                return Double.isNaN(d) ? List.of("NaN", new Object()) : List.of("number", Double.toString(d));
            }
            return List.of("number", plain(BigDecimal.valueOf(d)));
        }
        return List.of("number", plain(value.getDecimal()));
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
