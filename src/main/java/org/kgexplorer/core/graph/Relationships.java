package org.kgexplorer.core.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.kgexplorer.core.explore.Names;
import org.kgexplorer.core.labels.LabelResolver;

/**
 * Reads the loaded data as a graph of entities: which triples are relationships (resource to resource; not
 * rdf:type, names, the reified statements of the evidence, nor the ontology's own schema), and what a node is
 * (its names and its classes, most specific first). Use it inside one read of the store; it caches.
 */
public final class Relationships {
    private static final Node TYPE = RDF.type.asNode();
    private static final Set<String> SCHEMA_NAMESPACES = Set.of(RDF.getURI(), RDFS.getURI(), OWL.getURI());
    private static final Set<Node> SCHEMA_TYPES = Set.of(OWL.Class.asNode(), RDFS.Class.asNode(),
            RDF.Property.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            OWL.AnnotationProperty.asNode(), OWL.TransitiveProperty.asNode(), OWL.SymmetricProperty.asNode(),
            OWL.FunctionalProperty.asNode(), OWL.InverseFunctionalProperty.asNode(), OWL.Ontology.asNode(),
            RDFS.Datatype.asNode(), OWL.Restriction.asNode());

    private final Graph graph;
    private final LabelResolver english;
    private final LabelResolver spanish;
    private final Map<Node, Boolean> entities = new HashMap<>();
    private final Map<Node, Integer> depths = new HashMap<>();
    private final Map<Node, NodeInfo> infos = new HashMap<>();
    private final Map<Node, Boolean> qualifiers = new HashMap<>();

    /** Over a graph of everything loaded (read it inside a read transaction). */
    public Relationships(Graph graph) {
        this.graph = graph;
        this.english = new LabelResolver(graph, List.of("en"));
        this.spanish = new LabelResolver(graph, List.of("es"));
    }

    public Graph graph() {
        return graph;
    }

    /** Whether a triple is a relationship between two entities, i.e. an edge of the graph. */
    public boolean isRelationship(Triple t) {
        Node p = t.getPredicate();
        if (!p.isURI() || SCHEMA_NAMESPACES.contains(p.getNameSpace()) || LabelResolver.LABEL_PROPERTIES.contains(p)) {
            return false;
        }
        return isEntity(t.getSubject()) && isEntity(t.getObject());
    }

    /** Whether a node is an entity: a resource that is not a reified statement nor a class or property. */
    public boolean isEntity(Node n) {
        if (!n.isURI() && !n.isBlank()) {
            return false;
        }
        return entities.computeIfAbsent(n, this::readEntity);
    }

    private boolean readEntity(Node n) {
        if (graph.contains(n, RDF.subject.asNode(), Node.ANY)) {
            return false;
        }
        var it = graph.find(n, TYPE, Node.ANY);
        try {
            while (it.hasNext()) {
                Node type = it.next().getObject();
                if (SCHEMA_TYPES.contains(type) || type.equals(RDF.Statement.asNode())) {
                    return false;
                }
            }
        } finally {
            it.close();
        }
        return !graph.contains(n, RDFS.subClassOf.asNode(), Node.ANY)
                && !graph.contains(n, RDFS.subPropertyOf.asNode(), Node.ANY);
    }

    /**
     * Whether a resource is an n-ary node: one that only points at others (at least two) and that no
     * relationship points at, like a membership tying an agency to a task force in a role.
     */
    public boolean isQualifier(Node n) {
        return qualifiers.computeIfAbsent(n, this::readQualifier);
    }

    private boolean readQualifier(Node n) {
        var in = graph.find(Node.ANY, Node.ANY, n);
        try {
            while (in.hasNext()) {
                if (isRelationship(in.next())) {
                    return false;
                }
            }
        } finally {
            in.close();
        }
        int out = 0;
        var it = graph.find(n, Node.ANY, Node.ANY);
        try {
            while (it.hasNext() && out < 2) {
                if (isRelationship(it.next())) {
                    out++;
                }
            }
        } finally {
            it.close();
        }
        return out >= 2;
    }

    /** The node for a resource: names and classes read once. */
    public NodeInfo node(Node n) {
        return infos.computeIfAbsent(n, k -> new NodeInfo(GraphKeys.nodeId(k), k, names(k), classes(k)));
    }

    /** A resource's names in English and Spanish. */
    public Names names(Node n) {
        return Names.of(n, english, spanish);
    }

    /** The resource's classes (rdf:type IRIs), the most specific (deepest under rdfs:subClassOf) first. */
    public List<String> classes(Node n) {
        List<Node> types = new ArrayList<>();
        graph.find(n, TYPE, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && !types.contains(t.getObject())) {
                types.add(t.getObject());
            }
        });
        types.sort(Comparator.comparingInt((Node c) -> -depth(c, new HashSet<>())).thenComparing(Node::getURI));
        return types.stream().map(Node::getURI).toList();
    }

    /** How deep a class sits under rdfs:subClassOf (0 for a class with no superclass in the data). */
    private int depth(Node c, Set<Node> seen) {
        Integer known = depths.get(c);
        if (known != null) {
            return known;
        }
        if (!seen.add(c)) {
            return 0;
        }
        int deepest = 0;
        var it = graph.find(c, RDFS.subClassOf.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                Node sup = it.next().getObject();
                if (sup.isURI() && !sup.equals(c)) {
                    deepest = Math.max(deepest, 1 + depth(sup, seen));
                }
            }
        } finally {
            it.close();
        }
        seen.remove(c);
        depths.put(c, deepest);
        return deepest;
    }
}
