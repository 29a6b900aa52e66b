package org.kgexplorer.ui.teach;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.kgexplorer.core.project.Project;

/**
 * Where a presentation stands (ADR 45): the scene shown and the step within it. A graph scene has one step per node
 * (revealed in the order the scene lists them), a step-through one per step of its query, a table or an exercise
 * one. Next goes to the next step, then to the next scene's first; Previous to the previous step, then to the
 * previous scene shown whole. The screen can be blanked.
 */
public final class PresenterViewModel {
    private final List<Project.View> scenes;
    private final ReadOnlyIntegerWrapper scene = new ReadOnlyIntegerWrapper(this, "scene", 0);
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    /** Counts the moves: one change after the scene and the step are both set. */
    private final ReadOnlyIntegerWrapper moves = new ReadOnlyIntegerWrapper(this, "moves", 0);
    private final BooleanProperty blank = new SimpleBooleanProperty(this, "blank", false);
    /** How many steps each scene has; a step-through's is known once its query is parsed. */
    private final int[] steps;

    public PresenterViewModel(List<Project.View> scenes, int first) {
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("a presentation has at least one scene");
        }
        this.scenes = List.copyOf(scenes);
        this.steps = new int[scenes.size()];
        for (int i = 0; i < steps.length; i++) {
            Project.View v = scenes.get(i);
            steps[i] = v.scene().exercise() == null && v.scene().shows() == Project.Scene.Shows.GRAPH
                    ? Math.max(1, v.graph().nodes().size()) : 1;
        }
        scene.set(Math.max(0, Math.min(first, scenes.size() - 1)));
    }

    public List<Project.View> scenes() {
        return scenes;
    }

    public Project.View current() {
        return scenes.get(scene.get());
    }

    public ReadOnlyIntegerProperty sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Changes once per move, after the scene and the step are both set: what the view follows. */
    public ReadOnlyIntegerProperty movesProperty() {
        return moves.getReadOnlyProperty();
    }

    /** True while the screen is blanked (B); any key brings it back. */
    public BooleanProperty blankProperty() {
        return blank;
    }

    /** How many steps scene {@code i} has. */
    public int steps(int i) {
        return steps[i];
    }

    /** Tells how many steps the scene shown has (a step-through knows once its query is parsed). */
    public void setSteps(int count) {
        steps[scene.get()] = Math.max(1, count);
        if (step.get() >= steps[scene.get()]) {
            step.set(steps[scene.get()] - 1);
        }
    }

    /** The next step, else the next scene's first step; false at the very end. */
    public boolean next() {
        if (step.get() < steps[scene.get()] - 1) {
            step.set(step.get() + 1);
            moved();
            return true;
        }
        if (scene.get() < scenes.size() - 1) {
            step.set(0);
            scene.set(scene.get() + 1);
            moved();
            return true;
        }
        return false;
    }

    /** The previous step, else the previous scene shown whole; false at the very start. */
    public boolean previous() {
        if (step.get() > 0) {
            step.set(step.get() - 1);
            moved();
            return true;
        }
        if (scene.get() > 0) {
            int before = scene.get() - 1;
            step.set(steps[before] - 1);
            scene.set(before);
            moved();
            return true;
        }
        return false;
    }

    /** The first scene, from its first step (Home); false when it is shown there already. */
    public boolean first() {
        return goTo(0);
    }

    /** The last scene, from its first step (End); false when it is shown there already. */
    public boolean last() {
        return goTo(scenes.size() - 1);
    }

    private boolean goTo(int target) {
        if (scene.get() == target && step.get() == 0) {
            return false;
        }
        step.set(0);
        scene.set(target);
        moved();
        return true;
    }

    private void moved() {
        moves.set(moves.get() + 1);
    }
}
