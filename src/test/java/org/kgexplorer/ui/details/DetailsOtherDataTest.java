package org.kgexplorer.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fact;
import org.kgexplorer.core.explore.Fixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The details panel on data of the user's own: its evidence, its text found beside the loaded file, or not. */
@ExtendWith(ApplicationExtension.class)
class DetailsOtherDataTest {
    static Path dir;
    ExplorerFixture ui;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("kgx-harbour");
        ui = new ExplorerFixture(stage, Fixtures.harbour(dir));
    }

    private void openHerculesEvidence(FxRobot robot) throws Exception {
        robot.interact(() -> ui.context.selectedEntityProperty().set(Fixtures.EX + "Hercules"));
        ExplorerFixture.waitFor(() -> ui.details.detailsProperty().get() != null);
        Button marker = robot.lookup("." + FactControls.MARKER).match((Button b) -> b.getUserData() instanceof Fact f
                && f.predicate().key().equals(Fixtures.EX + "berthsAt")).queryButton();
        robot.clickOn(marker);
    }

    @Test
    void theSentenceIsHighlightedInTheTextBesideTheLoadedFile(FxRobot robot) throws Exception {
        openHerculesEvidence(robot);
        ExplorerFixture.waitFor(() -> ui.details.passageProperty().get() != null);
        assertEquals("Hercules berths at Port of Valparaíso", robot.lookup("#evidence-fact").queryAs(Label.class).getText());
        StyleClassedTextArea source = robot.lookup("#source-view").queryAs(StyleClassedTextArea.class);
        assertEquals("Tugs at work. Hercules berths at Valparaíso. The end.", source.getText());
        assertTrue(source.getStyleOfChar(20).contains(EvidencePane.HIGHLIGHT));
        assertTrue(source.getStyleOfChar(3).isEmpty());
        assertEquals("Source: Harbour report", robot.lookup("#source-title").queryAs(Label.class).getText());
    }

    @Test
    void aMissingTextLeavesTheQuoteAndSaysSo(FxRobot robot) throws Exception {
        Files.delete(dir.resolve("texts/report.txt"));
        openHerculesEvidence(robot);
        ExplorerFixture.waitFor(() -> ui.details.passageProperty().get() != null);
        assertEquals("“Hercules berths at Valparaíso.”", robot.lookup(".evidence-quote").queryAs(Label.class).getText());
        assertEquals("The text of Harbour report could not be found; the quote is all there is.",
                robot.lookup("#source-title").queryAs(Label.class).getText());
        assertTrue(!robot.lookup("#source-view").query().getParent().isVisible(), "the source view is hidden");
    }
}
