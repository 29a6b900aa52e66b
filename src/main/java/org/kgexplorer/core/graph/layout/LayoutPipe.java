package org.kgexplorer.core.graph.layout;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.stream.SourceBase;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.graphstream.ui.layout.Layout;

/**
 * The GraphStream side of our layouts: a pipe that queues the graph's events (from whatever thread changes the
 * graph) and applies them to the {@link LayoutGraph} on the layout's own thread, forwarding them to its own sinks
 * from there. Attributes it understands, as GraphStream's layouts do: "xyz", "xy", "x", "y" move a node,
 * "layout.frozen" pins it while present.
 */
abstract class LayoutPipe extends SourceBase implements Layout {
    final LayoutGraph graph = new LayoutGraph();
    private final Queue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private volatile Runnable onChange = () -> { };
    private volatile Object changeGuard;
    private Graph attached;
    volatile boolean sendNodeInfos;

    LayoutPipe(String sourceId) {
        super(sourceId);
    }

    /** Called on the layout's thread whenever the graph, a pin or a position changed. */
    abstract void changed();

    /** Gives node i a position (and marks it placed). */
    void setPosition(int i, double x, double y) {
        graph.x[i] = x;
        graph.y[i] = y;
        graph.placed[i] = true;
    }

    /**
     * Follows a graph: becomes its sink and takes its current nodes and edges (with their "xyz"/"xy"/"x","y"
     * positions where they have one, and pinned where "layout.frozen" is set). Call it on the thread that changes
     * the graph (for graph-core's KgGraph: while holding its lock), so no event falls between the two.
     */
    public void attach(Graph g) {
        detach();
        attached = g;
        g.addSink(this);
        for (Node node : g) {
            String id = node.getId();
            double[] xyz = position(node);
            boolean frozen = node.hasAttribute("layout.frozen");
            enqueue(() -> {
                int i = graph.addNode(id);
                if (i >= 0 && xyz != null) {
                    setPosition(i, xyz[0], xyz[1]);
                }
                if (i >= 0) {
                    graph.pinned[i] = frozen;
                }
            });
        }
        g.edges().forEach(e -> enqueueEdge(e));
    }

    private void enqueueEdge(Edge e) {
        String id = e.getId();
        String a = e.getSourceNode().getId();
        String b = e.getTargetNode().getId();
        enqueue(() -> graph.addEdge(id, a, b));
    }

    private static double[] position(Node node) {
        for (String key : new String[] {"xyz", "xy"}) {
            if (node.hasAttribute(key)) {
                double[] xyz = new double[3];
                GraphPosLengthUtils.positionFromObject(node.getAttribute(key), xyz);
                return xyz;
            }
        }
        if (node.hasNumber("x") && node.hasNumber("y")) {
            return new double[] {node.getNumber("x"), node.getNumber("y"), 0};
        }
        return null;
    }

    /** Stops following the graph given to {@link #attach}, if any. */
    public void detach() {
        if (attached != null) {
            attached.removeSink(this);
            attached = null;
        }
    }

    /** Called (on the thread that made it) after every queued change; a runner uses it to wake up. */
    public void setOnChange(Runnable listener) {
        onChange = listener == null ? () -> { } : listener;
    }

    /** True when changes wait to be applied by the next step. */
    public boolean hasPendingChanges() {
        return !inbox.isEmpty();
    }

    void enqueue(Runnable change) {
        inbox.add(change);
        onChange.run();
    }

    /**
     * The monitor that whoever changes the graph holds while making one whole change (for graph-core's KgGraph: the
     * KgGraph itself). The queued changes are then applied holding it too, so a step sees all of a change or none of
     * it (a step that took a scene's nodes without their edges once flung Alpha's graph 400,000 units away; ADR 11).
     * Never stop the layout's thread while holding it: the thread may be waiting for it.
     */
    public void setChangeGuard(Object guard) {
        changeGuard = guard;
    }

    void drain() {
        Object guard = changeGuard;
        if (guard == null) {
            drainQueued();
        } else {
            synchronized (guard) {
                drainQueued();
            }
        }
    }

    private void drainQueued() {
        Runnable change;
        while ((change = inbox.poll()) != null) {
            change.run();
        }
    }

    /** Sends every node's position as an "xyz" attribute change, as GraphStream's layouts do after a step. */
    void sendPositions() {
        for (int i = 0; i < graph.nodeCount(); i++) {
            Object[] value = {graph.x[i], graph.y[i], 0.0};
            sendNodeAttributeChanged(sourceId, graph.id(i), "xyz", value, value);
            if (sendNodeInfos) {
                String info = nodeInfo(i);
                sendNodeAttributeChanged(sourceId, graph.id(i), "layout.info", info, info);
            }
        }
    }

    /** What "layout.info" says about node i when node infos are on. */
    String nodeInfo(int i) {
        return graph.pinned[i] ? "pinned" : "free";
    }

    private boolean echo(String source) {
        return sourceId.equals(source);
    }

    // ---- ElementSink

    @Override
    public void nodeAdded(String source, long time, String nodeId) {
        if (!echo(source)) {
            enqueue(() -> {
                if (graph.addNode(nodeId) >= 0) {
                    changed();
                }
                sendNodeAdded(source, time, nodeId);
            });
        }
    }

    @Override
    public void nodeRemoved(String source, long time, String nodeId) {
        if (!echo(source)) {
            enqueue(() -> {
                if (graph.removeNode(nodeId)) {
                    changed();
                }
                sendNodeRemoved(source, time, nodeId);
            });
        }
    }

    @Override
    public void edgeAdded(String source, long time, String edgeId, String from, String to, boolean directed) {
        if (!echo(source)) {
            enqueue(() -> {
                if (graph.addEdge(edgeId, from, to)) {
                    changed();
                }
                sendEdgeAdded(source, time, edgeId, from, to, directed);
            });
        }
    }

    @Override
    public void edgeRemoved(String source, long time, String edgeId) {
        if (!echo(source)) {
            enqueue(() -> {
                if (graph.removeEdge(edgeId)) {
                    changed();
                }
                sendEdgeRemoved(source, time, edgeId);
            });
        }
    }

    @Override
    public void graphCleared(String source, long time) {
        if (!echo(source)) {
            enqueue(() -> {
                graph.clear();
                changed();
                sendGraphCleared(source, time);
            });
        }
    }

    @Override
    public void stepBegins(String source, long time, double step) {
        if (!echo(source) && !eltsSinks.isEmpty()) {
            enqueue(() -> sendStepBegins(source, time, step));
        }
    }

    // ---- AttributeSink

    private boolean forwardsAttributes() {
        return !attrSinks.isEmpty();
    }

    @Override
    public void nodeAttributeAdded(String source, long time, String nodeId, String attribute, Object value) {
        nodeAttribute(source, nodeId, attribute, value, () -> sendNodeAttributeAdded(source, time, nodeId,
                attribute, value));
    }

    @Override
    public void nodeAttributeChanged(String source, long time, String nodeId, String attribute, Object oldValue,
            Object newValue) {
        nodeAttribute(source, nodeId, attribute, newValue, () -> sendNodeAttributeChanged(source, time, nodeId,
                attribute, oldValue, newValue));
    }

    @Override
    public void nodeAttributeRemoved(String source, long time, String nodeId, String attribute) {
        nodeAttribute(source, nodeId, attribute, null, () -> sendNodeAttributeRemoved(source, time, nodeId,
                attribute));
    }

    private void nodeAttribute(String source, String nodeId, String attribute, Object value, Runnable forward) {
        if (echo(source)) {
            return;
        }
        boolean position = attribute.equals("xyz") || attribute.equals("xy") || attribute.equals("x")
                || attribute.equals("y");
        boolean frozen = attribute.equals("layout.frozen");
        if (!position && !frozen && !forwardsAttributes()) {
            return;
        }
        enqueue(() -> {
            int i = graph.indexOf(nodeId);
            if (i >= 0 && frozen) {
                graph.pinned[i] = value != null;
                changed();
            } else if (i >= 0 && position && value != null) {
                movedByAttribute(i, attribute, value);
                changed();
            }
            forward.run();
        });
    }

    private void movedByAttribute(int i, String attribute, Object value) {
        if (attribute.equals("x") || attribute.equals("y")) {
            if (value instanceof Number number) {
                double v = number.doubleValue();
                setPosition(i, attribute.equals("x") ? v : graph.x[i], attribute.equals("y") ? v : graph.y[i]);
            }
        } else {
            double[] p = new double[3];
            GraphPosLengthUtils.positionFromObject(value, p);
            setPosition(i, p[0], p[1]);
        }
    }

    @Override
    public void edgeAttributeAdded(String source, long time, String edgeId, String attribute, Object value) {
        forward(source, () -> sendEdgeAttributeAdded(source, time, edgeId, attribute, value));
    }

    @Override
    public void edgeAttributeChanged(String source, long time, String edgeId, String attribute, Object oldValue,
            Object newValue) {
        forward(source, () -> sendEdgeAttributeChanged(source, time, edgeId, attribute, oldValue, newValue));
    }

    @Override
    public void edgeAttributeRemoved(String source, long time, String edgeId, String attribute) {
        forward(source, () -> sendEdgeAttributeRemoved(source, time, edgeId, attribute));
    }

    @Override
    public void graphAttributeAdded(String source, long time, String attribute, Object value) {
        forward(source, () -> sendGraphAttributeAdded(source, time, attribute, value));
    }

    @Override
    public void graphAttributeChanged(String source, long time, String attribute, Object oldValue,
            Object newValue) {
        forward(source, () -> sendGraphAttributeChanged(source, time, attribute, oldValue, newValue));
    }

    @Override
    public void graphAttributeRemoved(String source, long time, String attribute) {
        forward(source, () -> sendGraphAttributeRemoved(source, time, attribute));
    }

    private void forward(String source, Runnable send) {
        if (!echo(source) && forwardsAttributes()) {
            enqueue(send);
        }
    }
}
