package org.kgexplorer.ui.graph;

import java.util.HashMap;
import java.util.Map;

import org.kgexplorer.core.graph.ClassColours;
import org.kgexplorer.ui.graph.render.NodeStyle;

/**
 * Gives each class a colour and a shape, the first time it is seen, and keeps it for the session so a class
 * never changes colour while the user explores. Ten colours (colour-blind-friendly, Tableau 10) and five shapes
 * combine into fifty distinct styles before any repeats. Not thread-safe: used by the graph worker only.
 */
final class ClassStyles {
    /** The style of "+N more" nodes and of nodes without a class. */
    static final int MORE_COLOUR = 0xFF8A8F98;
    static final int UNTYPED_COLOUR = ClassColours.UNTYPED;

    private final Map<String, Integer> assigned = new HashMap<>();

    /** The style of a class ("" for untyped nodes), with its legend text. */
    NodeStyle style(String classIri, String legend) {
        if (classIri.isEmpty()) {
            return new NodeStyle(legend, UNTYPED_COLOUR, NodeStyle.Shape.CIRCLE);
        }
        int i = assigned.computeIfAbsent(classIri, k -> assigned.size());
        NodeStyle.Shape[] shapes = NodeStyle.Shape.values();
        return new NodeStyle(legend, ClassColours.of(i), shapes[(i + i / ClassColours.count()) % shapes.length]);
    }

    NodeStyle more(String legend) {
        return new NodeStyle(legend, MORE_COLOUR, NodeStyle.Shape.CIRCLE);
    }
}
