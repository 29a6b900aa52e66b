package org.kgexplorer.ui.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgexplorer.ui.results.ResultsFixture.run;
import static org.kgexplorer.ui.results.ResultsFixture.settle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.export.ResultFormat;
import org.kgexplorer.core.query.table.RowFilter;
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

/** Saving writes the whole answer, byte for byte as expected, atomically. */
@ExtendWith(ApplicationExtension.class)
class ResultsSaveTest {
    static final String DATA = """
            @prefix ex: <http://ex.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            ex:a rdfs:label "Alpha"@en , "Alfa"@es ; ex:note "=SUM(A1:A9)" ; ex:n 5 .
            ex:b rdfs:label "Beta"@en ; ex:note "plain, with a comma" ; ex:n -3 .
            ex:c ex:note "Señal \\"quoted\\"" ; ex:n 12 .
            """;
    static final String QUERY = "PREFIX ex: <http://ex.org/>\n"
            + "SELECT ?s ?note ?n WHERE { ?s ex:note ?note ; ex:n ?n } ORDER BY ?s";
    static final String EXPECTED_CSV = "\uFEFFs,s_label,note,n\r\n"
            + "http://ex.org/a,Alpha,'=SUM(A1:A9),5\r\n"
            + "http://ex.org/b,Beta,\"plain, with a comma\",-3\r\n"
            + "http://ex.org/c,c,\"Señal \"\"quoted\"\"\",12\r\n";

    @TempDir
    Path dir;
    ResultsViewModel model;

    @Start
    void start(Stage stage) {
        // no window: the view model is driven directly
    }

    private void load(FxRobot robot) throws Exception {
        Path data = dir.resolve("data.ttl");
        Files.writeString(data, DATA);
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(List.of(data)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        robot.interact(() -> model = new ResultsViewModel(new ExplorerContext(store, new TaskRunner(), new I18n())));
        run(robot, model, QUERY);
    }

    private void save(FxRobot robot, Path file, ResultFormat format, boolean labels) throws Exception {
        robot.interact(() -> model.saveResults(file, format, labels));
        settle(model);
    }

    @Test
    void csvIsSpreadsheetSafeWithLabelColumnsByteForByte(FxRobot robot) throws Exception {
        load(robot);
        Path file = dir.resolve("answer.csv");
        save(robot, file, ResultFormat.CSV, model.labelColumnsProperty().get());
        assertArrayEquals(EXPECTED_CSV.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals("Saved 3 rows to answer.csv.", model.noticeProperty().get());
    }

    @Test
    void theWholeAnswerIsSavedWhileAFilterHidesRows(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> model.filter("alpha", RowFilter.ALL_COLUMNS));
        settle(model);
        assertEquals(1, model.viewProperty().get().size());
        Path file = dir.resolve("filtered.csv");
        save(robot, file, ResultFormat.CSV, true);
        assertArrayEquals(EXPECTED_CSV.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void withoutLabelsOnlyTheQueryColumnsAreWritten(FxRobot robot) throws Exception {
        load(robot);
        Path file = dir.resolve("plain.tsv");
        save(robot, file, ResultFormat.TSV, false);
        String tsv = Files.readString(file);
        assertTrue(tsv.startsWith("?s\t?note\t?n\n<http://ex.org/a>\t\"=SUM(A1:A9)\"\t5\n"), tsv);
    }

    @Test
    void jsonHoldsTheLabelAsAnExtraVariable(FxRobot robot) throws Exception {
        load(robot);
        Path file = dir.resolve("answer.json");
        save(robot, file, ResultFormat.JSON, true);
        String json = Files.readString(file);
        assertTrue(json.contains("\"vars\": [ \"s\" , \"s_label\" , \"note\" , \"n\" ]"), json);
        assertTrue(json.contains("\"value\": \"Alpha\""), json);
    }

    @Test
    void aFailedSaveLeavesNoFileAndSaysWhy(FxRobot robot) throws Exception {
        load(robot);
        Path occupied = dir.resolve("occupied.csv");
        Files.createDirectories(occupied.resolve("inside"));
        List<Path> before = list();
        save(robot, occupied, ResultFormat.CSV, true);
        assertEquals(before, list(), "no temporary or partial file is left");
        assertTrue(Files.isDirectory(occupied.resolve("inside")));
        assertTrue(model.errorProperty().get().startsWith("Could not save occupied.csv: "), model.errorProperty().get());
    }

    @Test
    void savingIntoAMissingFolderFailsCleanly(FxRobot robot) throws Exception {
        load(robot);
        save(robot, dir.resolve("no-such-folder").resolve("a.csv"), ResultFormat.CSV, true);
        assertTrue(model.errorProperty().get().contains("does not exist"), model.errorProperty().get());
        assertTrue(Files.notExists(dir.resolve("no-such-folder")));
    }

    @Test
    void anAskAnswerIsSavedAsTrueOrFalse(FxRobot robot) throws Exception {
        load(robot);
        run(robot, model, "ASK { <http://ex.org/a> ?p ?o }");
        Path file = dir.resolve("ask.csv");
        save(robot, file, ResultFormat.CSV, true);
        assertEquals("true\r\n", Files.readString(file));
    }

    @Test
    void anAnswerCutAtTheRowLimitIsSavedWholeByRunningTheQueryAgain(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> model.rowLimitProperty().set(2));
        run(robot, model, QUERY);
        assertTrue(model.answerProperty().get().table().truncated());
        assertEquals(2, model.answerProperty().get().table().rowCount());
        assertEquals(3, model.answerProperty().get().table().totalRows(), "the rows not kept are counted");
        Path file = dir.resolve("long.csv");
        save(robot, file, ResultFormat.CSV, true);
        assertArrayEquals(EXPECTED_CSV.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals("Saved 3 rows to long.csv.", model.noticeProperty().get(), "the rows written, not the rows kept");
    }

    @Test
    void aSortedTableIsSavedInTheOrderShown(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> model.sortBy(List.of(new org.kgexplorer.core.query.table.SortColumn(2, false))));
        settle(model);
        Path file = dir.resolve("sorted.csv");
        save(robot, file, ResultFormat.CSV, true);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(List.of("http://ex.org/c", "http://ex.org/a", "http://ex.org/b"),
                lines.subList(1, 4).stream().map(l -> l.substring(0, l.indexOf(','))).toList(), "n from 12 down to -3");
        assertEquals("Saved 3 rows to sorted.csv.", model.noticeProperty().get());
    }

    @Test
    void onlyTheRowsAFilterShowsAreSavedWhenAsked(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> model.filter("beta", RowFilter.ALL_COLUMNS));
        settle(model);
        int shown = model.viewProperty().get().size();
        assertTrue(shown > 0 && shown < 3, "the filter hides a row: " + shown);
        Path file = dir.resolve("shown.csv");
        robot.interact(() -> model.saveResults(file, ResultFormat.CSV, true, true));
        settle(model);
        assertEquals(shown + 1, Files.readAllLines(file, StandardCharsets.UTF_8).size(), "the header and the rows shown");
        assertEquals("Saved " + (shown == 1 ? "1 row" : shown + " rows") + " to shown.csv.", model.noticeProperty().get());
    }

    @Test
    void aGraphAnswerIsSavedAsTurtleOrAsItsTripleTable(FxRobot robot) throws Exception {
        load(robot);
        run(robot, model, "PREFIX ex: <http://ex.org/>\nCONSTRUCT { ?s ex:n ?n } WHERE { ?s ex:n ?n FILTER(?n > 0) }");
        Path turtle = dir.resolve("graph.ttl");
        save(robot, turtle, ResultFormat.TURTLE, true);
        org.apache.jena.rdf.model.Model read = org.apache.jena.riot.RDFDataMgr.loadModel(turtle.toString());
        assertEquals(2, read.size());
        Path csv = dir.resolve("graph.csv");
        save(robot, csv, ResultFormat.CSV, true);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("\uFEFFsubject,subject_label,predicate,predicate_label,object", lines.get(0));
        assertEquals(3, lines.size());
    }

    private List<Path> list() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
