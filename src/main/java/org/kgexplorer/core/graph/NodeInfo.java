package org.kgexplorer.core.graph;

import java.util.List;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.explore.Names;
import org.kgexplorer.core.labels.LabelMode;

/**
 * A resource as a graph node: its id, the Jena node, its names in English and Spanish (read once, so a label
 * mode switch needs no new read) and its classes, most specific first.
 */
public record NodeInfo(String id, Node term, Names names, List<String> classes) {

    public NodeInfo {
        classes = List.copyOf(classes);
    }

    /** The label in a mode. */
    public String label(LabelMode mode) {
        return names.in(mode);
    }

    /** The class that styles the node (its most specific one), or "" when it has none. */
    public String primaryClass() {
        return classes.isEmpty() ? "" : classes.get(0);
    }
}
