package org.kgexplorer.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * The data in a TDB2 database in a folder the user chose (ADR 34). Reads run in TDB2 read transactions. A load is
 * staged and swapped: TDB2's phased bulk loader builds the next storage area ({@code Data-NNNN}) under a temporary
 * name beside the current one ({@code Data-NNNN-tmp}, which TDB2 itself removes when it opens a database after a
 * crash), from the current data (when adding) and every input; only when every input has parsed does one rename
 * make it the database, so a failing file, a cancel or Ctrl-C leaves the database as it was. The counts
 * {@code stats} reports are computed from the new storage before the swap and kept beside TDB2's files
 * ({@value #STATS_FILE}).
 */
public final class TdbStore implements LocalStore, AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TdbStore.class);
    /** The statistics kept at load time, beside TDB2's own files in the database folder. */
    public static final String STATS_FILE = "kgx-stats.tsv";
    private static final Pattern STORAGE = Pattern.compile("Data-(\\d+)");
    private static final String TDB_LOCK = "tdb.lock";
    private static final long TICK = 50_000;
    /** Bytes of a triple in a text file, for {@link #addsInPlace}: Turtle's order; N-Triples take about three times more. */
    static final int BYTES_PER_TRIPLE = 50;
    /** How many times its size a gzip file holds, at most for RDF, for {@link #addsInPlace}. */
    static final int GZIP_RATIO = 20;
    /** The share of the database's triples up to which an addition goes in one write transaction. */
    static final double IN_PLACE_SHARE = 1.0;
    /** The most triples an addition in one write transaction may hold (parsed into memory first). */
    static final double IN_PLACE_MAX = 1_000_000;
    /** The loader's own messages: progress goes to the caller's listener instead. */
    private static final MonitorOutput QUIET = (format, args) -> { };

    private final Path folder;
    private DatasetGraph data;
    private volatile Statistics statistics;
    /** The storage area each thread's read runs on (reads nest; a load may switch areas meanwhile). */
    private final ThreadLocal<DatasetGraph> reading = new ThreadLocal<>();
    /** RDFS setup over the database, built on first use and dropped when the data changes. */
    private volatile SetupRDFS rdfsSetup;
    /** What the last addition in one write transaction changed, when the data has not changed otherwise since. */
    private volatile Addition lastAddition;

    /** Why a folder cannot be used as a database. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    private TdbStore(Path folder, DatasetGraph data) {
        this.folder = folder;
        this.data = data;
    }

    /**
     * Opens the database in {@code folder}; with {@code create}, a missing or empty folder becomes a new, empty one.
     *
     * @throws Unavailable when the folder is not a TDB2 database, or another program holds it
     */
    public static TdbStore open(Path folder, boolean create) throws Unavailable {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Unavailable(folder + ": not a database (a file, not a folder)");
        }
        boolean empty = !Files.exists(dir) || isEmpty(dir);
        if (empty && !create) {
            throw new Unavailable(folder + ": no database here (make one with: load --store " + folder + ")");
        }
        if (!empty && storageAreas(dir).isEmpty()) {
            throw new Unavailable(folder + ": not a TDB2 database (the folder holds other files)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new Unavailable(folder + ": the folder cannot be created (" + RdfInputs.describe(e) + ")");
        }
        if (heldByAnother(dir)) {
            throw new Unavailable(folder + " is open in another program");
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            if (heldByAnother(dir)) {
                throw new Unavailable(folder + " is open in another program");
            }
            throw new Unavailable(folder + ": not a TDB2 database (" + oneLine(e.getMessage()) + ")");
        }
        TdbStore store = new TdbStore(folder, dsg);
        try {
            store.statistics = Statistics.read(dir.resolve(STATS_FILE));
        } catch (IOException | RuntimeException e) {
            store.statistics = null;
        }
        if (store.statistics == null) {
            store.statistics = Txn.calculateRead(dsg, () -> Statistics.count(dsg, List.of()));
            store.saveStatistics();
        }
        return store;
    }

    /** The folder as the user named it. */
    public Path folder() {
        return folder;
    }

    /**
     * Which state of the data this is: the storage area and the triple count, as the statistics kept in the folder
     * record them. It changes with every load that changes the data, so what was computed from the data and kept
     * beside it (the search index, ADR 36) knows when it is stale.
     */
    public String generation() {
        Statistics s = statistics;
        return s.storage + "/" + s.triples;
    }

    /**
     * What the last addition in one write transaction changed, while the database is still in the state it left
     * (ADR 36): empty when this program has not added to it in place, or has loaded into it otherwise since.
     */
    public java.util.Optional<Addition> lastAddition() {
        Addition a = lastAddition;
        return a != null && a.after().equals(generation()) ? java.util.Optional.of(a) : java.util.Optional.empty();
    }

    private Path dir() {
        return folder.toAbsolutePath().normalize();
    }

    private static boolean isEmpty(Path dir) throws Unavailable {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new Unavailable(dir + ": the folder cannot be read (" + RdfInputs.describe(e) + ")");
        }
    }

    private static List<Path> storageAreas(Path dir) throws Unavailable {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> STORAGE.matcher(f.getFileName().toString()).matches() && Files.isDirectory(f))
                    .sorted(Comparator.comparingInt(TdbStore::number)).toList();
        } catch (IOException e) {
            throw new Unavailable(dir + ": the folder cannot be read (" + RdfInputs.describe(e) + ")");
        }
    }

    private static int number(Path storage) {
        Matcher m = STORAGE.matcher(storage.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * Whether another process holds TDB2's lock on the folder or on one of its storage areas. TDB2 locks with the
     * operating system's file locks ({@link ProcessFileLock}, one per file in a JVM) and leaves its process id in
     * the file after it unlocks, so the id says nothing: trying the lock does. A lock this process holds is not
     * another's; one tried here is released at once (TDB2 takes it again when it connects).
     */
    private static boolean heldByAnother(Path dir) throws Unavailable {
        List<Path> locks = new ArrayList<>();
        locks.add(dir.resolve(TDB_LOCK));
        storageAreas(dir).forEach(s -> locks.add(s.resolve(TDB_LOCK)));
        for (Path file : locks) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            ProcessFileLock lock;
            try {
                lock = ProcessFileLock.create(file.toString());
            } catch (RuntimeException e) {
                continue; // unreadable: the connection decides
            }
            if (lock.isLockedHere()) {
                continue;
            }
            boolean free = lock.tryLock();
            ProcessFileLock.release(lock);
            if (!free) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized List<LoadedSource> sources() {
        return List.copyOf(statistics.sources);
    }

    /**
     * Loads every input into the next storage area and swaps it in when all have parsed; on any failure or cancel
     * the staged area is deleted and the database is as it was.
     */
    @Override
    public List<LoadedSource> load(List<RdfInput> inputs, LoadMode mode, ParsePolicy policy,
                                   ProgressListener progress, Cancellation cancellation) throws DataLoadException {
        return load(inputs, mode, policy, progress, cancellation, LoadWatcher.NONE);
    }

    /** As {@link #load(List, LoadMode, ParsePolicy, ProgressListener, Cancellation)}, a staged load seen by {@code watcher}. */
    public synchronized List<LoadedSource> load(List<RdfInput> inputs, LoadMode mode, ParsePolicy policy,
                                                ProgressListener progress, Cancellation cancellation,
                                                LoadWatcher watcher) throws DataLoadException {
        if (mode == LoadMode.ADD && addsInPlace(inputs, statistics.triples)) {
            return addInPlace(inputs, policy, progress, cancellation);
        }
        return loadStaged(inputs, mode, policy, progress, cancellation, watcher);
    }

    /**
     * Whether an addition goes into the database in one write transaction rather than a staged rebuild (ADR 34):
     * when the inputs hold, at most (estimated from their size on disk, {@value #BYTES_PER_TRIPLE} bytes a triple,
     * gzip {@value #GZIP_RATIO} times as many) no more triples than the database holds ({@value #IN_PLACE_SHARE} times
     * its triples) and no more than {@value #IN_PLACE_MAX} (they are parsed into memory first). Inputs of unknown size are staged.
     */
    public static boolean addsInPlace(List<RdfInput> inputs, long databaseTriples) {
        if (databaseTriples == 0) {
            return false;
        }
        double estimate = 0;
        for (RdfInput input : inputs) {
            if (input.size() < 0) {
                return false;
            }
            estimate += (double) input.size() * (input.gzip() ? GZIP_RATIO : 1) / BYTES_PER_TRIPLE;
        }
        return estimate <= IN_PLACE_MAX && estimate <= IN_PLACE_SHARE * databaseTriples;
    }

    /**
     * Adds the inputs in one TDB2 write transaction: every input is parsed first (into memory: {@link #addsInPlace}
     * keeps them small), then each triple new to the database is counted into the kept statistics and added. The
     * statistics file is removed before the commit and written again after it, so a crash in between leaves no file
     * (counted afresh at the next open) and never figures of another state; a failure or cancel aborts the
     * transaction and the database is as it was.
     */
    private List<LoadedSource> addInPlace(List<RdfInput> inputs, ParsePolicy policy, ProgressListener progress,
                                          Cancellation cancellation) throws DataLoadException {
        List<ParsedSource> parsed = new ArrayList<>();
        for (RdfInput input : inputs) {
            progress.progress(-1, -1, "Reading " + input.name());
            parsed.add(SourceParser.parse(input, policy, n -> { }, cancellation));
        }
        cancellation.throwIfCancelled();
        List<LoadedSource> added = new ArrayList<>();
        parsed.forEach(p -> added.add(p.describe()));
        Statistics next = statistics.copy();
        next.sources.addAll(added);
        DatasetGraph area = ((DatasetGraphSwitchable) data).get();
        Path statsFile = dir().resolve(STATS_FILE);
        Addition.Recorder changes = new Addition.Recorder();
        String before = generation();
        boolean committed = false;
        area.begin(TxnType.WRITE);
        try {
            long n = 0;
            Node type = RDF.type.asNode();
            for (ParsedSource p : parsed) {
                for (Map.Entry<Node, List<Triple>> e : p.data().graphs().entrySet()) {
                    Node graph = e.getKey();
                    if (!Quad.isDefaultGraph(graph)) {
                        next.graphNames.add(NodeFmtLib.strNT(graph));
                    }
                    for (Triple t : e.getValue()) {
                        if (!area.contains(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject())) {
                            next.countNew(t, type);
                            changes.added(t);
                        }
                        area.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
                        if (++n % TICK == 0) {
                            cancellation.throwIfCancelled();
                            progress.progress(n, -1, p.input().name());
                        }
                    }
                }
                p.data().prefixes().forEach((prefix, iri) -> area.prefixes().add(prefix, iri));
            }
            cancellation.throwIfCancelled();
            progress.progress(-1, -1, ProgressListener.COMMITTING);
            Files.deleteIfExists(statsFile);
            area.commit();
            committed = true;
        } catch (IOException e) {
            throw new DataLoadException(folder.toString(), "could not be updated (" + RdfInputs.describe(e) + ")");
        } finally {
            if (!committed) {
                area.abort();
            }
            area.end();
            if (committed) {
                statistics = next;
                rdfsSetup = null;
            }
            // the figures of the state the database is in now: the new one, or the old one after an abort
            saveStatistics();
            if (committed) {
                lastAddition = changes.done(before, generation());
            }
        }
        return added;
    }

    private List<LoadedSource> loadStaged(List<RdfInput> inputs, LoadMode mode, ParsePolicy policy,
                                          ProgressListener progress, Cancellation cancellation, LoadWatcher watcher)
            throws DataLoadException {
        Path dir = dir();
        Path current;
        try {
            List<Path> areas = storageAreas(dir);
            current = areas.get(areas.size() - 1);
        } catch (Unavailable e) {
            throw new DataLoadException(folder.toString(), e.getMessage());
        }
        Path next = dir.resolve(String.format("Data-%04d", number(current) + 1));
        Path staging = dir.resolve(next.getFileName() + "-tmp");
        Location stagingLocation;
        try {
            deleteTree(staging);
            Files.createDirectory(staging);
            stagingLocation = Location.create(staging);
        } catch (IOException e) {
            throw new DataLoadException(folder.toString(), "cannot write in the database folder (" + RdfInputs.describe(e) + ")");
        }
        boolean swapped = false;
        try {
            DatasetGraph target = StoreConnection.connectCreate(stagingLocation).getDatasetGraph();
            Counting stream = new Counting(progress);
            List<LoadedSource> added = stage(target, inputs, mode, policy, stream, cancellation, watcher);
            cancellation.throwIfCancelled();
            progress.progress(-1, -1, ProgressListener.COUNTING);
            Statistics counted = Txn.calculateRead(target, () -> stream.statistics(target,
                    mode == LoadMode.REPLACE ? added : concat(statistics.sources, added)));
            StoreConnection.internalExpel(stagingLocation, true);
            cancellation.throwIfCancelled();
            swap(staging, next, current, counted);
            swapped = true;
            return added;
        } finally {
            if (!swapped) {
                StoreConnection.internalExpel(stagingLocation, true);
                try {
                    deleteTree(staging);
                } catch (IOException e) {
                    // TDB2 removes a Data-NNNN-tmp folder the next time it opens the database
                }
            }
        }
    }

    private List<LoadedSource> stage(DatasetGraph target, List<RdfInput> inputs, LoadMode mode, ParsePolicy policy,
                                     Counting stream, Cancellation cancellation, LoadWatcher watcher)
            throws DataLoadException {
        DataLoader loader = LoaderFactory.phasedLoader(target, QUIET);
        watcher.staged();
        stream.into(watcher == LoadWatcher.NONE ? loader.stream() : new Watched(loader.stream(), watcher));
        List<LoadedSource> added = new ArrayList<>();
        loader.startBulk();
        boolean finished = false;
        try {
            if (mode == LoadMode.ADD) {
                stream.file = "the database";
                copyInto(stream, cancellation);
            }
            for (RdfInput input : inputs) {
                stream.file = input.name();
                long before = stream.statements;
                TitleWatch titles = new TitleWatch(stream);
                LongConsumer bytes = n -> { };
                Lang lang = SourceParser.parseInto(input, policy, bytes, cancellation, titles);
                // The loader writes prefixes in the thread that started it (TDB2's transactions are per thread),
                // and parsing runs in its own thread: the prefixes go in here, after the input.
                titles.prefixes.forEach(stream::prefix);
                added.add(new LoadedSource(input.name(), input.location(), lang == null ? "empty" : lang.getLabel(),
                        stream.statements - before, SourceTitles.of(titles.seen), SourceTitles.spanish(titles.seen)));
            }
            cancellation.throwIfCancelled();
            stream.file = "indexes";
            loader.finishBulk();
            finished = true;
            return added;
        } finally {
            if (!finished) {
                endPipeline(loader);
            }
        }
    }

    /**
     * Ends a bulk load that failed or was cancelled by finishing it with what it was given, so that its threads
     * end before the staged area is let go. {@code finishException} only leaves the loader's exclusive mode: its
     * threads, still waiting for data (or not started yet, after a quick cancel), began their transactions on the
     * closed area and failed there with a NullPointerException in their own threads. The staged area is thrown
     * away after, so what the finish commits is never seen; it costs the indexing of what was sent so far.
     */
    private static void endPipeline(DataLoader loader) {
        try {
            loader.finishBulk();
        } catch (RuntimeException e) {
            LOG.warn("the cancelled bulk load did not finish cleanly", e);
        }
    }

    /** Sends the current data into the staged database: prefixes, the default graph, the named graphs. */
    private void copyInto(StreamRDF stream, Cancellation cancellation) {
        read(dsg -> {
            dsg.prefixes().forEach(stream::prefix);
            Iterator<Quad> quads = dsg.find();
            long n = 0;
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (q.isDefaultGraph()) {
                    stream.triple(q.asTriple());
                } else {
                    stream.quad(q);
                }
                if (++n % TICK == 0) {
                    cancellation.throwIfCancelled();
                }
            }
            return null;
        });
    }

    /**
     * Makes the staged area the database, as TDB2's own compaction switches storage areas: the statistics file first
     * (naming the new area, so a crash before the rename leaves a file that names no current area, which open()
     * recounts), then one rename of the staged area to the next number (TDB2 opens the highest-numbered area), then
     * the open database switches to it while this process keeps holding the database folder's lock (no other
     * program can open the folder in between); the old area is released once its readers have finished, and
     * deleted.
     */
    private void swap(Path staging, Path next, Path current, Statistics counted) throws DataLoadException {
        Path dir = dir();
        DatasetGraphSwitchable container = (DatasetGraphSwitchable) data;
        DatasetGraphTDB old = (DatasetGraphTDB) container.get();
        TransactionCoordinator oldTxns = old.getTxnSystem().getTxnMgr();
        try {
            counted.storage = next.getFileName().toString();
            counted.write(dir.resolve(STATS_FILE));
            container.execReadOnlyDatabase(() -> {
                try {
                    Files.move(staging, next, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                DatasetGraphTDB fresh = StoreConnection.connectCreate(Location.create(next)).getDatasetGraphTDB();
                TransactionCoordinator freshTxns = fresh.getTxnSystem().getTxnMgr();
                freshTxns.execExclusive(() -> {
                    freshTxns.takeOverFrom(oldTxns);
                    freshTxns.modifyConfigDirect(() -> oldTxns.listExternals().forEach(freshTxns::addExternal));
                    if (!container.change(old, fresh)) {
                        container.set(fresh);
                    }
                });
            });
            statistics = counted;
            rdfsSetup = null;
            lastAddition = null;
        } catch (IOException | UncheckedIOException e) {
            throw new DataLoadException(folder.toString(), "could not be updated (" + RdfInputs.describe(
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e) + ")");
        }
        // Waits for the old area's last readers, then closes its files.
        oldTxns.startExclusiveMode();
        StoreConnection.release(old.getLocation());
        try {
            deleteTree(current);
        } catch (IOException e) {
            // an older area is never opened again (TDB2 opens the highest-numbered one); compact removes it
        }
    }

    private void saveStatistics() {
        try {
            Path dir = dir();
            List<Path> areas = storageAreas(dir);
            statistics.storage = areas.isEmpty() ? "" : areas.get(areas.size() - 1).getFileName().toString();
            statistics.write(dir.resolve(STATS_FILE));
        } catch (IOException | Unavailable e) {
            // a read-only folder: the counts are made again at the next open
        }
    }

    private static List<LoadedSource> concat(List<LoadedSource> a, List<LoadedSource> b) {
        List<LoadedSource> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Compacts the database (TDB2's compaction into the next storage area, the old one deleted). */
    public synchronized void compact() {
        DatabaseMgr.compact(data, true);
        saveStatistics();
    }

    /** Bytes the database folder takes on disk. */
    public long sizeOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(dir())) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Writes every quad as N-Quads (the default graph's triples as triples). */
    public void dump(OutputStream out) {
        read(dsg -> {
            RDFDataMgr.write(out, dsg, Lang.NQUADS);
            return null;
        });
    }

    @Override
    public long tripleCount() {
        return statistics.triples;
    }

    @Override
    public int namedGraphCount() {
        return statistics.graphNames.size();
    }

    /** The counts kept at load time, labelled in {@code languages} from the data. */
    @Override
    public DataSummary summary(List<String> languages) {
        Statistics s = statistics;
        return read(dsg -> s.summary(Datasets.everything(dsg), languages));
    }

    @Override
    public QueryExecution execution(Query query, boolean rdfs, Context context, long timeoutMillis) {
        // Without named graphs the database itself, so TDB2's own query engine runs; with them the union view of
        // cli.md (TDB2's unionDefaultGraph setting leaves the stored default graph out of its union).
        DatasetGraph current = readingArea();
        DatasetGraph target = statistics.graphNames.isEmpty() ? current : new UnionDefaultGraph(current);
        if (rdfs) {
            target = RDFSFactory.datasetRDFS(target, rdfsSetup());
        }
        return LocalStore.executionOver(target, query, context, timeoutMillis);
    }

    /** RDFS over the database: its vocabulary read from the database itself (in a read transaction), not copied. */
    private SetupRDFS rdfsSetup() {
        SetupRDFS setup = rdfsSetup;
        if (setup == null) {
            setup = read(dsg -> RDFSFactory.setupRDFS(Datasets.everything(dsg)));
            rdfsSetup = setup;
        }
        return setup;
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        DatasetGraph open = reading.get();
        if (open != null) {
            return action.apply(open);
        }
        // The storage area itself, not the switchable container: a load may switch the container to a new area
        // during this read, and the read's transaction must begin, run and end on the area it began on.
        DatasetGraph dsg = ((DatasetGraphSwitchable) data).get();
        reading.set(dsg);
        try {
            return Txn.calculateRead(dsg, () -> action.apply(dsg));
        } finally {
            reading.remove();
        }
    }

    /** The storage area the current thread's read runs on, or the current one outside a read. */
    private DatasetGraph readingArea() {
        DatasetGraph open = reading.get();
        return open != null ? open : ((DatasetGraphSwitchable) data).get();
    }

    /** Releases the database (its files and TDB2's lock). */
    @Override
    public synchronized void close() {
        if (data != null) {
            TDBInternal.expel(data);
            data = null;
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }

    /** Hands what goes into the loader to a {@link LoadWatcher} too. */
    private static final class Watched extends StreamRDFWrapper {
        private final LoadWatcher watcher;

        Watched(StreamRDF out, LoadWatcher watcher) {
            super(out);
            this.watcher = watcher;
        }

        @Override
        public void triple(Triple triple) {
            super.triple(triple);
            watcher.statement(triple);
        }

        @Override
        public void quad(Quad quad) {
            super.quad(quad);
            watcher.statement(quad.asTriple());
        }
    }

    /**
     * Counts what goes into the loader, by property and by class, and tells {@code progress} now and then. When every
     * statement was a triple and the loaded area holds as many as went in (no repeats), these are the counts that
     * {@code stats} reports, without reading the data back (ADR 38: a fresh count took 45 s at 10 M triples).
     */
    private static final class Counting implements StreamRDF {
        private static final Node TYPE = RDF.type.asNode();
        private final ProgressListener progress;
        private final Map<Node, long[]> properties = new HashMap<>();
        private final Map<Node, long[]> classes = new HashMap<>();
        private StreamRDF out;
        long statements;
        long quads;
        volatile String file = "";

        Counting(ProgressListener progress) {
            this.progress = progress;
        }

        /** Where what is counted goes: the loader. */
        void into(StreamRDF loader) {
            this.out = loader;
        }

        @Override
        public void start() {
            out.start();
        }

        @Override
        public void finish() {
            out.finish();
        }

        @Override
        public void base(String base) {
            out.base(base);
        }

        @Override
        public void prefix(String prefix, String iri) {
            out.prefix(prefix, iri);
        }

        @Override
        public void version(String version) {
            out.version(version);
        }

        @Override
        public void triple(Triple triple) {
            out.triple(triple);
            properties.computeIfAbsent(triple.getPredicate(), k -> new long[1])[0]++;
            if (triple.getPredicate().equals(TYPE)) {
                classes.computeIfAbsent(triple.getObject(), k -> new long[1])[0]++;
            }
            tick();
        }

        @Override
        public void quad(Quad quad) {
            out.quad(quad);
            quads++;
            tick();
        }

        /**
         * The statistics of the loaded area {@code dsg} (inside a read transaction) from what was counted going in, when
         * that is exact: only triples went in, and the area holds each once; else counted from the data.
         */
        Statistics statistics(DatasetGraph dsg, List<LoadedSource> sources) {
            if (quads > 0 || dsg.listGraphNodes().hasNext()
                    || TDBInternal.getDatasetGraphTDB(dsg).getTripleTable().getNodeTupleTable().size() != statements) {
                return Statistics.count(dsg, sources);
            }
            Statistics s = new Statistics();
            s.sources.addAll(sources);
            s.triples = statements;
            classes.forEach((c, n) -> s.classes.put(NodeFmtLib.strNT(c), n[0]));
            properties.forEach((p, n) -> s.properties.put(NodeFmtLib.strNT(p), n[0]));
            return s;
        }

        private void tick() {
            if (++statements % TICK == 0) {
                progress.progress(statements, -1, file);
            }
        }
    }

    /** Keeps the few triples that may give an input its title (see {@link SourceTitles}), and holds back its prefixes. */
    private static final class TitleWatch extends StreamRDFWrapper {
        final List<Triple> seen = new ArrayList<>();
        final Map<String, String> prefixes = new java.util.LinkedHashMap<>();

        TitleWatch(StreamRDF out) {
            super(out);
        }

        @Override
        public void triple(Triple triple) {
            keep(triple);
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            keep(quad.asTriple());
            super.quad(quad);
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.put(prefix, iri);
        }

        private void keep(Triple t) {
            if (seen.size() < 10_000 && SourceTitles.mayMatter(t)) {
                seen.add(t);
            }
        }
    }

    /**
     * The counts {@code stats} reports, as a tab-separated file: {@code storage AREA}, {@code triples N},
     * {@code graph TERM}, {@code class TERM N}, {@code property TERM N}, {@code source NAME LOCATION SYNTAX N TITLE}
     * (terms in N-Triples form).
     */
    static final class Statistics {
        String storage = "";
        long triples;
        final Set<String> graphNames = new LinkedHashSet<>();
        final Map<String, Long> classes = new HashMap<>();
        final Map<String, Long> properties = new HashMap<>();
        final List<LoadedSource> sources = new ArrayList<>();

        /** A copy to change (an addition counts into it, and it replaces this one when the addition commits). */
        Statistics copy() {
            Statistics s = new Statistics();
            s.storage = storage;
            s.triples = triples;
            s.graphNames.addAll(graphNames);
            s.classes.putAll(classes);
            s.properties.putAll(properties);
            s.sources.addAll(sources);
            return s;
        }

        /** Counts a triple new to the database (in no graph of it yet). */
        void countNew(Triple t, Node type) {
            triples++;
            properties.merge(NodeFmtLib.strNT(t.getPredicate()), 1L, Long::sum);
            if (t.getPredicate().equals(type)) {
                classes.merge(NodeFmtLib.strNT(t.getObject()), 1L, Long::sum);
            }
        }

        /** Counts the data afresh (inside a read transaction): the default graph and every named graph, each triple once. */
        static Statistics count(DatasetGraph dsg, List<LoadedSource> sources) {
            Statistics s = new Statistics();
            s.sources.addAll(sources);
            Node type = RDF.type.asNode();
            Map<Node, Long> classes = new HashMap<>();
            Map<Node, Long> properties = new HashMap<>();
            for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext(); ) {
                s.graphNames.add(NodeFmtLib.strNT(names.next()));
            }
            Graph dft = dsg.getDefaultGraph();
            ExtendedIterator<Triple> all = dft.find();
            if (!s.graphNames.isEmpty()) {
                all = all.andThen(dsg.getUnionGraph().find().filterDrop(dft::contains));
            }
            try {
                while (all.hasNext()) {
                    Triple t = all.next();
                    s.triples++;
                    properties.merge(t.getPredicate(), 1L, Long::sum);
                    if (t.getPredicate().equals(type)) {
                        classes.merge(t.getObject(), 1L, Long::sum);
                    }
                }
            } finally {
                all.close();
            }
            classes.forEach((c, n) -> s.classes.put(NodeFmtLib.strNT(c), n));
            properties.forEach((p, n) -> s.properties.put(NodeFmtLib.strNT(p), n));
            return s;
        }

        DataSummary summary(Graph labelsFrom, List<String> languages) {
            var labels = new org.kgexplorer.core.labels.LabelResolver(labelsFrom, languages);
            Comparator<DataSummary.Usage> order = Comparator.comparingLong(DataSummary.Usage::count).reversed()
                    .thenComparing(DataSummary.Usage::iri);
            List<DataSummary.Usage> cs = new ArrayList<>();
            classes.forEach((c, n) -> cs.add(usage(parse(c), n, labels)));
            List<DataSummary.Usage> ps = new ArrayList<>();
            properties.forEach((p, n) -> ps.add(usage(parse(p), n, labels)));
            cs.sort(order);
            ps.sort(order);
            return new DataSummary(triples, graphNames.size(), cs, ps);
        }

        private static DataSummary.Usage usage(Node node, long count, org.kgexplorer.core.labels.LabelResolver labels) {
            String iri = node.isURI() ? node.getURI() : node.toString();
            return new DataSummary.Usage(iri, labels.labelOrName(node), count);
        }

        static Node parse(String term) {
            if (term.startsWith("_:")) {
                return NodeFactory.createBlankNode(term.substring(2));
            }
            return NodeFactoryExtra.parseNode(term);
        }

        void write(Path file) throws IOException {
            StringBuilder text = new StringBuilder();
            text.append("storage\t").append(storage).append('\n');
            text.append("triples\t").append(triples).append('\n');
            graphNames.forEach(g -> text.append("graph\t").append(g).append('\n'));
            classes.forEach((c, n) -> text.append("class\t").append(c).append('\t').append(n).append('\n'));
            properties.forEach((p, n) -> text.append("property\t").append(p).append('\t').append(n).append('\n'));
            for (LoadedSource src : sources) {
                text.append("source\t").append(field(src.name())).append('\t').append(field(src.location())).append('\t')
                        .append(field(src.syntax())).append('\t').append(src.triples()).append('\t')
                        .append(field(src.title())).append('\t').append(field(src.titleEs())).append('\n');
            }
            Path part = file.resolveSibling("." + file.getFileName() + ".part");
            Files.writeString(part, text, StandardCharsets.UTF_8);
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        private static String field(String s) {
            return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }

        /** The file's counts, or null when it is missing or describes another storage area than the current one. */
        static Statistics read(Path file) throws IOException {
            if (!Files.exists(file)) {
                return null;
            }
            Statistics s = new Statistics();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "storage" -> s.storage = f[1];
                    case "triples" -> s.triples = Long.parseLong(f[1]);
                    case "graph" -> s.graphNames.add(f[1]);
                    case "class" -> s.classes.put(f[1], Long.parseLong(f[2]));
                    case "property" -> s.properties.put(f[1], Long.parseLong(f[2]));
                    // (a file kept before sources had a Spanish title has no seventh field)
                    case "source" -> s.sources.add(new LoadedSource(f[1], f[2], f[3], Long.parseLong(f[4]), f[5],
                            f.length > 6 ? f[6] : ""));
                    default -> throw new IOException("unknown line in " + file + ": " + f[0]);
                }
            }
            Path current = storageOf(file.getParent());
            if (current == null || !current.getFileName().toString().equals(s.storage)) {
                return null;
            }
            return s;
        }

        private static Path storageOf(Path dir) {
            try {
                List<Path> areas = storageAreas(dir);
                return areas.isEmpty() ? null : areas.get(areas.size() - 1);
            } catch (Unavailable e) {
                return null;
            }
        }
    }
}
