package org.kgexplorer.core.explore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

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
        String generation = db.generation();
        Path folder = entityIndexFolder(db);
        Optional<StoredEntityIndex> kept = StoredEntityIndex.open(folder, generation);
        if (kept.isPresent()) {
            return kept.get();
        }
        EntityIndex built = EntityIndex.build(db, progress, cancellation);
        try {
            return StoredEntityIndex.build(folder, generation, built, cancellation);
        } catch (IOException e) {
            LOG.warn("The search index could not be kept in {}: {}", folder, e.getMessage());
            return built;
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
        if (store instanceof RemoteStore remote) {
            return org.kgexplorer.core.remote.RemoteClassTree.build(remote, cancellation);
        }
        if (!(store instanceof TdbStore db)) {
            return ClassTree.build(store, cancellation);
        }
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
        return tree;
    }
}
