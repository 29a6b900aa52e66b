package org.kgexplorer.core.graph;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.explore.EntityDetailsReader;

/**
 * The ids and attribute names of the GraphStream graph that is the model: a node's id is the resource's IRI
 * (a blank node "_:" + its label), an edge's id is subject|predicate|object.
 */
public final class GraphKeys {
    /** Node attribute: the Jena node the graph node stands for. */
    public static final String TERM = "kgx.term";
    /** Node attribute: a String[] of the node's rdf:type IRIs, most specific first (empty when untyped). */
    public static final String CLASSES = "kgx.classes";
    /** Node attribute of a "+N more" node: Object[] {the id of the node it continues (String), the count (Integer)}. */
    public static final String MORE = "kgx.more";
    /** Edge attribute: the predicate's IRI (the "+N more" edge has {@link #MORE_PREDICATE}). */
    public static final String PREDICATE = "kgx.predicate";
    /** The predicate of the edge that ties a node to its "+N more" node. */
    public static final String MORE_PREDICATE = "urn:kgexplorer:more";

    private static final String MORE_PREFIX = "more:";

    private GraphKeys() {
    }

    /** The id of a resource's node. */
    public static String nodeId(Node node) {
        return EntityDetailsReader.key(node);
    }

    /** The resource a node id stands for. */
    public static Node term(String nodeId) {
        return EntityDetailsReader.node(nodeId);
    }

    /** The id of the edge for a triple, given as ids. */
    public static String edgeId(String subject, String predicate, String object) {
        return subject + "|" + predicate + "|" + object;
    }

    /** The id of the "+N more" node that continues a node's neighbours. */
    public static String moreId(String nodeId) {
        return MORE_PREFIX + nodeId;
    }

    /** Whether an id names a "+N more" node. */
    public static boolean isMore(String nodeId) {
        return nodeId.startsWith(MORE_PREFIX);
    }

    /** The node a "+N more" node continues. */
    public static String continued(String moreId) {
        return moreId.substring(MORE_PREFIX.length());
    }
}
