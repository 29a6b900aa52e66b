package org.kgexplorer.core.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * The in-memory dataset's default graph: a graph whose content can be exchanged for another whole graph, so that a
 * load built off the lock goes in by a swap instead of a copy (ADR 49). The dataset takes its prefixes from its
 * default graph once, when it is made: they stay here, whatever the content is.
 */
final class SwappableGraph extends GraphWrapper {
    private final PrefixMapping prefixes = PrefixMapping.Factory.create();
    /** Swapped under the dataset's write lock; volatile as well, so no reader can see a stale graph. */
    private volatile Graph content;

    SwappableGraph() {
        this(GraphFactory.createGraphMem());
    }

    private SwappableGraph(Graph content) {
        super(content);
        this.content = content;
    }

    @Override
    public Graph get() {
        return content;
    }

    /** Makes {@code graph} the content (the caller holds the dataset's write lock). */
    void set(Graph graph) {
        content = graph;
    }

    @Override
    public PrefixMapping getPrefixMapping() {
        return prefixes;
    }
}
