package org.kgexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    /** The commands in the order the help lists them (ADR 35: each is made only when a run needs it). */
    private static final List<String> SUBCOMMANDS =
            List.of("query", "stats", "validate", "load", "compact", "dump", "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command: query, stats, validate, load, compact or dump");
    }

    /** The environment the secrets of --auth are read from (KGX_PASSWORD, KGX_TOKEN). */
    private final Map<String, String> environment;

    public KgxCli() {
        this(System.getenv());
    }

    KgxCli(Map<String, String> environment) {
        this.environment = environment;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** Runs the command line with {@code environment} in place of the process's, and returns its exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        CommandLine cli = commandLine(args, environment);
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
     * The command line for {@code args}. picocli builds the model of every command it is given, which is most of its
     * start-up: a run that names a command first (the only place picocli takes one) gets that command alone; any
     * other run (help, --help, --version, a misspelt or missing command) gets them all, so what it prints is the
     * same. {@code environment} stands for the process's (the secrets of --auth).
     */
    static CommandLine commandLine(String[] args, Map<String, String> environment) {
        CommandLine cli = new CommandLine(new KgxCli(environment));
        String first = args.length > 0 ? args[0] : "";
        if (!"help".equals(first) && SUBCOMMANDS.contains(first)) {
            cli.addSubcommand(first, command(first));
        } else {
            SUBCOMMANDS.forEach(name -> cli.addSubcommand(name, command(name)));
        }
        return cli;
    }

    /**
     * A new command object. Plain constructor calls, not method references: linking a reference to a constructor
     * loads its class, and with it the classes it names, for every command.
     */
    private static Object command(String name) {
        return switch (name) {
            case "query" -> new QueryCommand();
            case "stats" -> new StatsCommand();
            case "validate" -> new ValidateCommand();
            case "load" -> new LoadCommand();
            case "compact" -> new CompactCommand();
            case "dump" -> new DumpCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Set by a command once its work is in for good (a load committed to the database) while it still does something
     * that may be left undone (making the window's indexes): Ctrl-C then runs this, which prints the command's result,
     * and the run ends with exit 0, not 130, since the database is not as it was (ADR 38).
     */
    static volatile Runnable committed;

    /**
     * Runs the command line as the process: Ctrl-C or SIGTERM removes this run's temporary files and ends it
     * with exit 130 (a shutdown hook; halting from it is what sets the exit code).
     */
    public static int runAsProcess(String[] args, PrintWriter out, PrintWriter err) {
        AtomicBoolean finished = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            TempFiles.deleteAll();
            Runnable done = committed;
            if (!finished.get() && done != null) {
                // the command's work is in for good; what it does after that is not undone by Ctrl-C
                done.run();
                out.flush();
                err.flush();
                Runtime.getRuntime().halt(ExitCode.OK);
            }
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
