package org.kgexplorer.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * One X display of a given size (Xvfb) with the openbox window manager on it, as on a user's desktop: the window
 * manager decides where windows go and how big they are, which a display without one never shows.
 */
final class VirtualScreen implements AutoCloseable {
    /** The programs the layer needs, and the Debian packages they come in. */
    private static final List<String[]> PROGRAMS = List.of(new String[] {"Xvfb", "xvfb"},
            new String[] {"openbox", "openbox"}, new String[] {"xdotool", "xdotool"},
            new String[] {"wmctrl", "wmctrl"}, new String[] {"xwininfo", "x11-utils"}, new String[] {"xprop", "x11-utils"});

    final String display;
    final int width;
    final int height;
    private final Process xvfb;
    private final Process windowManager;

    private VirtualScreen(String display, int width, int height, Process xvfb, Process windowManager) {
        this.display = display;
        this.width = width;
        this.height = height;
        this.xvfb = xvfb;
        this.windowManager = windowManager;
    }

    /** Skips the calling test, with the reason, unless the layer was asked for and every program it needs is here. */
    static void assumeAvailable() {
        String mode = System.getProperty(DesktopLayer.PROPERTY, "");
        Assumptions.assumeFalse(mode.isBlank(), "the real-desktop tests run with mvn -Pdesktop verify (they need an X "
                + "server, Xvfb, and a window manager, openbox): skipped");
        List<String> missing = PROGRAMS.stream().filter(p -> !onPath(p[0])).map(p -> p[1]).distinct().toList();
        Assumptions.assumeTrue(missing.isEmpty(), "the real-desktop tests are skipped: this machine lacks "
                + String.join(", ", missing) + " (apt-get install xvfb openbox xdotool x11-utils wmctrl)");
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts a free display of that size and openbox on it; returns once the window manager manages windows. A
     * display that no client can open, or that openbox leaves at once, is given up for a fresh one, at most three
     * times: twice (once in CI, once here, each time right after another test's display had closed) Xvfb named
     * display :0 and openbox could not open it ("Failed to open the display"), 0.2 s into the test.
     */
    static VirtualScreen start(int width, int height, Path logs) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        IOException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                return startOnce(width, height, logs, attempt);
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    private static VirtualScreen startOnce(int width, int height, Path logs, int attempt)
            throws IOException, InterruptedException {
        String suffix = attempt == 1 ? "" : "-" + attempt;
        // -displayfd: Xvfb picks a free display number itself and writes it once it accepts clients.
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", width + "x" + height + "x24",
                "-nolisten", "tcp").redirectError(logs.resolve("xvfb" + suffix + ".log").toFile()).start();
        String number;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII))) {
            number = out.readLine();
        }
        if (number == null || !number.strip().matches("\\d+")) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
            throw new IOException("Xvfb did not start (see " + logs.resolve("xvfb" + suffix + ".log") + ")");
        }
        String display = ":" + number.strip();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!answers(display, "xwininfo", "-root")) {
            if (System.nanoTime() > deadline || !xvfb.isAlive()) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
                throw new IOException("Xvfb's display " + display + " does not open (see "
                        + logs.resolve("xvfb" + suffix + ".log") + ")");
            }
            Thread.sleep(100);
        }
        ProcessBuilder wm = new ProcessBuilder("openbox").redirectErrorStream(true)
                .redirectOutput(logs.resolve("openbox" + suffix + ".log").toFile());
        wm.environment().put("DISPLAY", display);
        VirtualScreen screen = new VirtualScreen(display, width, height, xvfb, wm.start());
        while (!screen.windowManagerRuns()) {
            if (System.nanoTime() > deadline || !screen.windowManager.isAlive()) {
                screen.close();
                throw new IOException("openbox did not start on " + display + " (see "
                        + logs.resolve("openbox" + suffix + ".log") + ")");
            }
            Thread.sleep(100);
        }
        return screen;
    }

    /** Whether an X client run on the display ends well. */
    private static boolean answers(String display, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    /** wmctrl -m answers only once a window manager has claimed the display. */
    private boolean windowManagerRuns() throws IOException, InterruptedException {
        return answers(display, "wmctrl", "-m");
    }

    @Override
    public void close() throws InterruptedException {
        windowManager.destroy();
        windowManager.waitFor(10, TimeUnit.SECONDS);
        xvfb.destroy();
        xvfb.waitFor(10, TimeUnit.SECONDS);
    }
}
