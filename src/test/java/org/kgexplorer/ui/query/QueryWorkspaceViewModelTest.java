package org.kgexplorer.ui.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.concurrent.Task;
import javafx.scene.input.Clipboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.query.completion.Completion;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace's state and rules, without a window (the JavaFX thread runs the tasks' callbacks). */
class QueryWorkspaceViewModelTest {
    @TempDir
    Path dir;
    ExplorerContext context;
    QueryWorkspaceViewModel model;
    List<String> runs = new ArrayList<>();

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void createTheWorkspace() throws Exception {
        context = new ExplorerContext(new InMemoryStore(), new TaskRunner(), new I18n());
        model = fx(() -> new QueryWorkspaceViewModel(context, Settings.in(dir.resolve("config"))));
        model.setOnRun(runs::add);
    }

    /** Lets the settings file be written before the temporary folder goes. */
    @AfterEach
    void waitForTheBackgroundTasks() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> context.tasks().running().isEmpty()));
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    static void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    private void run(String query) throws Exception {
        fxRun(() -> {
            model.selectedTabProperty().get().setText(query);
            model.runCurrent();
        });
    }

    private static void await(Task<?> task) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void runningRecordsTheQueryFirstInTheHistoryAndCallsTheRunHandler() throws Exception {
        run("SELECT 1 {}");
        run("SELECT 2 {}");
        assertEquals(List.of("SELECT 1 {}", "SELECT 2 {}"), runs);
        assertEquals(List.of("SELECT 2 {}", "SELECT 1 {}"), model.history());
    }

    @Test
    void runningAQueryAgainMovesItToTheTopWithoutACopy() throws Exception {
        run("SELECT 1 {}");
        run("SELECT 2 {}");
        run("SELECT 1 {}\n");
        assertEquals(List.of("SELECT 1 {}", "SELECT 2 {}"), model.history());
    }

    @Test
    void theHistoryKeepsTheLatest200() throws Exception {
        for (int i = 0; i < 205; i++) {
            run("SELECT " + i + " {}");
        }
        assertEquals(200, model.history().size());
        assertEquals("SELECT 204 {}", model.history().get(0));
        assertEquals("SELECT 5 {}", model.history().get(199));
    }

    @Test
    void theHistoryIsSavedInTheSettingsAndRestoredAtStart() throws Exception {
        run("SELECT ?a { ?a ?b ?c }");
        run("ASK {}");
        Path config = dir.resolve("config");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> Settings.in(config).getList(QueryWorkspaceViewModel.HISTORY_KEY).size() == 2);
        QueryWorkspaceViewModel restarted = fx(() -> new QueryWorkspaceViewModel(context, Settings.in(config)));
        assertEquals(List.of("ASK {}", "SELECT ?a { ?a ?b ?c }"), restarted.history());
    }

    @Test
    void anEmptyQueryIsNotRun() throws Exception {
        run("   \n");
        assertTrue(runs.isEmpty());
        assertTrue(model.history().isEmpty());
        assertFalse(model.messageProperty().get().isEmpty());
    }

    @Test
    void aQueryFileOpensCleanAndSavesBackTheSameText() throws Exception {
        Path file = dir.resolve("pledges.rq");
        String text = "# ¿Qué promesas?\nSELECT ?p WHERE { ?p ?q \"fentanilo\"@es }\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        await(fx(() -> model.open(file)));
        QueryTab tab = model.selectedTabProperty().get();
        assertEquals(text, tab.getText());
        assertEquals(file.toAbsolutePath(), tab.getFile());
        assertFalse(tab.isDirty());
        assertEquals(1, model.tabs().size(), "the untouched empty tab made way for the file");

        fxRun(() -> tab.setText(text + "LIMIT 5\n"));
        assertTrue(tab.isDirty());
        Path copy = dir.resolve("copy.rq");
        await(fx(() -> model.saveAs(copy)));
        assertEquals(text + "LIMIT 5\n", Files.readString(copy, StandardCharsets.UTF_8));
        assertFalse(tab.isDirty());
        assertEquals(copy.toAbsolutePath(), tab.getFile());
        assertEquals(text, Files.readString(file, StandardCharsets.UTF_8), "the original is untouched");
    }

    @Test
    void saveWritesTheTabBackToItsOwnFile() throws Exception {
        Path file = dir.resolve("q.rq");
        Files.writeString(file, "ASK {}");
        await(fx(() -> model.open(file)));
        fxRun(() -> model.selectedTabProperty().get().setText("ASK { ?s ?p ?o }"));
        await(fx(() -> model.save()));
        assertEquals("ASK { ?s ?p ?o }", Files.readString(file));
        assertFalse(model.selectedTabProperty().get().isDirty());
    }

    @Test
    void aTabWithoutAFileAsksWhereToSave() throws Exception {
        Path target = dir.resolve("chosen.rq");
        model.setSaveTarget(tab -> java.util.Optional.of(target));
        fxRun(() -> model.selectedTabProperty().get().setText("ASK {}"));
        await(fx(() -> model.save()));
        assertEquals("ASK {}", Files.readString(target));
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndOpensNoTab() throws Exception {
        Task<String> task = fx(() -> model.open(dir.resolve("missing.rq")));
        await(task);
        assertEquals(1, model.tabs().size());
        assertTrue(model.messageIsErrorProperty().get());
        assertTrue(model.messageProperty().get().contains("missing.rq"), model.messageProperty().get());
    }

    @Test
    void openingAnOpenFileAgainSelectsItsTab() throws Exception {
        Path file = dir.resolve("q.rq");
        Files.writeString(file, "ASK {}");
        await(fx(() -> model.open(file)));
        QueryTab first = model.selectedTabProperty().get();
        fxRun(model::newTab);
        await(fx(() -> model.open(file)));
        assertSame(first, model.selectedTabProperty().get());
        assertEquals(2, model.tabs().size());
    }

    @Test
    void aTabWithUnsavedChangesStaysOpenWhenClosingIsRefused() throws Exception {
        List<QueryTab> asked = new ArrayList<>();
        model.setConfirmClose(tab -> {
            asked.add(tab);
            return false;
        });
        fxRun(model::newTab);
        QueryTab tab = model.selectedTabProperty().get();
        fxRun(() -> tab.setText("ASK {}"));
        fxRun(model::closeTab);
        assertEquals(List.of(tab), asked);
        assertTrue(model.tabs().contains(tab));
        fxRun(() -> tab.setText(""));
        fxRun(model::closeTab);
        assertFalse(model.tabs().contains(tab), "a clean tab closes without asking");
        assertEquals(1, asked.size());
    }

    @Test
    void closingTheLastTabLeavesAnEmptyOne() throws Exception {
        QueryTab only = model.selectedTabProperty().get();
        fxRun(model::closeTab);
        assertEquals(1, model.tabs().size());
        QueryTab fresh = model.selectedTabProperty().get();
        assertFalse(fresh == only);
        assertEquals("", fresh.getText());
    }

    @Test
    void aLibraryQuestionOpensInItsOwnTabOnceAndRuns() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.questions().isEmpty());
        Question q = model.questions().get(0);
        QueryTab tab = fx(() -> model.openQuestion(q, true));
        assertEquals(q.sparql(), tab.getText());
        assertEquals(List.of(q.sparql()), runs);
        assertSame(tab, fx(() -> model.openQuestion(q, false)), "the unchanged tab is reused");
        assertEquals(1, model.tabs().size(), "the untouched empty tab made way for the question");
    }

    @Test
    void theAutocompleteIndexIsRebuiltWhenTheDataChanges() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> context.tasks().running().isEmpty()));
        assertEquals(0, model.completionIndexProperty().get().size());
        context.store().load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        fxRun(context::dataChanged);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.completionIndexProperty().get().size() > 0);
        assertEquals(Completion.Kind.CLASS,
                model.completionIndexProperty().get().kindOf("https://kgexplorer.org/ontology#TaskForce"));
    }

    @Test
    void copyingPutsTheQueryOnTheClipboardAsText() throws Exception {
        fxRun(() -> model.selectedTabProperty().get().setText("ASK { ?s ?p ?o }"));
        fxRun(model::copyQuery);
        assertEquals("ASK { ?s ?p ?o }", fx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void aQueryFromTheHistoryOpensInATab() throws Exception {
        run("ASK {}");
        fxRun(model::newTab);
        QueryTab opened = fx(() -> model.openFromHistory("SELECT * { ?s ?p ?o }", false));
        assertEquals("SELECT * { ?s ?p ?o }", opened.getText());
        assertSame(opened, model.selectedTabProperty().get());
        assertNull(opened.getFile());
        assertEquals(1, runs.size(), "opening alone does not run");
    }

    @Test
    void aQuestionAskedByTitleBeforeTheLibraryIsReadRunsOnceItIs() throws Exception {
        fxRun(() -> model.runQuestionTitled("which pledges ADDRESS fentanyl?"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> runs.size() == 1));
        assertTrue(runs.get(0).contains("kgx:addresses kg:Fentanyl"), runs.get(0));
        assertEquals("Which pledges address fentanyl?", fx(() -> model.selectedTabProperty().get().question().title()));
    }

    @Test
    void aQuestionIsFoundByItsSpanishTitleWithoutAccents() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !model.questions().isEmpty()));
        fxRun(() -> model.runQuestionTitled("¿Que promesas abordan el fentanilo?"));
        assertEquals(1, runs.size());
        assertTrue(runs.get(0).contains("kgx:addresses kg:Fentanyl"), runs.get(0));
    }

    @Test
    void anUnknownTitleRunsNothingAndSaysSo() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !model.questions().isEmpty()));
        fxRun(() -> model.runQuestionTitled("Who won the 1986 World Cup?"));
        assertEquals(List.of(), runs);
        assertTrue(fx(() -> model.messageIsErrorProperty().get()));
        assertEquals("No question in the library is titled “Who won the 1986 World Cup?”: choose one from the Library tab.",
                fx(() -> model.messageProperty().get()));
    }
}
