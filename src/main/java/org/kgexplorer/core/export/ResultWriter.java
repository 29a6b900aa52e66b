package org.kgexplorer.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.kgexplorer.core.task.Cancellation;

/** Writes query answers in the W3C result formats (Jena's writers; CSV through {@link SpreadsheetCsv} unless raw). */
public final class ResultWriter {
    private ResultWriter() {
    }

    /**
     * Writes SELECT rows.
     *
     * @param raw for CSV: exactly the W3C CSV as Jena writes it (no byte-order mark, no formula guard)
     */
    public static void select(ResultSet rows, ResultFormat format, boolean raw, PrefixMapping prefixes,
                              OutputStream out, Cancellation cancellation) throws IOException {
        switch (format) {
            case TEXT -> ResultSetFormatter.out(out, rows, prefixes);
            case CSV -> {
                if (raw) {
                    ResultSetMgr.write(out, rows, ResultSetLang.RS_CSV);
                } else {
                    SpreadsheetCsv.write(rows, out, cancellation);
                }
            }
            case TSV -> ResultSetMgr.write(out, rows, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rows, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, rows, ResultSetLang.RS_XML);
            default -> throw new IllegalArgumentException(format.cliName() + " is a graph format, not a table format");
        }
        out.flush();
    }

    /** Writes an ASK answer: {@code true} or {@code false} in text, CSV and TSV; the W3C forms in JSON and XML. */
    public static void ask(boolean answer, ResultFormat format, OutputStream out) throws IOException {
        switch (format) {
            case TEXT, TSV -> out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
            case CSV -> out.write((answer + "\r\n").getBytes(StandardCharsets.UTF_8));
            case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, answer, ResultSetLang.RS_XML);
            default -> throw new IllegalArgumentException(format.cliName() + " is a graph format, not a table format");
        }
        out.flush();
    }

    /** Writes a CONSTRUCT or DESCRIBE graph; text means Turtle. */
    public static void graph(Model graph, ResultFormat format, OutputStream out) throws IOException {
        RDFFormat rdfFormat = switch (format) {
            case TEXT, TURTLE -> RDFFormat.TURTLE_PRETTY;
            case NTRIPLES -> RDFFormat.NTRIPLES_UTF8;
            case JSONLD -> RDFFormat.JSONLD_PRETTY;
            case RDFXML -> RDFFormat.RDFXML_PRETTY;
            default -> throw new IllegalArgumentException(format.cliName() + " is a table format, not a graph format");
        };
        if ((format == ResultFormat.RDFXML || format == ResultFormat.JSONLD) && holdsTripleTerms(graph.getGraph())) {
            // Jena's RDF/XML and JSON-LD writers fail on them with a ClassCastException, or a bare JenaException
            throw new UnwritableGraphException((format == ResultFormat.RDFXML ? "RDF/XML" : "JSON-LD")
                    + " cannot write triple terms (RDF 1.2): choose Turtle or N-Triples");
        }
        RDFDataMgr.write(out, graph, rdfFormat);
        out.flush();
    }

    private static boolean holdsTripleTerms(Graph graph) {
        return graph.stream().anyMatch(t -> t.getSubject().isTripleTerm() || t.getObject().isTripleTerm());
    }
}
