package org.kgexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kgexplorer.core.explore.DatabaseIndexes;
import org.kgexplorer.core.query.completion.KeptCompletion;
import org.kgexplorer.core.store.LoadWatcher;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.NewDatabase;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code load}: puts files into a TDB2 database, making it when the folder is empty or missing. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Puts RDF files into a TDB2 database in the folder --store names, making the database when the "
                + "folder is empty or missing. All of it goes in or, when a file fails or the run is interrupted, "
                + "nothing: the database stays as it was. Without --no-default the bundled ontology and graph go in too.",
                "Then it makes the window's search indexes in the folder (Ctrl-C during that leaves them to the "
                        + "window; the data stays loaded).",
                "Output: 'added: N' (distinct triples new to the database), then 'triples: N' (the database's total, "
                        + "the first line of stats --store). Progress goes to stderr when it is a terminal."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    DataOptions dataOptions;

    @Option(names = "--replace", description = "Empty the database first: it then holds only what this load puts in.")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CliFailure {
        if (dataOptions.store == null) {
            throw new CliFailure(ExitCode.USAGE, "load needs --store DIR: the database folder to put the files into");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        boolean fresh = NewDatabase.isNew(dataOptions.store);
        long[] counts = new long[2];
        AtomicBoolean reported = new AtomicBoolean();
        // the load's result, printed once: at the end, or by Ctrl-C while the indexes are made
        Runnable report = () -> {
            if (reported.compareAndSet(false, true)) {
                out.println("added: " + Math.max(0, counts[1] - counts[0]));
                out.println("triples: " + counts[1]);
                out.flush();
            }
        };
        try {
            boolean loaded = false;
            try (TdbStore db = DataOptions.open(dataOptions.store, true)) {
                counts[0] = replace ? 0 : db.tripleCount();
                LoadProgress progress = Terminal.stderrIsTerminal() ? new LoadProgress(err) : null;
                // a staged load's indexes are gathered while its data is parsed (ADR 38)
                DatabaseIndexes.Watcher search = new DatabaseIndexes.Watcher();
                KeptCompletion.Watcher completion = new KeptCompletion.Watcher();
                try {
                    dataOptions.loadInto(db, replace ? LoadMode.REPLACE : LoadMode.ADD,
                            progress == null ? ProgressListener.silent() : progress, LoadWatcher.both(search, completion));
                } finally {
                    if (progress != null) {
                        progress.finish();
                    }
                }
                counts[1] = db.tripleCount();
                loaded = true;
                // The data is in. What the window keeps in the folder (search, class tree, completion) is brought up to
                // date after an addition in place, or made after a staged load, so the window opens it ready (ADR 38).
                // Ctrl-C from here on leaves the indexes to the window and reports the load.
                KgxCli.committed = () -> {
                    err.println("interrupted while making the search indexes: the data is in the database, "
                            + "the window makes them when it opens it");
                    report.run();
                };
                try {
                    ProgressListener indexing = progress == null ? ProgressListener.silent()
                            : (done, total, message) -> progress.progress(-1, -1,
                                    "making the search indexes: " + message);
                    DatabaseIndexes.keepUpToDate(db, search, indexing, new Cancellation());
                    KeptCompletion.keepUpToDate(db, completion, indexing, new Cancellation());
                } catch (RuntimeException | OutOfMemoryError e) {
                    // the load itself succeeded: the indexes are the window's to make then
                    err.println("warning: the search indexes were not made (" + e + "): the window makes them when it "
                            + "opens the database");
                } finally {
                    if (progress != null) {
                        progress.finish();
                    }
                }
            } finally {
                if (!loaded && fresh) {
                    NewDatabase.removeNew(dataOptions.store);
                }
            }
            report.run();
        } finally {
            KgxCli.committed = null;
        }
        return ExitCode.OK;
    }

    /** Whether standard error is a terminal, where a progress line that rewrites itself can be shown. */
    static final class Terminal {
        private Terminal() {
        }

        static boolean stderrIsTerminal() {
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (Exception e) {
                // no /proc (macOS, Windows): Java knows only whether the whole run is interactive
                return System.console() != null;
            }
        }
    }

    /** One line on stderr, rewritten in place: triples so far, triples per second, the file being read. */
    static final class LoadProgress implements ProgressListener {
        private static final long EVERY_NANOS = 500_000_000L;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long shown;
        private int width;

        LoadProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void progress(long done, long total, String message) {
            long now = System.nanoTime();
            if (now - shown < EVERY_NANOS) {
                return;
            }
            shown = now;
            String line = done < 0 ? message
                    : String.format("%,d triples, %,d triples/s, %s", done,
                    Math.round(done / Math.max(1e-9, (now - start) / 1e9)), message);
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
            err.flush();
        }

        /** Clears the progress line, so the next line on the terminal starts clean. */
        synchronized void finish() {
            if (width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
            }
        }
    }
}
