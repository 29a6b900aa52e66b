package org.kgexplorer.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the window, a query that runs out of memory fails alone: its message speaks of the answer and the query (not of
 * -Xmx, which a window user has nowhere to give), and the data stays loaded and usable. The heap is really exhausted,
 * in a JVM of its own ({@link OutOfMemoryChild}) so that this one is never at risk.
 */
class ResultsOutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aQueryThatRunsOutOfMemoryFailsAloneAndTheNextQueryAnswers() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Duser.language=en", "-Djava.io.tmpdir=" + dir,
                OutOfMemoryChild.class.getName(), dir.resolve("data.nt").toString()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child did not end");
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), report + Files.readString(err, StandardCharsets.UTF_8));
        assertEquals(List.of(
                "big: The answer does not fit in memory and was dropped; the data stays loaded. Narrow the query "
                        + "(fewer rows or a LIMIT) and run it again. [OUT_OF_MEMORY]",
                "then: ok",
                "count: 3000"), report.lines().toList());
    }
}
