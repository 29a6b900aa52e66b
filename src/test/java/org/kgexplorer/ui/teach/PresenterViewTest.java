package org.kgexplorer.ui.teach;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.project.Project;
import org.kgexplorer.testing.BreakableStore;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A scene that cannot be shown in class (its data went away: a database's disk, an endpoint's network) says why. */
@ExtendWith(ApplicationExtension.class)
class PresenterViewTest {
    private BreakableStore store;
    private ExplorerContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = new BreakableStore(Fixtures.bundledStore());
        context = new ExplorerContext(store, new TaskRunner(), new I18n());
        stage.setScene(new Scene(new Label(), 1000, 700));
        stage.show();
    }

    @Test
    void aGraphSceneWhoseDataCannotBeReadSaysWhyInsteadOfStayingBlank(FxRobot robot) throws Exception {
        assertTrue(shows(robot, PresenterViewModelTest.graph(Fixtures.KG + "JointTaskForceAlpha",
                Fixtures.KG + "OperationSentinel"), "#presenter-error").contains(BreakableStore.FAULT));
    }

    @Test
    void aTableSceneWhoseQueryFailsSaysWhy(FxRobot robot) throws Exception {
        assertTrue(shows(robot, PresenterViewModelTest.kind(Project.Scene.Shows.TABLE), "#presenter-rows").contains(BreakableStore.FAULT));
    }

    /** What the label {@code id} says once {@code scene} is shown on a store whose reads fail. */
    private String shows(FxRobot robot, Project.View scene, String id) throws Exception {
        store.breakReads();
        PresenterView[] view = new PresenterView[1];
        robot.interact(() -> {
            view[0] = new PresenterView(context, new PresenterViewModel(List.of(scene), 0), () -> { });
            stage.getScene().setRoot(view[0]);
        });
        AtomicReference<String> error = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            robot.interact(() -> error.set(robot.lookup(id).tryQuery()
                    .filter(n -> n.isVisible() && n.getScene() != null).map(n -> ((Label) n).getText()).orElse(null)));
            return error.get() != null && !error.get().isEmpty();
            });
        } finally {
            robot.interact(() -> view[0].dispose());
        }
        return error.get();
    }

    /** A step whose graph could not be read is tried again at the next step, which shows the graph once it can. */
    @Test
    void theStepAfterAFailedOneShowsTheGraphAgain(FxRobot robot) throws Exception {
        PresenterViewModel model = new PresenterViewModel(List.of(PresenterViewModelTest.graph(
                Fixtures.KG + "JointTaskForceAlpha", Fixtures.KG + "OperationSentinel", Fixtures.KG + "DOJ")), 0);
        PresenterView[] view = new PresenterView[1];
        robot.interact(() -> {
            view[0] = new PresenterView(context, model, () -> { });
            stage.getScene().setRoot(view[0]);
        });
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> graphInSight(robot));
            store.breakReads();
            robot.interact(model::next);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    robot.lookup("#presenter-error").tryQuery().filter(n -> n.getScene() != null).isPresent())
                    .get(10, TimeUnit.SECONDS));
            store.mendReads();
            robot.interact(model::next);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> graphInSight(robot));
        } finally {
            robot.interact(() -> view[0].dispose());
        }
    }

    /** Whether the presenter shows its graph in sight and no error. */
    private static boolean graphInSight(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node graph = robot.lookup("#presenter-graph").tryQuery().orElse(null);
            return robot.lookup("#presenter-error").tryQuery().filter(n -> n.getScene() != null).isEmpty()
                    && graph != null && graph.getScene() != null && graph.getOpacity() == 1;
        }).get(10, TimeUnit.SECONDS);
    }

    /**
     * → pages through an answer until its last row is whole on screen, also when a page ends exactly at the screen's
     * edge (the table then draws no row past it, and the rows after seemed not to exist).
     */
    @Test
    void pagingRowsReachesTheLastRowWhenAPageEndsAtTheScreensEdge(FxRobot robot) throws Exception {
        javafx.scene.control.TableView<String> table = new javafx.scene.control.TableView<>();
        javafx.scene.control.TableColumn<String, String> column = new javafx.scene.control.TableColumn<>("row");
        column.setCellValueFactory(r -> new javafx.beans.property.ReadOnlyStringWrapper(r.getValue()));
        table.getColumns().add(column);
        for (int i = 0; i < 10; i++) {
            table.getItems().add("row " + i);
        }
        robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.StackPane(table)));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> seen = new java.util.ArrayList<>();
        robot.interact(() -> {
            javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
            // four rows exactly fill the screen
            table.setFixedCellSize(flow.getHeight() / 4);
            table.layout();
            for (int k = 0; k < 20; k++) {
                seen.add(PresenterView.topRow(flow) + "-" + flow.getLastVisibleCell().getIndex());
                if (!PresenterView.pageRows(table, true)) {
                    break;
                }
                table.layout();
            }
            javafx.scene.control.IndexedCell<?> last = flow.getLastVisibleCell();
            assertTrue(last.getIndex() == 9 && last.getLayoutY() + last.getHeight() <= flow.getHeight() + 1,
                    "the last row whole at the end: " + seen);
        });
        assertTrue(seen.size() >= 3, "three pages of four rows: " + seen);
    }

    /** A table scene come back to from the scene after it opens at its last rows; reached with Home, at its first. */
    @Test
    void aTableSceneOpensAtItsEndOnlyWhenComeBackToFromTheSceneAfterIt(FxRobot robot) throws Exception {
        Project.View table = PresenterViewModelTest.kind(Project.Scene.Shows.TABLE);
        PresenterViewModel model = new PresenterViewModel(List.of(table, PresenterViewModelTest.graph(
                Fixtures.KG + "JointTaskForceAlpha"), table), 0);
        PresenterView[] view = new PresenterView[1];
        robot.interact(() -> {
            view[0] = new PresenterView(context, model, () -> { });
            stage.getScene().setRoot(view[0]);
        });
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shownPosition(robot) >= 0);
            assertTrue(shownPosition(robot) == 0, "a first showing starts at the top");
            robot.interact(model::next);
            robot.interact(model::previous);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shownPosition(robot) > 0.99);
            robot.interact(model::last);
            robot.interact(model::first);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shownPosition(robot) >= 0);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(shownPosition(robot) == 0, "Home shows the first scene from its first row");
        } finally {
            robot.interact(() -> view[0].dispose());
        }
    }

    /** How far down its answer the scene's table is scrolled (0 to 1), or -1 while it has no rows on screen. */
    private static double shownPosition(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node t = robot.lookup("#presenter-table").tryQuery().filter(n -> n.getScene() != null).orElse(null);
            if (!(t instanceof javafx.scene.control.TableView<?> tv) || tv.getItems().isEmpty()
                    || !(tv.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)
                    || flow.getFirstVisibleCell() == null) {
                return -1.0;
            }
            return flow.getPosition();
        }).get(10, TimeUnit.SECONDS);
    }
}
