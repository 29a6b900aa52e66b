package org.kgexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInput;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

import picocli.CommandLine.Option;

/** The options every command shares: which data to load. */
final class DataOptions {
    /** What loading, stats and validate say when the data outgrows the heap. */
    static final String OUT_OF_MEMORY = "the data does not fit in memory; give Java more with -Xmx";

    @Option(names = "--data", paramLabel = "PATH",
            description = "An RDF file or folder (searched recursively) to load; repeat for more. "
                    + "Without --no-default they are added to the bundled graph.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--no-default", description = "Do not load the bundled ontology and graph; only the --data given.")
    boolean noDefault;

    /** Loads the chosen data as one action. */
    KnowledgeStore load() throws CliFailure {
        if (noDefault && data.isEmpty()) {
            throw new CliFailure(ExitCode.USAGE, "--no-default needs at least one --data PATH to load");
        }
        List<RdfInput> inputs = new ArrayList<>();
        if (!noDefault) {
            inputs.addAll(BundledGraph.inputs());
        }
        KnowledgeStore store = new InMemoryStore();
        try {
            inputs.addAll(RdfInputs.of(data));
            store.load(inputs, LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        } catch (DataLoadException e) {
            throw new CliFailure(ExitCode.DATA, e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new CliFailure(ExitCode.DATA, OUT_OF_MEMORY);
        }
        return store;
    }
}
