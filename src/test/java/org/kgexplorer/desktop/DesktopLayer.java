package org.kgexplorer.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real-desktop test layer (ADR 0029): each run gets a fresh X screen of its size with a window manager, a
 * settings folder of its own, and a new JVM that starts the application through its own main class
 * ({@code Launcher}) on the jar's class path; a {@link Scenario} then drives the window from inside that JVM with
 * real key presses and mouse clicks (xdotool) and reads its scene graph. A run fails when the scenario fails, and
 * when the application's log shows any exception. Screenshots and logs stay under {@code target/desktop/NAME/}.
 */
final class DesktopLayer {
    /** "ci" runs the suite CI runs (mvn -Pdesktop); "full" adds more sizes, scales and languages (-Pdesktop-full). */
    static final String PROPERTY = "kgx.desktop";
    /** A line of a stack trace or of an exception's report, in the application's output or its log files. */
    private static final Pattern EXCEPTION = Pattern.compile("(?m)^.*(Exception|Error)\\b.*$|^\\s+at [\\w.$/<>]+\\(.*\\)$");
    private static final long SCENARIO_MINUTES = 5;

    private final int width;
    private final int height;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String> appArgs = new ArrayList<>();
    private String name;

    private DesktopLayer(int width, int height) {
        this.width = width;
        this.height = height;
        this.name = width + "x" + height;
    }

    /** A run on a screen of this size; the test is skipped (with the reason) where the layer cannot run. */
    static DesktopLayer screen(int width, int height) {
        VirtualScreen.assumeAvailable();
        return new DesktopLayer(width, height);
    }

    /** A run of the longer suite only (-Pdesktop-full: more sizes, scales, languages); skipped in CI's. */
    static DesktopLayer fullSuiteScreen(int width, int height) {
        org.junit.jupiter.api.Assumptions.assumeTrue(full(), "a case of the longer desktop suite (mvn -Pdesktop-full verify): skipped");
        return screen(width, height);
    }

    /** Whether the hand-run, longer suite was asked for (more sizes, scales, languages). */
    static boolean full() {
        return "full".equals(System.getProperty(PROPERTY));
    }

    /** The folder under target/desktop/ that keeps this run's screenshots and logs. */
    DesktopLayer named(String folder) {
        this.name = folder;
        return this;
    }

    /** A setting the application finds in its settings file at start (as a user's earlier session left it). */
    DesktopLayer setting(String key, String value) {
        settings.put(key, value);
        return this;
    }

    /** What follows {@code kg-explorer} on the command line. */
    DesktopLayer args(String... args) {
        appArgs.addAll(Arrays.asList(args));
        return this;
    }

    /** Runs the scenario against a freshly started application and fails with what went wrong. */
    void run(Class<? extends Scenario> scenario, String... scenarioArgs) throws Exception {
        Path out = Path.of(System.getProperty("kgx.desktop.dir", "target/desktop")).resolve(name).toAbsolutePath();
        clear(out);
        Path config = Files.createDirectories(out.resolve("config"));
        writeSettings(config.resolve("settings.properties"));
        try (VirtualScreen screen = VirtualScreen.start(width, height, out)) {
            Process app = start(screen, out, scenario, scenarioArgs);
            boolean ended = app.waitFor(SCENARIO_MINUTES, TimeUnit.MINUTES);
            if (!ended) {
                app.descendants().forEach(ProcessHandle::destroyForcibly);
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            String log = Files.readString(out.resolve("app.log"), StandardCharsets.UTF_8);
            Path failure = out.resolve(ScenarioMain.FAILURE_FILE);
            if (Files.exists(failure)) {
                fail(scenario.getSimpleName() + " failed on " + width + "x" + height + " (" + out + "):\n"
                        + Files.readString(failure, StandardCharsets.UTF_8));
            }
            assertTrue(ended, scenario.getSimpleName() + " did not end within " + SCENARIO_MINUTES + " minutes (" + out + ")");
            assertEquals(0, app.exitValue(), scenario.getSimpleName() + " ended with " + app.exitValue() + ":\n" + log);
            assertNoException("the application's output", log);
            // GTK's complaints of misuse: AWT opening its own X connection beside GTK's gave one on every start, and
            // broke a popup under the click when it came late (DesktopMain)
            for (String misuse : List.of("Gdk-WARNING", "Gdk-CRITICAL", "Gtk-CRITICAL")) {
                assertFalse(log.contains(misuse), scenario.getSimpleName() + ": " + misuse + " in the application's output:\n" + log);
            }
            for (Path file : logFiles(out.resolve("state"))) {
                assertNoException(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    private Process start(VirtualScreen screen, Path out, Class<? extends Scenario> scenario, String[] scenarioArgs)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The launchers' own JVM options (mvn javafx:run, the installed application), from pom.xml.
        for (String option : System.getProperty("kgx.app.java.options", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.add("-Dkgx.config.dir=" + out.resolve("config"));
        command.add("-Dkgx.startupProbe=" + out.resolve(ScenarioMain.PROBE_FILE));
        command.add("-cp");
        command.add(classPath());
        command.add(ScenarioMain.class.getName());
        command.add(out.toString());
        command.add(scenario.getName());
        command.addAll(Arrays.asList(scenarioArgs));
        command.add("--");
        command.addAll(appArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve("app.log").toFile()).directory(out.toFile());
        pb.environment().put("DISPLAY", screen.display);
        // Its log files go to a state folder of its own; the system's language is English unless a test says so.
        pb.environment().put("XDG_STATE_HOME", out.resolve("state").toString());
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("LANG", "C.UTF-8");
        return pb.start();
    }

    /** The packaged jar (whose manifest names its libraries, as java -jar runs it), then the tests and JUnit's API. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        entries.add(Path.of(System.getProperty("kgx.jar", "target/kg-explorer.jar")).toAbsolutePath().toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String file = Path.of(entry).getFileName().toString();
            if (entry.endsWith("test-classes") || file.startsWith("junit-jupiter-api") || file.startsWith("opentest4j")
                    || file.startsWith("junit-platform-commons") || file.startsWith("apiguardian")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private void writeSettings(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        settings.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void assertNoException(String where, String text) {
        java.util.regex.Matcher m = EXCEPTION.matcher(text);
        if (m.find()) {
            fail("an exception in " + where + ": " + m.group().strip());
        }
    }

    private static List<Path> logFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static void clear(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        Files.createDirectories(folder);
    }
}
