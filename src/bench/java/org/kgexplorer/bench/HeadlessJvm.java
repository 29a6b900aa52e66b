package org.kgexplorer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a measurement's {@code main} in a JVM of its own with headless JavaFX (Monocle, software pipeline): the
 * toolkit starts once per process, and benchmarks that stop theirs would otherwise break the next ones. The child
 * prints {@code RESULT <value> ...} lines; everything it prints is kept for the log. The child gets the JVM options
 * the application's launchers start it with ({@code app.java.options} in pom.xml, passed on by the bench profile as
 * {@value #APP_OPTIONS}), so a window here runs as it does for its users.
 */
public final class HeadlessJvm {
    /** What the child printed: every line, and the fields of its last RESULT line (empty when none). */
    public record Output(String text, String[] result) {
        public boolean hasResult() {
            return result.length > 0;
        }

        /** The RESULT line's i-th number (0 is the first after the word RESULT). */
        public double value(int i) {
            return Double.parseDouble(result[i + 1]);
        }
    }

    /** The system property that carries the launchers' JVM options, separated by spaces. */
    public static final String APP_OPTIONS = "kgx.app.java.options";

    private HeadlessJvm() {
    }

    /** The launchers' JVM options, as the bench profile passes them (none when run otherwise). */
    public static List<String> appOptions() {
        String options = System.getProperty(APP_OPTIONS, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /**
     * Runs {@code main} with the benchmarks' class path, the launchers' JVM options, the given ones and arguments,
     * and waits for it.
     */
    public static Output run(Class<?> main, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(main, true, jvmOptions, args);
    }

    /** As {@link #run(Class, List, String...)}, with the launchers' JVM options or without them (the JVM's defaults). */
    public static Output run(Class<?> main, boolean appOptions, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true"));
        if (appOptions) {
            command.addAll(appOptions());
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder text = new StringBuilder();
        String[] result = new String[0];
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                text.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    result = line.split(" ");
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Output(text.toString(), result);
    }
}
