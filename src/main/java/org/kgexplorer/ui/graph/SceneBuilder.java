package org.kgexplorer.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kgexplorer.core.explore.Names;
import org.kgexplorer.core.graph.EdgeInfo;
import org.kgexplorer.core.graph.Facets;
import org.kgexplorer.core.graph.GraphKeys;
import org.kgexplorer.core.graph.GraphState;
import org.kgexplorer.core.graph.NodeInfo;
import org.kgexplorer.core.graph.VisibleGraph;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.ui.graph.render.NodeStyle;
import org.kgexplorer.ui.graph.render.RenderScene;

/**
 * Builds the scene the canvas draws from the visible graph (off the JavaFX thread): labels in the label mode,
 * a style per class with its legend, edges labelled with the property's label, state bits for selection,
 * highlight, pins and "+N more" nodes, and positions from the layout (a node the layout has not placed yet
 * starts beside the node that brought it in).
 */
final class SceneBuilder {
    /** What the user has selected and highlighted. */
    record Marks(String selectedNode, String selectedEdge, Set<String> highlighted) {
        static final Marks NONE = new Marks(null, null, Set.of());
    }

    /** The words a scene needs: "+{0} more" and the legend of nodes without a class. */
    record Words(String moreFormat, String untyped, String moreLegend) {
    }

    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private SceneBuilder() {
    }

    static GraphScene build(VisibleGraph visible, GraphState state, LabelMode mode, ClassStyles classStyles,
                            Words words, Marks marks, PositionSource positions) {
        List<String> ids = visible.nodeIds();
        int n = ids.size();
        String[] nodeIds = ids.toArray(String[]::new);
        String[] labels = new String[n];
        int[] style = new int[n];
        List<NodeStyle> styles = new ArrayList<>();
        Map<String, Integer> styleIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            NodeInfo node = visible.nodes().get(nodeIds[i]);
            String cls;
            if (node != null) {
                labels[i] = node.label(mode);
                cls = node.primaryClass();
            } else {
                labels[i] = java.text.MessageFormat.format(words.moreFormat(), visible.more().get(nodeIds[i]).count());
                cls = GraphKeys.MORE_PREDICATE;
            }
            style[i] = styleIndex.computeIfAbsent(cls, c -> {
                styles.add(c.equals(GraphKeys.MORE_PREDICATE) ? classStyles.more(words.moreLegend())
                        : classStyles.style(c, c.isEmpty() ? words.untyped() : Facets.capitalised(name(state, c, mode))));
                return styles.size() - 1;
            });
        }
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(nodeIds[i], i);
        }
        List<EdgeInfo> edges = new ArrayList<>(visible.edges().values());
        int m = edges.size();
        String[] edgeIds = new String[m];
        int[] from = new int[m];
        int[] to = new int[m];
        String[] edgeLabels = new String[m];
        for (int j = 0; j < m; j++) {
            EdgeInfo e = edges.get(j);
            edgeIds[j] = e.id();
            from[j] = index.get(e.source());
            to[j] = index.get(e.target());
            edgeLabels[j] = e.predicate().equals(GraphKeys.MORE_PREDICATE) ? null : name(state, e.predicate(), mode);
        }
        float[] x = new float[n];
        float[] y = new float[n];
        RenderScene scene = new RenderScene(x, y, labels, style, new byte[n], from, to, edgeLabels, new byte[m], styles);
        GraphScene built = new GraphScene(scene, nodeIds, edgeIds);
        place(built, state, positions, x, y);
        return marked(built, visible, state, marks);
    }

    /** The scene at the layout's current positions. */
    static GraphScene positioned(GraphScene scene, GraphState state, PositionSource positions) {
        int n = scene.nodeCount();
        float[] x = new float[n];
        float[] y = new float[n];
        place(scene, state, positions, x, y);
        return scene.with(scene.scene().withPositions(x, y));
    }

    /** The scene with state bits for the marks (selection, highlight), pins and "+N more" nodes. */
    static GraphScene marked(GraphScene scene, VisibleGraph visible, GraphState state, Marks marks) {
        int n = scene.nodeCount();
        int m = scene.edgeCount();
        byte[] nodeState = new byte[n];
        byte[] edgeState = new byte[m];
        boolean dim = !marks.highlighted().isEmpty();
        for (int i = 0; i < n; i++) {
            String id = scene.nodeId(i);
            int bits = 0;
            bits |= id.equals(marks.selectedNode()) ? RenderScene.SELECTED : 0;
            bits |= marks.highlighted().contains(id) ? RenderScene.HIGHLIGHTED : 0;
            bits |= state.pinned().contains(id) ? RenderScene.PINNED : 0;
            bits |= visible.more().containsKey(id) ? RenderScene.MORE : 0;
            bits |= dim && (bits & (RenderScene.SELECTED | RenderScene.HIGHLIGHTED)) == 0 ? RenderScene.DIMMED : 0;
            nodeState[i] = (byte) bits;
        }
        for (int j = 0; j < m; j++) {
            String id = scene.edgeId(j);
            int bits = 0;
            bits |= id.equals(marks.selectedEdge()) ? RenderScene.SELECTED : 0;
            bits |= marks.highlighted().contains(id) ? RenderScene.HIGHLIGHTED : 0;
            bits |= dim && bits == 0 ? RenderScene.DIMMED : 0;
            edgeState[j] = (byte) bits;
        }
        return scene.with(scene.scene().withStates(nodeState, edgeState));
    }

    private static void place(GraphScene scene, GraphState state, PositionSource positions, float[] x, float[] y) {
        int n = scene.nodeCount();
        String[] ids = scene.nodeIds();
        positions.positions(ids, x, y);
        int[] placedAround = new int[n];
        for (int i = 0; i < n && !state.positions().isEmpty(); i++) {
            float[] moved = Float.isNaN(x[i]) ? state.positions().get(ids[i]) : null;
            if (moved != null) {
                x[i] = moved[0];
                y[i] = moved[1];
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Float.isNaN(x[i])) {
                continue;
            }
            String anchor = GraphKeys.isMore(ids[i]) ? GraphKeys.continued(ids[i]) : state.broughtBy().get(ids[i]);
            int a = anchor == null ? -1 : scene.indexOfNode(anchor);
            int k = ++placedAround[a >= 0 && !Float.isNaN(x[a]) ? a : 0];
            double r = a >= 0 && !Float.isNaN(x[a]) ? 60 + 6 * Math.sqrt(k) : 40 * Math.sqrt(i);
            double cx = a >= 0 && !Float.isNaN(x[a]) ? x[a] : 0;
            double cy = a >= 0 && !Float.isNaN(x[a]) ? y[a] : 0;
            double angle = (a >= 0 ? k : i) * GOLDEN_ANGLE;
            x[i] = (float) (cx + r * Math.cos(angle));
            y[i] = (float) (cy + r * Math.sin(angle));
        }
    }

    private static String name(GraphState state, String iri, LabelMode mode) {
        Names names = state.vocabulary().get(iri);
        return names != null ? names.in(mode) : LabelResolver.localName(iri);
    }
}
