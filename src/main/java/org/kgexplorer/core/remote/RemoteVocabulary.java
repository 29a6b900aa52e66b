package org.kgexplorer.core.remote;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.task.Cancellation;

/**
 * An endpoint's vocabulary in a small local graph (ADR 41), for what reads a graph's classes and properties rather
 * than its instances (the editor's completion): its classes (objects of {@code rdf:type}) and properties, at most
 * {@value #LIMIT} of each, their {@code rdfs:subClassOf} links, and their names, asked once per connection in a
 * handful of queries, each under the store's time limit. A list that takes longer is left out, not waited for.
 */
public final class RemoteVocabulary {
    /** How many classes, and how many properties, are asked for. */
    public static final int LIMIT = 5_000;
    private static final int BATCH = 200;

    private RemoteVocabulary() {
    }

    /** The vocabulary graph: {@code C a rdfs:Class}, {@code P a rdf:Property}, subclass links and names. */
    public static Graph graph(RemoteStore store, Cancellation cancellation) {
        Graph graph = GraphFactory.createDefaultGraph();
        List<Node> named = new ArrayList<>();
        for (Node c : nodes(store, "SELECT DISTINCT ?x WHERE { ?s a ?x FILTER(isIRI(?x)) } LIMIT " + LIMIT)) {
            graph.add(Triple.create(c, RDF.type.asNode(), RDFS.Class.asNode()));
            named.add(c);
        }
        cancellation.throwIfCancelled();
        for (Node p : nodes(store, "SELECT DISTINCT ?x WHERE { ?s ?x ?o } LIMIT " + LIMIT)) {
            graph.add(Triple.create(p, RDF.type.asNode(), RDF.Property.asNode()));
            named.add(p);
        }
        cancellation.throwIfCancelled();
        rows(store, "SELECT ?s ?o WHERE { ?s <" + RDFS.subClassOf.getURI() + "> ?o FILTER(isIRI(?s) && isIRI(?o)) } LIMIT "
                + LIMIT, row -> graph.add(Triple.create(row.get(Var.alloc("s")), RDFS.subClassOf.asNode(),
                row.get(Var.alloc("o")))));
        StringBuilder properties = new StringBuilder();
        LabelResolver.LABEL_PROPERTIES.forEach(p -> properties.append(" <").append(p.getURI()).append('>'));
        for (int from = 0; from < named.size(); from += BATCH) {
            cancellation.throwIfCancelled();
            StringBuilder values = new StringBuilder();
            named.subList(from, Math.min(named.size(), from + BATCH)).stream()
                    .filter(n -> RemoteStore.writableIri(n.getURI()))
                    .forEach(n -> values.append(" <").append(n.getURI()).append('>'));
            if (values.isEmpty()) {
                continue;
            }
            rows(store, "SELECT ?s ?p ?o WHERE { VALUES ?s {" + values + " } VALUES ?p {" + properties + " } ?s ?p ?o }",
                    row -> graph.add(Triple.create(row.get(Var.alloc("s")), row.get(Var.alloc("p")),
                            row.get(Var.alloc("o")))));
        }
        return graph;
    }

    private static List<Node> nodes(RemoteStore store, String sparql) {
        List<Node> found = new ArrayList<>();
        rows(store, sparql, row -> {
            Node x = row.get(Var.alloc("x"));
            if (x != null && x.isURI()) {
                found.add(x);
            }
        });
        return found;
    }

    /** Each row of the query; none when it takes longer than the store's time limit. */
    private static void rows(RemoteStore store, String sparql, java.util.function.Consumer<Binding> each) {
        try {
            store.query(QueryFactory.create(sparql), false, ARQ.getContext().copy(), store.timeoutMillis(), exec -> {
                var rows = exec.execSelect();
                while (rows.hasNext()) {
                    each.accept(rows.nextBinding());
                }
                return null;
            });
        } catch (EndpointException e) {
            if (e.kind() != EndpointException.Kind.TIMEOUT) {
                throw e;
            }
        }
    }
}
