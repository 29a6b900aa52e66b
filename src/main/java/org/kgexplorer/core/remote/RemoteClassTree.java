package org.kgexplorer.core.remote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.kgexplorer.core.explore.ClassTree;
import org.kgexplorer.core.explore.Names;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.task.Cancellation;

/**
 * An endpoint's class tree (ADR 41), never from all its typed triples: the classes and subclass links of
 * {@link RemoteVocabulary}, shown at once, not counted yet ({@link ClassTree#COUNTING}); then {@link #counted}
 * counts them with two grouped {@code COUNT} queries under the store's time limit (own instances, and instances with
 * the subclasses' through {@code rdfs:subClassOf*}); a count that does not finish in time is {@link ClassTree#MANY},
 * which the tree shows as "many". A class's instances are asked when it is opened, at most {@value #INSTANCES}.
 */
public final class RemoteClassTree {
    /** How many instances of a class are asked for. */
    public static final int INSTANCES = 10_000;

    private RemoteClassTree() {
    }

    public static ClassTree build(RemoteStore store, Cancellation cancellation) {
        Graph vocabulary = RemoteVocabulary.graph(store, cancellation);
        Set<Node> classes = new LinkedHashSet<>();
        vocabulary.find(Node.ANY, RDF.type.asNode(), RDFS.Class.asNode()).forEachRemaining(t -> classes.add(t.getSubject()));
        Map<Node, List<String>> parents = new HashMap<>();
        Map<Node, List<String>> children = new HashMap<>();
        for (Triple t : vocabulary.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).toList()) {
            Node sub = t.getSubject();
            Node sup = t.getObject();
            if (!sub.equals(sup) && classes.contains(sub) && classes.contains(sup)) {
                addOnce(parents.computeIfAbsent(sub, k -> new ArrayList<>()), sup.getURI());
                addOnce(children.computeIfAbsent(sup, k -> new ArrayList<>()), sub.getURI());
            }
        }
        cancellation.throwIfCancelled();
        LabelResolver english = new LabelResolver(vocabulary, List.of("en"));
        LabelResolver spanish = new LabelResolver(vocabulary, List.of("es"));
        Map<String, ClassTree.ClassNode> nodes = new LinkedHashMap<>();
        for (Node c : classes) {
            nodes.put(c.getURI(), new ClassTree.ClassNode(c.getURI(), Names.of(c, english, spanish),
                    parents.getOrDefault(c, List.of()), children.getOrDefault(c, List.of()),
                    ClassTree.COUNTING, ClassTree.COUNTING));
        }
        return ClassTree.of(nodes, iri -> instances(store, iri));
    }

    /**
     * The tree with its counts: two grouped {@code COUNT} queries, each under the store's time limit (one that does
     * not finish in time leaves its counts "many"); an interrupt (the tree went away) ends the request at once.
     */
    public static ClassTree counted(RemoteStore store, ClassTree tree, Cancellation cancellation) {
        Map<String, Long> direct = counts(store, "SELECT ?x (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?x } GROUP BY ?x");
        cancellation.throwIfCancelled();
        Map<String, Long> total = counts(store, "SELECT ?x (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t . ?t <"
                + RDFS.subClassOf.getURI() + ">* ?x } GROUP BY ?x");
        cancellation.throwIfCancelled();
        return tree.withCounts(direct, total);
    }

    /** Class to count; null when the query did not finish within the time limit. */
    private static Map<String, Long> counts(RemoteStore store, String sparql) {
        try {
            return store.query(QueryFactory.create(sparql), false, ARQ.getContext().copy(), store.timeoutMillis(), exec -> {
                Map<String, Long> found = new HashMap<>();
                var rows = exec.execSelect();
                while (rows.hasNext()) {
                    var row = rows.next();
                    if (row.contains("x") && row.get("x").isURIResource() && row.contains("n") && row.get("n").isLiteral()) {
                        found.put(row.getResource("x").getURI(), row.getLiteral("n").getLong());
                    }
                }
                return found;
            });
        } catch (EndpointException e) {
            if (e.kind() != EndpointException.Kind.TIMEOUT) {
                throw e;
            }
            return null;
        }
    }

    private static List<Node> instances(RemoteStore store, String iri) {
        if (!RemoteStore.writableIri(iri)) {
            return List.of();
        }
        return store.query(QueryFactory.create("SELECT DISTINCT ?s WHERE { ?s a <" + iri + "> } LIMIT " + INSTANCES),
                false, ARQ.getContext().copy(), store.timeoutMillis(), exec -> {
                    List<Node> found = new ArrayList<>();
                    var rows = exec.execSelect();
                    while (rows.hasNext()) {
                        found.add(rows.next().get("s").asNode());
                    }
                    return found;
                });
    }

    private static void addOnce(List<String> list, String iri) {
        if (!list.contains(iri)) {
            list.add(iri);
        }
    }
}
