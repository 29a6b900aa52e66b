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
 * prints {@code RESULT <value> ...} lines; everything it prints is kept for the log.
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

    private HeadlessJvm() {
    }

    /** Runs {@code main} with the benchmarks' class path, the given JVM options and arguments, and waits for it. */
    public static Output run(Class<?> main, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true"));
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
