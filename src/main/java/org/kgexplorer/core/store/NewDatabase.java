package org.kgexplorer.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A database made by a first load (the command line's {@code load --store}, the window's New database): the folder
 * must be missing or empty before, and a first load that fails or is cancelled leaves nothing of it behind.
 */
public final class NewDatabase {
    private NewDatabase() {
    }

    /** Whether {@code folder} is missing or empty, so that a failed first load can leave no database behind. */
    public static boolean isNew(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes what a failed first load made in a folder that was missing or empty (the folder itself stays). */
    public static void removeNew(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(folder)).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | UncheckedIOException e) {
            // what is left is an empty database, which the next load fills
        }
    }
}
