package org.kgexplorer.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "With provenance" ticked, Save writes NAME.csv.json beside the answer; unticked, nothing beside it. */
@ExtendWith(ApplicationExtension.class)
class SaveWithProvenanceTest {
    @TempDir
    static Path dir;
    private static Path data;
    private ResultsViewModel model;
    private ResultsView view;

    @Start
    void start(Stage stage) throws Exception {
        data = dir.resolve("data.ttl");
        Files.writeString(data, ResultsSaveTest.DATA);
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(List.of(data)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        model = new ResultsViewModel(new ExplorerContext(store, new TaskRunner(), new I18n()));
        view = new ResultsView(model);
        stage.setScene(new Scene(view, 1000, 500));
        stage.show();
    }

    @Test
    void tickingProvenanceWritesTheBlockBesideTheCsv(FxRobot robot) throws Exception {
        ResultsFixture.run(robot, model, ResultsSaveTest.QUERY);
        Path file = dir.resolve("answer.csv");
        robot.interact(() -> view.setSaveTarget(a -> java.util.Optional.of(SaveTarget.of(file))));
        assertFalse(model.provenanceProperty().get(), "off until asked for");
        // Save's own menu holds the option
        robot.clickOn(robot.lookup("#save-results").lookup(".arrow-button").queryAs(javafx.scene.Node.class));
        robot.clickOn("#save-provenance");
        assertTrue(model.provenanceProperty().get(), "ticked in Save's menu");
        assertTrue(robot.lookup("#save-results").queryAs(javafx.scene.control.SplitMenuButton.class).getTooltip()
                .getText().endsWith("With provenance (NAME.csv.json)"), "Save's tooltip says the option is on");
        robot.clickOn("#save-results");
        ResultsFixture.settle(model);

        Path beside = dir.resolve("answer.csv.json");
        assertEquals("Saved 3 rows to answer.csv, and where they came from to answer.csv.json.",
                model.noticeProperty().get());
        JsonObject json = JSON.parse(Files.readString(beside));
        assertEquals(List.of("query", "sources", "inference", "created", "software", "rows"), List.copyOf(json.keys()));
        assertEquals(ResultsSaveTest.QUERY, json.getString("query"));
        assertEquals(3, json.getNumber("rows").intValue());
        assertEquals("none", json.getString("inference"));
        JsonObject source = json.get("sources").getAsArray().get(0).getAsObject();
        assertEquals(data.toString(), source.getString("path"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(data))),
                source.getString("sha256"));
    }

    @Test
    void untickedNothingIsWrittenBeside(FxRobot robot) throws Exception {
        ResultsFixture.run(robot, model, ResultsSaveTest.QUERY);
        Path file = dir.resolve("plain.csv");
        robot.interact(() -> view.setSaveTarget(a -> java.util.Optional.of(SaveTarget.of(file))));
        robot.clickOn("#save-results");
        ResultsFixture.settle(model);
        assertEquals("Saved 3 rows to plain.csv.", model.noticeProperty().get());
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("plain.csv.json")));
    }
}
