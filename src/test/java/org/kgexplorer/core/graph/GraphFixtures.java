package org.kgexplorer.core.graph;

import java.util.List;
import java.util.function.Function;

import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** The data of the graph tests: the bundled graph, and org.ttl (a hub of 60, a diamond, a class hierarchy). */
final class GraphFixtures {
    static final String KG = Fixtures.KG;
    static final String KGX = Fixtures.KGX;
    static final String EX = "http://example.org/g/";

    private static KnowledgeStore org;

    private GraphFixtures() {
    }

    static KnowledgeStore bundled() {
        return Fixtures.bundled();
    }

    static synchronized KnowledgeStore org() {
        if (org == null) {
            org = new InMemoryStore();
            try {
                org.load(List.of(RdfInputs.resource("org/kgexplorer/core/graph/org.ttl")), LoadMode.ADD,
                        ProgressListener.silent(), Cancellation.none());
            } catch (DataLoadException e) {
                throw new IllegalStateException(e);
            }
        }
        return org;
    }

    /** Runs an operation over the store's data inside a read. */
    static <T> T read(KnowledgeStore store, Function<Relationships, T> action) {
        return store.readGraph(all -> action.apply(new Relationships(all)));
    }
}
