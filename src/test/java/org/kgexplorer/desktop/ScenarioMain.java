package org.kgexplorer.desktop;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.kgexplorer.app.Launcher;

/**
 * The main class of a desktop run's JVM: starts the application through {@link Launcher#main} (exactly as
 * {@code java -jar} does), waits for its window to show the bundled graph, then runs the scenario (whose
 * {@link Scenario#beforeStart} ran before the application started). A failure is
 * written to {@value #FAILURE_FILE} (not to the application's log, which must stay free of exceptions).
 * Arguments: the run's folder, the scenario's class, its arguments, {@code --}, the application's arguments.
 */
public final class ScenarioMain {
    static final String FAILURE_FILE = "failure.txt";
    static final String PROBE_FILE = "first-frame";

    private ScenarioMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        List<String> rest = Arrays.asList(args).subList(2, args.length);
        int split = rest.indexOf("--");
        String[] scenarioArgs = rest.subList(0, split).toArray(String[]::new);
        String[] appArgs = rest.subList(split + 1, rest.size()).toArray(String[]::new);
        Scenario scenario = (Scenario) Class.forName(args[1]).getDeclaredConstructor().newInstance();
        scenario.beforeStart(scenarioArgs);
        Thread launcher = new Thread(() -> Launcher.main(appArgs), "launcher");
        launcher.setDaemon(true);
        launcher.start();
        int code = 0;
        RunningApp app = null;
        try {
            app = RunningApp.await(out, out.resolve(PROBE_FILE), Duration.ofMinutes(2));
            scenario.run(app, scenarioArgs);
        } catch (Throwable t) {
            screenshotOfFailure(app, t);
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            Files.writeString(out.resolve(FAILURE_FILE), trace.toString(), StandardCharsets.UTF_8);
            code = 1;
        }
        // Ends the application as a user's Quit does, so no frame is left half-drawn when the JVM stops.
        javafx.application.Platform.exit();
        launcher.join(TimeUnit.SECONDS.toMillis(30));
        System.exit(code);
    }

    /** What the screen showed when the scenario failed; a failing screenshot must not hide the failure itself. */
    private static void screenshotOfFailure(RunningApp app, Throwable failure) {
        if (app != null) {
            try {
                app.screenshot("failure");
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
