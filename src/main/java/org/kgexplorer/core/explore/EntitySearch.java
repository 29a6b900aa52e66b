package org.kgexplorer.core.explore;

import java.util.List;
import java.util.Optional;

/**
 * Type-ahead search over the names of every entity, as the search box asks it: in memory ({@link EntityIndex}) or
 * kept in a database's folder ({@link StoredEntityIndex}). Safe to query from any thread.
 */
public interface EntitySearch {
    /** The entities whose names match {@code query}, best first, one result per entity, at most {@code limit}. */
    List<EntityMatch> search(String query, int limit);

    /** The names of an indexed entity, if it is one. */
    Optional<Names> names(String iri);

    /** How many entities the index holds. */
    int entityCount();

    /** How many names (labels, alternative labels, local names) the index holds. */
    int nameCount();
}
