package org.kgexplorer.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.Scene;

/**
 * Lets a benchmark see from outside when the window shows the bundled graph: with {@code -Dkgx.startupProbe=FILE}
 * the file appears, written atomically, right after the first frame that shows a loaded triple count. Without the
 * property nothing is watched. It also runs what the start leaves until its first data is shown
 * ({@link #afterStartSettled}).
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
        afterFrame(scene, () -> triples.get() > 0, () -> write(Path.of(target), triples.get()));
    }

    /**
     * Runs {@code then} once, in the JavaFX thread, after the first frame laid out while no data work is {@code busy}:
     * at start, once the first data (or its failure) is shown. What the start-up can leave until then waits for this.
     */
    static void afterStartSettled(Scene scene, ObservableBooleanValue busy, Runnable then) {
        afterFrame(scene, () -> !busy.get(), () -> Platform.runLater(then));
    }

    /** Runs {@code then} once, at the end of the layout of the first frame at which {@code when} holds. */
    private static void afterFrame(Scene scene, BooleanSupplier when, Runnable then) {
        Runnable[] pulse = new Runnable[1];
        pulse[0] = () -> {
            if (when.getAsBoolean()) {
                scene.removePostLayoutPulseListener(pulse[0]);
                then.run();
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
