package org.kgexplorer.core.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is expensive to compute from a large database and is therefore kept in its folder, beside TDB2's own files
 * ({@value #FOLDER}/), made again when the data's {@linkplain TdbStore#generation() generation} has changed since
 * (ADR 36): today the entity search index.
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
}
