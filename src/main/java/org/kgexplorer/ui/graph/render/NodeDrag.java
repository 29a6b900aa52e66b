package org.kgexplorer.ui.graph.render;

/** Told while the user drags a node: its index, where it is now in graph coordinates, and whether the drag ended. */
@FunctionalInterface
public interface NodeDrag {
    void dragged(int node, double x, double y, boolean finished);
}
