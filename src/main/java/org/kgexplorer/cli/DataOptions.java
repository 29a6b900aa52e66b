package org.kgexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.DataSummary;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.LoadWatcher;
import org.kgexplorer.core.store.ParsePolicy;
import org.kgexplorer.core.store.RdfInput;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.store.StreamedSummary;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every command shares: which data to answer from (files or a database), and how to read files. */
final class DataOptions {
    /** Ends a data error that loading leniently would get past. */
    static final String LENIENT_HINT = " (--lenient loads it anyway)";
    /** What loading, stats and validate say when the data outgrows the heap. */
    static final String OUT_OF_MEMORY = "the data does not fit in memory; give Java more with -Xmx";

    @Option(names = "--data", paramLabel = "PATH",
            description = "An RDF file or folder (searched recursively) to load; repeat for more. "
                    + "Without --no-default they are added to the bundled graph.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--no-default", description = "Do not load the bundled ontology and graph; only the --data given.")
    boolean noDefault;

    @Option(names = "--lenient",
            description = "Load files that Jena's parsers only warn about (relative IRIs where the syntax forbids "
                    + "them, bad IRI characters, bad rdf:ID names, unknown language tags), printing each warning. "
                    + "Errors still fail the load.")
    boolean lenient;

    @Option(names = "--base", paramLabel = "IRI",
            description = "The base for relative IRIs in the --data files (default: each file's own location).")
    String base;

    @Option(names = "--store", paramLabel = "DIR",
            description = "A TDB2 database (made with: load --store DIR) to answer from, instead of loading files.")
    Path store;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The database this run opened, closed by {@link #close()}. */
    private TdbStore opened;

    /** The data to answer from: the database named by --store, or the files, loaded as one action. */
    KnowledgeStore load() throws CliFailure {
        if (store != null) {
            refuseWithStore();
            opened = open(store, false);
            return opened;
        }
        KnowledgeStore loaded = new InMemoryStore();
        loadInto(loaded, LoadMode.ADD, ProgressListener.silent());
        return loaded;
    }

    /** Releases the database this run opened, if any (its files and lock). */
    void close() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }

    /** The options that read files have no meaning for a database: its data goes in with {@code load} (cli.md). */
    private void refuseWithStore() throws CliFailure {
        List<String> clashing = new ArrayList<>();
        if (!data.isEmpty()) {
            clashing.add("--data");
        }
        if (noDefault) {
            clashing.add("--no-default");
        }
        if (lenient) {
            clashing.add("--lenient");
        }
        if (base != null) {
            clashing.add("--base");
        }
        if (!clashing.isEmpty()) {
            throw new CliFailure(ExitCode.USAGE, String.join(", ", clashing) + " cannot be used with --store: "
                    + "files go into a database with: load --store " + store + " --data PATH");
        }
    }

    /** Opens the database in {@code folder}: a folder that is not one, or that another program holds, is a data error. */
    static TdbStore open(Path folder, boolean create) throws CliFailure {
        try {
            return TdbStore.open(folder, create);
        } catch (TdbStore.Unavailable e) {
            throw new CliFailure(ExitCode.DATA, e.getMessage());
        }
    }

    /**
     * Loads the bundled graph (without --no-default) and the --data files into {@code target} as one action, read as
     * --lenient and --base say; warnings go to stderr.
     */
    void loadInto(KnowledgeStore target, LoadMode mode, ProgressListener progress) throws CliFailure {
        loadInto(target, mode, progress, LoadWatcher.NONE);
    }

    /** As {@link #loadInto(KnowledgeStore, LoadMode, ProgressListener)}; a database's staged load seen by {@code watcher}. */
    void loadInto(KnowledgeStore target, LoadMode mode, ProgressListener progress, LoadWatcher watcher) throws CliFailure {
        read((inputs, policy) -> {
            if (target instanceof TdbStore db) {
                db.load(inputs, mode, policy, progress, Cancellation.none(), watcher);
            } else {
                target.load(inputs, mode, policy, progress, Cancellation.none());
            }
            return null;
        });
    }

    /**
     * What {@code stats} says of the bundled graph (without --no-default) and the --data files, read as --lenient and
     * --base say and counted as they are read, nothing loaded (ADR 49); warnings go to stderr.
     */
    DataSummary countFiles(List<String> languages) throws CliFailure {
        return read((inputs, policy) -> StreamedSummary.count(inputs, policy, Cancellation.none(), languages));
    }

    /** What is done with the inputs the options name, read by the policy they say. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(List<RdfInput> inputs, ParsePolicy policy) throws DataLoadException;
    }

    /** The inputs the options name (the bundled graph, then the --data files) handed to {@code reading}. */
    private <T> T read(Reading<T> reading) throws CliFailure {
        if (noDefault && data.isEmpty()) {
            throw new CliFailure(ExitCode.USAGE, "--no-default needs at least one --data PATH to load");
        }
        if (data.stream().anyMatch(p -> p.toString().isEmpty())) {
            // Java reads an empty path as the current folder, which would load whatever lies there
            throw new CliFailure(ExitCode.USAGE, "--data needs a path: an empty one names no file");
        }
        checkBase();
        List<RdfInput> inputs = new ArrayList<>();
        if (!noDefault) {
            inputs.addAll(BundledGraph.inputs());
        }
        WarningPrinter warnings = new WarningPrinter(spec.commandLine().getErr());
        ParsePolicy policy = lenient ? ParsePolicy.lenient(warnings) : ParsePolicy.strict(warnings);
        try {
            for (RdfInput input : RdfInputs.of(data)) {
                inputs.add(base == null ? input : input.withBase(base));
            }
            return reading.read(inputs, policy);
        } catch (DataLoadException e) {
            throw new CliFailure(ExitCode.DATA, e.getMessage() + (e.lenientWouldLoad() ? LENIENT_HINT : ""));
        } catch (OutOfMemoryError e) {
            throw new CliFailure(ExitCode.DATA, OUT_OF_MEMORY);
        } finally {
            warnings.finish();
        }
    }

    private void checkBase() throws CliFailure {
        if (base == null) {
            return;
        }
        try {
            if (!IRIx.create(base).isAbsolute()) {
                throw new CliFailure(ExitCode.USAGE, "--base " + base + ": the base must be an absolute IRI, such as https://example.org/");
            }
        } catch (IRIException e) {
            throw new CliFailure(ExitCode.USAGE, "--base " + base + ": not an IRI (" + e.getMessage() + ")");
        }
    }
}
