package org.kgexplorer.core.explore;

import java.util.List;

/**
 * The facts of one predicate about an entity in one direction: what it points to (OUT) or what points to it
 * (IN).
 *
 * @param predicate the predicate
 * @param direction whether the entity is the subject (OUT) or the object (IN)
 * @param facts     the facts, sorted by the other end's name, at most {@link EntityDetailsReader#MAX_FACTS_PER_GROUP}
 * @param total     how many facts there are in all (more than {@code facts.size()} when capped)
 */
public record PropertyGroup(Term predicate, Direction direction, List<Fact> facts, int total) {

    /** Which end of the facts the entity is. */
    public enum Direction {
        OUT,
        IN
    }

    /** The other end of a fact of this group. */
    public Term other(Fact fact) {
        return direction == Direction.OUT ? fact.object() : fact.subject();
    }
}
