package org.kgexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.ParsePolicy;
import org.kgexplorer.core.store.RdfInput;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every command shares: which data to load, and how to read it. */
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

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Loads the chosen data as one action. */
    KnowledgeStore load() throws CliFailure {
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
        KnowledgeStore store = new InMemoryStore();
        WarningPrinter warnings = new WarningPrinter(spec.commandLine().getErr());
        ParsePolicy policy = lenient ? ParsePolicy.lenient(warnings) : ParsePolicy.strict(warnings);
        try {
            for (RdfInput input : RdfInputs.of(data)) {
                inputs.add(base == null ? input : input.withBase(base));
            }
            store.load(inputs, LoadMode.ADD, policy, ProgressListener.silent(), Cancellation.none());
        } catch (DataLoadException e) {
            throw new CliFailure(ExitCode.DATA, e.getMessage() + (e.lenientWouldLoad() ? LENIENT_HINT : ""));
        } catch (OutOfMemoryError e) {
            throw new CliFailure(ExitCode.DATA, OUT_OF_MEMORY);
        } finally {
            warnings.finish();
        }
        return store;
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
