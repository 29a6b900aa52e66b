package org.kgexplorer.bench.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** An X display for windows to open on: the one in {@code DISPLAY}, else a private Xvfb started here and stopped on close. */
final class VirtualDisplay implements AutoCloseable {
    private final String name;
    private final Process xvfb;

    private VirtualDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    static VirtualDisplay open(Path logDir) throws Exception {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank() && !Boolean.getBoolean("bench.xvfb")) {
            return new VirtualDisplay(existing, null);
        }
        int n = 77;
        while (Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
            n++;
        }
        Path socket = Path.of("/tmp/.X11-unix/X" + n);
        Files.createDirectories(logDir);
        Process p;
        try {
            p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(logDir.resolve("xvfb.log").toFile()).start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The start-up benchmark needs a display: set DISPLAY or install Xvfb "
                    + "(apt-get install xvfb)", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(socket)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroy();
                throw new IllegalStateException("Xvfb :" + n + " did not start; see " + logDir.resolve("xvfb.log"));
            }
            Thread.sleep(50);
        }
        return new VirtualDisplay(":" + n, p);
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
