package org.kgexplorer.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.kgexplorer.core.settings.UserFolders;

/**
 * Where SLF4J's messages go (its java.util.logging binding, whose {@link FileHandler} rotates files by itself).
 * The command line: errors on stderr only, Jena and GraphStream silent (it reports their problems itself, in one
 * line). The window: warnings and errors also into rotating files (a few of at most a few MB) in the per-user log
 * folder, which Help → Show log opens; {@code -Dkgx.log.dir} names another folder, and {@code -Dkgx.config.dir}
 * (tests, portable installs) keeps the logs in its {@code logs} folder, never in the user's home.
 */
final class Logging {
    /** A system property naming the log folder. */
    static final String LOG_DIR_PROPERTY = "kgx.log.dir";
    /** The newest file; older ones end in -1.log, -2.log. */
    static final String CURRENT_FILE = "kg-explorer-0.log";
    static final int FILE_BYTES = 2 * 1024 * 1024;
    static final int FILES = 3;
    private static final String[] QUIET = {"org.apache.jena", "org.graphstream"};
    /** Held: java.util.logging keeps its loggers weakly, and with them the levels set here. */
    private static final Logger[] QUIET_LOGGERS = new Logger[QUIET.length];
    private static Path folder;
    private static boolean forWindow;

    private Logging() {
    }

    /** The command line's logging: errors on stderr, one line each; the libraries it reports for say nothing. */
    static synchronized void forCommandLine() {
        Logger root = reset();
        root.setLevel(Level.SEVERE);
        root.addHandler(console());
        quiet(Level.OFF);
    }

    /**
     * The window's logging: errors on stderr, warnings and errors in the log folder's rotating files. Once per JVM
     * (tests open the window many times). When the folder cannot be made, logging stays on stderr and this says so.
     *
     * @return the log folder, or null when there is none
     */
    static synchronized Path forWindow() {
        if (forWindow) {
            return folder;
        }
        forWindow = true;
        Logger root = reset();
        root.setLevel(Level.WARNING);
        root.addHandler(console());
        quiet(Level.WARNING);
        Path dir = logFolder();
        try {
            folder = toFolder(root, dir, FILE_BYTES, FILES);
        } catch (IOException | RuntimeException e) {
            root.log(Level.SEVERE, "No log file in " + dir + ": " + e.getMessage());
        }
        return folder;
    }

    /** The file Help → Show log opens, or null when the window logs to no file. */
    static synchronized Path currentFile() {
        return folder == null ? null : folder.resolve(CURRENT_FILE);
    }

    /** Adds a handler writing {@code files} rotating files of at most {@code bytes} each into {@code dir}. */
    static Path toFolder(Logger logger, Path dir, int bytes, int files) throws IOException {
        Files.createDirectories(dir);
        FileHandler handler = new FileHandler(dir.toAbsolutePath().toString().replace('\\', '/') + "/kg-explorer-%g.log",
                bytes, files, true);
        handler.setLevel(Level.WARNING);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new OneLine());
        logger.addHandler(handler);
        return dir;
    }

    /** {@code -Dkgx.log.dir}, else the {@code logs} folder of {@code -Dkgx.config.dir}, else the user's log folder. */
    static Path logFolder() {
        String own = System.getProperty(LOG_DIR_PROPERTY);
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String config = System.getProperty(ExplorerApp.CONFIG_DIR_PROPERTY);
        if (config != null && !config.isBlank()) {
            return Path.of(config).resolve("logs");
        }
        return UserFolders.forCurrentUser("kg-explorer").logs();
    }

    private static Logger reset() {
        LogManager.getLogManager().reset();
        return Logger.getLogger("");
    }

    private static Handler console() {
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.SEVERE);
        handler.setFormatter(new OneLine());
        return handler;
    }

    private static void quiet(Level level) {
        for (int i = 0; i < QUIET.length; i++) {
            QUIET_LOGGERS[i] = Logger.getLogger(QUIET[i]);
            QUIET_LOGGERS[i].setLevel(level);
        }
    }

    /** One line a message: time, level, logger, message; then the stack trace, if any. */
    static final class OneLine extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
