package org.kgexplorer.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TreeCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.ClassTree.ClassNode;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.remote.EndpointProfile;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.remote.TextSearch;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.ui.details.ExplorerFixture;
import org.kgexplorer.testing.GatedProxy;
import org.kgexplorer.testing.LoopbackFuseki;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An endpoint's class tree shows its classes at once, "counting…", then the counts, or "many" when they do not
 * finish within the connection's time limit; a tree that goes away stops its count (issue 16, ADR 41). A real Fuseki
 * answers through a proxy that holds the grouped counts until the test lets them through.
 */
@ExtendWith(ApplicationExtension.class)
class EndpointClassTreeTest {
    static final String KGX = "https://kgexplorer.org/ontology#";
    static LoopbackFuseki fuseki;
    static DatasetGraph data;
    GatedProxy proxy;

    @BeforeAll
    static void serve() {
        data = DatasetGraphFactory.createTxnMem();
        new OrgDataGenerator(9, 5_000).generate(StreamRDFLib.dataset(data));
        data.getDefaultGraph().add(Triple.create(NodeFactory.createURI(KGX + "Pledge"), RDFS.subClassOf.asNode(),
                NodeFactory.createURI(KGX + "Commitment")));
        fuseki = LoopbackFuseki.open("org", data);
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    @AfterEach
    void closeProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    private ExplorerFixture window(FxRobot robot, int timeoutSeconds) throws Exception {
        proxy = new GatedProxy(fuseki.sparql(), query -> query.contains("GROUP BY"));
        EndpointProfile open = EndpointProfile.open(URI.create(proxy.url()));
        RemoteStore store = new RemoteStore(new EndpointProfile(open.url(), open.auth(), open.user(), open.caCert(),
                timeoutSeconds, open.pageSize(), TextSearch.NONE), null);
        ExplorerFixture[] ui = new ExplorerFixture[1];
        robot.interact(() -> ui[0] = new ExplorerFixture(new Stage(), store));
        return ui[0];
    }

    private static long typed(String local) {
        return data.getDefaultGraph().find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(KGX + local)).toList().size();
    }

    /**
     * The count the tree shows for a class, "" while no cell shows it; read on the JavaFX thread, where a cell being
     * laid out again can be without its count for a moment (the TDB2 run caught one so, and the lookup threw).
     */
    private static String shownCount(FxRobot robot, String iri) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                    .filter(c -> c.getItem() instanceof ClassNode n && n.iri().equals(iri))
                    .map(c -> robot.from(c).lookup(".class-count").tryQuery().map(t -> ((Text) t).getText()).orElse(""))
                    .findFirst().orElse("")).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(long seconds, java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theClassesShowAtOnceCountingThenTheirCounts(FxRobot robot) throws Exception {
        ExplorerFixture ui = window(robot, 30);
        assertTrue(proxy.awaitHeld(30), "the count reached the endpoint");
        waitFor(30, () -> "counting…".equals(shownCount(robot, KGX + "Agency")));
        assertTrue(ui.classes.counting());
        proxy.open();
        String agencies = NumberFormat.getIntegerInstance(Locale.getDefault()).format(typed("Agency"));
        waitFor(30, () -> agencies.equals(shownCount(robot, KGX + "Agency")));
        ClassNode commitment = ui.classes.treeProperty().get().get(KGX + "Commitment").orElseThrow();
        assertEquals(typed("Commitment"), commitment.directCount());
        assertEquals(typed("Commitment") + typed("Pledge"), commitment.totalCount());
        assertFalse(ui.classes.counting());
    }

    @Test
    void aCountPastTheTimeLimitIsMany(FxRobot robot) throws Exception {
        // 3 s: the class list itself (not held) comes back well within it, the held counts never do
        window(robot, 3);
        assertTrue(proxy.awaitHeld(30), "the count reached the endpoint");
        waitFor(30, () -> "many".equals(shownCount(robot, KGX + "Agency")));
    }

    @Test
    void aTreeThatGoesAwayStopsItsCount(FxRobot robot) throws Exception {
        ExplorerFixture ui = window(robot, 30);
        assertTrue(proxy.awaitHeld(30), "the count reached the endpoint");
        waitFor(30, () -> "counting…".equals(shownCount(robot, KGX + "Agency")));
        long start = System.nanoTime();
        robot.interact(() -> {
            ui.context.useStore(new InMemoryStore());
            ui.context.dataChanged();
        });
        waitFor(5, () -> !ui.classes.counting() && ui.context.tasks().running().stream()
                .noneMatch(t -> t.getTitle().equals(ui.classes.texts().get("classes.counts.task"))));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "stopped within a second");
    }
}
