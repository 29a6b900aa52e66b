package org.kgexplorer.ui.graph;

import java.util.HashMap;
import java.util.Map;

import org.kgexplorer.ui.graph.render.NodeStyle;

/**
 * Gives each class a colour and a shape, the first time it is seen, and keeps it for the session so a class
 * never changes colour while the user explores. Ten colours (colour-blind-friendly, Tableau 10) and five shapes
 * combine into fifty distinct styles before any repeats. Not thread-safe: used by the graph worker only.
 */
final class ClassStyles {
    static final int[] COLOURS = {0xFF4E79A7, 0xFFF28E2B, 0xFFE15759, 0xFF76B7B2, 0xFF59A14F, 0xFFEDC948,
        0xFFB07AA1, 0xFFFF9DA7, 0xFF9C755F, 0xFFBAB0AC};
    /** The style of "+N more" nodes and of nodes without a class. */
    static final int MORE_COLOUR = 0xFF8A8F98;
    static final int UNTYPED_COLOUR = 0xFF6B7280;

    private final Map<String, Integer> assigned = new HashMap<>();

    /** The style of a class ("" for untyped nodes), with its legend text. */
    NodeStyle style(String classIri, String legend) {
        if (classIri.isEmpty()) {
            return new NodeStyle(legend, UNTYPED_COLOUR, NodeStyle.Shape.CIRCLE);
        }
        int i = assigned.computeIfAbsent(classIri, k -> assigned.size());
        NodeStyle.Shape[] shapes = NodeStyle.Shape.values();
        return new NodeStyle(legend, COLOURS[i % COLOURS.length], shapes[(i + i / COLOURS.length) % shapes.length]);
    }

    NodeStyle more(String legend) {
        return new NodeStyle(legend, MORE_COLOUR, NodeStyle.Shape.CIRCLE);
    }
}
