package org.kgexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kgexplorer.core.export.TempFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * The command line: {@code query}, {@code stats}, {@code validate}, and {@code load}, {@code compact}, {@code dump} for
 * databases; one line on stderr for every failure.
 */
@Command(name = "kg-explorer", mixinStandardHelpOptions = true, versionProvider = KgxCli.Version.class,
        subcommands = {QueryCommand.class, StatsCommand.class, ValidateCommand.class, LoadCommand.class,
                CompactCommand.class, DumpCommand.class, CommandLine.HelpCommand.class},
        description = {"KG Explorer: a knowledge-graph explorer. Without a command it opens the window; "
                + "with one it runs headless.",
                "Exit codes: 0 success, 1 validation violations, 2 usage or query error, 3 data error, "
                        + "4 timeout, 5 output could not be written, 130 interrupted (Ctrl-C)."},
        footer = {"", "Opening the window:",
                "  " + KgxCli.WINDOW_USAGE,
                "  FILE...     RDF files or folders to load beside the bundled graph",
                "  --store     open that TDB2 database (one load --store made), not files",
                "  --question  open and run that library question (its English or Spanish title)",
                "  --entity    open that entity (an IRI, or its whole name in either language)"})
public final class KgxCli implements Runnable {
    /** How the window is started: the help's footer and the window launcher's usage errors both show it. */
    public static final String WINDOW_USAGE =
            "kg-explorer [FILE... | --store DIR] [--question TITLE] [--entity IRI-OR-NAME]";
    /** The names that make the launcher run the command line instead of the window. */
    public static final Set<String> COMMANDS = Set.of("query", "stats", "validate", "load", "compact", "dump", "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command: query, stats, validate, load, compact or dump");
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new KgxCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(usageError());
        cli.setExecutionExceptionHandler(failure());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Path.class, new PathConverter());
        int code = cli.execute(args);
        out.flush();
        // PrintWriter keeps write errors to itself: a closed pipe or a full disk behind stdout shows only here.
        if (out.checkError()) {
            err.println("standard output could not be written (closed, or the disk is full)");
            code = ExitCode.OUTPUT;
        }
        err.flush();
        return code;
    }

    /**
     * Runs the command line as the process: Ctrl-C or SIGTERM removes this run's temporary files and ends it
     * with exit 130 (a shutdown hook; halting from it is what sets the exit code).
     */
    public static int runAsProcess(String[] args, PrintWriter out, PrintWriter err) {
        AtomicBoolean finished = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            TempFiles.deleteAll();
            if (!finished.get()) {
                err.println("interrupted");
                err.flush();
                Runtime.getRuntime().halt(ExitCode.INTERRUPTED);
            }
        }, "kg-explorer-interrupted"));
        int code = run(args, out, err);
        finished.set(true);
        return code;
    }

    /** A usage error: one line that says what was wrong and where to read more. */
    private static IParameterExceptionHandler usageError() {
        return (ParameterException e, String[] args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(oneLine(e.getMessage()) + " (see: " + cmd.getCommandSpec().qualifiedName() + " --help)");
            cmd.getErr().flush();
            return ExitCode.USAGE;
        };
    }

    private static IExecutionExceptionHandler failure() {
        return (Exception e, CommandLine cmd, CommandLine.ParseResult parsed) -> {
            int code;
            String message;
            if (e instanceof CliFailure f) {
                code = f.exitCode();
                message = f.getMessage();
            } else if (e instanceof CancellationException) {
                code = ExitCode.TIMEOUT;
                message = "cancelled";
            } else {
                code = ExitCode.USAGE;
                message = "unexpected error: " + e;
            }
            cmd.getErr().println(oneLine(message));
            cmd.getErr().flush();
            return code;
        };
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KgxCli.class.getPackage().getImplementationVersion();
            return new String[] {"KG Explorer " + (v == null ? "(development build)" : v)};
        }
    }
}
