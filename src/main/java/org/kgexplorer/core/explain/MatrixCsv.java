package org.kgexplorer.core.explain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.SourceSentence;
import org.kgexplorer.core.explore.Term;
import org.kgexplorer.core.export.SafeFileWriter;
import org.kgexplorer.core.export.SpreadsheetCsv;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;

/**
 * A matrix as CSV, one line per linking fact (a spreadsheet pivots it back into a grid, and every fact keeps its
 * evidence): the row and column with their labels, the fact, the numbers and quotes of its sentences, whether it is
 * general knowledge and why. The same CSV as a saved answer (ADR 4, {@link SpreadsheetCsv}): RFC 4180 with CRLF,
 * UTF-8 with a byte-order mark, every text cell a spreadsheet would run as a formula prefixed with an apostrophe;
 * written atomically ({@link SafeFileWriter}).
 */
public final class MatrixCsv {
    /** The header line's columns. */
    public static final List<String> COLUMNS = List.of("row", "row_label", "column", "column_label", "subject",
            "predicate", "predicate_label", "object", "object_label", "sentences", "quotes", "general_knowledge", "why");
    /** What separates several sentence numbers or quotes in one cell. */
    static final String SEPARATOR = " | ";

    private MatrixCsv() {
    }

    /** Writes the matrix to {@code file}: complete, or not at all (the file as it was). */
    public static void save(Matrix.Result matrix, LabelMode mode, Path file, Cancellation cancellation) throws Exception {
        SafeFileWriter.write(file, out -> write(matrix, mode, out, cancellation));
    }

    /** Writes the matrix as CSV to a stream (not closed). */
    public static void write(Matrix.Result matrix, LabelMode mode, OutputStream out, Cancellation cancellation)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(COLUMNS);
        for (Matrix.Cell cell : matrix.cells()) {
            cancellation.throwIfCancelled();
            for (ExplainedFact fact : cell.facts()) {
                printer.printRecord(row(cell, fact, mode));
            }
        }
        printer.flush();
    }

    private static List<String> row(Matrix.Cell cell, ExplainedFact fact, LabelMode mode) {
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> quotes = new LinkedHashSet<>();
        Set<String> why = new LinkedHashSet<>();
        for (Evidence e : fact.evidence()) {
            for (SourceSentence s : e.sentences()) {
                if (s.number() > 0) {
                    numbers.add(Integer.toString(s.number()));
                }
                if (!s.quote().isEmpty()) {
                    quotes.add(s.quote());
                }
            }
            if (e.generalKnowledge() && !e.comment().isEmpty()) {
                why.add(e.comment());
            }
        }
        List<String> cells = new ArrayList<>(List.of(cell.row().key(), cell.row().label(mode), cell.column().key(),
                cell.column().label(mode), fact.subject().key(), fact.predicate().key(), fact.predicate().label(mode),
                value(fact.object()), fact.object().label(mode), String.join(SEPARATOR, numbers),
                String.join(SEPARATOR, quotes), Boolean.toString(fact.generalKnowledge()),
                String.join(SEPARATOR, why)));
        return cells.stream().map(SpreadsheetCsv::neutralise).collect(Collectors.toList());
    }

    private static String value(Term t) {
        return t.isResource() ? t.key() : t.lexical();
    }
}
