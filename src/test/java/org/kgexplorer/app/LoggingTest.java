package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Where the window's warnings and errors are written, and how much of them is kept. */
class LoggingTest {
    @Test
    void theWindowLogsWarningsAndErrorsIntoTheConfigOverridesLogFolderNeverTheHome() throws Exception {
        Path expected = Path.of(System.getProperty(ExplorerApp.CONFIG_DIR_PROPERTY)).resolve("logs");
        assertEquals(expected, Logging.logFolder());
        assertEquals(expected, Logging.forWindow());
        assertEquals(expected.resolve("kg-explorer-0.log"), Logging.currentFile());

        String mark = "warning " + System.nanoTime();
        LoggerFactory.getLogger(LoggingTest.class).info("info " + mark);
        LoggerFactory.getLogger(LoggingTest.class).warn(mark, new IllegalStateException("why"));
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        String log = Files.readString(Logging.currentFile(), StandardCharsets.UTF_8);
        assertTrue(log.contains("WARNING org.kgexplorer.app.LoggingTest: " + mark), log);
        assertTrue(log.contains("java.lang.IllegalStateException: why"), "with its stack trace");
        assertFalse(log.contains("info " + mark), "information is not kept");
    }

    @Test
    void theFilesRotateAFewOfABoundedSize(@TempDir Path dir) throws Exception {
        Logger logger = Logger.getLogger("kgx.rotation." + System.nanoTime());
        logger.setUseParentHandlers(false);
        Logging.toFolder(logger, dir, 4096, 3);
        String line = "x".repeat(300);
        for (int i = 0; i < 200; i++) {
            logger.log(Level.WARNING, line + i);
        }
        for (Handler h : logger.getHandlers()) {
            h.close();
        }
        for (int g = 0; g < 3; g++) {
            Path file = dir.resolve("kg-explorer-" + g + ".log");
            assertTrue(Files.exists(file), file.toString());
            assertTrue(Files.size(file) <= 4096 + 400, file + " holds " + Files.size(file) + " bytes");
        }
        assertFalse(Files.exists(dir.resolve("kg-explorer-3.log")), "three files at most");
        assertTrue(Files.readString(dir.resolve("kg-explorer-0.log")).contains(line + 199), "the newest lines in the first file");
    }
}
