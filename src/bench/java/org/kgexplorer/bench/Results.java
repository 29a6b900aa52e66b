package org.kgexplorer.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code target/bench/results.csv}: {@code benchmark,param,value,unit}, one per figure, numbers in plain
 * digits with a dot for decimals whatever the machine's locale.
 */
public final class Results {
    /** The first line of the file. */
    public static final String HEADER = "benchmark,param,value,unit";

    private final List<String> rows = new ArrayList<>();

    /** Adds a figure; a value is written with at most three decimals and no exponent. */
    public synchronized void add(String benchmark, String param, double value, String unit) {
        for (String field : List.of(benchmark, param, unit)) {
            if (field.isEmpty() || field.matches(".*[,\"\\r\\n].*")) {
                throw new IllegalArgumentException("A results field must be non-empty without commas, quotes or line ends: " + field);
            }
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(benchmark + "," + param + ": not a number: " + value);
        }
        String number = BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        String row = String.join(",", benchmark, param, number, unit);
        rows.add(row);
        System.out.println("[bench] " + row);
    }

    public synchronized List<String> rows() {
        return List.copyOf(rows);
    }

    /** Replaces the file whole (written beside it, then moved), so a reader never sees half a run. */
    public synchronized void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".results", ".tmp");
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        rows.forEach(r -> text.append(r).append('\n'));
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
