package org.kgexplorer.core.graph;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/** A relationship as a graph edge: the ids of its subject and object nodes and its predicate's IRI. */
public record EdgeInfo(String id, String source, String predicate, String target) {

    /** The edge for a triple between two nodes (given by id). */
    public static EdgeInfo of(String source, String predicate, String target) {
        return new EdgeInfo(GraphKeys.edgeId(source, predicate, target), source, predicate, target);
    }

    /** The edge for a triple. */
    public static EdgeInfo of(Triple t) {
        return of(GraphKeys.nodeId(t.getSubject()), t.getPredicate().getURI(), GraphKeys.nodeId(t.getObject()));
    }

    /** The triple it stands for. */
    public Triple triple() {
        return Triple.create(GraphKeys.term(source), NodeFactory.createURI(predicate), GraphKeys.term(target));
    }

    /** The node at the other end from {@code nodeId}. */
    public String opposite(String nodeId) {
        return source.equals(nodeId) ? target : source;
    }

    /** Whether it ties {@code nodeId} to something. */
    public boolean touches(String nodeId) {
        return source.equals(nodeId) || target.equals(nodeId);
    }
}
