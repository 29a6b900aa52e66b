package org.kgexplorer.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fact;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The details model without its view: history, reading in the background, the chosen fact across label modes. */
@ExtendWith(ApplicationExtension.class)
class DetailsViewModelTest {
    static final String A = Fixtures.KG + "JointTaskForceAlpha";
    static final String B = Fixtures.KG + "OperationSentinel";
    static final String C = Fixtures.KG + "DHS";
    ExplorerContext context;
    DetailsViewModel model;

    @Start
    void start(Stage stage) {
        context = new ExplorerContext(Fixtures.bundled(), new TaskRunner(), new I18n());
        model = new DetailsViewModel(context);
    }

    private String shown() {
        return context.selectedEntityProperty().get();
    }

    @Test
    void backAndForwardRetraceTheEntitiesOpened(FxRobot robot) {
        robot.interact(() -> {
            model.open(A);
            model.open(B);
            model.open(C);
            model.back();
            assertEquals(B, shown());
            model.back();
            assertEquals(A, shown());
            assertFalse(model.canGoBackProperty().get());
            model.forward();
            assertEquals(B, shown());
            assertTrue(model.canGoForwardProperty().get());
        });
    }

    @Test
    void openingSomethingNewAfterGoingBackForgetsTheWayForward(FxRobot robot) {
        robot.interact(() -> {
            model.open(A);
            model.open(B);
            model.back();
            model.open(C);
            assertFalse(model.canGoForwardProperty().get());
            model.back();
            assertEquals(A, shown());
        });
    }

    @Test
    void theDetailsAreReadInTheBackgroundAndTheChosenFactSurvivesALabelModeSwitch(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(A));
        ExplorerFixture.waitFor(() -> model.detailsProperty().get() != null && !model.loadingProperty().get());
        Fact worksWith = model.detailsProperty().get().outgoing().stream()
                .filter(g -> g.predicate().key().equals(Fixtures.KGX + "worksWith")).findFirst().orElseThrow().facts().get(0);
        robot.interact(() -> model.selectFact(worksWith));
        robot.interact(() -> context.labelModeProperty().set(LabelMode.SPANISH));
        ExplorerFixture.waitFor(() -> !model.loadingProperty().get()
                && "Fuerza de Tarea Conjunta Alfa".equals(model.detailsProperty().get().entity().label(LabelMode.SPANISH))
                && model.selectedFactProperty().get() != worksWith);
        assertEquals("Fuerza de Tarea Conjunta Alfa trabaja con Operación Centinela",
                model.selectedFactProperty().get().sentence(LabelMode.SPANISH));
    }

    @Test
    void nothingSelectedShowsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(A));
        ExplorerFixture.waitFor(() -> model.detailsProperty().get() != null);
        robot.interact(() -> context.selectedEntityProperty().set(null));
        assertNull(model.detailsProperty().get());
        assertNull(model.selectedFactProperty().get());
    }

    @Test
    void aRelationshipOpensItsSubjectWithThatFactsEvidenceAndSourceSentence(FxRobot robot) throws Exception {
        robot.interact(() -> model.showRelationship(A, Fixtures.KGX + "worksWith", B));
        ExplorerFixture.waitFor(() -> model.selectedFactProperty().get() != null && model.passageProperty().get() != null);
        assertEquals(A, shown());
        Fact fact = model.selectedFactProperty().get();
        assertEquals("Joint Task Force Alpha works with Operation Sentinel", fact.sentence(LabelMode.ENGLISH));
        assertTrue(fact.hasEvidence());
        assertFalse(model.passageProperty().get().ranges().isEmpty(), "the source sentence is highlighted");
    }

    @Test
    void aRelationshipOfTheEntityAlreadyShownOpensItsEvidenceAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(A));
        ExplorerFixture.waitFor(() -> model.detailsProperty().get() != null && !model.loadingProperty().get());
        robot.interact(() -> {
            model.showRelationship(A, Fixtures.KGX + "worksWith", B);
            assertEquals(B, model.selectedFactProperty().get().object().key(), "no second read of the same entity");
        });
    }
}
