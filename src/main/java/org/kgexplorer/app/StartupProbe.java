package org.kgexplorer.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import javafx.beans.value.ObservableLongValue;
import javafx.scene.Scene;

/**
 * Lets a benchmark see from outside when the window shows the bundled graph: with {@code -Dkgx.startupProbe=FILE}
 * the file appears, written atomically, right after the first frame that shows a loaded triple count. Without the
 * property nothing is watched.
 */
final class StartupProbe {
    /** The system property naming the file to write. */
    static final String PROPERTY = "kgx.startupProbe";

    private StartupProbe() {
    }

    static void watch(Scene scene, ObservableLongValue triples) {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        Runnable[] pulse = new Runnable[1];
        pulse[0] = () -> {
            if (triples.get() > 0) {
                scene.removePostLayoutPulseListener(pulse[0]);
                write(Path.of(target), triples.get());
            }
        };
        scene.addPostLayoutPulseListener(pulse[0]);
    }

    private static void write(Path file, long triples) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".probe", ".tmp");
            Files.writeString(tmp, String.format(Locale.ROOT, "shown %d triples %d%n", System.currentTimeMillis(), triples),
                    StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The start-up probe " + file + " could not be written", e);
        }
    }
}
