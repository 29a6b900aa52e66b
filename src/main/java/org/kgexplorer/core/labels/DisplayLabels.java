package org.kgexplorer.core.labels;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Labels as the user asked to see them: in English, in Spanish, or both side by side
 * ("Joint Task Force Alpha / Fuerza de Tarea Conjunta Alfa"), each falling back to the other language,
 * then to any label, then to the end of the IRI.
 */
public final class DisplayLabels {
    /** What separates the English and the Spanish label when both are shown. */
    public static final String SEPARATOR = " / ";

    private final LabelMode mode;
    private final LabelResolver english;
    private final LabelResolver spanish;

    public DisplayLabels(Graph graph, LabelMode mode) {
        this.mode = mode;
        this.english = new LabelResolver(graph, List.of("en"));
        this.spanish = new LabelResolver(graph, List.of("es"));
    }

    public LabelMode mode() {
        return mode;
    }

    /** The label to show for a resource. */
    public String label(Node node) {
        return switch (mode) {
            case ENGLISH -> english.find(node).or(() -> spanish.find(node)).orElseGet(() -> english.labelOrName(node));
            case SPANISH -> spanish.find(node).or(() -> english.find(node)).orElseGet(() -> spanish.labelOrName(node));
            case BOTH -> both(node);
        };
    }

    private String both(Node node) {
        var en = english.find(node);
        var es = spanish.find(node);
        if (en.isPresent() && es.isPresent() && !en.get().equals(es.get())) {
            return en.get() + SEPARATOR + es.get();
        }
        return en.or(() -> es).orElseGet(() -> english.labelOrName(node));
    }
}
