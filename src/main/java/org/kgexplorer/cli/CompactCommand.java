package org.kgexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.kgexplorer.core.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compact}: TDB2's compaction of a database, which gives back the space old versions of the data took. */
@Command(name = "compact", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compacts the TDB2 database in the folder --store names: the data is copied into a fresh "
                + "storage area and the old one deleted, giving back the space earlier versions took.",
                "Output: 'before: N bytes', then 'after: N bytes' (the database folder's size on disk)."})
final class CompactCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The database folder.")
    Path store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CliFailure {
        long before;
        long after;
        try (TdbStore db = DataOptions.open(store, false)) {
            before = db.sizeOnDisk();
            db.compact();
            after = db.sizeOnDisk();
        } catch (IOException e) {
            throw new CliFailure(ExitCode.DATA, store + ": could not be compacted (" + QueryCommand.why(e) + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("before: " + before + " bytes");
        out.println("after: " + after + " bytes");
        out.flush();
        return ExitCode.OK;
    }
}
