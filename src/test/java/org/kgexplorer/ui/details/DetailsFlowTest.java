package org.kgexplorer.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fact;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.data.EntitySearchViewModel.Suggestion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The flow: find Joint Task Force Alpha by typing "alpha", see who takes part and the sentence that says so. */
@ExtendWith(ApplicationExtension.class)
class DetailsFlowTest {
    static final String ALPHA = Fixtures.KG + "JointTaskForceAlpha";
    static final String SENTINEL = Fixtures.KG + "OperationSentinel";
    static final String WORKS_WITH = Fixtures.KGX + "worksWith";
    ExplorerFixture ui;

    @Start
    void start(Stage stage) {
        ui = new ExplorerFixture(stage, Fixtures.bundled());
    }

    private String title(FxRobot robot) {
        return robot.lookup("#details-title").queryAs(Label.class).getText();
    }

    private void openAlphaBySearching(FxRobot robot) throws Exception {
        ExplorerFixture.waitFor(() -> ui.search.indexProperty().get() != null);
        robot.clickOn("#entity-search").write("alpha");
        ExplorerFixture.waitFor(() -> ui.searchField.completion().getAutoCompletionPopup().isShowing()
                && !ui.searchField.completion().getAutoCompletionPopup().getSuggestions().isEmpty());
        List<Suggestion> shown = ui.searchField.completion().getAutoCompletionPopup().getSuggestions();
        assertEquals("Joint Task Force Alpha", shown.get(0).label());
        assertEquals("task force", shown.get(0).type());
        Node cell = robot.lookup(".list-cell").match((ListCell<?> c) -> c.getItem() instanceof Suggestion s
                && s.iri().equals(ALPHA)).query();
        robot.clickOn(cell);
        ExplorerFixture.waitFor(() -> ui.details.detailsProperty().get() != null
                && ALPHA.equals(ui.details.detailsProperty().get().entity().key()));
    }

    /** The marker of a fact, moved to with the keyboard (which scrolls it into sight) so the robot can click it. */
    private Button marker(FxRobot robot, String predicate, String object) {
        Button b = robot.lookup("." + FactControls.MARKER).match((Button m) -> m.getUserData() instanceof Fact f
                && f.predicate().key().equals(predicate) && object.equals(f.object().key())).queryButton();
        robot.interact(b::requestFocus);
        waitUntilInSight(b);
        return b;
    }

    /** Waits until the details panel has scrolled the node fully into its viewport (a layout pulse after focus). */
    private void waitUntilInSight(Node node) {
        try {
            // bounds read on the JavaFX thread: on the test's thread they race the panel's own layout (TestFX#813)
            ExplorerFixture.waitFor(() -> {
                try {
                    return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                        Node viewport = node.getScene().lookup("#details-scroll");
                        var view = viewport.localToScreen(viewport.getBoundsInLocal());
                        var b = node.localToScreen(node.getBoundsInLocal());
                        return view != null && b != null && b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
                    }).get(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (Exception e) {
            throw new AssertionError("the details panel did not scroll the node into sight", e);
        }
    }

    private Hyperlink link(FxRobot robot, String key) {
        Hyperlink h = robot.lookup("." + FactControls.LINK).match((Hyperlink l) -> key.equals(l.getUserData()))
                .queryAs(Hyperlink.class);
        robot.interact(h::requestFocus);
        waitUntilInSight(h);
        return h;
    }

    @Test
    void typingAlphaOpensJointTaskForceAlphaWithWhoTakesPartInIt(FxRobot robot) throws Exception {
        openAlphaBySearching(robot);
        assertEquals(ALPHA, ui.context.selectedEntityProperty().get());
        assertEquals("Joint Task Force Alpha", title(robot));
        assertTrue(robot.lookup("… takes part in Joint Task Force Alpha").tryQuery().isPresent());
        Set<Hyperlink> links = robot.lookup("#details-incoming ." + FactControls.LINK).queryAllAs(Hyperlink.class);
        List<String> texts = links.stream().map(Hyperlink::getText).toList();
        assertTrue(texts.contains("U.S. Immigration and Customs Enforcement"), texts.toString());
        assertTrue(texts.contains("Criminal Division"), texts.toString());
        assertTrue(robot.lookup("#details-types .entity-link").queryAs(Hyperlink.class).getText().equals("task force"));
        assertTrue(robot.lookup("Fuerza de Tarea Conjunta Alfa").tryQuery().isPresent(), "the Spanish label is shown");
        assertTrue(robot.lookup("JTF Alpha").tryQuery().isPresent(), "the alternative label is shown");
    }

    @Test
    void theWorksWithOperationSentinelMarkerHighlightsSentence15InTheSource(FxRobot robot) throws Exception {
        openAlphaBySearching(robot);
        robot.clickOn(marker(robot, WORKS_WITH, SENTINEL));
        ExplorerFixture.waitFor(() -> ui.details.passageProperty().get() != null);
        assertEquals("Joint Task Force Alpha works with Operation Sentinel",
                robot.lookup("#evidence-fact").queryAs(Label.class).getText());
        String quote = "It works closely with Operation Sentinel, a recently announced DHS operation focused on "
                + "countering transnational criminal organizations affiliated with migrant smuggling.";
        assertEquals("“" + quote + "”", robot.lookup(".evidence-quote").queryAs(Label.class).getText());
        assertTrue(robot.lookup("Sentence 15").tryQuery().isPresent());
        StyleClassedTextArea source = robot.lookup("#source-view").queryAs(StyleClassedTextArea.class);
        assertEquals(quote, source.getText(2481, 2651));
        assertTrue(source.getStyleOfChar(2500).contains(EvidencePane.HIGHLIGHT));
        assertFalse(source.getStyleOfChar(2400).contains(EvidencePane.HIGHLIGHT));
        assertEquals(2481, source.getCaretPosition());
        robot.interact(() -> Snapshots.save(ui.root, "details-jtf-alpha-evidence"));
    }

    @Test
    void copyQuotePutsTheSentenceOnTheClipboard(FxRobot robot) throws Exception {
        openAlphaBySearching(robot);
        robot.clickOn(marker(robot, WORKS_WITH, SENTINEL));
        robot.clickOn(".copy-quote");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertTrue(copied[0].startsWith("It works closely with Operation Sentinel"), copied[0]);
    }

    @Test
    void aGeneralKnowledgeFactIsMarkedWithItsReason(FxRobot robot) throws Exception {
        robot.interact(() -> ui.context.selectedEntityProperty().set(Fixtures.KG + "FBI"));
        ExplorerFixture.waitFor(() -> ui.details.detailsProperty().get() != null);
        robot.clickOn(marker(robot, Fixtures.KGX + "isComponentOf", Fixtures.KG + "DOJ"));
        assertTrue(robot.lookup("#evidence-general-knowledge").tryQuery().isPresent());
        assertTrue(robot.lookup((Label l) -> l.getText() != null
                && l.getText().contains("does not say which department the FBI belongs to")).tryQuery().isPresent());
        robot.interact(() -> Snapshots.save(ui.detailsView, "details-fbi-general-knowledge"));
    }

    @Test
    void aLinkOpensItsEntityAndBackReturns(FxRobot robot) throws Exception {
        openAlphaBySearching(robot);
        robot.clickOn(link(robot, SENTINEL));
        ExplorerFixture.waitFor(() -> "Operation Sentinel".equals(title(robot)));
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        ExplorerFixture.waitFor(() -> "Joint Task Force Alpha".equals(title(robot)));
        assertTrue(ui.details.canGoForwardProperty().get());
        robot.clickOn("#details-forward");
        ExplorerFixture.waitFor(() -> "Operation Sentinel".equals(title(robot)));
        robot.clickOn("#details-back");
        ExplorerFixture.waitFor(() -> "Joint Task Force Alpha".equals(title(robot)));
    }

    @Test
    void enterOnAFocusedLinkFollowsIt(FxRobot robot) throws Exception {
        openAlphaBySearching(robot);
        link(robot, SENTINEL);
        robot.type(KeyCode.ENTER);
        ExplorerFixture.waitFor(() -> "Operation Sentinel".equals(title(robot)));
    }

    @Test
    void theKeyboardChoosesASuggestion(FxRobot robot) throws Exception {
        ExplorerFixture.waitFor(() -> ui.search.indexProperty().get() != null);
        robot.interact(ui.searchField::focus);
        robot.write("sentinel");
        ExplorerFixture.waitFor(() -> ui.searchField.completion().getAutoCompletionPopup().isShowing());
        robot.interact(() -> Snapshots.save(ui.searchField.completion().getAutoCompletionPopup().getScene().getRoot(),
                "search-suggestions"));
        robot.type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.ENTER);
        ExplorerFixture.waitFor(() -> "Operation Sentinel".equals(title(robot)));
        assertEquals("Operation Sentinel", ui.searchField.getText());
        assertFalse(ui.searchField.completion().getAutoCompletionPopup().isShowing());
    }

    @Test
    void spanishLabelModeShowsTheSpanishName(FxRobot robot) throws Exception {
        openAlphaBySearching(robot);
        robot.interact(() -> ui.context.labelModeProperty().set(LabelMode.SPANISH));
        ExplorerFixture.waitFor(() -> "Fuerza de Tarea Conjunta Alfa".equals(title(robot)));
        assertTrue(robot.lookup("… participa en Fuerza de Tarea Conjunta Alfa").tryQuery().isPresent());
        robot.interact(() -> ui.context.i18n().localeProperty().set(java.util.Locale.forLanguageTag("es")));
        assertTrue(robot.lookup("Evidencia").tryQuery().isPresent());
        robot.interact(() -> Snapshots.save(ui.root, "details-jtf-alpha-spanish"));
    }

    /**
     * Criminal Division's facts sort the same in both languages, so the details read again for Spanish equal the
     * English ones: the heading, a fact's target and the open evidence still follow the switch at once.
     */
    @Test
    void aLabelModeSwitchRelabelsDetailsWhoseOrderDoesNotChange(FxRobot robot) throws Exception {
        String division = Fixtures.KG + "CriminalDivision";
        robot.interact(() -> ui.details.showRelationship(division, Fixtures.KGX + "takesPartIn", ALPHA));
        ExplorerFixture.waitFor(() -> "Criminal Division".equals(title(robot)));
        ExplorerFixture.waitFor(() -> robot.lookup("#evidence-fact").queryAs(Label.class).getText()
                .equals("Criminal Division takes part in Joint Task Force Alpha"));
        robot.interact(() -> ui.context.labelModeProperty().set(LabelMode.SPANISH));
        ExplorerFixture.waitFor(() -> "División Penal".equals(title(robot)));
        ExplorerFixture.waitFor(() -> !ui.details.loadingProperty().get());
        assertEquals("División Penal", title(robot));
        assertTrue(robot.lookup("#details-scroll").lookup((javafx.scene.control.Labeled l) ->
                "Fuerza de Tarea Conjunta Alfa".equals(l.getText())).tryQuery().isPresent());
        assertEquals("División Penal participa en Fuerza de Tarea Conjunta Alfa",
                robot.lookup("#evidence-fact").queryAs(Label.class).getText());
    }
}
