package org.kgexplorer.ui.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.graph.render.RenderScene;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.util.WaitForAsyncUtils;

/** A graph view model over the bundled graph or the small org.ttl graph, and ways to read its scene. */
final class GraphModelFixture {
    static final String KG = Fixtures.KG;
    static final String EX = "http://example.org/g/";

    final ExplorerContext context;
    final GraphViewModel model;

    GraphModelFixture(KnowledgeStore store) {
        context = new ExplorerContext(store, new TaskRunner(), new I18n());
        model = new GraphViewModel(context);
    }

    static KnowledgeStore org() {
        KnowledgeStore store = new InMemoryStore();
        try {
            store.load(List.of(RdfInputs.resource("org/kgexplorer/core/graph/org.ttl")), LoadMode.ADD,
                    ProgressListener.silent(), Cancellation.none());
        } catch (DataLoadException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    /** Waits (up to 30 s) until the graph work is done and the condition holds. */
    void settle(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.busyProperty().get() && condition.getAsBoolean());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void settle() throws Exception {
        settle(() -> true);
    }

    GraphScene scene() {
        return model.sceneProperty().get();
    }

    List<String> labels() {
        RenderScene s = scene().scene();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.nodeCount(); i++) {
            out.add(s.label(i));
        }
        return out;
    }

    List<String> edgeLabels() {
        RenderScene s = scene().scene();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.edgeCount(); i++) {
            out.add(s.edgeLabel(i));
        }
        return out;
    }

    boolean nodeHas(String id, byte bit) {
        int i = scene().indexOfNode(id);
        return i >= 0 && scene().scene().nodeHas(i, bit);
    }

    boolean edgeHas(String id, byte bit) {
        int i = scene().indexOfEdge(id);
        return i >= 0 && scene().scene().edgeHas(i, bit);
    }
}
