package org.kgexplorer.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.remote.EndpointProfile;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.testing.GatedProxy;
import org.kgexplorer.testing.LoopbackFuseki;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The graph over an endpoint that is slow to answer: while an expand waits for the server, the window goes on
 * answering (choosing another node reads the graph's state, which once waited for the server's answer).
 */
@ExtendWith(ApplicationExtension.class)
class EndpointGraphTest {
    /** The organisations the endpoint serves (read only), and its agencies. */
    static DatasetGraph data;
    static java.util.List<String> agencyIris;

    @BeforeAll
    static void generate() {
        data = DatasetGraphFactory.createTxnMem();
        new OrgDataGenerator(9, 5_000).generate(StreamRDFLib.dataset(data));
        Node agencyClass = NodeFactory.createURI("https://kgexplorer.org/ontology#Agency");
        agencyIris = data.getDefaultGraph().find(Node.ANY, RDF.type.asNode(), agencyClass)
                .mapWith(t -> t.getSubject().getURI()).toList();
    }

    @Test
    void choosingANodeWhileAnExpandWaitsForTheServerDoesNotWaitForIt(FxRobot robot) throws Exception {
        String agency = agencyIris.get(0);
        AtomicBoolean hold = new AtomicBoolean();
        try (LoopbackFuseki fuseki = LoopbackFuseki.open("org", data);
             GatedProxy proxy = new GatedProxy(fuseki.sparql(), query -> hold.get())) {
            RemoteStore store = new RemoteStore(EndpointProfile.open(URI.create(proxy.url())), null);
            GraphView[] made = new GraphView[1];
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                made[0] = new GraphView(new GraphViewModel(new ExplorerContext(store, new TaskRunner(), new I18n())));
                stage[0] = new Stage();
                stage[0].setScene(new Scene(made[0], 900, 600));
                stage[0].show();
                made[0].openEntity(agency);
            });
            GraphView view = made[0];
            try {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.model().graph().state().nodes().size() > 2
                        && !view.model().busyProperty().get());
                String[] others = view.model().graph().state().nodes().keySet().stream().filter(id -> !id.equals(agency))
                        .limit(2).toArray(String[]::new);
                hold.set(true);
                robot.interact(() -> view.model().expand(others[0]));
                assertTrue(proxy.awaitHeld(10), "the expand's request reached the server");
                // the server holds the answer: choosing another node answers at once all the same
                WaitForAsyncUtils.asyncFx(() -> view.model().trace().select(others[1])).get(10, TimeUnit.SECONDS);
                proxy.open();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.model().busyProperty().get()
                        && view.model().graph().state().expansions().containsKey(others[0]));
            } finally {
                proxy.open();
                robot.interact(() -> {
                    view.dispose();
                    stage[0].close();
                });
            }
        }
    }

    /**
     * A project's view being restored over a slow endpoint is what the view holds for a save or the session, and
     * stays so when the restore fails: a save meanwhile kept an empty graph instead (found in review).
     */
    @Test
    void aViewBeingRestoredOrThatFailedToComeBackIsWhatTheViewHolds(FxRobot robot) throws Exception {
        java.util.List<String> agencies = agencyIris.subList(0, 2);
        org.kgexplorer.core.project.ViewState saved = new org.kgexplorer.core.project.ViewState(agencies,
                java.util.Map.of(agencies.get(0), new org.kgexplorer.core.project.ViewState.Point(10, 20)),
                java.util.Set.of(agencies.get(0)), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), "FORCE",
                org.kgexplorer.core.project.ViewState.Camera.DEFAULT, java.util.List.of());
        LoopbackFuseki fuseki = LoopbackFuseki.open("org", data);
        try (GatedProxy proxy = new GatedProxy(fuseki.sparql(), query -> true)) {
            RemoteStore store = new RemoteStore(EndpointProfile.open(URI.create(proxy.url())), null);
            GraphView[] made = new GraphView[1];
            Stage[] stage = new Stage[1];
            javafx.concurrent.Task<?>[] work = new javafx.concurrent.Task<?>[1];
            robot.interact(() -> {
                made[0] = new GraphView(new GraphViewModel(new ExplorerContext(store, new TaskRunner(), new I18n())));
                stage[0] = new Stage();
                stage[0].setScene(new Scene(made[0], 900, 600));
                stage[0].show();
                work[0] = made[0].restore(saved);
            });
            GraphView view = made[0];
            try {
                assertTrue(proxy.awaitHeld(10), "the restore's request reached the server");
                assertEquals(saved, WaitForAsyncUtils.asyncFx(view::capture).get(10, TimeUnit.SECONDS),
                        "while the server holds the answer");
                // the server goes away: the restore fails, and the view still holds what the project said
                fuseki.close();
                proxy.open();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> WaitForAsyncUtils.asyncFx(work[0]::getState).get(10, TimeUnit.SECONDS)
                                == javafx.concurrent.Worker.State.FAILED);
                assertEquals(saved, WaitForAsyncUtils.asyncFx(view::capture).get(10, TimeUnit.SECONDS),
                        "after the restore failed");
            } finally {
                robot.interact(() -> {
                    view.dispose();
                    stage[0].close();
                });
            }
        } finally {
            fuseki.close();
        }
    }

    /**
     * An entity opened right after the labels' language changed stays chosen: the relabelled scene, published while
     * the open waited for the server, does not hold it and dropped the selection (seen once in ProjectWindowTest).
     */
    @Test
    void anEntityOpenedWhileAnEarlierSceneIsPublishedStaysChosen(FxRobot robot) throws Exception {
        String agency = agencyIris.get(0);
        try (LoopbackFuseki fuseki = LoopbackFuseki.open("org", data);
             GatedProxy proxy = new GatedProxy(fuseki.sparql(), query -> true)) {
            RemoteStore store = new RemoteStore(EndpointProfile.open(URI.create(proxy.url())), null);
            ExplorerContext context = new ExplorerContext(store, new TaskRunner(), new I18n());
            GraphView[] made = new GraphView[1];
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                made[0] = new GraphView(new GraphViewModel(context));
                stage[0] = new Stage();
                stage[0].setScene(new Scene(made[0], 900, 600));
                stage[0].show();
                context.labelModeProperty().set(org.kgexplorer.core.labels.LabelMode.SPANISH);
                made[0].openEntity(agency);
            });
            GraphView view = made[0];
            try {
                assertTrue(proxy.awaitHeld(10), "the open's request reached the server");
                proxy.open();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                        !view.model().busyProperty().get() && view.model().sceneProperty().get() != null
                                && view.model().sceneProperty().get().indexOfNode(agency) >= 0).get(10, TimeUnit.SECONDS));
                assertEquals(agency, WaitForAsyncUtils.asyncFx(() -> view.model().trace().selectedNodeProperty().get())
                        .get(10, TimeUnit.SECONDS));
            } finally {
                robot.interact(() -> {
                    view.dispose();
                    stage[0].close();
                });
            }
        }
    }
}
