package org.kgexplorer.ui.graph;

import java.util.HashMap;
import java.util.Map;

import org.kgexplorer.ui.graph.render.RenderScene;

/**
 * A scene the canvas draws, with the ids behind its indices: node i of the scene is node {@code nodeId(i)} of
 * the graph (an IRI, or a "+N more" node's id), edge j is edge {@code edgeId(j)}. Immutable.
 */
public final class GraphScene {
    public static final GraphScene EMPTY = new GraphScene(RenderScene.empty(), new String[0], new String[0]);

    private final RenderScene scene;
    private final String[] nodeIds;
    private final String[] edgeIds;
    private final Map<String, Integer> nodeIndex;
    private final Map<String, Integer> edgeIndex;

    GraphScene(RenderScene scene, String[] nodeIds, String[] edgeIds) {
        this.scene = scene;
        this.nodeIds = nodeIds;
        this.edgeIds = edgeIds;
        this.nodeIndex = new HashMap<>(nodeIds.length * 2);
        this.edgeIndex = new HashMap<>(edgeIds.length * 2);
        for (int i = 0; i < nodeIds.length; i++) {
            nodeIndex.put(nodeIds[i], i);
        }
        for (int i = 0; i < edgeIds.length; i++) {
            edgeIndex.put(edgeIds[i], i);
        }
    }

    private GraphScene(RenderScene scene, GraphScene same) {
        this.scene = scene;
        this.nodeIds = same.nodeIds;
        this.edgeIds = same.edgeIds;
        this.nodeIndex = same.nodeIndex;
        this.edgeIndex = same.edgeIndex;
    }

    public RenderScene scene() {
        return scene;
    }

    public int nodeCount() {
        return nodeIds.length;
    }

    public int edgeCount() {
        return edgeIds.length;
    }

    /** The node ids in scene order (shared, not copied: do not change). */
    String[] nodeIds() {
        return nodeIds;
    }

    /** The graph id of scene node {@code i}. */
    public String nodeId(int i) {
        return nodeIds[i];
    }

    /** The graph id of scene edge {@code i}. */
    public String edgeId(int i) {
        return edgeIds[i];
    }

    /** The scene index of a node, or -1. */
    public int indexOfNode(String id) {
        return nodeIndex.getOrDefault(id, -1);
    }

    /** The scene index of an edge, or -1. */
    public int indexOfEdge(String id) {
        return edgeIndex.getOrDefault(id, -1);
    }

    /** The same scene with another render scene (new positions or states). */
    GraphScene with(RenderScene other) {
        return new GraphScene(other, this);
    }
}
