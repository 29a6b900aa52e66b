package org.kgexplorer.core.explore;

import java.util.List;

import org.kgexplorer.core.task.Cancellation;

/**
 * Every name entry of an index, entity by entity, as a kept search index ({@link StoredEntityIndex}) is written
 * from: an {@link EntityIndex}, or what it is made from ({@link EntityIndexBuilder#entries}) when only the kept
 * index is wanted, which spares the sort of every word start that only the index in memory searches by (ADR 38).
 */
interface NameEntries {
    /** One name entry, with its folded text (what a query is matched to). */
    interface NameVisitor {
        void visit(String iri, Names names, List<Names> types, String text, String language, EntityMatch.Source source,
                   String folded);
    }

    int entityCount();

    int nameCount();

    /** Hands every name entry to {@code visitor}, entity by entity. */
    void forEachName(NameVisitor visitor, Cancellation cancellation);
}
