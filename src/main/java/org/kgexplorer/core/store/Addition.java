package org.kgexplorer.core.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.kgexplorer.core.labels.LabelResolver;

/**
 * What an addition in one write transaction changed in a database (ADR 36), so that what is kept beside the data
 * (the search index, the class tree) can be brought from the generation before it to the one after it instead of
 * being made again from every triple.
 *
 * @param before   the database's generation before the addition
 * @param after    its generation after it
 * @param subjects the IRI subjects of the triples new to the database
 * @param types    the new {@code rdf:type} triples whose class is an IRI
 * @param named    the subjects of new naming triples (labels, alternative labels)
 * @param predicates the properties of the new triples
 * @param schema   whether a new triple declares a class or a subclass ({@code rdfs:subClassOf}, {@code rdf:type
 *                 rdfs:Class} or {@code owl:Class}): the class tree's shape may have changed
 */
public record Addition(String before, String after, Set<Node> subjects, List<Triple> types, Set<Node> named,
                       Set<Node> predicates, boolean schema) {
    public Addition {
        subjects = Set.copyOf(subjects);
        types = List.copyOf(types);
        named = Set.copyOf(named);
        predicates = Set.copyOf(predicates);
    }

    /** Collects an addition's changes, one new triple at a time. */
    static final class Recorder {
        private static final Node TYPE = RDF.type.asNode();
        private static final Set<Node> CLASS_TYPES = Set.of(RDFS.Class.asNode(), OWL.Class.asNode());
        private static final Set<Node> NAMING = Set.copyOf(LabelResolver.LABEL_PROPERTIES);
        private final Set<Node> subjects = new LinkedHashSet<>();
        private final List<Triple> types = new ArrayList<>();
        private final Set<Node> named = new LinkedHashSet<>();
        private final Set<Node> predicates = new LinkedHashSet<>();
        private boolean schema;

        /** Notes a triple that was not in the database before. */
        void added(Triple t) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            predicates.add(p);
            if (s.isURI()) {
                subjects.add(s);
            }
            if (p.equals(TYPE)) {
                if (t.getObject().isURI()) {
                    types.add(t);
                }
                schema |= CLASS_TYPES.contains(t.getObject());
            } else if (p.equals(RDFS.subClassOf.asNode())) {
                schema = true;
            } else if (NAMING.contains(p) && s.isURI()) {
                named.add(s);
            }
        }

        Addition done(String before, String after) {
            return new Addition(before, after, subjects, types, named, predicates, schema);
        }
    }
}
