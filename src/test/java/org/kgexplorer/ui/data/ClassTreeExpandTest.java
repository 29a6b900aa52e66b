package org.kgexplorer.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.ClassTree.ClassNode;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.ui.details.ExplorerFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Data shaped like the UNTERM countries file: a class with instances ("Country") listed after a class with
 * subclasses ("Concept"), so expanding the one inserts rows above the other.
 */
@ExtendWith(ApplicationExtension.class)
class ClassTreeExpandTest {
    private static final String EX = "http://example.org/terms/";
    ExplorerFixture ui;

    @Start
    void start(Stage stage) throws IOException, DataLoadException {
        ui = new ExplorerFixture(stage, store());
    }

    private static KnowledgeStore store() throws IOException, DataLoadException {
        StringBuilder ttl = new StringBuilder("""
                @prefix ex: <http://example.org/terms/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ex:Concept a rdfs:Class ; rdfs:label "Concept" .
                ex:DatatypeProperty rdfs:subClassOf ex:Concept ; rdfs:label "DatatypeProperty" .
                ex:ObjectProperty a rdfs:Class ; rdfs:subClassOf ex:Concept ; rdfs:label "ObjectProperty" .
                ex:Country a rdfs:Class ; rdfs:label "Country" .
                ex:AnnotationProperty rdfs:subClassOf ex:ObjectProperty ; rdfs:label "AnnotationProperty" .
                ex:a1 a ex:AnnotationProperty ; rdfs:label "note" .
                """);
        for (int i = 0; i < 12; i++) {
            ttl.append("ex:p").append(i).append(" a ex:DatatypeProperty ; rdfs:label \"property ").append(i).append("\" .\n");
        }
        for (int i = 0; i < 5; i++) {
            ttl.append("ex:c").append(i).append(" a ex:Country ; rdfs:label \"country ").append(i).append("\" .\n");
        }
        Path file = Files.createTempFile("class-tree-expand", ".ttl");
        file.toFile().deleteOnExit();
        Files.writeString(file, ttl);
        KnowledgeStore store = new InMemoryStore();
        store.load(RdfInputs.of(List.of(file)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        return store;
    }

    @SuppressWarnings("unchecked")
    private TreeView<ClassNode> tree(FxRobot robot) {
        return robot.lookup("#class-tree").queryAs(TreeView.class);
    }

    @SuppressWarnings("unchecked")
    private TreeCell<ClassNode> cell(FxRobot robot, String iri) {
        return robot.lookup("#class-tree .tree-cell").match((TreeCell<ClassNode> c) -> c.getItem() != null
                && c.getItem().iri().equals(iri)).query();
    }

    private String selectedIri(FxRobot robot) {
        TreeItem<ClassNode> item = tree(robot).getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().iri();
    }

    @Test
    void expandingAndCollapsingAClassKeepsTheChosenClassAndItsInstances(FxRobot robot) throws Exception {
        ExplorerFixture.waitFor(() -> ui.classes.treeProperty().get() != null && !tree(robot).getRoot().getChildren().isEmpty());
        robot.clickOn(cell(robot, EX + "Country"));
        ExplorerFixture.waitFor(() -> ui.classes.instances().size() == 5);
        Node arrow = robot.from(cell(robot, EX + "Concept")).lookup(".tree-disclosure-node").query();

        robot.clickOn(arrow);
        WaitForAsyncUtils.waitForFxEvents();
        ExplorerFixture.waitFor(() -> cell(robot, EX + "Concept").getTreeItem().isExpanded());
        assertEquals(EX + "Country", selectedIri(robot), "the selected row after expanding");
        assertEquals(EX + "Country", ui.classes.chosenProperty().get().iri(), "the listed class after expanding");

        // a level further down: the subclasses of a subclass
        robot.clickOn(robot.from(cell(robot, EX + "ObjectProperty")).lookup(".tree-disclosure-node").queryAs(Node.class));
        ExplorerFixture.waitFor(() -> cell(robot, EX + "ObjectProperty").getTreeItem().isExpanded());
        assertEquals(EX + "AnnotationProperty", tree(robot).getTreeItem(tree(robot).getRow(cell(robot, EX + "ObjectProperty")
                .getTreeItem()) + 1).getValue().iri());
        assertEquals(EX + "Country", selectedIri(robot), "the selected row after expanding a subclass");
        assertEquals(EX + "Country", ui.classes.chosenProperty().get().iri(), "the listed class after expanding a subclass");

        robot.clickOn(robot.from(cell(robot, EX + "Concept")).lookup(".tree-disclosure-node").queryAs(Node.class));
        ExplorerFixture.waitFor(() -> !cell(robot, EX + "Concept").getTreeItem().isExpanded());
        assertEquals(EX + "Country", selectedIri(robot), "the selected row after collapsing");
        assertEquals(EX + "Country", ui.classes.chosenProperty().get().iri(), "the listed class after collapsing");
        assertEquals(5, ui.classes.instanceTotalProperty().get());
        assertEquals("Country: 5 instances", robot.lookup("#class-instances-header").queryAs(javafx.scene.control.Label.class).getText());
    }
}
