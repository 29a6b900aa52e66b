package org.kgexplorer.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.ClassTree.ClassNode;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.explore.InstanceList;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.details.ExplorerFixture;
import org.kgexplorer.ui.details.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ClassTreeViewTest {
    ExplorerFixture ui;

    @Start
    void start(Stage stage) {
        ui = new ExplorerFixture(stage, Fixtures.bundled());
    }

    @SuppressWarnings("unchecked")
    private TreeView<ClassNode> tree(FxRobot robot) {
        return robot.lookup("#class-tree").queryAs(TreeView.class);
    }

    /** Expands the way down to a class and selects it, as arrow keys would. */
    private void selectClass(FxRobot robot, List<String> path) {
        robot.interact(() -> {
            TreeItem<ClassNode> item = tree(robot).getRoot();
            for (String iri : path) {
                item.setExpanded(true);
                item = item.getChildren().stream().filter(i -> i.getValue().iri().equals(iri)).findFirst().orElseThrow();
            }
            tree(robot).getSelectionModel().select(item);
            tree(robot).scrollTo(tree(robot).getRow(item));
        });
    }

    private static final List<String> TASK_FORCE = List.of(Fixtures.KGX + "Entity", Fixtures.KGX + "Actor",
            Fixtures.KGX + "Organization", Fixtures.KGX + "TaskForce");

    @Test
    void classesShowTheirInstanceCounts(FxRobot robot) throws Exception {
        ExplorerFixture.waitFor(() -> ui.classes.treeProperty().get() != null);
        selectClass(robot, TASK_FORCE);
        TreeCell<?> cell = robot.lookup(".tree-cell").match((TreeCell<ClassNode> c) -> c.getItem() != null
                && c.getItem().iri().equals(Fixtures.KGX + "TaskForce")).query();
        assertEquals("task force", cell.getText());
        Text count = robot.from(cell).lookup(".class-count").queryAs(Text.class);
        assertEquals("2", count.getText());
        // the count sits at the right edge of the row, after the name
        javafx.geometry.Bounds inCell = cell.sceneToLocal(count.localToScene(count.getLayoutBounds()));
        assertEquals(cell.getWidth() - cell.snappedRightInset(), inCell.getMaxX(), 1.0);
    }

    @Test
    void rowsHaveOneHeightAndTheHintIsInTheWindowOnlyWhileItShows(FxRobot robot) throws Exception {
        ExplorerFixture.waitFor(() -> ui.classes.treeProperty().get() != null && !tree(robot).getRoot().getChildren().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // A fixed height (from the stylesheet): the tree never lays out a hidden measuring cell.
        double fixed = tree(robot).getFixedCellSize();
        assertTrue(fixed > 20, "fixed cell size " + fixed);
        robot.lookup("#class-tree .tree-cell").queryAllAs(TreeCell.class)
                .forEach(c -> assertEquals(fixed, c.getHeight(), 0.5));
        // With classes to show, the "Counting classes…" / "no classes" hint is not in the scene at all.
        assertTrue(robot.lookup("#class-tree-placeholder").tryQuery().isEmpty());
        // With none, it is, and says so.
        robot.interact(() -> tree(robot).getRoot().getChildren().clear());
        Label hint = robot.lookup("#class-tree-placeholder").queryAs(Label.class);
        assertEquals("The loaded data has no classes.", hint.getText());
    }

    @Test
    void choosingAClassListsItsInstancesAndClickingOneOpensIt(FxRobot robot) throws Exception {
        ExplorerFixture.waitFor(() -> ui.classes.treeProperty().get() != null);
        selectClass(robot, TASK_FORCE);
        ExplorerFixture.waitFor(() -> ui.classes.instances().size() == 2);
        assertEquals("task force: 2 instances", robot.lookup("#class-instances-header").queryAs(Label.class).getText());
        assertTrue(!robot.lookup("#class-instances-more").query().isVisible(), "nothing more to show");
        ListCell<?> alpha = robot.lookup("#class-instances .list-cell").match((ListCell<InstanceList.Instance> c) ->
                c.getItem() != null && c.getItem().key().equals(Fixtures.KG + "JointTaskForceAlpha")).query();
        robot.clickOn(alpha);
        ExplorerFixture.waitFor(() -> ui.details.detailsProperty().get() != null);
        assertEquals(Fixtures.KG + "JointTaskForceAlpha", ui.context.selectedEntityProperty().get());
        assertEquals("Joint Task Force Alpha", robot.lookup("#details-title").queryAs(Label.class).getText());
        robot.interact(() -> Snapshots.save(ui.root, "class-tree-task-forces"));
    }

    @Test
    void spanishModeNamesClassesAndInstancesInSpanish(FxRobot robot) throws Exception {
        ExplorerFixture.waitFor(() -> ui.classes.treeProperty().get() != null);
        selectClass(robot, TASK_FORCE);
        ExplorerFixture.waitFor(() -> ui.classes.instances().size() == 2);
        robot.interact(() -> ui.context.labelModeProperty().set(LabelMode.SPANISH));
        ExplorerFixture.waitFor(() -> ui.classes.instances().size() == 2
                && ui.classes.instances().get(0).names().in(LabelMode.SPANISH).equals("Fuerza de Tarea Conjunta Alfa"));
        ListView<?> list = robot.lookup("#class-instances").queryAs(ListView.class);
        assertTrue(robot.from(list).lookup("Fuerza de Tarea Conjunta Alfa").tryQuery().isPresent());
        assertTrue(robot.lookup("fuerza de tarea").tryQuery().isPresent(), "the class is named in Spanish");
    }

    @Test
    void showMoreAddsTheNextPage(FxRobot robot) throws Exception {
        ExplorerFixture.waitFor(() -> ui.classes.treeProperty().get() != null);
        selectClass(robot, List.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"));
        ExplorerFixture.waitFor(() -> ui.classes.instances().size() == ClassTreeViewModel.PAGE);
        assertEquals(349, ui.classes.instanceTotalProperty().get());
        robot.clickOn("#class-instances-more");
        assertEquals(2 * ClassTreeViewModel.PAGE, ui.classes.instances().size());
    }
}
