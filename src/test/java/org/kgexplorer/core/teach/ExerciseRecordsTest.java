package org.kgexplorer.core.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student's exercise results as CSV: one line per exercise, attempts counted, passed once any passed. */
class ExerciseRecordsTest {
    @TempDir
    Path dir;

    @Test
    void attemptsAreCountedAndWrittenWithTheExactColumns() throws Exception {
        ExerciseRecords records = new ExerciseRecords();
        records.record("who-takes-part-in-jtf-alpha", false, Instant.parse("2026-12-06T10:00:00Z"));
        records.record("which-pledges-address-fentanyl", true, Instant.parse("2026-12-06T10:01:00Z"));
        records.record("who-takes-part-in-jtf-alpha", true, Instant.parse("2026-12-06T10:02:30.25Z"));
        records.record("who-takes-part-in-jtf-alpha", false, Instant.parse("2026-12-06T10:03:00Z"));
        Path file = dir.resolve("results.csv");
        records.write(file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("exercise,attempts,passed,last_attempt", lines.get(0));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file)).getRecords();
        assertEquals(2, rows.size());
        assertEquals(List.of("who-takes-part-in-jtf-alpha", "3", "true", "2026-12-06T10:03:00Z"), rows.get(0).toList());
        assertEquals(List.of("which-pledges-address-fentanyl", "1", "true", "2026-12-06T10:01:00Z"), rows.get(1).toList());
    }

    @Test
    void writingOverAFolderIsRefusedByName() throws Exception {
        ExerciseRecords records = new ExerciseRecords();
        records.record("x", true, Instant.now());
        Path folderInstead = dir.resolve("folder.csv");
        Files.createDirectory(folderInstead);
        IOException e = assertThrows(IOException.class, () -> records.write(folderInstead));
        assertEquals(folderInstead + " is a folder", e.getMessage());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(folderInstead), left.toList(), "nothing half-written is left");
        }
    }
}
