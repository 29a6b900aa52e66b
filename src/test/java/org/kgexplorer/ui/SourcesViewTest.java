package org.kgexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.LoadedSource;
import org.kgexplorer.ui.sources.SourcesView;
import org.kgexplorer.ui.sources.SourcesViewModel;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SourcesViewTest {
    @TempDir
    Path dir;
    SourcesViewModel model;

    @Start
    void start(Stage stage) {
        model = new SourcesViewModel(new InMemoryStore(), new TaskRunner());
        stage.setScene(new Scene(new SourcesView(model), 900, 500));
        stage.show();
    }

    private void waitUntilIdle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheBundledSourcesWithTheirTripleCounts(FxRobot robot) throws Exception {
        robot.interact(model::loadBundled);
        waitUntilIdle(robot);
        TableView<LoadedSource> table = robot.lookup("#sources-table").queryTableView();
        assertEquals(List.of("kgx.ttl", "kg.ttl", "evidence.ttl"), table.getItems().stream().map(LoadedSource::name).toList());
        assertTrue(table.getItems().stream().allMatch(s -> s.triples() > 0));
        String total = robot.lookup("#total-triples").queryAs(Label.class).getText();
        assertTrue(total.startsWith("3 sources, "), total);
        assertTrue(robot.lookup("Turtle").tryQuery().isPresent(), "the syntax column is shown");
        assertTrue(robot.lookup("KG Explorer ontology").tryQuery().isPresent(), "the title column is shown");
    }

    @Test
    void aMalformedFileShowsWhereItFailedAndKeepsTheLoadedData(FxRobot robot) throws Exception {
        Path good = dir.resolve("good.ttl");
        Files.writeString(good, "<http://ex.org/a> <http://ex.org/p> 1 .");
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "<http://ex.org/a> <http://ex.org/p> 1 .\n<http://ex.org/b> <http://ex.org/p> .\n");
        robot.interact(() -> model.loadPaths(List.of(good), LoadMode.ADD));
        waitUntilIdle(robot);
        robot.interact(() -> model.loadPaths(List.of(bad), LoadMode.ADD));
        waitUntilIdle(robot);
        Label error = robot.lookup("#load-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().startsWith(bad + ":2:"), error.getText());
        TableView<LoadedSource> table = robot.lookup("#sources-table").queryTableView();
        assertEquals(List.of("good.ttl"), table.getItems().stream().map(LoadedSource::name).toList());
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("failed; the data is unchanged"));
        robot.clickOn("Dismiss");
        assertTrue(!robot.lookup("#load-error").queryAs(Label.class).getParent().isVisible());
    }

    @Test
    void atStartupABrokenUserFileNeverKeepsTheBundledGraphOut(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.nt");
        Files.writeString(bad, "<http://ex.org/a> <http://ex.org/p> \n");
        robot.interact(() -> model.loadAtStartup(List.of(bad)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.errorProperty().get().isEmpty());
        waitUntilIdle(robot);
        TableView<LoadedSource> table = robot.lookup("#sources-table").queryTableView();
        assertEquals(3, table.getItems().size());
        assertTrue(model.errorProperty().get().startsWith(bad + ":2:1: not valid N-Triples"), model.errorProperty().get());
    }
}
