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

    /** How many nodes one prefetch asks about. */
    private static final int BATCH = 200;
    /** The predicates a reader asks node by node after reading a neighbourhood: the names and the types. */
    private static final java.util.Set<Node> PREFETCHED = prefetched();

    private final RemoteStore store;
    private final long limitMillis;
    /** Nodes whose names and types have been read (ADR 41), with those triples. */
    private final java.util.Map<Node, List<Triple>> known = new java.util.HashMap<>();

    RemoteGraph(RemoteStore store, long limitMillis) {
        this.store = store;
        this.limitMillis = limitMillis;
    }

    private static java.util.Set<Node> prefetched() {
        java.util.Set<Node> all = new java.util.LinkedHashSet<>(org.kgexplorer.core.labels.LabelResolver.LABEL_PROPERTIES);
        all.add(org.apache.jena.vocabulary.RDF.type.asNode());
        return java.util.Set.copyOf(all);
    }

    /**
     * One pattern: a node's name or type already read with its neighbourhood is answered here; anything else is one
     * {@code SELECT}, and when it finds several triples the names and types of the nodes in them are read with it,
     * in one query per 200 nodes (ADR 41: a neighbourhood's labels cost one request, not one per node and property).
     */
    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node subject = pattern.getSubject();
        Node predicate = pattern.getPredicate();
        if (!open(subject) && !open(predicate) && PREFETCHED.contains(predicate) && known.containsKey(subject)) {
            Node object = pattern.getObject();
            return WrappedIterator.create(known.get(subject).stream().filter(t -> t.getPredicate().equals(predicate)
                    && (open(object) || t.getObject().equals(object))).toList().iterator());
        }
        List<Triple> found = ask(pattern);
        if (found.size() > 1) {
            prefetch(found);
        }
        return WrappedIterator.create(found.iterator());
    }

    /** Reads the names and types of the IRIs in {@code triples} (subjects, predicates, objects) not read yet. */
    private void prefetch(List<Triple> triples) {
        java.util.Set<Node> nodes = new java.util.LinkedHashSet<>();
        for (Triple t : triples) {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && !known.containsKey(n) && RemoteStore.writableIri(n.getURI())) {
                    nodes.add(n);
                }
            }
        }
        read(nodes);
        // and the names of the classes those nodes have, which the reader asks next
        java.util.Set<Node> classes = new java.util.LinkedHashSet<>();
        nodes.forEach(n -> known.getOrDefault(n, List.of()).stream()
                .filter(t -> t.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode()))
                .map(Triple::getObject)
                .filter(c -> c.isURI() && !known.containsKey(c) && RemoteStore.writableIri(c.getURI()))
                .forEach(classes::add));
        read(classes);
    }

    /** Reads the names and types of {@code nodes}, in batches. */
    private void read(java.util.Set<Node> nodes) {
        List<Node> todo = new ArrayList<>(nodes);
        StringBuilder predicates = new StringBuilder();
        PREFETCHED.forEach(p -> predicates.append(" <").append(p.getURI()).append('>'));
        for (int from = 0; from < todo.size(); from += BATCH) {
            List<Node> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
            StringBuilder values = new StringBuilder();
            batch.forEach(n -> values.append(" <").append(n.getURI()).append('>'));
            Query query = QueryFactory.create("SELECT ?s ?p ?o WHERE { VALUES ?s {" + values + " } VALUES ?p {"
                    + predicates + " } ?s ?p ?o }");
            java.util.Map<Node, List<Triple>> read = new java.util.HashMap<>();
            batch.forEach(n -> read.put(n, new ArrayList<>()));
            store.query(query, false, ARQ.getContext().copy(), limitMillis, exec -> {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    Binding row = rows.nextBinding();
                    Node rs = row.get(S);
                    if (rs != null && row.get(P) != null && row.get(O) != null && read.containsKey(rs)) {
                        read.get(rs).add(Triple.create(rs, row.get(P), row.get(O)));
                    }
                }
                return null;
            });
            known.putAll(read);
        }
    }

    private List<Triple> ask(Triple pattern) {
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
            return found ? List.of(pattern) : List.of();
        }
        vars.forEach(query::addResultVar);
        return store.query(query, false, ARQ.getContext().copy(), limitMillis, exec -> {
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
