package org.kgexplorer.bench.startup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: a JavaFX window with one label, packaged and started exactly like KG Explorer (a plain
 * {@code main} on the class path, the same runtime image, the same native launcher), writing the same probe file
 * after its first frame.
 */
public final class HelloWindow {
    private HelloWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application itself, kept apart from {@code main} as KG Explorer's launcher does. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Hello, world")), 1280, 800);
            stage.setTitle("Hello");
            stage.setScene(scene);
            stage.show();
            String probe = System.getProperty("kgx.startupProbe");
            if (probe != null) {
                Runnable[] pulse = new Runnable[1];
                pulse[0] = () -> {
                    scene.removePostLayoutPulseListener(pulse[0]);
                    write(Path.of(probe));
                };
                scene.addPostLayoutPulseListener(pulse[0]);
            }
        }

        private static void write(Path file) {
            try {
                Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".probe", ".tmp");
                Files.writeString(tmp, String.format(Locale.ROOT, "shown %d%n", System.currentTimeMillis()), StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
