package org.kgexplorer.core.store;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset as a query sees it (cli.md): its default graph is every triple of the default graph and all named
 * graphs, each once ({@link Datasets#everything}); {@code GRAPH} and {@code FROM NAMED} still see each named graph
 * as it is. A view, so Jena's query engine runs over it instead of unwrapping it. Use inside a read.
 */
final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    UnionDefaultGraph(DatasetGraph data) {
        super(data);
    }

    /** Without named graphs the default graph itself: a query cannot write, and a read-only wrapper costs time. */
    @Override
    public Graph getDefaultGraph() {
        DatasetGraph data = getWrapped();
        return data.listGraphNodes().hasNext() ? Datasets.everything(data) : data.getDefaultGraph();
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) {
            return Iter.map(getDefaultGraph().find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
        }
        return super.find(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) {
            return getDefaultGraph().contains(s, p, o);
        }
        return super.contains(g, s, p, o);
    }
}
