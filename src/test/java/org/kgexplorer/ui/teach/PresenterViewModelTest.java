package org.kgexplorer.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kgexplorer.core.project.Project;
import org.kgexplorer.core.project.ViewState;

/** Where a presentation stands: a graph scene one step a node, the others one step, back to a scene shown whole. */
class PresenterViewModelTest {
    static Project.View graph(String... nodes) {
        return new Project.View("g", "g", "", null, new ViewState(List.of(nodes), Map.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), "", ViewState.Camera.DEFAULT, List.of()));
    }

    static Project.View kind(Project.Scene.Shows shows) {
        return new Project.View("t", "t", "SELECT * WHERE { ?s ?p ?o }", null, ViewState.EMPTY, new Project.Scene(shows, null));
    }

    /** (scene, step) after each move. */
    static List<String> walk(PresenterViewModel m, boolean forward, int moves) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < moves; i++) {
            boolean moved = forward ? m.next() : m.previous();
            seen.add(moved ? m.sceneProperty().get() + "." + m.stepProperty().get() : "end");
        }
        return seen;
    }

    @Test
    void aGraphSceneRevealsItsNodesOneAStepThenTheNextSceneComes() {
        PresenterViewModel m = new PresenterViewModel(List.of(graph("a", "b", "c"), kind(Project.Scene.Shows.TABLE),
                graph()), 0);
        assertEquals(3, m.steps(0));
        assertEquals(1, m.steps(1));
        assertEquals(1, m.steps(2), "a graph without nodes is one step");
        assertEquals(List.of("0.1", "0.2", "1.0", "2.0", "end"), walk(m, true, 5));
        assertEquals(List.of("1.0", "0.2", "0.1", "0.0", "end"), walk(m, false, 5), "back: the previous scene whole");
    }

    @Test
    void aStepThroughTellsItsStepsOnceItsQueryIsParsed() {
        PresenterViewModel m = new PresenterViewModel(List.of(kind(Project.Scene.Shows.STEP_THROUGH), graph("a")), 0);
        assertEquals(1, m.steps(0));
        m.setSteps(3);
        assertEquals(List.of("0.1", "0.2", "1.0"), walk(m, true, 3));
        assertEquals(List.of("0.2"), walk(m, false, 1));
    }

    @Test
    void eachMoveIsOneChangeAfterTheSceneAndStepAreSet() {
        PresenterViewModel m = new PresenterViewModel(List.of(graph("a", "b"), graph("c")), 1);
        List<String> seen = new ArrayList<>();
        m.movesProperty().addListener((obs, old, now) -> seen.add(m.sceneProperty().get() + "." + m.stepProperty().get()));
        m.previous();
        m.next();
        m.next();
        assertEquals(List.of("0.1", "1.0"), seen, "the last next, at the end, moves nothing");
        assertFalse(m.blankProperty().get());
    }

    @Test
    void aPresentationStartsWhereAskedWithinItsScenes() {
        assertEquals(1, new PresenterViewModel(List.of(graph("a"), graph("b")), 7).sceneProperty().get());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PresenterViewModel(List.of(), 0))
                .getMessage().contains("at least one scene"));
    }

    @Test
    void homeAndEndGoToTheFirstAndTheLastSceneFromTheirFirstStep() {
        PresenterViewModel m = new PresenterViewModel(List.of(graph("a", "b"), kind(Project.Scene.Shows.TABLE),
                graph("c", "d")), 1);
        assertTrue(m.last());
        assertEquals("2.0", m.sceneProperty().get() + "." + m.stepProperty().get());
        assertFalse(m.last(), "there already");
        m.next();
        assertTrue(m.last(), "the last scene's first step again");
        assertEquals("2.0", m.sceneProperty().get() + "." + m.stepProperty().get());
        assertTrue(m.first());
        assertEquals("0.0", m.sceneProperty().get() + "." + m.stepProperty().get());
        assertFalse(m.first());
    }
}
