package org.kgexplorer.core.graph;

/**
 * One change to the graph, undoable: the state before and after. Applying installs {@code after}, reverting
 * installs {@code before}.
 *
 * @param kind what the user did (e.g. "expand", "hide"), for menus and logs
 */
public record GraphEdit(String kind, GraphState before, GraphState after) {
}
