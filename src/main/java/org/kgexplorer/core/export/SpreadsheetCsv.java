package org.kgexplorer.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.kgexplorer.core.task.Cancellation;

/**
 * CSV that opens cleanly in a spreadsheet: RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark,
 * and every cell that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage
 * return, a line feed, a NUL or a byte-order mark) prefixed with an apostrophe, except typed numeric literals
 * with a finite value, which stay numbers ({@code -INF}, {@code INF} and {@code NaN} are text to a spreadsheet,
 * and {@code -INF} reads as a formula). Values are
 * otherwise rendered as the W3C SPARQL CSV format does: IRIs as they are, literals by their lexical form,
 * blank nodes by a label.
 */
public final class SpreadsheetCsv {
    private static final char BOM = '\uFEFF';
    /**
     * First characters a spreadsheet evaluates (=, +, -, @) or that hide what follows: a tab, a line break, a
     * NUL, a byte-order mark (OWASP's CSV injection list and its known bypasses).
     */
    private static final String RISKY_FIRST = "=+-@\t\r\n\u0000\uFEFF";

    private SpreadsheetCsv() {
    }

    public static void write(ResultSet rows, OutputStream out, Cancellation cancellation) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(BOM);
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        List<Var> vars = Var.varList(rows.getResultVars());
        Map<Node, String> blankLabels = new HashMap<>();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(rows.getResultVars());
            String[] cells = new String[vars.size()];
            long count = 0;
            while (rows.hasNext()) {
                Binding b = rows.nextBinding();
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cell(b.get(vars.get(i)), blankLabels);
                }
                printer.printRecord((Object[]) cells);
                if (++count % 4096 == 0) {
                    cancellation.throwIfCancelled();
                }
            }
        }
    }

    /** The cell for one value: empty when unbound, neutralised when it could run as a formula. */
    static String cell(Node node, Map<Node, String> blankLabels) {
        if (node == null) {
            return "";
        }
        if (node.isBlank()) {
            return blankLabels.computeIfAbsent(node, n -> "b" + blankLabels.size());
        }
        if (node.isURI()) {
            return neutralise(node.getURI());
        }
        if (node.isLiteral()) {
            String lexical = node.getLiteralLexicalForm();
            return isNumeric(node) ? lexical : neutralise(lexical);
        }
        return neutralise(node.toString());
    }

    /** Prefixes an apostrophe to text that a spreadsheet would evaluate as a formula. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return RISKY_FIRST.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static boolean isNumeric(Node literal) {
        String type = literal.getLiteralDatatypeURI();
        return type != null && type.startsWith(XSDDatatype.XSD + "#")
                && numericNames(type) && literal.getLiteral().isWellFormed() && isFinite(literal.getLiteralValue());
    }

    private static boolean isFinite(Object value) {
        return !(value instanceof Double d && !Double.isFinite(d)) && !(value instanceof Float f && !Float.isFinite(f));
    }

    private static boolean numericNames(String uri) {
        String local = uri.substring(uri.indexOf('#') + 1);
        return switch (local) {
            case "integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger",
                 "nonPositiveInteger", "negativeInteger", "positiveInteger", "unsignedLong", "unsignedInt",
                 "unsignedShort", "unsignedByte" -> true;
            default -> false;
        };
    }
}
