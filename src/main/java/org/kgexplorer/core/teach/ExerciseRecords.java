package org.kgexplorer.core.teach;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kgexplorer.core.export.SafeFileWriter;

/**
 * A student's attempts at exercises, kept in the order first tried, written as CSV with the columns
 * {@code exercise,attempts,passed,last_attempt} (ISO-8601 instants, UTC). An exercise counts as passed once any
 * attempt passed. Not thread-safe: the window records and saves on its own thread.
 */
public final class ExerciseRecords {
    /** The CSV header, exactly. */
    public static final List<String> COLUMNS = List.of("exercise", "attempts", "passed", "last_attempt");

    /** One exercise's line. */
    public record Line(String exercise, int attempts, boolean passed, Instant lastAttempt) {
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();

    /** Records one checked attempt. */
    public void record(String exercise, boolean passed, Instant when) {
        lines.merge(exercise, new Line(exercise, 1, passed, when),
                (was, now) -> new Line(exercise, was.attempts() + 1, was.passed() || passed, when));
    }

    /** The lines, in the order the exercises were first tried. */
    public List<Line> lines() {
        return List.copyOf(lines.values());
    }

    /** A copy as it is now, to write on another thread while attempts go on being recorded here. */
    public ExerciseRecords snapshot() {
        ExerciseRecords copy = new ExerciseRecords();
        copy.lines.putAll(lines);
        return copy;
    }

    /** Writes the records to {@code file} atomically (a failed write leaves the file as it was). */
    public void write(Path file) throws Exception {
        List<Line> snapshot = lines();
        SafeFileWriter.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(COLUMNS.toArray(String[]::new)).get())) {
                for (Line l : snapshot) {
                    csv.printRecord(l.exercise(), l.attempts(), l.passed(),
                            l.lastAttempt().truncatedTo(ChronoUnit.SECONDS).toString());
                }
                csv.flush();
            }
        });
    }
}
