package org.kgexplorer.ui.graph;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.kgexplorer.core.graph.KgGraph;
import org.kgexplorer.core.graph.layout.ForceAtlas2Layout;
import org.kgexplorer.core.graph.layout.HierarchicalLayout;
import org.kgexplorer.core.graph.layout.LayoutRunner;
import org.kgexplorer.core.graph.layout.LayoutSnapshot;
import org.kgexplorer.core.graph.layout.RadialLayout;
import org.kgexplorer.core.graph.layout.SnapshotLayout;
import org.kgexplorer.core.graph.layout.TargetLayout;
import org.kgexplorer.ui.graph.render.GraphCanvas;
import org.kgexplorer.ui.graph.render.RenderScene;

/**
 * Runs the chosen layout over the view model's graph on its own thread and shows each step on the canvas: the
 * layout follows the GraphStream graph as a sink, the view model reads its snapshots as positions, and each new
 * snapshot becomes one redraw (coalesced: a slow frame skips steps, never queues them). Pins and moves from the
 * view model's (undoable) state are applied to the layout; a node being dragged follows the pointer.
 */
final class GraphLayoutDriver implements AutoCloseable {
    /** The layouts a user can choose. */
    enum Kind { FORCE, HIERARCHICAL, RADIAL }

    /**
     * At most this many layout steps a second: a graph of a few dozen nodes settles in about 500 steps, so it comes
     * to rest in about two seconds, and the screen (at most one frame a pulse) still shows the motion.
     */
    private static final double STEPS_PER_SECOND = 240;

    private final GraphViewModel model;
    private final GraphCanvas canvas;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.FORCE);
    private final BooleanProperty frozen = new SimpleBooleanProperty(this, "frozen");
    private final AtomicReference<RenderScene> nextFrame = new AtomicReference<>();
    private final AtomicBoolean frameQueued = new AtomicBoolean();
    private final Set<String> pinnedInLayout = new HashSet<>();
    private volatile SnapshotLayout layout;
    private Runnable onFrame = () -> { };
    private LayoutRunner runner;

    GraphLayoutDriver(GraphViewModel model, GraphCanvas canvas) {
        this.model = model;
        this.canvas = canvas;
        // Reads the latest snapshot of whichever layout runs; it keeps its index mapping while the graph's shape stays.
        model.setPositionSource(new LayoutPositions(() -> layout.snapshot()));
        start(Kind.FORCE, null);
        kind.addListener((obs, old, now) -> {
            // Choosing a layout means "arrange the graph this way now", even when it was frozen.
            frozen.set(false);
            start(now, model.trace().selectedNodeProperty().get());
        });
        frozen.addListener((obs, old, now) -> {
            if (now) {
                runner.pause();
            } else {
                runner.resume();
            }
        });
        // Hierarchical layers wrap to the view's shape, so a resized view reshapes them.
        canvas.widthProperty().addListener((obs, old, now) -> tellAspect(layout));
        canvas.heightProperty().addListener((obs, old, now) -> tellAspect(layout));
        model.sceneProperty().addListener((obs, old, scene) -> {
            applyPins();
            canvas.setScene(model.positionedScene());
            // a new graph's names give the hierarchical rows their places (the old graph's did until a resize)
            tellAspect(layout);
            onFrame.run();
        });
    }

    /** Runs after each new frame was handed to the canvas (JavaFX thread). */
    void setOnFrame(Runnable onFrame) {
        this.onFrame = onFrame;
    }

    /** Which layout arranges the graph. */
    ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** True while the layout is frozen: nothing moves but what the user drags. */
    BooleanProperty frozenProperty() {
        return frozen;
    }

    /** The positions of the last step. */
    LayoutSnapshot snapshot() {
        return layout.snapshot();
    }

    /** Follows a drag: the node is held where the pointer is while the drag lasts. */
    void drag(String nodeId, double x, double y) {
        layout.freezeNode(nodeId, true);
        layout.moveNode(nodeId, x, y);
        if (frozen.get()) {
            layout.applyPendingChanges();
            queueFrame();
        }
    }

    /** Makes a settled layout move again (after the graph changed shape a lot, or on the user's request). */
    void reheat() {
        layout.reheat();
    }

    private void tellAspect(SnapshotLayout target) {
        if (target instanceof HierarchicalLayout hierarchical && canvas.getWidth() >= 1 && canvas.getHeight() >= 1) {
            double nodeGap = LAYER_GAP / 2 * labelCell(canvas.scene());
            if (nodeGap != placeGap) {
                placeGap = nodeGap;
                hierarchical.setGaps(LAYER_GAP, nodeGap);
            }
            hierarchical.setAspect(canvas.getWidth() / canvas.getHeight());
        }
    }

    private static final double LAYER_GAP = 10;
    /** The row gap last given to a hierarchical layout (reset when another layout starts). */
    private double placeGap = Double.NaN;

    /**
     * How much wider than high a node's place in a hierarchical row must be for its label, drawn to its right, to
     * clear the next node's: the median label's width (about 0.55 em a character, at most the 48 characters a label is
     * cut to, plus the marker) over a row's height (2.4 em). Rows of square places drew each label across the next
     * four or five nodes of its row at 1280x720.
     */
    static double labelCell(org.kgexplorer.ui.graph.render.RenderScene scene) {
        int n = scene == null ? 0 : scene.nodeCount();
        if (n == 0) {
            return 1;
        }
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            String label = scene.label(i);
            lengths[i] = Math.min(48, label == null ? 0 : label.length());
        }
        java.util.Arrays.sort(lengths);
        return Math.max(1, (lengths[n / 2] * 0.55 + 3) / 2.4);
    }

    private void start(Kind chosen, String root) {
        SnapshotLayout previous = layout;
        SnapshotLayout next = switch (chosen) {
            case FORCE -> new ForceAtlas2Layout();
            case HIERARCHICAL -> new HierarchicalLayout();
            case RADIAL -> new RadialLayout();
        };
        KgGraph graph = model.graph();
        // Holding the graph's lock: no change slips in between attaching the new layout and replaying the nodes.
        synchronized (graph) {
            if (previous != null) {
                previous.detach();
                next.seed(previous.snapshot());
            }
            if (next instanceof TargetLayout target) {
                String first = root != null ? root : graph.graph().nodes().map(n -> n.getId()).findFirst().orElse(null);
                if (first != null) {
                    target.setRoot(first);
                }
            }
            placeGap = Double.NaN;
            tellAspect(next);
            // KgGraph installs a change holding its own lock: the layout takes it whole, never half a scene.
            next.setChangeGuard(graph);
            next.attach(graph.graph());
        }
        if (runner != null) {
            runner.close();
        }
        layout = next;
        pinnedInLayout.clear();
        applyPins();
        runner = new LayoutRunner(next, STEPS_PER_SECOND);
        runner.addListener(snapshot -> {
            nextFrame.set(model.positionedScene());
            queueFrame();
        });
        if (frozen.get()) {
            runner.pause();
        }
        runner.start();
    }

    private void queueFrame() {
        if (frameQueued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                frameQueued.set(false);
                RenderScene scene = nextFrame.getAndSet(null);
                canvas.setScene(scene != null ? scene : model.positionedScene());
                onFrame.run();
            });
        }
    }

    /** Makes the layout hold the nodes the state pins, where the state put them, and release the others. */
    private void applyPins() {
        Set<String> pinned = model.graph().state().pinned();
        Map<String, float[]> at = model.graph().state().positions();
        for (String id : pinned) {
            float[] p = at.get(id);
            if (p != null) {
                layout.moveNode(id, p[0], p[1]);
            }
            layout.freezeNode(id, true);
        }
        for (String id : pinnedInLayout) {
            if (!pinned.contains(id)) {
                layout.freezeNode(id, false);
            }
        }
        pinnedInLayout.clear();
        pinnedInLayout.addAll(pinned);
        if (frozen.get()) {
            layout.applyPendingChanges();
        }
    }

    @Override
    public void close() {
        runner.close();
        layout.detach();
    }
}
