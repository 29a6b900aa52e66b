package org.kgexplorer.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.EntityIndex;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.data.EntitySearchViewModel.Suggestion;
import org.kgexplorer.ui.details.ExplorerFixture;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The search's suggestions and index life cycle (background tasks need the JavaFX platform, hence TestFX). */
@ExtendWith(ApplicationExtension.class)
class EntitySearchViewModelTest {
    @TempDir
    Path dir;
    ExplorerContext context;
    EntitySearchViewModel model;
    KnowledgeStore store;

    @Start
    void start(Stage stage) {
        store = Fixtures.bundledStore();
        context = new ExplorerContext(store, new TaskRunner(), new I18n());
        model = new EntitySearchViewModel(context);
    }

    private void ready() throws Exception {
        ExplorerFixture.waitFor(() -> model.indexProperty().get() != null && !model.indexingProperty().get());
    }

    @Test
    void aSpanishMatchShowsTheEnglishNameAndSaysWhatMatched(FxRobot robot) throws Exception {
        ready();
        Suggestion s = model.suggest("alfa").get(0);
        assertEquals(new Suggestion(Fixtures.KG + "JointTaskForceAlpha", "Joint Task Force Alpha", "task force",
                "Fuerza de Tarea Conjunta Alfa"), s);
    }

    @Test
    void inSpanishModeTheSpanishNameIsShownAndNeedsNoNote(FxRobot robot) throws Exception {
        ready();
        robot.interact(() -> context.labelModeProperty().set(LabelMode.SPANISH));
        Suggestion s = model.suggest("alfa").get(0);
        assertEquals("Fuerza de Tarea Conjunta Alfa", s.label());
        assertEquals("fuerza de tarea", s.type());
        assertEquals("", s.alternative());
    }

    @Test
    void anAcronymIsShownAsTheMatch(FxRobot robot) throws Exception {
        ready();
        Suggestion s = model.suggest("jtf").get(0);
        assertEquals("JTF Alpha", s.alternative());
        assertTrue(model.suggest("   ").isEmpty());
        assertTrue(model.suggest("a").size() <= EntitySearchViewModel.SUGGESTIONS);
    }

    @Test
    void choosingASuggestionSelectsTheEntity(FxRobot robot) throws Exception {
        ready();
        robot.interact(() -> model.chooseBest("sentinel"));
        assertEquals(Fixtures.KG + "OperationSentinel", context.selectedEntityProperty().get());
    }

    @Test
    void newDataIsSearchableAfterTheDataChanges(FxRobot robot) throws Exception {
        ready();
        assertTrue(model.suggest("hercules").isEmpty());
        Path file = org.kgexplorer.core.explore.Fixtures.harbourFiles(dir);
        store.load(RdfInputs.of(List.of(file)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        robot.interact(context::dataChanged);
        ExplorerFixture.waitFor(() -> !model.suggest("hercules").isEmpty());
        assertEquals(Fixtures.EX + "Hercules", model.suggest("hercules").get(0).iri());
        assertEquals("tug", model.suggest("hercules").get(0).type());
    }

    @Test
    void anEntityIsFoundByItsIriOrByAWholeNameInEitherLanguage() throws Exception {
        ready();
        org.kgexplorer.core.explore.EntitySearch index = model.indexProperty().get();
        String alpha = Fixtures.KG + "JointTaskForceAlpha";
        assertEquals(Optional.of(alpha), EntitySearchViewModel.find(index, alpha));
        assertEquals(Optional.of(alpha), EntitySearchViewModel.find(index, "Joint Task Force Alpha"));
        assertEquals(Optional.of(alpha), EntitySearchViewModel.find(index, "fuerza de tarea conjunta alfa"));
        assertEquals(Optional.empty(), EntitySearchViewModel.find(index, "Joint Task Force"), "part of a name is not it");
        assertEquals(Optional.empty(), EntitySearchViewModel.find(index, Fixtures.KG + "NoSuchThing"));
    }

    @Test
    void openWhenIndexedWaitsForTheIndexThenOpensTheEntity(FxRobot robot) throws Exception {
        List<String> missing = new java.util.ArrayList<>();
        robot.interact(() -> {
            model.rebuild();
            model.openWhenIndexed("Operation Sentinel", missing::add);
            model.openWhenIndexed("Operation Nothing", missing::add);
        });
        ExplorerFixture.waitFor(() -> (Fixtures.KG + "OperationSentinel").equals(context.selectedEntityProperty().get()));
        ExplorerFixture.waitFor(() -> missing.size() == 1);
        assertEquals(List.of("Operation Nothing"), missing);
    }
}
