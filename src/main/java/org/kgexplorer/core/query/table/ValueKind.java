package org.kgexplorer.core.query.table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * How a cell's value sorts: typed numbers by number, dates and times by the moment they name, everything
 * else (IRIs and blank nodes by their label, strings, booleans, malformed literals) as text.
 */
public enum ValueKind {
    NUMBER, DATE, TIME, TEXT, UNBOUND;

    private static final String XSD = XSDDatatype.XSD + "#";

    /** The kind of a value (null: unbound). */
    public static ValueKind of(Node node) {
        if (node == null) {
            return UNBOUND;
        }
        if (!node.isLiteral()) {
            return TEXT;
        }
        String type = node.getLiteralDatatypeURI();
        if (type == null || !type.startsWith(XSD)) {
            return TEXT;
        }
        String local = type.substring(XSD.length());
        if (isNumericType(local)) {
            return Double.isNaN(number(node)) && !node.getLiteralLexicalForm().strip().equals("NaN") ? TEXT : NUMBER;
        }
        return switch (local) {
            case "date", "dateTime", "dateTimeStamp", "gYear", "gYearMonth" -> Double.isNaN(moment(node)) ? TEXT : DATE;
            case "time" -> Double.isNaN(moment(node)) ? TEXT : TIME;
            default -> TEXT;
        };
    }

    /** Whether the XSD local type name is one of the numeric types. */
    static boolean isNumericType(String local) {
        return switch (local) {
            case "integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger",
                 "nonPositiveInteger", "negativeInteger", "positiveInteger", "unsignedLong", "unsignedInt",
                 "unsignedShort", "unsignedByte" -> true;
            default -> false;
        };
    }

    /** The value of a numeric literal, NaN when its lexical form is not a number. */
    public static double number(Node literal) {
        String lexical = literal.getLiteralLexicalForm().strip();
        switch (lexical) {
            case "INF", "+INF":
                return Double.POSITIVE_INFINITY;
            case "-INF":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return lexical.endsWith("d") || lexical.endsWith("f") || lexical.endsWith("D") || lexical.endsWith("F")
                            ? Double.NaN : Double.parseDouble(lexical);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
        }
    }

    /**
     * Seconds since 1970 (UTC) for dates and date-times (a date without a zone counts as UTC), seconds since
     * midnight for times; NaN when the lexical form does not parse.
     */
    static double moment(Node literal) {
        String lexical = literal.getLiteralLexicalForm().strip();
        String local = literal.getLiteralDatatypeURI().substring(XSD.length());
        try {
            return switch (local) {
                case "dateTime", "dateTimeStamp" -> dateTime(lexical);
                case "date" -> LocalDate.parse(lexical.substring(0, Math.min(10, lexical.length())))
                        .atStartOfDay().toEpochSecond(ZoneOffset.UTC);
                case "gYearMonth" -> LocalDate.parse(lexical.substring(0, Math.min(7, lexical.length())) + "-01")
                        .atStartOfDay().toEpochSecond(ZoneOffset.UTC);
                case "gYear" -> LocalDate.of(Integer.parseInt(lexical.substring(0, Math.min(4, lexical.length()))), 1, 1)
                        .atStartOfDay().toEpochSecond(ZoneOffset.UTC);
                case "time" -> LocalTime.parse(lexical.replaceAll("(Z|[+-]\\d\\d:\\d\\d)$", "")).toNanoOfDay() / 1e9;
                default -> Double.NaN;
            };
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return Double.NaN;
        }
    }

    private static double dateTime(String lexical) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(lexical);
            return t.toEpochSecond() + t.getNano() / 1e9;
        } catch (DateTimeParseException e) {
            LocalDateTime t = LocalDateTime.parse(lexical);
            return t.toEpochSecond(ZoneOffset.UTC) + t.getNano() / 1e9;
        }
    }
}
