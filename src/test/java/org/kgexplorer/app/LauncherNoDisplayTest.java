package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Started without a display (an SSH session, a container), the window is one line and exit 2, not a stack trace. */
class LauncherNoDisplayTest {
    @TempDir
    Path dir;

    @Test
    void withoutADisplayTheWindowIsOneLineAndExitTwo() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the launcher did not end");
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), lines.toString());
        assertEquals(List.of("kg-explorer: the window needs a graphical display (DISPLAY is not set); the commands query, "
                + "stats and validate run without one (see: kg-explorer --help)"), lines);
        assertEquals("", Files.readString(out));
    }

    @Test
    void aDisplayOrAnotherPlatformLetsTheWindowOpen() {
        assertNull(Launcher.noDisplayProblem(Map.of("DISPLAY", ":1"), "Linux", null));
        assertNull(Launcher.noDisplayProblem(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertNull(Launcher.noDisplayProblem(Map.of(), "Linux", "Monocle"));
        assertNull(Launcher.noDisplayProblem(Map.of(), "Windows 11", null));
    }
}
