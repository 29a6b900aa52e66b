package org.kgexplorer.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kgexplorer.cli.ExitCode;
import org.kgexplorer.cli.KgxCli;

/**
 * The entry point of the jar. With a command ({@code query}, {@code stats}, {@code validate}), {@code --help} or
 * {@code --version} it runs the command line without touching JavaFX, so it works
 * without a display; otherwise it opens the window, loading any files named on the command line beside the
 * bundled graph, and honours {@code --question} and {@code --entity} ({@link WindowArguments}); any other option
 * is a usage error (exit 2) with one line on stderr. It does not extend
 * {@code Application}, which lets {@code java -jar} start JavaFX from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (runsCommandLine(args)) {
            Logging.forCommandLine();
            // Not System.out: a PrintStream hides write errors, and a failed stdout must give exit 5.
            PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                    StandardCharsets.UTF_8));
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
            System.exit(KgxCli.runAsProcess(args, out, err));
        }
        String problem = windowArgumentProblem(args);
        if (problem != null) {
            System.err.println(problem);
            System.exit(ExitCode.USAGE);
        }
        String noDisplay = noDisplayProblem(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"));
        if (noDisplay != null) {
            System.err.println(noDisplay);
            System.exit(ExitCode.USAGE);
        }
        DesktopMain.open(args);
    }

    /**
     * On Linux, a window needs an X11 or Wayland display; without one JavaFX fails with a stack trace. Null when
     * there is one, or another platform (Monocle) is asked for.
     */
    static String noDisplayProblem(Map<String, String> env, String os, String glassPlatform) {
        boolean linux = os.toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || glassPlatform != null || !isBlank(env.get("DISPLAY")) || !isBlank(env.get("WAYLAND_DISPLAY"))) {
            return null;
        }
        return "kg-explorer: the window needs a graphical display (DISPLAY is not set); "
                + "the commands query, stats and validate run without one (see: kg-explorer --help)";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The command line's own options, which it answers without a command. */
    private static final Set<String> CLI_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    /** Whether the arguments are for the command line: a command first, or its help or version. */
    static boolean runsCommandLine(String[] args) {
        return args.length > 0 && (KgxCli.COMMANDS.contains(args[0]) || CLI_OPTIONS.contains(args[0]));
    }

    /** What is wrong with the window's arguments, as one line for stderr, or null when they are fine. */
    static String windowArgumentProblem(String[] args) {
        try {
            WindowArguments.parse(List.of(args));
            return null;
        } catch (IllegalArgumentException e) {
            return "kg-explorer: " + e.getMessage() + ". Usage: " + WindowArguments.USAGE
                    + "; or a command: query, stats, validate (see: kg-explorer --help)";
        }
    }
}
