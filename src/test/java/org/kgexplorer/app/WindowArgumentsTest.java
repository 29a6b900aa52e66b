package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kgexplorer.cli.KgxCli;

/** The window's command line: files, then --question and --entity; anything else is a clear usage error. */
class WindowArgumentsTest {
    @Test
    void filesComeFirstThenTheQuestionAndTheEntity() {
        WindowArguments a = WindowArguments.parse(List.of("my.ttl", "q.rq", "--question", "Which pledges address fentanyl?",
                "--entity", "Joint Task Force Alpha"));
        assertEquals(List.of(Path.of("my.ttl"), Path.of("q.rq")), a.files());
        assertEquals(Optional.of("Which pledges address fentanyl?"), a.question());
        assertEquals(Optional.of("Joint Task Force Alpha"), a.entity());
    }

    @Test
    void storeNamesTheDatabaseToOpenInsteadOfFiles() {
        WindowArguments a = WindowArguments.parse(List.of("--store", "/data/orgdb", "--entity", "ICE"));
        assertEquals(Optional.of(Path.of("/data/orgdb")), a.store());
        assertEquals(List.of(), a.files());
        assertEquals(Optional.of("ICE"), a.entity());
        assertEquals(Optional.empty(), WindowArguments.parse(List.of("my.ttl")).store());
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> WindowArguments.parse(List.of("my.ttl", "--store", "db")));
        assertEquals("--store opens a database; files go into it with: load --store db --data FILE", both.getMessage());
        assertEquals("--store is given twice", assertThrows(IllegalArgumentException.class,
                () -> WindowArguments.parse(List.of("--store=a", "--store=b"))).getMessage());
    }

    @Test
    void anOptionMayCarryItsValueAfterAnEqualsSign() {
        WindowArguments a = WindowArguments.parse(List.of("--entity=https://kgexplorer.org/id/ICE"));
        assertEquals(List.of(), a.files());
        assertEquals(Optional.empty(), a.question());
        assertEquals(Optional.of("https://kgexplorer.org/id/ICE"), a.entity());
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WindowArguments.parse(List.of("my.ttl", "--questoin", "x")));
        assertEquals("unknown option --questoin", e.getMessage());
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertEquals("--question needs a value", assertThrows(IllegalArgumentException.class,
                () -> WindowArguments.parse(List.of("--question"))).getMessage());
        assertEquals("--entity needs a value", assertThrows(IllegalArgumentException.class,
                () -> WindowArguments.parse(List.of("--entity", "--question", "x"))).getMessage());
        assertEquals("--entity is given twice", assertThrows(IllegalArgumentException.class,
                () -> WindowArguments.parse(List.of("--entity", "a", "--entity", "b"))).getMessage());
    }

    @Test
    void aFileAfterTheOptionsIsRefused() {
        assertEquals("files come before the options: late.ttl", assertThrows(IllegalArgumentException.class,
                () -> WindowArguments.parse(List.of("--entity", "a", "late.ttl"))).getMessage());
    }

    @Test
    void commandsHelpAndVersionRunTheCommandLineAndEverythingElseOpensTheWindow() {
        assertTrue(Launcher.runsCommandLine(new String[] {"stats"}));
        assertTrue(Launcher.runsCommandLine(new String[] {"query", "-e", "ASK {}"}));
        assertTrue(Launcher.runsCommandLine(new String[] {"--help"}));
        assertTrue(Launcher.runsCommandLine(new String[] {"-V"}));
        assertFalse(Launcher.runsCommandLine(new String[] {}));
        assertFalse(Launcher.runsCommandLine(new String[] {"my.ttl"}));
        assertFalse(Launcher.runsCommandLine(new String[] {"--question", "x"}));
        assertFalse(Launcher.runsCommandLine(new String[] {"--bogus"}));
    }

    @Test
    void theLauncherExplainsABadWindowArgumentInOneLine() {
        assertNull(Launcher.windowArgumentProblem(new String[] {"my.ttl", "--entity", "ICE"}));
        String problem = Launcher.windowArgumentProblem(new String[] {"--bogus"});
        assertTrue(problem.startsWith("kg-explorer: unknown option --bogus. Usage: kg-explorer [FILE... | --store DIR] [--question"),
                problem);
        assertTrue(problem.contains("query, stats, validate"), problem);
        assertFalse(problem.contains("\n"));
    }

    @Test
    void theCommandLinesHelpShowsHowToOpenTheWindow() {
        StringWriter out = new StringWriter();
        int code = KgxCli.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        String help = out.toString();
        assertTrue(help.contains("Opening the window:"), help);
        assertTrue(help.contains(WindowArguments.USAGE), help);
        assertTrue(help.contains("--question") && help.contains("--entity"), help);
    }
}
