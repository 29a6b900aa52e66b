package org.kgexplorer.core.store;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;

/**
 * Several graphs read as one, each triple once, without remembering what was seen: a triple of graph i is
 * passed over when one of the graphs before it holds it too (an indexed {@code contains}). Jena's {@code Union}
 * keeps a hash set of every triple it returned, a second copy of the data when the whole union is read. The
 * cost here is one lookup per earlier graph, so it suits the few graphs a dataset names. Read-only.
 */
final class DistinctUnion extends GraphBase {
    private final List<Graph> graphs;

    DistinctUnion(List<Graph> graphs) {
        this.graphs = List.copyOf(graphs);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        ExtendedIterator<Triple> all = NullIterator.instance();
        for (int i = 0; i < graphs.size(); i++) {
            List<Graph> earlier = graphs.subList(0, i);
            ExtendedIterator<Triple> own = graphs.get(i).find(pattern);
            all = all.andThen(earlier.isEmpty() ? own : own.filterDrop(t -> heldByAny(earlier, t)));
        }
        return all;
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return heldByAny(graphs, t);
    }

    private static boolean heldByAny(List<Graph> graphs, Triple t) {
        for (Graph g : graphs) {
            if (g.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
