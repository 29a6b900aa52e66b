package org.kgexplorer.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;

/**
 * What the screens of the explorer share: the loaded data, the background tasks, the interface language,
 * the label language, the entity the user is looking at, and a version number that changes whenever the data
 * does (screens reload what they show when it changes), the interface's scale and the dialogs. Touched only on the JavaFX thread.
 */
public final class ExplorerContext {
    /** Replaced when the user opens a database (only on the JavaFX thread; background work reads it when it starts). */
    private volatile KnowledgeStore store;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final ObjectProperty<LabelMode> labelMode = new SimpleObjectProperty<>(this, "labelMode", LabelMode.ENGLISH);
    private final ObjectProperty<String> selectedEntity = new SimpleObjectProperty<>(this, "selectedEntity");
    private final ObjectProperty<java.util.Set<String>> litEntities =
            new SimpleObjectProperty<>(this, "litEntities", java.util.Set.of());
    private final ReadOnlyLongWrapper dataVersion = new ReadOnlyLongWrapper(this, "dataVersion");
    private final UiScale scale = new UiScale();
    private final DialogService dialogs = new DialogService(scale);

    public ExplorerContext(KnowledgeStore store, TaskRunner tasks, I18n i18n) {
        this.store = store;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    public KnowledgeStore store() {
        return store;
    }

    /**
     * Makes {@code next} the loaded data (File → Open database): the screens read it from their next task on; the
     * caller then calls {@link #dataChanged()}. Returns the store it replaces, for the caller to close.
     */
    public KnowledgeStore useStore(KnowledgeStore next) {
        KnowledgeStore previous = store;
        store = java.util.Objects.requireNonNull(next);
        return previous;
    }

    /** Makes a store made elsewhere (a copy to local) the loaded data: by default at once, see {@link #setAdopter}. */
    @FunctionalInterface
    public interface Adopter {
        /**
         * @param store  the new store
         * @param name   what the status line calls it
         * @param folder its database folder, or null for a store in memory
         */
        void adopt(KnowledgeStore store, String name, java.nio.file.Path folder);
    }

    private Adopter adopter = (next, name, folder) -> {
        useStore(next);
        dataChanged();
    };

    /** Hands a store made elsewhere (a copy to local) to whoever switches the window's data (the sources panel). */
    public void adopt(KnowledgeStore next, String name, java.nio.file.Path folder) {
        adopter.adopt(next, name, folder);
    }

    /** Who switches the window's data when a store made elsewhere is adopted (the sources panel, once it exists). */
    public void setAdopter(Adopter adopter) {
        this.adopter = java.util.Objects.requireNonNull(adopter);
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public I18n i18n() {
        return i18n;
    }

    /** How large the interface is drawn (View → Zoom). */
    public UiScale scale() {
        return scale;
    }

    /** The one way the screens show dialogs. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** English, Spanish or both side by side, for every label the screens show. */
    public ObjectProperty<LabelMode> labelModeProperty() {
        return labelMode;
    }

    /** The IRI of the entity the user opened (from the search, a table cell, the class tree), or null. */
    public ObjectProperty<String> selectedEntityProperty() {
        return selectedEntity;
    }

    /**
     * The entities a teaching window lights in the graph (the step-through's current step, ADR 47): their IRIs, empty
     * for none. The window that sets it empties it when it closes.
     */
    public ObjectProperty<java.util.Set<String>> litEntitiesProperty() {
        return litEntities;
    }

    /** Changes after every load that changed the data. */
    public ReadOnlyLongProperty dataVersionProperty() {
        return dataVersion.getReadOnlyProperty();
    }

    /** Called when a load changed the data. */
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }
}
