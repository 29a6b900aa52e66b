package org.kgexplorer.core.explore;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of the kgx ontology and of PROV that the explorer reads evidence and source texts with. */
public final class Vocabulary {
    /** The kgx ontology namespace. */
    public static final String KGX = "https://kgexplorer.org/ontology#";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    public static final Node SUPPORTED_BY = kgx("supportedBy");
    public static final Node BASIS = kgx("basis");
    public static final Node GENERAL_KNOWLEDGE = kgx("GeneralKnowledge");
    public static final Node QUOTE = kgx("quote");
    public static final Node START_OFFSET = kgx("startOffset");
    public static final Node END_OFFSET = kgx("endOffset");
    public static final Node SENTENCE_NUMBER = kgx("sentenceNumber");
    public static final Node TEXT_RESOURCE = kgx("textResource");
    public static final Node WAS_QUOTED_FROM = NodeFactory.createURI(PROV + "wasQuotedFrom");

    private Vocabulary() {
    }

    private static Node kgx(String local) {
        return NodeFactory.createURI(KGX + local);
    }
}
