package org.kgexplorer.core.remote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.kgexplorer.core.labels.LabelResolver;

/**
 * An endpoint's data as a read-only {@link org.apache.jena.graph.Graph} (ADR 33, 40, 41), for one
 * {@link RemoteStore#readGraph} (nested reads on the same thread share it). What it has read it keeps, and answers
 * from:
 * <ul>
 * <li>a node's <em>neighbourhood</em>, read in one request the first time any reader asks for every triple of a
 * node ({@code find(x, ANY, ANY)} or {@code find(ANY, ANY, x)}: the graph's expansion, details, paths): every triple
 * of the node and of each of its neighbours, both ways, and the names, types and schema links of the resources those
 * triples point at, of their predicates and of their classes up {@code rdfs:subClassOf};</li>
 * <li>a node's names and types ({@link #PREFETCHED}), read in one request when a reader first asks for one of them
 * (not one per naming property), and read for many nodes at once, in batches of 200, when a {@code find} answers
 * several triples.</li>
 * </ul>
 * Anything else is one {@code SELECT} of the pattern, read into memory.
 */
final class RemoteGraph extends GraphBase {
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");
    private static final Var K = Var.alloc("k");

    /** How many nodes one prefetch asks about. */
    private static final int BATCH = 200;
    /**
     * The most rows one neighbourhood may answer; past it (a hub with thousands of neighbours) the node's own
     * triples are read alone, and its neighbours' when the readers ask.
     */
    static final int NEIGHBOURHOOD_ROWS = 20_000;
    /**
     * The predicates a reader asks node by node: the names, the type, and what tells an entity from a reified
     * statement, a class or a property ({@code Relationships.isEntity}).
     */
    static final Set<Node> PREFETCHED = prefetched();

    private final RemoteStore store;
    private final long limitMillis;
    private final int neighbourhoodRows;
    /** Nodes whose {@link #PREFETCHED} triples have been read, with those triples. */
    private final Map<Node, List<Triple>> known = new HashMap<>();
    /** Nodes with every triple they are the subject of. */
    private final Map<Node, List<Triple>> out = new HashMap<>();
    /** Nodes with every triple they are the object of. */
    private final Map<Node, List<Triple>> in = new HashMap<>();
    /** Nodes whose neighbourhood was asked for and was too large to keep. */
    private final Set<Node> tooLarge = new java.util.HashSet<>();

    RemoteGraph(RemoteStore store, long limitMillis, int neighbourhoodRows) {
        this.store = store;
        this.limitMillis = limitMillis;
        this.neighbourhoodRows = neighbourhoodRows;
    }

    RemoteStore store() {
        return store;
    }

    long limitMillis() {
        return limitMillis;
    }

    private static Set<Node> prefetched() {
        Set<Node> all = new LinkedHashSet<>(LabelResolver.LABEL_PROPERTIES);
        all.add(RDF.type.asNode());
        all.add(RDF.subject.asNode());
        all.add(RDFS.subClassOf.asNode());
        all.add(RDFS.subPropertyOf.asNode());
        return Set.copyOf(all);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node subject = pattern.getSubject();
        Node predicate = pattern.getPredicate();
        Node object = pattern.getObject();
        if (!open(subject)) {
            if (!out.containsKey(subject) && open(predicate) && open(object)) {
                neighbourhood(subject);
            }
            if (out.containsKey(subject)) {
                return matching(out.get(subject), pattern);
            }
            if (!open(predicate) && PREFETCHED.contains(predicate)) {
                if (!known.containsKey(subject) && subject.isURI() && RemoteStore.writableIri(subject.getURI())) {
                    read(Set.of(subject));
                }
                if (known.containsKey(subject)) {
                    return matching(known.get(subject), pattern);
                }
            }
        } else if (!open(object)) {
            if (!in.containsKey(object) && open(predicate)) {
                neighbourhood(object);
            }
            if (in.containsKey(object)) {
                return matching(firstKnown(in.get(object)), pattern);
            }
        }
        List<Triple> found = ask(pattern);
        if (found.size() > 1) {
            prefetch(found);
        }
        return WrappedIterator.create(found.iterator());
    }

    private static ExtendedIterator<Triple> matching(List<Triple> triples, Triple pattern) {
        return WrappedIterator.create(triples.stream().filter(pattern::matches).toList().iterator());
    }

    /**
     * The triples pointing at a node, those from nodes already read first: a reader that stops at the first
     * relationship it can tell ({@code Relationships.isQualifier}) then asks nothing more of the endpoint.
     */
    private List<Triple> firstKnown(List<Triple> triples) {
        List<Triple> sorted = new ArrayList<>(triples);
        sorted.sort(Comparator.comparing(t -> !(out.containsKey(t.getSubject()) || known.containsKey(t.getSubject()))));
        return sorted;
    }

    /**
     * Reads a node's neighbourhood in one request (see the class comment) and keeps it; a neighbourhood of more
     * than {@code neighbourhoodRows} ({@link #NEIGHBOURHOOD_ROWS}) rows is not kept, and the node's own triples are then read alone.
     */
    private void neighbourhood(Node x) {
        if (!x.isURI() || !RemoteStore.writableIri(x.getURI()) || tooLarge.contains(x)) {
            return;
        }
        Query query = neighbourhoodQuery(x, neighbourhoodRows + 1);
        Set<Triple> triples = new LinkedHashSet<>();
        Map<Node, List<Triple>> names = new LinkedHashMap<>();
        int rows = store.query(query, false, ARQ.getContext().copy(), limitMillis, exec -> {
            ResultSet answer = exec.execSelect();
            int n = 0;
            while (answer.hasNext()) {
                Binding row = answer.nextBinding();
                n++;
                Node k = row.get(K);
                Node p = row.get(P);
                Node o = row.get(O);
                if (k != null) {
                    List<Triple> of = names.computeIfAbsent(k, key -> new ArrayList<>());
                    if (p != null && o != null) {
                        of.add(Triple.create(k, p, o));
                    }
                } else if (row.get(S) != null && p != null && o != null) {
                    triples.add(Triple.create(row.get(S), p, o));
                }
            }
            return n;
        });
        if (rows > neighbourhoodRows) {
            tooLarge.add(x);
            List<Triple> own = own(x);
            out.put(x, new ArrayList<>());
            in.put(x, new ArrayList<>());
            own.forEach(t -> (t.getSubject().equals(x) ? out : in).get(x).add(t));
            prefetch(own);
            return;
        }
        Set<Node> complete = new LinkedHashSet<>();
        complete.add(x);
        for (Triple t : triples) {
            Node other = t.getSubject().equals(x) ? t.getObject() : t.getObject().equals(x) ? t.getSubject() : null;
            if (other != null && other.isURI() && linking(t.getPredicate())) {
                complete.add(other);
            }
        }
        complete.removeIf(out::containsKey);
        for (Node n : complete) {
            out.put(n, new ArrayList<>());
            in.put(n, new ArrayList<>());
        }
        for (Triple t : triples) {
            if (complete.contains(t.getSubject())) {
                out.get(t.getSubject()).add(t);
            }
            if (complete.contains(t.getObject())) {
                in.get(t.getObject()).add(t);
            }
        }
        names.forEach(known::putIfAbsent);
    }

    /** The request for a node's neighbourhood ({@link #neighbourhood}), at most {@code limit} rows. */
    static Query neighbourhoodQuery(Node x, int limit) {
        String c = "<" + x.getURI() + ">";
        StringBuilder predicates = new StringBuilder();
        PREFETCHED.forEach(p -> predicates.append(" <").append(p.getURI()).append('>'));
        // a neighbour is at the other end of a relationship (Relationships.isRelationship: not a type, name or
        // schema link, so a class with every instance pointing at it is none)
        String linked = " FILTER(?r NOT IN (" + String.join(", ", LabelResolver.LABEL_PROPERTIES.stream()
                .map(p -> "<" + p.getURI() + ">").toList()) + ") && !STRSTARTS(STR(?r), \"" + RDF.getURI()
                + "\") && !STRSTARTS(STR(?r), \"" + RDFS.getURI() + "\") && !STRSTARTS(STR(?r), \"" + OWL.getURI() + "\"))";
        String neighbour = "{ " + c + " ?r ?n } UNION { ?n ?r " + c + " } FILTER(isIRI(?n) && ?n != " + c + ")" + linked;
        Query query = QueryFactory.create("SELECT ?s ?p ?o ?k WHERE {\n"
                + "  { " + c + " ?p ?o BIND(" + c + " AS ?s) }\n"
                + "  UNION { ?s ?p " + c + " BIND(" + c + " AS ?o) }\n"
                + "  UNION { { " + c + " ?r ?s } UNION { ?s ?r " + c + " } FILTER(isIRI(?s) && ?s != " + c + ")" + linked
                + " ?s ?p ?o }\n"
                + "  UNION { { " + c + " ?r ?o } UNION { ?o ?r " + c + " } FILTER(isIRI(?o) && ?o != " + c + ")" + linked
                + " ?s ?p ?o }\n"
                + "  UNION { { SELECT DISTINCT ?k WHERE {\n"
                + "      { " + neighbour + " ?n ?q ?b FILTER(isIRI(?b)) }\n"
                + "      UNION { SELECT (SAMPLE(?y) AS ?b) WHERE { " + neighbour + " ?y ?q ?n FILTER(isIRI(?y))"
                + linked.replace("?r", "?q") + " } GROUP BY ?n }\n"
                + "      UNION { " + neighbour + " { ?n ?b ?z } UNION { ?z ?b ?n } }\n"
                + "      UNION { " + c + " ?q ?b FILTER(isIRI(?b)) }\n"
                + "      UNION { " + c + " ?b ?z } UNION { ?z ?b " + c + " }\n"
                + "      ?b <" + RDFS.subClassOf.getURI() + ">* ?k } }\n"
                + "    OPTIONAL { VALUES ?p {" + predicates + " } ?k ?p ?o } }\n"
                + "} LIMIT " + limit);
        return query;
    }

    /** Every triple of {@code x}, both ways, in one request. */
    private List<Triple> own(Node x) {
        String c = "<" + x.getURI() + ">";
        Query query = QueryFactory.create("SELECT ?s ?p ?o WHERE { { " + c + " ?p ?o BIND(" + c + " AS ?s) } UNION { ?s ?p "
                + c + " BIND(" + c + " AS ?o) } }");
        return store.query(query, false, ARQ.getContext().copy(), limitMillis, exec -> {
            Set<Triple> triples = new LinkedHashSet<>();
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                Binding row = rows.nextBinding();
                if (row.get(S) != null && row.get(P) != null && row.get(O) != null) {
                    triples.add(Triple.create(row.get(S), row.get(P), row.get(O)));
                }
            }
            return new ArrayList<>(triples);
        });
    }

    /** Reads the names and types of the IRIs in {@code triples} (subjects, predicates, objects) not read yet. */
    private void prefetch(List<Triple> triples) {
        Set<Node> nodes = new LinkedHashSet<>();
        for (Triple t : triples) {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && !known.containsKey(n) && !out.containsKey(n) && RemoteStore.writableIri(n.getURI())) {
                    nodes.add(n);
                }
            }
        }
        read(nodes);
    }

    /**
     * Reads the {@link #PREFETCHED} triples of {@code nodes} and of their classes and superclasses (whose names the
     * reader asks next), one request per 200 nodes.
     */
    private void read(Set<Node> nodes) {
        List<Node> todo = new ArrayList<>(nodes);
        StringBuilder predicates = new StringBuilder();
        PREFETCHED.forEach(p -> predicates.append(" <").append(p.getURI()).append('>'));
        for (int from = 0; from < todo.size(); from += BATCH) {
            List<Node> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
            StringBuilder values = new StringBuilder();
            batch.forEach(n -> values.append(" <").append(n.getURI()).append('>'));
            Query query = QueryFactory.create("SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?x {" + values + " }"
                    + " ?x (<" + RDF.type.getURI() + ">/<" + RDFS.subClassOf.getURI() + ">*)? ?s"
                    + " OPTIONAL { VALUES ?p {" + predicates + " } ?s ?p ?o } }");
            Map<Node, List<Triple>> read = new LinkedHashMap<>();
            batch.forEach(n -> read.put(n, new ArrayList<>()));
            store.query(query, false, ARQ.getContext().copy(), limitMillis, exec -> {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    Binding row = rows.nextBinding();
                    Node rs = row.get(S);
                    if (rs != null) {
                        List<Triple> of = read.computeIfAbsent(rs, k -> new ArrayList<>());
                        if (row.get(P) != null && row.get(O) != null) {
                            of.add(Triple.create(rs, row.get(P), row.get(O)));
                        }
                    }
                }
                return null;
            });
            read.forEach(known::putIfAbsent);
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

    /** Whether a predicate ties two resources as the query's {@code linked} filter says. */
    private static boolean linking(Node p) {
        return p.isURI() && !LabelResolver.LABEL_PROPERTIES.contains(p) && !p.getURI().startsWith(RDF.getURI())
                && !p.getURI().startsWith(RDFS.getURI()) && !p.getURI().startsWith(OWL.getURI());
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
