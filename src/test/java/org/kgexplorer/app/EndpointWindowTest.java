package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.remote.Endpoint;
import org.kgexplorer.core.remote.EndpointProfile;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.remote.TextSearch;
import org.kgexplorer.testing.LoopbackFuseki;
import org.kgexplorer.testing.TinyEndpoint;
import org.kgexplorer.ui.data.EntitySearchField;
import org.kgexplorer.ui.data.EntitySearchViewModel.Suggestion;
import org.kgexplorer.ui.main.MainWindow;
import org.kgexplorer.ui.sources.SourcesView;
import org.kgexplorer.ui.sources.SourcesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Connect to a SPARQL endpoint in the real window against a real Fuseki on loopback (ADR 41): the dialog's
 * Test says what works, Connect makes the endpoint the data (the title names it, the search asks it), a recent
 * endpoint that needs a password asks for it again and keeps none, a refused one says why in one line, and a server
 * that never answers can be cancelled within a second, the bundled graph staying.
 */
class EndpointWindowTest {
    static final String PASSWORD = "pw-Zq81-secret";
    @TempDir
    static Path dir;
    static LoopbackFuseki open;
    static LoopbackFuseki secured;
    static TinyEndpoint tiny;
    static long triples;

    private Application app;
    private final FxRobot robot = new FxRobot();
    private SourcesViewModel model;

    @BeforeAll
    static void servers() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        triples = new OrgDataGenerator(3, 5_000).generate(StreamRDFLib.dataset(data));
        open = LoopbackFuseki.open("org", data);
        secured = LoopbackFuseki.withBasicAuth("team", data, "analyst", PASSWORD, dir);
        tiny = new TinyEndpoint();
    }

    @AfterAll
    static void stopServers() throws Exception {
        open.close();
        secured.close();
        tiny.close();
    }

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class);
        ListView<?> sources = robot.lookup("#sources-list").queryListView();
        waitFor(() -> sources.getItems().size() == 3 && !model().busyProperty().get());
        model = model();
    }

    @AfterEach
    void close() throws Exception {
        RealWindow.close(app);
    }

    @Test
    void theDialogTestsAndConnectsAndTheSearchAsksTheEndpoint() throws Exception {
        MenuItem connect = fileMenu().getItems().stream().filter(i -> "menu-file-connectEndpoint".equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Alt+E"), connect.getAccelerator());
        Platform.runLater(connect::fire);
        DialogPane pane = dialog();
        robot.interact(() -> field(pane, "#endpoint-url").setText(open.sparql()));
        robot.interact(() -> ((Button) pane.lookup("#endpoint-test")).fire());
        Label result = (Label) pane.lookup("#endpoint-test-result");
        waitFor(() -> result.getText().startsWith("SPARQL 1.1, "));
        assertTrue(result.getText().matches("SPARQL 1\\.1, " + String.format(java.util.Locale.ENGLISH, "%,d", triples)
                + " triples, \\d+(\\.\\d)? s"), result.getText());
        robot.interact(() -> button(pane, ButtonBar.ButtonData.OK_DONE).fire());
        waitFor(() -> (open.sparql() + " — KG Explorer").equals(stage().getTitle()));
        assertEquals(triples, model.totalTriplesProperty().get());
        assertEquals(URI.create(open.sparql()), actions().recentEndpoints().get(0).url());
        assertEquals(TextSearch.NONE, actions().recentEndpoints().get(0).textSearch(), "detected: none on a plain Fuseki");
        assertTrue(store() instanceof RemoteStore);

        EntitySearchField search = robot.lookup("#entity-search").queryAs(EntitySearchField.class);
        waitFor(() -> search.getTooltip().getText().contains("asks the endpoint"));
        robot.clickOn(search).write("Commitment of");
        waitFor(() -> search.completion().getAutoCompletionPopup().isShowing()
                && !search.completion().getAutoCompletionPopup().getSuggestions().isEmpty());
        Suggestion first = search.completion().getAutoCompletionPopup().getSuggestions().get(0);
        assertTrue(first.label().startsWith("Commitment of"), first.label());
        Node cell = robot.lookup(".list-cell").match((ListCell<?> c) -> c.getItem() instanceof Suggestion s
                && s.iri().equals(first.iri())).query();
        robot.clickOn(cell);
        waitFor(() -> first.label().equals(robot.lookup("#details-title").queryAs(Label.class).getText()));
    }

    @Test
    void theDialogsOwnErrorIsShownWholeWrappedNotCut() throws Exception {
        // in Spanish, whose message is the longer (cut at 1024×700: "… (y un usuario para la …")
        robot.interact(() -> model.context().i18n().localeProperty().set(java.util.Locale.forLanguageTag("es")));
        Platform.runLater(() -> actions().execute(org.kgexplorer.ui.main.ShellAction.CONNECT_ENDPOINT));
        DialogPane pane = dialog();
        robot.interact(() -> field(pane, "#endpoint-url").setText("not an address"));
        robot.interact(() -> ((Button) pane.lookup("#endpoint-test")).fire());
        Label result = (Label) pane.lookup("#endpoint-test-result");
        waitFor(() -> result.getText().startsWith("Escriba una dirección http o https"));
        // the text the label draws is the whole message (cut, it ended in "…" at the form's width)
        waitFor(() -> result.lookup(".text") instanceof javafx.scene.text.Text shown && shown.getText().equals(result.getText()));
        assertTrue(pane.getScene().getWindow().getWidth() < 1000, "the message wraps rather than widening the dialog");
        robot.interact(() -> button(pane, ButtonBar.ButtonData.CANCEL_CLOSE).fire());
        robot.interact(() -> model.context().i18n().localeProperty().set(java.util.Locale.ENGLISH));
    }

    @Test
    void aRecentEndpointAsksItsPasswordAgainAndKeepsNone() throws Exception {
        EndpointProfile team = new EndpointProfile(URI.create(secured.sparql()), Endpoint.Auth.BASIC, "analyst", null, 20,
                500, TextSearch.NONE);
        robot.interact(() -> actions().recentEndpoints().setAll(List.of(team)));
        Platform.runLater(() -> recentEndpoint(team).fire());
        DialogPane pane = dialog();
        assertEquals(secured.sparql(), field(pane, "#endpoint-url").getText());
        assertEquals("analyst", field(pane, "#endpoint-user").getText());
        @SuppressWarnings("unchecked")
        ComboBox<Endpoint.Auth> auth = (ComboBox<Endpoint.Auth>) pane.lookup("#endpoint-auth");
        assertEquals(Endpoint.Auth.BASIC, auth.getValue());
        robot.interact(() -> ((PasswordField) pane.lookup("#endpoint-secret")).setText("wrong"));
        robot.interact(() -> button(pane, ButtonBar.ButtonData.OK_DONE).fire());
        assertEquals(secured.sparql() + ": the endpoint refused the sign-in (401 Unauthorized); check the user and password, "
                + "or the token.", errorDialogText());
        assertEquals("KG Explorer", stage().getTitle(), "the loaded data stays");

        Platform.runLater(() -> recentEndpoint(team).fire());
        DialogPane again = dialog();
        assertEquals("", ((PasswordField) again.lookup("#endpoint-secret")).getText(), "the secret is asked again");
        robot.interact(() -> ((PasswordField) again.lookup("#endpoint-secret")).setText(PASSWORD));
        robot.interact(() -> button(again, ButtonBar.ButtonData.OK_DONE).fire());
        waitFor(() -> (secured.sparql() + " — KG Explorer").equals(stage().getTitle()));
        assertEquals(500, actions().recentEndpoints().get(0).pageSize());
        String kept = actions().recentEndpoints().stream().map(EndpointProfile::toSetting).toList().toString();
        assertFalse(kept.contains(PASSWORD), kept);
        assertTrue(kept.contains("analyst"), kept);
    }

    @Test
    void aServerThatNeverAnswersIsCancelledWithinASecondAndTheDataStays() throws Exception {
        EndpointProfile hang = EndpointProfile.open(URI.create(tiny.url("/hang")));
        int asked = tiny.requests().size();
        robot.interact(() -> model.connectEndpoint(hang, null));
        // the server has the request (and never answers it): the connection waits for it
        waitFor(() -> tiny.requests().size() > asked);
        assertTrue(model.busyProperty().get(), "still waiting for the server");
        long start = System.nanoTime();
        robot.interact(model::cancel);
        // the goal is 1 s from the Cancel click; the wait allows a loaded machine to report how long it took
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, millis + " ms");
        assertEquals("Connecting to " + tiny.url("/hang") + " was cancelled; the loaded data is unchanged.",
                model.statusProperty().get());
        assertEquals("KG Explorer", stage().getTitle());
        assertFalse(store() instanceof RemoteStore);
    }

    private DialogPane dialog() throws Exception {
        waitFor(() -> robot.lookup("#endpoint-dialog").tryQuery().isPresent());
        return robot.lookup("#endpoint-dialog").queryAs(DialogPane.class);
    }

    private static TextField field(DialogPane pane, String id) {
        return (TextField) pane.lookup(id);
    }

    private static Button button(DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        return (Button) pane.lookupButton(type);
    }

    private String errorDialogText() throws Exception {
        waitFor(() -> robot.lookup("#load-error-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#load-error-dialog").queryAs(DialogPane.class);
        String text = pane.getContentText();
        robot.interact(() -> pane.getScene().getWindow().hide());
        return text;
    }

    private MenuItem recentEndpoint(EndpointProfile p) {
        Menu recent = (Menu) fileMenu().getItems().stream().filter(i -> "recent-endpoints".equals(i.getId()))
                .findFirst().orElseThrow();
        return recent.getItems().stream().filter(i -> p.url().toString().equals(i.getText())).findFirst().orElseThrow();
    }

    private Menu fileMenu() {
        return robot.lookup("#main-menu").queryAs(MenuBar.class).getMenus().get(0);
    }

    private org.kgexplorer.ui.main.ShellActions actions() {
        return ((MainWindow) stage().getScene().getRoot()).actions();
    }

    private org.kgexplorer.core.store.KnowledgeStore store() {
        return model.context().store();
    }

    private SourcesViewModel model() {
        return robot.lookup(".sources-view").queryAs(SourcesView.class).model();
    }

    private static Stage stage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().getRoot() instanceof MainWindow).findFirst().orElseThrow();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
