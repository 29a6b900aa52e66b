package org.kgexplorer.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.testing.BreakableStore;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline on the bundled graph: its three dates in order, an entry's facts and evidence, both languages. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final String KG = "https://kgexplorer.org/id/";
    private ExplorerContext context;
    private TimelineView view;
    private BreakableStore breakable;

    @Start
    void start(Stage stage) {
        breakable = new BreakableStore(Fixtures.bundled());
        context = new ExplorerContext(breakable, new TaskRunner(), new I18n());
        view = new TimelineView(new TimelineViewModel(context));
        stage.setScene(new Scene(view, 760, 560));
        stage.show();
    }

    private void showAndWait(FxRobot robot) throws Exception {
        robot.interact(() -> view.model().setShown(true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.model().entries().size() == 3
                && !view.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> rows(FxRobot robot) {
        return robot.lookup("#timeline-entries .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(c -> ((javafx.scene.layout.HBox) c.getGraphic()).getChildren().stream()
                        .map(n -> ((Label) n).getText()).reduce((a, b) -> a + " | " + b).orElse(""))
                .toList();
    }

    private List<String> factTexts(FxRobot robot) {
        return robot.lookup("#timeline-facts .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .flatMap(c -> ((javafx.scene.layout.VBox) c.getGraphic()).getChildren().stream())
                .map(n -> ((Label) n).getText()).toList();
    }

    private List<String> modelFacts() {
        return view.model().facts().stream().map(f -> f.text(context.labelModeProperty().get())).toList();
    }

    @Test
    void theBundledGraphsThreeDatesInOrderAndAnEntrysEvidence(FxRobot robot) throws Exception {
        showAndWait(robot);
        assertEquals(List.of(
                "June 2022 | Summit of the Americas | summit | general knowledge",
                "June 27, 2022 | Deaths of 51 migrants in San Antonio | incident | general knowledge",
                "July 12, 2022 | Meeting of Presidents López Obrador and Biden | meeting"), rows(robot));
        assertTrue(robot.lookup("#timeline-status").queryAs(Label.class).getText().startsWith("3 dated entries"));
        assertEquals(3, robot.lookup(".timeline-dot").queryAll().size());
        assertEquals(2, robot.lookup(".timeline-dot.general-knowledge").queryAll().size());

        robot.clickOn("Deaths of 51 migrants in San Antonio");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.model().facts().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(KG + "SanAntonioMigrantDeaths", context.selectedEntityProperty().get(), "the details show it");
        List<String> facts = factTexts(robot);
        assertEquals("Deaths of 51 migrants in San Antonio — date — 2022-06-27", facts.get(0), "the dating fact first");
        assertTrue(facts.get(1).startsWith("Sentence 6: “The two leaders referred to the tragic deaths of 51 migrants on June 27"),
                facts.get(1));
        assertTrue(facts.get(2).startsWith("General knowledge — The document says June 27 without a year"), facts.get(2));
        assertTrue(modelFacts().contains("Deaths of 51 migrants in San Antonio — occurred in — San Antonio"),
                modelFacts().toString());

        // a dot on the axis chooses its entry too
        Circle first = (Circle) robot.lookup(".timeline-dot").queryAll().stream()
                .min(java.util.Comparator.comparingDouble(n -> ((Circle) n).getCenterX())).orElseThrow();
        robot.clickOn(first);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> modelFacts()
                .contains("Summit of the Americas — occurred in — Los Angeles"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(KG + "SummitOfTheAmericas", context.selectedEntityProperty().get());
        assertTrue(factTexts(robot).stream().anyMatch(t -> t.startsWith("General knowledge — The document names the Summit of the Americas without a date")));
    }

    @Test
    void spanishDatesAndLabels(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context.i18n().localeProperty().set(Locale.forLanguageTag("es"));
            context.labelModeProperty().set(LabelMode.SPANISH);
        });
        showAndWait(robot);
        assertEquals(List.of(
                "junio de 2022 | Cumbre de las Américas | cumbre | conocimiento general",
                "27 de junio de 2022 | Muerte de 51 migrantes en San Antonio | incidente | conocimiento general",
                "12 de julio de 2022 | Reunión de los presidentes López Obrador y Biden | reunión"), rows(robot));
        assertEquals("Actualizar", robot.lookup("#timeline-refresh").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#timeline-status").queryAs(Label.class).getText().startsWith("3 entradas con fecha"));
        robot.clickOn("Cumbre de las Américas");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> modelFacts()
                .contains("Cumbre de las Américas — ocurrió en — Los Ángeles"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(factTexts(robot).stream().anyMatch(t -> t.startsWith("Conocimiento general — ")));
    }

    @Test
    void aReadCanBeCancelledAndAFailureIsSaid(FxRobot robot) throws Exception {
        breakable.hold();
        robot.interact(() -> view.model().setShown(true));
        assertTrue(breakable.awaitRead(30, TimeUnit.SECONDS), "the read reached the store");
        robot.interact(() -> context.tasks().running().get(0).cancel());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Reading the timeline was cancelled.", view.model().statusProperty().get());
        assertFalse(view.model().busyProperty().get());
        assertFalse(robot.lookup("#timeline-refresh").queryAs(Button.class).isDisabled(), "Refresh can start it again");
        breakable.release();

        breakable.breakReads();
        robot.clickOn("#timeline-refresh");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.model().statusProperty().get().startsWith("The timeline could not be read: "),
                view.model().statusProperty().get());
        assertTrue(view.model().statusProperty().get().contains(BreakableStore.FAULT));
        assertTrue(context.tasks().lastFailureProperty().get().reason().contains(BreakableStore.FAULT));
    }
}
