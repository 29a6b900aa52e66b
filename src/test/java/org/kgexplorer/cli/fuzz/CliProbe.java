package org.kgexplorer.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kgexplorer.cli.KgxCli;

/**
 * Runs the command line in this JVM on one fuzzed input, as {@code java -jar} would, and checks the contract's
 * promises for hostile input: nothing escapes as a throwable, the run ends within its limit, the exit code is one
 * of 0-5, stderr is one error line after at most 21 warning lines (and nothing else, not even a log line), nothing
 * reaches stdout on failure, the error says where (the file's path; a query's {@code query:LINE:COL:}), and no
 * file is left behind: every run writes its answer with {@code -o} into its own folder, so whatever it writes (the
 * target, its hidden part file) is in the folder checked afterwards. The system's temp folder is not checked:
 * other programs on the machine write there at the same time. The standard streams are swapped for the run, so
 * one probe runs at a time.
 */
final class CliProbe implements AutoCloseable {
    /** Far above the 5 s query timeout that every run passes: a run this long has escaped every limit. */
    static final long LIMIT_SECONDS = 60;
    private static final int MAX_WARNINGS = 21;
    private static final Pattern QUERY_ERROR = Pattern.compile(
            "query:\\d+:\\d+: .+|the query failed: .+|the answer does not fit in memory.*");
    private static final Pattern WARNING = Pattern.compile(".*: warning: .*|.*: \\d+ more warnings");

    /**
     * The command line's process lets only SEVERE records through and quiets Jena before any command (the
     * application's logging set-up: it reports Jena's problems itself, in one line). Runs in this JVM quiet Jena's
     * loggers the same way ("SPARQL" is the query parser's), so a warning the real process never prints is not
     * taken for stray output. Held: java.util.logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger[] JENA = {
        java.util.logging.Logger.getLogger("org.apache.jena"), java.util.logging.Logger.getLogger("SPARQL")};

    static {
        for (java.util.logging.Logger logger : JENA) {
            logger.setLevel(java.util.logging.Level.OFF);
        }
    }

    private ExecutorService current = newRunner();

    /** What one run did and which promises it broke (none when {@link #problems} is empty). */
    record Outcome(int code, String out, String err, List<String> problems) {
        boolean held() {
            return problems.isEmpty();
        }

        /** A short signature for grouping findings: the first broken promise without numbers, paths and quotes. */
        String signature() {
            if (problems.isEmpty()) {
                return "";
            }
            String shape = problems.get(0).replaceAll("\\d+", "N").replaceAll("[\\\\/][^ ]*", "PATH")
                    .replaceAll("'[^']*'|\"[^\"]*\"|<[^>]*>", "Q");
            return shape.length() > 90 ? shape.substring(0, 90) : shape;
        }
    }

    Outcome run(FuzzTarget target, byte[] input) throws IOException {
        Path dir = Files.createTempDirectory("kgx-fuzz-");
        try {
            Path file = dir.resolve("input." + target.extension());
            Files.write(file, input);
            Path queryData = dir.resolve("graph.ttl");
            Files.writeString(queryData, FuzzTarget.QUERY_DATA, StandardCharsets.UTF_8);
            Path output = dir.resolve("answer.out");
            Outcome outcome = runCli(target.arguments(file, output, queryData));
            List<String> problems = new ArrayList<>(outcome.problems());
            if (outcome.code() != -1) {
                checkError(target, file, outcome, problems);
            }
            checkFiles(dir, Set.of(file, queryData), outcome.code() == 0 ? output : null, problems);
            return new Outcome(outcome.code(), outcome.out(), outcome.err(), problems);
        } finally {
            deleteTree(dir);
        }
    }

    private Outcome runCli(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        PrintStream capture = new PrintStream(stray, true, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        int code = -1;
        System.setOut(capture);
        System.setErr(capture);
        try {
            Future<Integer> run = current.submit(() -> KgxCli.run(args.toArray(String[]::new),
                    new PrintWriter(out), new PrintWriter(err)));
            code = run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            problems.add("uncaught " + e.getCause());
        } catch (TimeoutException e) {
            problems.add("did not end within " + LIMIT_SECONDS + " s");
            // the stuck run keeps its thread; later runs get a fresh one
            current.shutdownNow();
            current = newRunner();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("interrupted");
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String strayText = stray.toString(StandardCharsets.UTF_8);
        if (!strayText.isEmpty()) {
            problems.add("printed outside the command's streams: " + firstLine(strayText));
        }
        if (code != -1) {
            checkStreams(code, out.toString(), err.toString(), problems);
        }
        return new Outcome(code, out.toString(), err.toString(), problems);
    }

    private static void checkStreams(int code, String out, String err, List<String> problems) {
        if (code < 0 || code > 5) {
            problems.add("exit code " + code + " is not one of the contract's (0-5)");
        }
        List<String> lines = err.lines().toList();
        List<String> before = code == 0 ? lines : lines.subList(0, Math.max(0, lines.size() - 1));
        if (before.size() > MAX_WARNINGS) {
            problems.add("stderr has " + before.size() + " lines before its error line (at most " + MAX_WARNINGS + ")");
        }
        before.stream().filter(l -> !WARNING.matcher(l).matches()).findFirst()
                .ifPresent(l -> problems.add("stderr line that is not a warning: " + l));
        if (code != 0) {
            if (lines.isEmpty() || lines.get(lines.size() - 1).isBlank()) {
                problems.add("exit " + code + " without an error line");
            } else if (lines.get(lines.size() - 1).startsWith("unexpected error")) {
                problems.add("exit " + code + " with " + lines.get(lines.size() - 1));
            }
            if (!out.isEmpty()) {
                problems.add("exit " + code + " with output on stdout: " + firstLine(out));
            }
        }
        if (err.contains("\tat ") || err.contains("Exception in thread")) {
            problems.add("stack trace on stderr");
        }
    }

    /**
     * What the error says, by target: a data file's error names the file (exit 3; the fixed query cannot fail);
     * a query's error is a usage error starting {@code query:LINE:COL:} (exit 2), a timeout (exit 4), or a failure
     * while answering, which has no position in the text.
     */
    private static void checkError(FuzzTarget target, Path file, Outcome outcome, List<String> problems) {
        String last = outcome.err().lines().reduce((a, b) -> b).orElse("");
        int code = outcome.code();
        if (target != FuzzTarget.QUERY) {
            if (code != 0 && code != 3) {
                problems.add("a data file gave exit " + code + " (0 or 3 expected): " + last);
            } else if (code == 3 && !last.startsWith(file + ":")) {
                problems.add("a data error that does not start with the file's path: " + last);
            }
        } else if (code != 0 && code != 2 && code != 4) {
            problems.add("a query gave exit " + code + " (0, 2 or 4 expected): " + last);
        } else if (code == 2 && !QUERY_ERROR.matcher(last).matches()) {
            problems.add("a query error without its position (query:LINE:COL:): " + last);
        }
    }

    private static void checkFiles(Path dir, Set<Path> inputs, Path allowedOutput, List<String> problems)
            throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> !inputs.contains(f) && !f.equals(allowedOutput))
                    .forEach(f -> problems.add("file left: " + f.getFileName()));
        }
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-probe");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        current.shutdownNow();
    }
}
