package org.kgexplorer.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the fuzz corpus in every build, deterministically: each seed and each past finding of each loader and
 * of the query parser goes through the command line once, and every promise of {@link CliProbe} must hold.
 */
class FuzzCorpusTest {
    private static CliProbe probe;

    @BeforeAll
    static void open() {
        probe = new CliProbe();
    }

    @AfterAll
    static void close() {
        probe.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusInputKeepsTheContract() {
        return Arrays.stream(FuzzTarget.values()).flatMap(target -> {
            List<Path> files = Corpus.files(target);
            assertFalse(files.isEmpty(), target + " has seeds");
            return files.stream().map(file -> DynamicTest.dynamicTest(target.folder() + "/" + file.getFileName(), () -> {
                CliProbe.Outcome outcome = probe.run(target, Files.readAllBytes(file));
                assertTrue(outcome.held(), () -> file.getFileName() + ": " + outcome.problems()
                        + "\nexit " + outcome.code() + ", stderr:\n" + outcome.err());
            }));
        });
    }
}
