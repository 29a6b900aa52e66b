package org.kgexplorer.core.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.kgexplorer.core.labels.LabelResolver;

/**
 * What the loaded data holds: its distinct triples, named graphs, and how often each class and property
 * is used, most used first.
 *
 * @param triples distinct triples in the default graph and all named graphs together
 * @param graphs  named graphs
 * @param classes classes by number of distinct instances
 * @param properties properties by number of triples
 * @param usageCounted whether the classes and properties were counted (an endpoint may not count them in time)
 */
public record DataSummary(long triples, int graphs, List<Usage> classes, List<Usage> properties, boolean usageCounted) {

    /** Counts with the classes and properties counted. */
    public DataSummary(long triples, int graphs, List<Usage> classes, List<Usage> properties) {
        this(triples, graphs, classes, properties, true);
    }

    /** One class or property, its label and how often it is used. */
    public record Usage(String iri, String label, long count) {
    }

    /**
     * Counts over every triple of {@code all} (each once), labels in the given languages; call inside a read.
     *
     * @param graphs the number of named graphs the data holds
     */
    public static DataSummary of(Graph all, int graphs, List<String> languages) {
        // The triples come distinct, so each (instance, rdf:type, class) once: counting them counts instances.
        Map<Node, Long> instances = new HashMap<>();
        Map<Node, Long> uses = new HashMap<>();
        long triples = 0;
        var it = all.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                triples++;
                uses.merge(t.getPredicate(), 1L, Long::sum);
                if (t.getPredicate().equals(RDF.type.asNode())) {
                    instances.merge(t.getObject(), 1L, Long::sum);
                }
            }
        } finally {
            it.close();
        }
        return of(triples, graphs, instances, uses, new LabelResolver(all, languages));
    }

    /** The summary of counts already made: {@code instances} per class, {@code uses} per property. */
    static DataSummary of(long triples, int graphs, Map<Node, Long> instances, Map<Node, Long> uses,
                          LabelResolver labels) {
        List<Usage> classes = new ArrayList<>();
        instances.forEach((c, n) -> classes.add(usage(c, n, labels)));
        List<Usage> properties = new ArrayList<>();
        uses.forEach((p, n) -> properties.add(usage(p, n, labels)));
        Comparator<Usage> order = Comparator.comparingLong(Usage::count).reversed().thenComparing(Usage::iri);
        classes.sort(order);
        properties.sort(order);
        return new DataSummary(triples, graphs, classes, properties);
    }

    private static Usage usage(Node node, long count, LabelResolver labels) {
        String iri = node.isURI() ? node.getURI() : node.toString();
        return new Usage(iri, labels.labelOrName(node), count);
    }
}
