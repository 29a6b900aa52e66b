package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.explore.ClassTree.ClassNode;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * The same analyst's flow as {@link DoneWhenFlowTest} (search, details with evidence, the library question, results
 * saved), in a window started on a TDB2 database made with the bundled graph ({@code kg-explorer --store DIR}); and
 * the title and the class tree's counts there.
 */
class DoneWhenFlowOnDatabaseTest extends DoneWhenFlowTest {
    @Override
    String[] arguments() throws Exception {
        Path db = dir.resolve("orgdb");
        try (TdbStore store = TdbStore.open(db, true)) {
            store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        }
        return new String[] {"--store", db.toString()};
    }

    @Test
    void theTitleNamesTheDatabaseAndTheClassTreeCountsWhatPlainJenaCounts() throws Exception {
        Stage stage = mainStage();
        waitFor(() -> "orgdb — KG Explorer".equals(stage.getTitle()));
        TreeView<ClassNode> tree = robot.lookup("#class-tree").queryAs(TreeView.class);
        waitFor(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        Set<String> checked = new HashSet<>();
        for (TreeItem<ClassNode> item : tree.getRoot().getChildren()) {
            ClassNode node = item.getValue();
            Resource type = bundled.createResource(node.iri());
            assertEquals(bundled.listSubjectsWithProperty(RDF.type, type).toSet().size(), node.directCount(), node.iri());
            checked.add(node.iri());
        }
        assertFalse(checked.isEmpty());
    }

    private static Stage mainStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().endsWith("KG Explorer")).findFirst().orElseThrow();
    }
}
