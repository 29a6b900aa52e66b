package org.kgexplorer.bench.graph;

import java.util.List;
import java.util.SplittableRandom;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.kgexplorer.ui.graph.render.NodeStyle;
import org.kgexplorer.ui.graph.render.RenderScene;

/**
 * The render benchmarks' graph: {@link RandomGraphs#create(int)} (n nodes labelled {@code "Node <i>"}, 2n edges)
 * with seeded positions spread evenly over a square of side 10 sqrt(n), so no layout runs while rendering is
 * measured. The same arrays give our {@link RenderScene} and the GraphStream graph the stock viewer draws.
 */
final class RenderGraphs {
    private static final List<NodeStyle> STYLES = List.of(
            new NodeStyle("Agency", 0xFF1F77B4, NodeStyle.Shape.CIRCLE),
            new NodeStyle("Country", 0xFFD62728, NodeStyle.Shape.SQUARE),
            new NodeStyle("Task force", 0xFF2CA02C, NodeStyle.Shape.DIAMOND),
            new NodeStyle("Operation", 0xFFFF7F0E, NodeStyle.Shape.TRIANGLE),
            new NodeStyle("Pledge", 0xFF9467BD, NodeStyle.Shape.HEXAGON));

    final int nodes;
    final Graph graph;
    final float[] x;
    final float[] y;
    final String[] label;
    final int[] from;
    final int[] to;

    private RenderGraphs(int nodes) {
        this.nodes = nodes;
        graph = RandomGraphs.create(nodes);
        label = new String[nodes];
        x = new float[nodes];
        y = new float[nodes];
        SplittableRandom place = new SplittableRandom(RandomGraphs.SEED + 1);
        double side = side(nodes);
        for (int i = 0; i < nodes; i++) {
            Node node = graph.getNode(RandomGraphs.nodeId(i));
            label[i] = (String) node.getAttribute("ui.label");
            x[i] = (float) place.nextDouble(side);
            y[i] = (float) place.nextDouble(side);
            node.setAttribute("xyz", x[i], y[i], 0.0);
        }
        int edges = graph.getEdgeCount();
        from = new int[edges];
        to = new int[edges];
        for (int e = 0; e < edges; e++) {
            Edge edge = graph.getEdge(e);
            from[e] = edge.getSourceNode().getIndex();
            to[e] = edge.getTargetNode().getIndex();
        }
    }

    static RenderGraphs create(int nodes) {
        return new RenderGraphs(nodes);
    }

    /** The side of the square the positions fill. */
    static double side(int nodes) {
        return 10 * Math.sqrt(nodes);
    }

    RenderScene scene() {
        int[] style = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            style[i] = i % STYLES.size();
        }
        return new RenderScene(x, y, label, style, new byte[nodes], from, to, new String[from.length],
                new byte[from.length], STYLES);
    }

    /** The same graph for GraphStream's viewer: {@code ui.label} on every node, {@code xyz} positions. */
    Graph graphStream() {
        return graph;
    }
}
