package org.kgexplorer.core.explore;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.store.Addition;

import org.kgexplorer.core.remote.RemoteEntitySearch;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is expensive to compute from a large database and is therefore kept in its folder, beside TDB2's own files
 * ({@value #FOLDER}/), made again when the data's {@linkplain TdbStore#generation() generation} has changed since
 * (ADR 36): the entity search index, and the class tree with its counts. An endpoint's are asked of it as they are
 * needed (ADR 41).
 */
public final class DatabaseIndexes {
    /** The subfolder of a database folder that holds the indexes. */
    public static final String FOLDER = "kgx-index";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseIndexes.class);

    private DatabaseIndexes() {
    }

    /** Where a database's entity search index is kept. */
    public static Path entityIndexFolder(TdbStore db) {
        return db.folder().toAbsolutePath().normalize().resolve(FOLDER).resolve("entities");
    }

    /**
     * The entity search of the store: for a database, its kept index when it is of the data's generation, else one
     * made now from the data and kept (when the folder cannot be written, the one made is used from memory); for
     * data in memory, an index in memory.
     */
    public static EntitySearch entitySearch(KnowledgeStore store, ProgressListener progress, Cancellation cancellation) {
        if (store instanceof RemoteStore remote) {
            // an endpoint is never read whole: each search is one query (ADR 41)
            return new RemoteEntitySearch(remote);
        }
        if (!(store instanceof TdbStore db)) {
            return EntityIndex.build(store, progress, cancellation);
        }
        catchUpEntities(db, cancellation);
        String generation = db.generation();
        Path folder = entityIndexFolder(db);
        Optional<StoredEntityIndex> kept = StoredEntityIndex.open(folder, generation);
        if (kept.isPresent()) {
            return kept.get();
        }
        EntityIndexBuilder made = db.readGraph(all -> EntityIndexBuilder.read(all, progress, cancellation));
        return keepEntities(db, made, cancellation);
    }

    /**
     * Writes the search index made from {@code made} as the kept one of the data's generation, and opens it; when the
     * folder cannot be written, the index is used from memory.
     */
    private static EntitySearch keepEntities(TdbStore db, EntityIndexBuilder made, Cancellation cancellation) {
        Path folder = entityIndexFolder(db);
        try {
            // only the kept index is made: the index in memory would sort every word start first (ADR 38)
            return StoredEntityIndex.build(folder, db.generation(), db.readGraph(made::entries), cancellation);
        } catch (IOException e) {
            LOG.warn("The search index could not be kept in {}: {}", folder, e.getMessage());
            return db.readGraph(all -> EntityIndex.of(made, all));
        }
    }

    /** Where a database's class tree is kept. */
    public static Path classTreeFile(TdbStore db) {
        return db.folder().toAbsolutePath().normalize().resolve(FOLDER).resolve("classes.tsv");
    }

    /**
     * The class tree of the store with its counts: for a database, the kept one when it is of the data's generation
     * (its instances are then read from the database when asked), else one built now and kept; in memory, built.
     */
    public static ClassTree classTree(KnowledgeStore store, Cancellation cancellation) {
        return counted(store, shownFirst(store, cancellation), cancellation);
    }

    /** The tree with its counts made, when {@link #shownFirst} left them to make (an endpoint's); else as it is. */
    public static ClassTree counted(KnowledgeStore store, ClassTree tree, Cancellation cancellation) {
        return store instanceof RemoteStore remote && tree.counting()
                ? org.kgexplorer.core.remote.RemoteClassTree.counted(remote, tree, cancellation) : tree;
    }

    /**
     * The class tree as it can be shown first: an endpoint's with its counts still to make ({@link
     * ClassTree#counting()}, ADR 41), any other store's counted.
     */
    public static ClassTree shownFirst(KnowledgeStore store, Cancellation cancellation) {
        if (store instanceof RemoteStore remote) {
            return org.kgexplorer.core.remote.RemoteClassTree.build(remote, cancellation);
        }
        if (!(store instanceof TdbStore db)) {
            return ClassTree.build(store, cancellation);
        }
        catchUpClassTree(db, cancellation);
        String generation = db.generation();
        Path file = classTreeFile(db);
        if (Files.isRegularFile(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Optional<ClassTree> kept = ClassTree.read(in, generation, db);
                if (kept.isPresent()) {
                    return kept.get();
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("The kept class tree {} cannot be read, it is made again: {}", file, e.getMessage());
            }
        }
        ClassTree tree = ClassTree.build(db, cancellation);
        keep(tree, file, generation);
        return tree;
    }

    /** Writes the tree as the kept one of {@code generation}, beside the old one and moved into its place. */
    private static void keep(ClassTree tree, Path file, String generation) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".classes", ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    tree.write(out, generation);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            LOG.warn("The class tree could not be kept in {}: {}", file, e.getMessage());
        }
    }

    /**
     * Brings what is kept in the database's folder up to date after this program's last addition in one write
     * transaction ({@link TdbStore#lastAddition}), when it was made from the data just before that addition: the
     * search index entity by entity, the class tree's counts when the addition declared, renamed or placed no
     * class. What cannot be brought up to date is made again from the data when next asked. {@code load --store}
     * calls it after adding, so the window opens the database with its indexes ready.
     */
    public static void catchUp(TdbStore db, Cancellation cancellation) {
        catchUpEntities(db, cancellation);
        catchUpClassTree(db, cancellation);
    }

    /**
     * Makes what the window keeps in the database's folder ready for the data as it is now: brought up to date after
     * this program's addition in one write transaction ({@link #catchUp}), else, when the kept search index or class
     * tree is of another generation or missing (a staged load: a first load, {@code --replace}, a large addition),
     * made from the data and kept. {@code load --store} calls it after every load, so the window opens any database
     * that the command line has loaded with its indexes ready, as it does after its own load (ADR 38).
     */
    public static void keepUpToDate(TdbStore db, ProgressListener progress, Cancellation cancellation) {
        closeKept(db, entitySearch(db, progress, cancellation));
        progress.progress(-1, -1, ProgressListener.CLASS_TREE);
        classTree(db, cancellation);
    }

    /**
     * As {@link #keepUpToDate(TdbStore, ProgressListener, Cancellation)}, after a load that {@code watched}: when it
     * was staged and all of its data was gathered while it was parsed, the search index and the class tree are made
     * from that rather than read back from the database (ADR 38).
     */
    public static void keepUpToDate(TdbStore db, Watcher watched, ProgressListener progress, Cancellation cancellation) {
        if (!watched.complete()) {
            keepUpToDate(db, progress, cancellation);
            return;
        }
        progress.progress(-1, -1, ProgressListener.SEARCH_INDEX);
        EntityIndexBuilder made = watched.entities.finish();
        closeKept(db, keepEntities(db, made, cancellation));
        progress.progress(-1, -1, ProgressListener.CLASS_TREE);
        ClassTree tree = db.readGraph(all -> watched.classes.finish(all, cancellation));
        keep(tree, classTreeFile(db), db.generation());
    }

    /** Lets go of a search index made only to be kept (its files close). */
    private static void closeKept(TdbStore db, EntitySearch search) {
        if (search instanceof Closeable kept) {
            try {
                kept.close();
            } catch (IOException e) {
                LOG.warn("The search index in {} could not be closed: {}", entityIndexFolder(db), e.getMessage());
            }
        }
    }

    /**
     * Gathers the search index's and the class tree's material from a staged load's statements as they are parsed
     * (ADR 38). It lets go of it all, and the indexes are then read from the database after the load as before, when
     * it would take more than a quarter of the heap.
     */
    public static final class Watcher implements org.kgexplorer.core.store.LoadWatcher {
        /**
         * About what one thing gathered costs in the heap, in bytes: an entity's node and IRI, a name's text and entry, a
         * typed resource's place in the class tree (measured at 10 M triples: 5.6 M things in about 700 MB).
         */
        private static final long BYTES_EACH = 130;
        private final long budget;
        private EntityIndexBuilder.Collector entities;
        private ClassTree.Collector classes;
        private long seen;
        private boolean given;

        public Watcher() {
            this(Runtime.getRuntime().maxMemory() / 4);
        }

        /** A watcher that lets go of what it gathered once that is estimated at more than {@code budget} bytes. */
        Watcher(long budget) {
            this.budget = budget;
        }

        @Override
        public void staged() {
            given = true;
            entities = new EntityIndexBuilder.Collector();
            classes = new ClassTree.Collector(false);
            seen = 0;
        }

        @Override
        public void statement(org.apache.jena.graph.Triple t) {
            if (entities == null) {
                return;
            }
            entities.accept(t);
            classes.accept(t);
            if ((++seen & 0xFFF) == 0 && (entities.size() + classes.size()) * BYTES_EACH > budget) {
                LOG.info("The load's data is too large to gather its search index while it is read: it is read back after");
                entities = null;
                classes = null;
            }
        }

        /** Whether a staged load was watched and everything it gave is still held. */
        boolean complete() {
            return given && entities != null;
        }
    }

    /** The most instances of a renamed class whose search entries are rewritten; more and the index is made again. */
    static final int MOST_RENAMED_INSTANCES = 100_000;

    private static void catchUpEntities(TdbStore db, Cancellation cancellation) {
        Optional<Addition> last = db.lastAddition();
        if (last.isEmpty() || last.get().before().equals(last.get().after())) {
            return;
        }
        Addition a = last.get();
        Path folder = entityIndexFolder(db);
        if (!Files.isDirectory(folder)) {
            return;
        }
        // Every entity whose documents change: the subjects of new triples and the classes newly used as types,
        // and, when a class got a new name, its instances (their documents carry their types' names).
        Set<Node> touched = new LinkedHashSet<>(a.subjects());
        // (a class typing only blank nodes is no entity of the index, as EntityIndexBuilder counts them)
        a.types().stream().filter(t -> t.getSubject().isURI()).forEach(t -> touched.add(t.getObject()));
        Graph names = db.readGraph(all -> {
            Node type = RDF.type.asNode();
            for (Node renamed : a.named()) {
                int n = 0;
                for (var it = all.find(Node.ANY, type, renamed); it.hasNext(); ) {
                    Node instance = it.next().getSubject();
                    if (instance.isURI()) {
                        touched.add(instance);
                        if (++n > MOST_RENAMED_INSTANCES) {
                            return null;
                        }
                    }
                }
            }
            return namesOf(all, touched, cancellation);
        });
        if (names == null) {
            return;
        }
        Set<String> iris = new HashSet<>();
        touched.forEach(n -> iris.add(n.getURI()));
        try {
            NameEntries from = EntityIndexBuilder.read(names, ProgressListener.silent(), cancellation).entries(names);
            if (StoredEntityIndex.update(folder, a.before(), a.after(), from, iris, cancellation)) {
                LOG.info("The search index in {} was brought up to date: {} entities", folder, iris.size());
            }
        } catch (IOException e) {
            LOG.warn("The search index in {} could not be brought up to date, it is made again: {}", folder, e.getMessage());
        }
    }

    /**
     * What an {@link EntityIndex} needs to name {@code entities} as an index of all the data would: one triple of each
     * (which makes it an entity), its types and names, and its types' names.
     */
    private static Graph namesOf(Graph all, Set<Node> entities, Cancellation cancellation) {
        Graph g = GraphFactory.createGraphMem();
        Node type = RDF.type.asNode();
        Set<Node> types = new HashSet<>();
        for (Node e : entities) {
            cancellation.throwIfCancelled();
            var any = all.find(e, Node.ANY, Node.ANY);
            try {
                if (any.hasNext()) {
                    g.add(any.next());
                }
            } finally {
                any.close();
            }
            all.find(e, type, Node.ANY).forEachRemaining(t -> {
                g.add(t);
                types.add(t.getObject());
            });
            copyNames(all, e, g);
        }
        types.removeAll(entities);
        types.forEach(t -> copyNames(all, t, g));
        return g;
    }

    private static void copyNames(Graph all, Node subject, Graph into) {
        for (Node p : LabelResolver.LABEL_PROPERTIES) {
            all.find(subject, p, Node.ANY).forEachRemaining(into::add);
        }
    }

    private static void catchUpClassTree(TdbStore db, Cancellation cancellation) {
        Optional<Addition> last = db.lastAddition();
        if (last.isEmpty() || last.get().before().equals(last.get().after()) || last.get().schema()) {
            return;
        }
        Addition a = last.get();
        Path file = classTreeFile(db);
        if (!Files.isRegularFile(file)) {
            return;
        }
        ClassTree kept;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Optional<ClassTree> read = ClassTree.read(in, a.before(), db);
            if (read.isEmpty()) {
                return;
            }
            kept = read.get();
        } catch (IOException | RuntimeException e) {
            return;
        }
        boolean renamed = a.named().stream().anyMatch(n -> kept.get(n.getURI()).isPresent());
        boolean newClass = a.types().stream().anyMatch(t -> kept.get(t.getObject().getURI()).isEmpty());
        if (renamed || newClass) {
            return;
        }
        // Each new rdf:type adds one to its class's own count; an instance adds one to the total of every class above
        // its new types that none of its earlier types was under already.
        Map<Node, List<String>> added = new LinkedHashMap<>();
        a.types().forEach(t -> added.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject().getURI()));
        Map<String, Integer> direct = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        db.readGraph(all -> {
            for (Map.Entry<Node, List<String>> e : added.entrySet()) {
                cancellation.throwIfCancelled();
                Set<String> earlier = new HashSet<>();
                all.find(e.getKey(), RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isURI() && !e.getValue().contains(t.getObject().getURI())) {
                        earlier.addAll(kept.ancestorsAndSelf(t.getObject().getURI()));
                    }
                });
                Set<String> above = new HashSet<>();
                for (String c : e.getValue()) {
                    direct.merge(c, 1, Integer::sum);
                    above.addAll(kept.ancestorsAndSelf(c));
                }
                above.removeAll(earlier);
                above.forEach(c -> total.merge(c, 1, Integer::sum));
            }
            return null;
        });
        keep(kept.withMoreInstances(direct, total), file, a.after());
        LOG.info("The class tree in {} was brought up to date: {} new instances", file, added.size());
    }
}
