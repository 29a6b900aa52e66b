package org.kgexplorer.core.remote;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * An endpoint's data as a read-only {@link org.apache.jena.graph.Graph} (ADR 33, 40): {@code find} is one
 * {@code SELECT} of the pattern's open positions, read into memory (the readers ask patterns with a fixed subject or
 * object: tens of rows). Used inside {@link RemoteStore#readGraph} only.
 */
final class RemoteGraph extends GraphBase {
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");

    private final RemoteStore store;
    private final long limitMillis;

    RemoteGraph(RemoteStore store, long limitMillis) {
        this.store = store;
        this.limitMillis = limitMillis;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = open(pattern.getSubject()) ? S : pattern.getSubject();
        Node p = open(pattern.getPredicate()) ? P : pattern.getPredicate();
        Node o = open(pattern.getObject()) ? O : pattern.getObject();
        Query query = QueryFactory.make();
        query.setQuerySelectType();
        ElementTriplesBlock block = new ElementTriplesBlock();
        block.addTriple(Triple.create(s, p, o));
        ElementGroup where = new ElementGroup();
        where.addElement(block);
        query.setQueryPattern(where);
        List<Var> vars = new ArrayList<>();
        for (Node n : List.of(s, p, o)) {
            if (n instanceof Var v) {
                vars.add(v);
            }
        }
        if (vars.isEmpty()) {
            query.setQueryAskType();
            boolean found = store.query(query, false, ARQ.getContext().copy(), limitMillis, QueryExecution::execAsk);
            return WrappedIterator.create(found ? List.of(pattern).iterator() : List.<Triple>of().iterator());
        }
        vars.forEach(query::addResultVar);
        List<Triple> found = store.query(query, false, ARQ.getContext().copy(), limitMillis, exec -> {
            List<Triple> triples = new ArrayList<>();
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                Binding row = rows.nextBinding();
                Node rs = s instanceof Var v ? row.get(v) : s;
                Node rp = p instanceof Var v ? row.get(v) : p;
                Node ro = o instanceof Var v ? row.get(v) : o;
                if (rs != null && rp != null && ro != null) {
                    triples.add(Triple.create(rs, rp, ro));
                }
            }
            return triples;
        });
        return WrappedIterator.create(found.iterator());
    }

    private static boolean open(Node node) {
        return node == null || node == Node.ANY || node.isVariable();
    }

    @Override
    public void performAdd(Triple t) {
        throw new UnsupportedOperationException("an endpoint is read-only");
    }

    @Override
    public void performDelete(Triple t) {
        throw new UnsupportedOperationException("an endpoint is read-only");
    }
}
