package org.kgexplorer.ui.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.remote.EndpointProfile;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.testing.LoopbackFuseki;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The question library over an endpoint (issue 16): a question naming terms of the bundled graph the endpoint does
 * not hold is marked, says why in both languages, and is opened, not run; over an endpoint holding the bundled graph
 * every question runs. Real Fuseki servers, one with generated data, one with the bundled graph.
 */
@ExtendWith(ApplicationExtension.class)
class EndpointQuestionLibraryTest {
    static final String ALPHA = "Who takes part in Joint Task Force Alpha?";
    @TempDir
    static Path settings;
    static LoopbackFuseki generated;
    static LoopbackFuseki bundled;

    @BeforeAll
    static void serve() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        new OrgDataGenerator(4, 3_000).generate(StreamRDFLib.dataset(data));
        generated = LoopbackFuseki.open("generated", data);
        InMemoryStore store = new InMemoryStore();
        store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        store.read(ds -> {
            copy.executeWrite(() -> ds.find().forEachRemaining(copy::add));
            return null;
        });
        bundled = LoopbackFuseki.open("bundled", copy);
    }

    @AfterAll
    static void stop() {
        generated.close();
        bundled.close();
    }

    private QueryWorkspaceViewModel workspace(FxRobot robot, LoopbackFuseki fuseki, List<String> runs) {
        RemoteStore store = new RemoteStore(EndpointProfile.open(URI.create(fuseki.sparql())), null);
        QueryWorkspaceViewModel[] model = new QueryWorkspaceViewModel[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            ExplorerContext context = new ExplorerContext(store, new TaskRunner(), new I18n());
            model[0] = new QueryWorkspaceViewModel(context, Settings.in(settings));
            model[0].setOnRun(runs::add);
            Stage stage = new Stage();
            stage.setScene(new Scene(new QueryWorkspaceView(model[0]), 1280, 760));
            stage.show();
        });
        return model[0];
    }

    private static Question titled(QueryWorkspaceViewModel model, String title) {
        return model.questions().stream().filter(q -> q.title().equals(title)).findFirst().orElseThrow();
    }

    /** Whether the library was read and the endpoint has said which questions it can answer. */
    private static boolean checked(QueryWorkspaceViewModel model) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> !model.questions().isEmpty() && !model.checkingQuestions()).get();
    }

    @Test
    void aQuestionNamingWhatTheEndpointLacksSaysSoAndIsNotRun(FxRobot robot) throws Exception {
        List<String> runs = new java.util.concurrent.CopyOnWriteArrayList<>();
        QueryWorkspaceViewModel model = workspace(robot, generated, runs);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.questions().isEmpty()
                && !model.questionsNeedingBundledGraph().isEmpty());
        Question alpha = titled(model, ALPHA);
        assertTrue(model.needsBundledGraph(alpha));
        ListView<Question> library = robot.lookup("#question-library").queryListView();
        robot.interact(() -> {
            library.getSelectionModel().select(alpha);
            library.scrollTo(alpha);
        });
        Label why = robot.lookup("#question-needs-bundled").queryAs(Label.class);
        assertTrue(why.isVisible());
        assertEquals("Needs the bundled graph: this endpoint does not hold JointTaskForceAlpha. Open it to read or "
                + "adapt it.", why.getText());
        assertTrue(robot.lookup("#run-question").queryAs(Button.class).isDisabled(), "Run is off");
        assertFalse(robot.lookup("#open-question").queryAs(Button.class).isDisabled(), "Open is not");
        robot.interact(() -> model.openQuestion(alpha, true));
        assertEquals(List.of(), runs, "opened, not run");
        assertEquals(alpha, model.selectedTabProperty().get().question());
        assertEquals(why.getText(), model.messageProperty().get());
        robot.interact(() -> model.context().i18n().localeProperty().set(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Necesita el grafo incluido: este punto de acceso no contiene JointTaskForceAlpha. Ábrala para "
                + "leerla o adaptarla.", robot.lookup("#question-needs-bundled").queryAs(Label.class).getText());
    }

    @Test
    void overAnEndpointHoldingTheBundledGraphEveryQuestionRuns(FxRobot robot) throws Exception {
        List<String> runs = new java.util.concurrent.CopyOnWriteArrayList<>();
        QueryWorkspaceViewModel model = workspace(robot, bundled, runs);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> checked(model));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Map.of(), model.questionsNeedingBundledGraph());
        Question alpha = titled(model, ALPHA);
        robot.interact(() -> model.openQuestion(alpha, true));
        assertEquals(1, runs.size(), "run");
    }
}
