package org.kgexplorer.core.query.completion;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kgexplorer.core.explore.DatabaseIndexes;
import org.kgexplorer.core.store.Addition;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editor's completion index of a database, kept in its folder beside the search index ({@code kgx-index/
 * completion.bin}, ADR 36): made from the data once, read back at the next open, and brought up to date after an
 * addition in one write transaction instead of being made again from every triple.
 */
public final class KeptCompletion {
    private static final Logger LOG = LoggerFactory.getLogger(KeptCompletion.class);
    private static final String FORMAT = "kgx-completion 1";

    private KeptCompletion() {
    }

    /** Where a database's completion index is kept. */
    public static Path file(TdbStore db) {
        return db.folder().toAbsolutePath().normalize().resolve(DatabaseIndexes.FOLDER).resolve("completion.bin");
    }

    /**
     * The completion index of the store: for a database, the kept one when it is of the data's generation (brought up
     * to date first after this program's own addition), else one made now from the data and kept; in memory, made.
     */
    public static CompletionIndex of(KnowledgeStore store, ProgressListener progress, Cancellation cancellation) {
        if (!(store instanceof TdbStore db)) {
            return CompletionIndex.build(store, progress, cancellation);
        }
        catchUp(db, cancellation);
        Optional<CompletionIndex> kept = read(file(db), db.generation());
        if (kept.isPresent()) {
            return kept.get();
        }
        CompletionIndex made = CompletionIndex.build(db, progress, cancellation);
        keep(made, file(db), db.generation());
        return made;
    }

    /**
     * Makes the kept index ready for the data as it is now: brought up to date after this program's addition in one
     * write transaction, else made from the data and kept when the kept one is of another generation or missing (a
     * staged load). {@code load --store} calls it after every load (ADR 38).
     */
    public static void keepUpToDate(TdbStore db, ProgressListener progress, Cancellation cancellation) {
        catchUp(db, cancellation);
        if (!isOf(file(db), db.generation())) {
            keep(CompletionIndex.build(db, progress, cancellation), file(db), db.generation());
        }
    }

    /**
     * As {@link #keepUpToDate(TdbStore, ProgressListener, Cancellation)}, after a load that {@code watched}: when it
     * was staged and all of its data was gathered while it was parsed, the index is made from that rather than read
     * back from the database (ADR 38).
     */
    public static void keepUpToDate(TdbStore db, Watcher watched, ProgressListener progress, Cancellation cancellation) {
        if (watched.collector == null) {
            keepUpToDate(db, progress, cancellation);
            return;
        }
        progress.progress(-1, -1, ProgressListener.COMPLETION);
        cancellation.throwIfCancelled();
        keep(watched.collector.finish(db.prefixes()), file(db), db.generation());
    }

    /**
     * Gathers the completion index's material from a staged load's statements as they are parsed (ADR 38); it lets
     * go of it, and the index is read from the database after the load, when it would take more than a quarter of the
     * heap.
     */
    public static final class Watcher implements org.kgexplorer.core.store.LoadWatcher {
        /** About what one resource or name gathered costs in the heap, in bytes (its node and text are shared). */
        private static final long BYTES_EACH = 80;
        private final long budget = Runtime.getRuntime().maxMemory() / 4;
        private CompletionIndex.Collector collector;
        private long seen;

        @Override
        public void staged() {
            collector = new CompletionIndex.Collector();
            seen = 0;
        }

        @Override
        public void statement(org.apache.jena.graph.Triple t) {
            if (collector == null) {
                return;
            }
            collector.accept(t);
            if ((++seen & 0xFFFF) == 0 && collector.size() * BYTES_EACH > budget) {
                LOG.info("The load's data is too large to gather its completion index while it is read: it is read back after");
                collector = null;
            }
        }
    }

    /** Whether {@code file} holds an index of this format made from data of {@code generation} (its header only). */
    static boolean isOf(Path file, String generation) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 12))) {
            return FORMAT.equals(in.readUTF()) && generation.equals(in.readUTF());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Brings the kept index from the generation before this program's last addition in one write transaction to the
     * one after it ({@link TdbStore#lastAddition}): an index of every triple of the new triples' subjects, of the new
     * {@code rdf:type} triples, and of each new triple's property, is merged into it. Nothing happens when there is no such
     * addition or the kept index is of another generation (it is then made again when next asked).
     */
    public static void catchUp(TdbStore db, Cancellation cancellation) {
        Optional<Addition> last = db.lastAddition();
        if (last.isEmpty() || last.get().before().equals(last.get().after())) {
            return;
        }
        Addition a = last.get();
        Path file = file(db);
        Optional<CompletionIndex> kept = read(file, a.before());
        if (kept.isEmpty()) {
            return;
        }
        Graph changed = db.readGraph(all -> {
            Graph g = GraphFactory.createGraphMem();
            for (Node s : a.subjects()) {
                cancellation.throwIfCancelled();
                all.find(s, Node.ANY, Node.ANY).forEachRemaining(g::add);
            }
            // a new property used only by blank subjects is a property too; a blank subject names nothing
            for (Node p : a.predicates()) {
                g.add(Triple.create(NodeFactory.createBlankNode(), p, NodeFactory.createBlankNode()));
            }
            for (Triple t : a.types()) {
                g.add(t);
            }
            return g;
        });
        CompletionIndex more = CompletionIndex.build(changed, java.util.Map.of(), ProgressListener.silent(), cancellation);
        keep(kept.get().with(more, db.prefixes()), file, a.after());
        LOG.info("The completion index in {} was brought up to date: {} subjects", file, a.subjects().size());
    }

    /** The index kept in {@code file} if it was made from data of {@code generation}. */
    public static Optional<CompletionIndex> read(Path file, String generation) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!FORMAT.equals(in.readUTF()) || !generation.equals(in.readUTF())) {
                return Optional.empty();
            }
            return Optional.of(CompletionIndex.read(in));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The kept completion index {} cannot be read, it is made again: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes the index as the kept one of {@code generation}, beside the old one and moved into its place. */
    static void keep(CompletionIndex index, Path file, String generation) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".completion", ".tmp");
            try {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                    out.writeUTF(FORMAT);
                    out.writeUTF(generation);
                    index.write(out);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            LOG.warn("The completion index could not be kept in {}: {}", file, e.getMessage());
        }
    }
}
