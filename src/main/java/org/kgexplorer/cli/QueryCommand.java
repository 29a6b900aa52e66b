package org.kgexplorer.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.kgexplorer.core.export.LabelColumns;
import org.kgexplorer.core.export.ResultFormat;
import org.kgexplorer.core.export.ResultWriter;
import org.kgexplorer.core.export.SafeFileWriter;
import org.kgexplorer.core.export.UnwritableGraphException;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.query.QueryFiles;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.QueryResultHandler;
import org.kgexplorer.core.query.QueryRunner;
import org.kgexplorer.core.query.SparqlParsing;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code query}: runs SPARQL over the loaded data and writes the answer. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the loaded data.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    DataOptions dataOptions;

    @Mixin
    EndpointOptions endpointOptions;

    @Option(names = "--inference", paramLabel = "none|rdfs", defaultValue = "none",
            description = "Answer with RDFS entailment over the loaded data, or over the database with --store, "
                    + "nothing copied (default: ${DEFAULT-VALUE}).")
    String inference;

    @Option(names = "--allow-service", description = "Let SERVICE contact other SPARQL endpoints (refused by default).")
    boolean allowService;

    @ArgGroup(exclusive = true, multiplicity = "1")
    QueryText queryText;

    static final class QueryText {
        @Option(names = "-e", paramLabel = "SPARQL", description = "The query text.")
        String expression;

        @Option(names = "-f", paramLabel = "FILE", description = "A file holding the query (.rq).")
        Path file;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text|csv|tsv|json|xml for SELECT and ASK; text|turtle|ntriples|jsonld|rdfxml for "
                    + "CONSTRUCT and DESCRIBE (default: ${DEFAULT-VALUE}: an aligned table, true/false, or Turtle).")
    String format;

    @Option(names = "-o", paramLabel = "FILE", description = "Write the answer to this file (written whole or not at all).")
    String outputName;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the query after this many seconds.")
    Double timeoutSeconds;

    @Option(names = "--labels", description = "After each IRI column x add a column x_label with its label.")
    boolean labels;

    @Option(names = "--lang", paramLabel = "en,es", defaultValue = "en", split = ",",
            description = "Preferred label languages, most wanted first (default: ${DEFAULT-VALUE}).")
    List<String> languages;

    @Option(names = "--raw", description = "CSV exactly as the W3C format and Jena write it: no byte-order mark, "
            + "no formula guard.")
    boolean raw;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CliFailure {
        endpointOptions.check();
        ResultFormat resultFormat = ResultFormat.byName(format).orElseThrow(() -> new CliFailure(ExitCode.USAGE,
                "unknown --format '" + format + "': use one of " + Arrays.stream(ResultFormat.values())
                        .map(ResultFormat::cliName).toList()));
        boolean rdfs = switch (inference) {
            case "none" -> false;
            case "rdfs" -> true;
            default -> throw new CliFailure(ExitCode.USAGE, "unknown --inference '" + inference + "': use none or rdfs");
        };
        if (timeoutSeconds != null && !(timeoutSeconds > 0)) {
            throw new CliFailure(ExitCode.USAGE, "--timeout must be a positive number of seconds");
        }
        long timeoutMillis = timeoutSeconds == null ? 0 : Math.max(1, Math.round(timeoutSeconds * 1000));
        String text = readQueryText();
        long parseStart = System.nanoTime();
        Query query = parse(text, timeoutMillis);
        long parseNanos = System.nanoTime() - parseStart;
        checkFormatFits(query, resultFormat);
        Path output = outputPath();
        KnowledgeStore store = endpointOptions.given() ? endpointOptions.open(timeoutMillis) : dataOptions.load();
        QueryOptions options = new QueryOptions(timeoutMillis, rdfs, allowService);
        Path spool = null;
        try {
            Path target = output;
            if (target == null) {
                spool = Spool.create();
                target = spool;
            }
            // Loading does not count against --timeout; reading the query did.
            long start = System.nanoTime() - parseNanos;
            SafeFileWriter.write(target, out -> new QueryRunner(store).run(query, options, start, Cancellation.none(),
                    handler(store, query, resultFormat, out)));
            if (spool != null) {
                try (Reader answer = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                    answer.transferTo(spec.commandLine().getOut());
                }
                spec.commandLine().getOut().flush();
            }
            return ExitCode.OK;
        } catch (QueryProblem e) {
            throw new CliFailure(exitCode(e), e.getMessage());
        } catch (UnwritableGraphException e) {
            throw new CliFailure(ExitCode.USAGE, "--format " + resultFormat.cliName() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CliFailure(ExitCode.OUTPUT, (output == null ? "standard output" : outputName)
                    + ": the answer could not be written (" + why(e) + ")");
        } catch (CliFailure | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CliFailure(ExitCode.OUTPUT, "the answer could not be written (" + e + ")");
        } catch (OutOfMemoryError e) {
            throw new CliFailure(ExitCode.USAGE, QueryRunner.OUT_OF_MEMORY);
        } finally {
            if (spool != null) {
                Spool.delete(spool);
            }
            dataOptions.close();
        }
    }

    /** A query's failure as the command line ends with it: the endpoint's own failures are source errors (cli.md). */
    private static int exitCode(QueryProblem e) {
        return switch (e.kind()) {
            case TIMEOUT -> ExitCode.TIMEOUT;
            case ENDPOINT -> ExitCode.DATA;
            default -> ExitCode.USAGE;
        };
    }

    /**
     * Java's file errors name only the file (ours: a hidden temporary beside the target) and keep the reason apart,
     * or leave it out when it is a refusal.
     */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : "the file system refused to create the file";
        }
        return e.getMessage();
    }

    /** The -o file, checked before anything is loaded: its folder must exist, and it must not name a folder. */
    private Path outputPath() throws CliFailure {
        return outputName == null ? null : outputPath(outputName);
    }

    /** An -o file named {@code outputName}, checked: its folder must exist, and it must not name a folder. */
    static Path outputPath(String outputName) throws CliFailure {
        Path output;
        try {
            output = Path.of(outputName);
        } catch (InvalidPathException e) {
            throw new CliFailure(ExitCode.OUTPUT, outputName + ": not a file name (" + PathConverter.why(e) + ")");
        }
        // A trailing slash says the user meant a folder, and Path.of drops it: look at the name as given.
        if (outputName.isEmpty()) {
            throw new CliFailure(ExitCode.USAGE, "-o needs a file name: an empty one names no file");
        }
        if (outputName.endsWith("/") || outputName.endsWith(File.separator) || Files.isDirectory(output)) {
            throw new CliFailure(ExitCode.OUTPUT, outputName + ": names a folder; -o needs a file name");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliFailure(ExitCode.OUTPUT, output + ": the folder " + folder + " does not exist");
        }
        return output;
    }

    private String readQueryText() throws CliFailure {
        if (queryText.expression != null) {
            return queryText.expression;
        }
        try {
            return QueryFiles.read(queryText.file);
        } catch (QueryProblem e) {
            throw new CliFailure(ExitCode.USAGE, e.getMessage());
        } catch (QueryFiles.TooLarge e) {
            throw new CliFailure(ExitCode.USAGE, queryText.file + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new CliFailure(ExitCode.USAGE, queryText.file + ": the query file does not fit in memory");
        } catch (IOException | RuntimeException e) {
            throw new CliFailure(ExitCode.USAGE, queryText.file + ": the query file cannot be read ("
                    + (Files.exists(queryText.file) ? e.getMessage() : "no such file") + ")");
        }
    }

    private Query parse(String text, long timeoutMillis) throws CliFailure {
        try {
            Query query = SparqlParsing.parse(text, timeoutMillis);
            if (!allowService) {
                SparqlParsing.refuseService(text);
            }
            return query;
        } catch (QueryProblem e) {
            throw new CliFailure(exitCode(e), e.getMessage());
        }
    }

    private static void checkFormatFits(Query query, ResultFormat format) throws CliFailure {
        boolean table = query.isSelectType() || query.isAskType();
        if (table && !format.fitsTables()) {
            throw new CliFailure(ExitCode.USAGE, "--format " + format.cliName() + " is for graphs, but a "
                    + query.queryType() + " query answers with a table: use text, csv, tsv, json or xml");
        }
        if (!table && !format.fitsGraphs()) {
            throw new CliFailure(ExitCode.USAGE, "--format " + format.cliName() + " is for tables, but a "
                    + query.queryType() + " query answers with a graph: use text, turtle, ntriples, jsonld or rdfxml");
        }
    }

    private QueryResultHandler handler(KnowledgeStore store, Query query, ResultFormat resultFormat, OutputStream out) {
        return new QueryResultHandler() {
            @Override
            public void select(ResultSet rows) throws IOException {
                // the names of each block of rows asked at once (an endpoint's in VALUES batches of 200 IRIs)
                ResultSet shown = labels
                        ? LabelColumns.add(rows, iris -> store.readLabels(iris, names -> {
                            LabelResolver resolver = new LabelResolver(names, languages);
                            java.util.Map<org.apache.jena.graph.Node, String> found = new java.util.HashMap<>();
                            iris.forEach(n -> found.put(n, resolver.labelOrName(n)));
                            return found;
                        }))
                        : rows;
                ResultWriter.select(shown, resultFormat, raw, query.getPrefixMapping(), out, Cancellation.none());
            }

            @Override
            public void ask(boolean answer) throws IOException {
                ResultWriter.ask(answer, resultFormat, out);
            }

            @Override
            public void graph(Model graph) throws IOException {
                ResultWriter.graph(graph, resultFormat, out);
            }
        };
    }
}
