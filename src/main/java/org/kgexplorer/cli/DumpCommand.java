package org.kgexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.kgexplorer.core.export.SafeFileWriter;
import org.kgexplorer.core.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dump}: every quad of a database as N-Quads, written whole or not at all. */
@Command(name = "dump", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes every triple of the TDB2 database in the folder --store names, with its graph, as "
                + "N-Quads (gzip-compressed when FILE ends in .gz). The file is written whole or not at all; "
                + "loading it into a new database gives the same stats."})
final class DumpCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The database folder.")
    Path store;

    @Option(names = "-o", paramLabel = "FILE", required = true, description = "The N-Quads file to write (.nq or .nq.gz).")
    String outputName;

    @Override
    public Integer call() throws CliFailure {
        Path output = QueryCommand.outputPath(outputName);
        boolean gzip = outputName.endsWith(".gz");
        try (TdbStore db = DataOptions.open(store, false)) {
            SafeFileWriter.write(output, out -> {
                if (gzip) {
                    GZIPOutputStream zipped = new GZIPOutputStream(out, 1 << 16);
                    db.dump(zipped);
                    zipped.finish();
                } else {
                    db.dump(out);
                }
            });
        } catch (IOException e) {
            throw new CliFailure(ExitCode.OUTPUT, outputName + ": the dump could not be written (" + QueryCommand.why(e) + ")");
        } catch (CliFailure | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CliFailure(ExitCode.OUTPUT, outputName + ": the dump could not be written (" + e + ")");
        }
        return ExitCode.OK;
    }
}
