package org.kgexplorer.core.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;

/**
 * The relationship graph the user explores. Its model is a GraphStream {@link MultiGraph} holding exactly what
 * is visible (node id = IRI, edge id = subject|predicate|object, attributes in {@link GraphKeys}), so a layout
 * attached to it as a sink follows every change; pins and moves reach the layout as the standard
 * "layout.frozen" and "xyz" node attributes. Behind it, a {@link GraphState} holds everything in scope, and
 * every change is a {@link GraphEdit} on one undo history. Changes are installed one at a time, holding this
 * object's lock, so the sinks see a consistent stream of events; a sink that applies them on another thread takes
 * each change whole by holding the same lock (a layout's change guard). A change's operation is computed outside that lock (it may read the store, over a
 * network) and applied again if another change was installed meanwhile. Reading the state never waits for a change
 * being computed: the JavaFX thread reads it (the selection's pin, the status line) while the worker waits for an
 * endpoint, and it blocked the window for as long as the server took before.
 */
public final class KgGraph {
    private final MultiGraph graph = new MultiGraph("kgx", false, false);
    private final EditHistory history = new EditHistory();
    /** The state last installed and what it shows, read together (one volatile field, never a mixed pair). */
    private volatile Installed installed = new Installed(GraphState.EMPTY, new VisibleGraph(GraphState.EMPTY));

    private record Installed(GraphState state, VisibleGraph visible) {
    }

    /** The GraphStream graph (what is visible). Attach sinks to it; do not change it directly. */
    public MultiGraph graph() {
        return graph;
    }

    /**
     * Runs an action on the GraphStream graph while no change can happen, e.g. to attach a layout
     * ({@code kg.withGraph(layout::attach)}) so no event falls between reading the graph and following it.
     */
    public synchronized void withGraph(java.util.function.Consumer<MultiGraph> action) {
        action.accept(graph);
    }

    /** The state last installed; never waits for a change being computed. */
    public GraphState state() {
        return installed.state();
    }

    /** What the last installed state shows; never waits for a change being computed. */
    public VisibleGraph visible() {
        return installed.visible();
    }

    /**
     * Changes the graph through {@code operation} and records the change for undo.
     *
     * @return whether anything changed
     */
    public boolean change(String kind, UnaryOperator<GraphState> operation) {
        return change(kind, operation, () -> true);
    }

    /**
     * As {@link #change(String, UnaryOperator)}, installing the result only if {@code wanted} still says so once it
     * is computed (checked under the lock): a change cancelled while it waited for its data never lands after a
     * later one.
     */
    public boolean change(String kind, UnaryOperator<GraphState> operation, java.util.function.BooleanSupplier wanted) {
        while (true) {
            GraphState before = state();
            GraphState next = operation.apply(before);
            synchronized (this) {
                if (!wanted.getAsBoolean()) {
                    return false;
                }
                if (state() != before) {
                    continue;
                }
                if (next == before) {
                    return false;
                }
                history.record(new GraphEdit(kind, before, next));
                install(next);
                return true;
            }
        }
    }

    /** Takes back the last change; false when there is none. */
    public synchronized boolean undo() {
        GraphEdit edit = history.undo();
        if (edit == null) {
            return false;
        }
        install(edit.before());
        return true;
    }

    /** Does the last undone change again; false when there is none. */
    public synchronized boolean redo() {
        GraphEdit edit = history.redo();
        if (edit == null) {
            return false;
        }
        install(edit.after());
        return true;
    }

    public synchronized boolean canUndo() {
        return history.canUndo();
    }

    public synchronized boolean canRedo() {
        return history.canRedo();
    }

    /** What the next undo and redo would do (their kinds, or null). */
    public synchronized String[] undoRedoKinds() {
        return new String[] {history.undoKind(), history.redoKind()};
    }

    /**
     * Puts a state in place without recording it, and forgets the history (for a graph read again after the data
     * changed: the earlier states describe the old data).
     */
    public void reset(UnaryOperator<GraphState> operation) {
        reset(operation, () -> true);
    }

    /** As {@link #reset(UnaryOperator)}, putting the state in place only if {@code wanted} still says so. */
    public void reset(UnaryOperator<GraphState> operation, java.util.function.BooleanSupplier wanted) {
        while (true) {
            GraphState before = state();
            GraphState next = operation.apply(before);
            synchronized (this) {
                if (!wanted.getAsBoolean()) {
                    return;
                }
                if (state() != before) {
                    continue;
                }
                history.clear();
                install(next);
                return;
            }
        }
    }

    /** Empties the graph and forgets its history. */
    public synchronized void clear() {
        history.clear();
        install(GraphState.EMPTY);
    }

    /** Makes the GraphStream graph show {@code next}, changing only what differs. */
    private void install(GraphState next) {
        GraphState previous = state();
        VisibleGraph shown = new VisibleGraph(next);
        List<String> gone = new ArrayList<>();
        graph.edges().forEach(e -> {
            if (!shown.edges().containsKey(e.getId())) {
                gone.add(e.getId());
            }
        });
        gone.forEach(graph::removeEdge);
        gone.clear();
        graph.nodes().forEach(n -> {
            if (!shown.contains(n.getId())) {
                gone.add(n.getId());
            }
        });
        gone.forEach(graph::removeNode);
        for (NodeInfo info : shown.nodes().values()) {
            Node n = graph.getNode(info.id());
            if (n == null) {
                n = graph.addNode(info.id());
                n.setAttribute(GraphKeys.TERM, info.term());
                n.setAttribute(GraphKeys.CLASSES, (Object) info.classes().toArray(String[]::new));
            } else if (!info.equals(previous.nodes.get(info.id()))) {
                n.setAttribute(GraphKeys.CLASSES, (Object) info.classes().toArray(String[]::new));
            }
            arrange(n, previous, next);
        }
        for (VisibleGraph.More more : shown.more().values()) {
            Node n = graph.getNode(more.id());
            if (n == null) {
                n = graph.addNode(more.id());
            }
            Object[] tag = {more.continues(), more.count()};
            if (!Arrays.equals((Object[]) n.getAttribute(GraphKeys.MORE), tag)) {
                n.setAttribute(GraphKeys.MORE, (Object) tag);
            }
        }
        for (EdgeInfo e : shown.edges().values()) {
            if (graph.getEdge(e.id()) == null) {
                Edge edge = graph.addEdge(e.id(), e.source(), e.target(), true);
                edge.setAttribute(GraphKeys.PREDICATE, e.predicate());
            }
        }
        installed = new Installed(next, shown);
    }

    /** Tells the layout (through the node's attributes) about a pin or a move that changed. */
    private static void arrange(Node n, GraphState previous, GraphState next) {
        String id = n.getId();
        boolean pinned = next.pinned.contains(id);
        if (pinned != n.hasAttribute("layout.frozen")) {
            if (pinned) {
                n.setAttribute("layout.frozen");
            } else {
                n.removeAttribute("layout.frozen");
            }
        }
        float[] at = next.positions.get(id);
        float[] was = previous.positions.get(id);
        if (at != null && (!Arrays.equals(at, was) || !n.hasAttribute("xyz"))) {
            n.setAttribute("xyz", (double) at[0], (double) at[1], 0.0);
        }
    }
}
