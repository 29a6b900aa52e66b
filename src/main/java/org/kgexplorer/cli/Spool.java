package org.kgexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.kgexplorer.core.export.TempFiles;

/**
 * The temporary file an answer for stdout is written to first, so that a failing query prints nothing. An
 * interrupted run removes its own; spools older than a day, left by killed runs, go at the next spooling.
 */
final class Spool {
    private static final String PREFIX = "kg-explorer-";
    private static final String SUFFIX = ".out";
    private static final Pattern OURS = Pattern.compile(Pattern.quote(PREFIX) + "\\d+" + Pattern.quote(SUFFIX));

    private Spool() {
    }

    static Path create() throws IOException {
        Path spool = Files.createTempFile(PREFIX, SUFFIX);
        TempFiles.track(spool);
        TempFiles.removeStale(spool.getParent(), OURS);
        return spool;
    }

    static void delete(Path spool) {
        try {
            Files.deleteIfExists(spool);
        } catch (IOException ignored) {
            // older than a day, the next run's spooling removes it
        }
        TempFiles.untrack(spool);
    }
}
