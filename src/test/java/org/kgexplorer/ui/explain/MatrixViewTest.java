package org.kgexplorer.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explain.Matrix;
import org.kgexplorer.core.explain.MatrixCsv;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.explore.Term;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The matrix on the bundled graph: actors × obligations first, a cell's facts and evidence, the classes, the CSV. */
@ExtendWith(ApplicationExtension.class)
class MatrixViewTest {
    private static final String KG = "https://kgexplorer.org/id/";
    private static final String KGX = "https://kgexplorer.org/ontology#";
    @TempDir
    Path dir;
    private ExplorerContext context;
    private MatrixView view;

    @Start
    void start(Stage stage) {
        context = new ExplorerContext(Fixtures.bundled(), new TaskRunner(), new I18n());
        view = new MatrixView(new MatrixViewModel(context));
        stage.setScene(new Scene(view, 760, 560));
        stage.show();
    }

    private Matrix.Result shown(FxRobot robot, String rows, String columns) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.model().busyProperty().get()
                && view.model().resultProperty().get() != null
                && view.model().resultProperty().get().rowClass().key().equals(rows)
                && view.model().resultProperty().get().columnClass().key().equals(columns));
        WaitForAsyncUtils.waitForFxEvents();
        return view.model().resultProperty().get();
    }

    private Term classOf(String key) {
        return view.model().classes().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private List<String> factTexts(FxRobot robot) {
        return robot.lookup("#matrix-facts .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .flatMap(c -> ((javafx.scene.layout.VBox) c.getGraphic()).getChildren().stream())
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void actorsByObligationsFirstAndACellShowsItsFactsWithEvidence(FxRobot robot) throws Exception {
        robot.interact(() -> view.model().setShown(true));
        Matrix.Result m = shown(robot, KGX + "Actor", KGX + "Obligation");
        assertEquals("actor", robot.lookup("#matrix-rows").queryAs(ComboBox.class).getButtonCell().getText());
        assertEquals(m.rows().size(), view.table().getItems().size());
        assertEquals(m.columns().size() + 1, view.table().getColumns().size(), "a column per obligation and the names");
        assertTrue(robot.lookup("#matrix-status").queryAs(Label.class).getText()
                .matches("\\d+ rows, \\d+ columns, \\d+ linking facts\\. .*"));

        int row = view.table().getItems().stream().map(Term::key).toList().indexOf(KG + "JosephBiden");
        TableColumn<Term, ?> pledge = view.table().getColumns().stream()
                .filter(c -> c.getUserData() instanceof Term t && t.key().equals(KG + "PledgeFentanylTaskForce"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            view.table().scrollTo(row);
            view.table().scrollToColumn(pledge);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node cell = robot.lookup("#matrix-table .matrix-linked").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == pledge
                        && c.getIndex() == row).findFirst().orElseThrow();
        assertEquals("binds", ((javafx.scene.control.TableCell<?, ?>) cell).getText());
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.model().selectedProperty().get());
        assertEquals(KG + "JosephBiden", context.selectedEntityProperty().get(), "the row opens in the details");
        List<String> facts = factTexts(robot);
        assertEquals("Pledge to establish a U.S.–Mexico operational task force to disrupt the flow of fentanyl — binds — Joseph Biden", facts.get(0));
        assertTrue(facts.get(1).startsWith("Sentence 5: “"), facts.toString());
    }

    @Test
    void organisationsByTaskForcesInSpanishAndTheCsvOfWhatIsShown(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context.i18n().localeProperty().set(Locale.forLanguageTag("es"));
            context.labelModeProperty().set(LabelMode.SPANISH);
            view.model().setShown(true);
        });
        shown(robot, KGX + "Actor", KGX + "Obligation");
        robot.interact(() -> {
            view.model().rowClassProperty().set(classOf(KGX + "Organization"));
            view.model().columnClassProperty().set(classOf(KGX + "TaskForce"));
        });
        Matrix.Result m = shown(robot, KGX + "Organization", KGX + "TaskForce");
        assertEquals("organización", robot.lookup("#matrix-rows").queryAs(ComboBox.class).getButtonCell().getText());
        assertTrue(robot.lookup("#matrix-status").queryAs(Label.class).getText().contains(" filas, "));
        assertEquals("Exportar CSV…", robot.lookup("#matrix-export").queryAs(Button.class).getText());
        Matrix.Cell ice = m.cell(KG + "ICE", KG + "JointTaskForceAlpha");
        assertNotNull(ice, "ICE takes part in Joint Task Force Alpha");
        assertEquals("participa en", ice.facts().get(0).predicate().label(LabelMode.SPANISH));

        Path csv = dir.resolve("matriz.csv");
        robot.interact(() -> view.model().exportTo(csv));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(csv) && !view.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = Files.readString(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals(String.join(",", MatrixCsv.COLUMNS), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(KG + "ICE,Servicio de Inmigración y Control de Aduanas de los Estados Unidos,"
                + KG + "JointTaskForceAlpha,Fuerza de Tarea Conjunta Alfa,")), lines.toString());
        assertTrue(view.model().statusProperty().get().contains("Se guardaron " + m.factCount() + " hechos en matriz.csv."),
                view.model().statusProperty().get());

        robot.clickOn("#matrix-swap");
        Matrix.Result swapped = shown(robot, KGX + "TaskForce", KGX + "Organization");
        assertEquals(m.factCount(), swapped.factCount());
        assertFalse(swapped.rows().isEmpty());
    }

    @Test
    void aCancelledReadIsReadAgainTheNextTimeTheMatrixIsShown(FxRobot robot) throws Exception {
        org.kgexplorer.testing.BreakableStore held = new org.kgexplorer.testing.BreakableStore(Fixtures.bundled());
        ExplorerContext own = new ExplorerContext(held, new TaskRunner(), new I18n());
        MatrixViewModel[] m = new MatrixViewModel[1];
        robot.interact(() -> m[0] = new MatrixViewModel(own));
        held.hold();
        robot.interact(() -> m[0].setShown(true));
        assertTrue(held.awaitRead(30, TimeUnit.SECONDS), "the read reached the store");
        robot.interact(() -> own.tasks().running().get(0).cancel());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !m[0].busyProperty().get());
        assertEquals(null, m[0].resultProperty().get());
        held.release();
        // the tab is left and shown again: the cancelled read is done again, not left "cancelled" for good
        robot.interact(() -> {
            m[0].setShown(false);
            m[0].setShown(true);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !m[0].busyProperty().get() && m[0].resultProperty().get() != null);
        assertEquals(KGX + "Actor", m[0].resultProperty().get().rowClass().key());
    }
}
