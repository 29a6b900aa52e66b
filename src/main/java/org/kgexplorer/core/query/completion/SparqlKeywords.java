package org.kgexplorer.core.query.completion;

import java.util.List;
import java.util.Set;

/** The SPARQL 1.1 keywords and built-in functions, as the editor highlights and proposes them. */
public final class SparqlKeywords {
    /** Keywords proposed by completion, in the order a query usually uses them. */
    public static final List<String> PROPOSED = List.of(
            "PREFIX", "BASE", "SELECT", "DISTINCT", "REDUCED", "AS", "CONSTRUCT", "DESCRIBE", "ASK", "FROM", "NAMED",
            "WHERE", "OPTIONAL", "FILTER", "BIND", "VALUES", "UNION", "MINUS", "GRAPH", "SERVICE", "SILENT",
            "NOT", "EXISTS", "IN", "GROUP", "BY", "HAVING", "ORDER", "ASC", "DESC", "LIMIT", "OFFSET", "UNDEF",
            "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "SEPARATOR",
            "STR", "LANG", "LANGMATCHES", "DATATYPE", "BOUND", "IRI", "URI", "BNODE", "RAND", "ABS", "CEIL", "FLOOR",
            "ROUND", "CONCAT", "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI", "CONTAINS", "STRSTARTS", "STRENDS",
            "STRBEFORE", "STRAFTER", "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ", "NOW",
            "UUID", "STRUUID", "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "COALESCE", "IF", "STRLANG", "STRDT",
            "SAMETERM", "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "REGEX", "SUBSTR", "REPLACE",
            "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "INSERT", "DELETE", "DATA", "WITH", "USING",
            "DEFAULT", "ALL", "TO", "INTO");

    /** Every keyword, upper case, for highlighting. */
    public static final Set<String> ALL = Set.copyOf(PROPOSED);

    private SparqlKeywords() {
    }
}
