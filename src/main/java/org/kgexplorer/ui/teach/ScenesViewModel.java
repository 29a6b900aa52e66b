package org.kgexplorer.ui.teach;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kgexplorer.core.project.Project;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The open project's saved views as the ordered scenes of a lesson (ADR 45): open one, add the view on screen, move
 * one up or down, change its captions, remove it; and how presenter mode shows them (its UI scale for the room, high
 * contrast). The project holds this very list, so every change here is a change of the project ("unsaved").
 */
public final class ScenesViewModel {
    /** The presenter's UI scales, 150 % to 250 % (steps of the window's own UI scale, ADR 26). */
    public static final double[] PRESENTER_SCALES = {1.5, 1.75, 2.0, 2.5};

    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final ObservableList<Project.View> scenes = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final DoubleProperty presenterScale = new SimpleDoubleProperty(this, "presenterScale", 2.0);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast", false);
    private Consumer<Project.View> open = v -> { };
    private Supplier<Project.View> current = () -> null;
    private Consumer<Integer> present = i -> { };

    public ScenesViewModel(ExplorerContext context) {
        this.context = context;
        this.texts = context.i18n().texts("org.kgexplorer.ui.teach.messages");
    }

    public I18n.Texts texts() {
        return texts;
    }

    public ExplorerContext context() {
        return context;
    }

    /** The scenes, in order: the project's saved views themselves. */
    public ObservableList<Project.View> scenes() {
        return scenes;
    }

    /** The scene chosen in the list, or -1. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The UI scale presenter mode uses (1.5 to 2.5). */
    public DoubleProperty presenterScaleProperty() {
        return presenterScale;
    }

    /** Whether presenter mode shows in high contrast. */
    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** What opening a scene does (the window restores its query, graph and selection). */
    public void setOnOpen(Consumer<Project.View> open) {
        this.open = open;
    }

    /** What the view on screen is, as a new scene (its captions empty). */
    public void setCurrentView(Supplier<Project.View> current) {
        this.current = current;
    }

    /** What presenting from a scene does. */
    public void setOnPresent(Consumer<Integer> present) {
        this.present = present;
    }

    /** Opens scene {@code i} in the window. */
    public void open(int i) {
        if (i >= 0 && i < scenes.size()) {
            open.accept(scenes.get(i));
        }
    }

    /** Presents from scene {@code i} (from the first when none is chosen). */
    public void present(int i) {
        if (!scenes.isEmpty()) {
            present.accept(Math.max(0, Math.min(i, scenes.size() - 1)));
        }
    }

    /** Adds the view on screen as the last scene with these captions, and chooses it. */
    public void addCurrent(String captionEn, String captionEs) {
        Project.View view = current.get();
        if (view != null) {
            scenes.add(view.withCaptions(captionEn, captionEs));
            selected.set(scenes.size() - 1);
        }
    }

    /** Moves scene {@code i} by {@code delta} places (-1 up, +1 down), keeping it chosen; false at an end. */
    public boolean move(int i, int delta) {
        int to = i + delta;
        if (i < 0 || i >= scenes.size() || to < 0 || to >= scenes.size()) {
            return false;
        }
        Project.View moving = scenes.get(i);
        scenes.set(i, scenes.get(to));
        scenes.set(to, moving);
        selected.set(to);
        return true;
    }

    /** Gives scene {@code i} new captions. */
    public void recaption(int i, String captionEn, String captionEs) {
        if (i >= 0 && i < scenes.size()) {
            scenes.set(i, scenes.get(i).withCaptions(captionEn, captionEs));
        }
    }

    /** Removes scene {@code i}; the one after it (or before, at the end) is chosen. */
    public void remove(int i) {
        if (i >= 0 && i < scenes.size()) {
            scenes.remove(i);
            selected.set(scenes.isEmpty() ? -1 : Math.min(i, scenes.size() - 1));
        }
    }
}
