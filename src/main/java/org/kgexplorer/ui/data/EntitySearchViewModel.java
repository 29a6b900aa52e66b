package org.kgexplorer.ui.data;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

import org.kgexplorer.core.explore.DatabaseIndexes;
import org.kgexplorer.core.explore.EntityIndex;
import org.kgexplorer.core.explore.EntitySearch;
import org.kgexplorer.core.explore.EntityMatch;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The search box's state: the index of entity names, rebuilt in the background whenever the data changes, and
 * the suggestions for what the user types, which open the chosen entity.
 */
public final class EntitySearchViewModel {
    /** How many suggestions the box shows. */
    public static final int SUGGESTIONS = 12;

    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final ReadOnlyObjectWrapper<EntitySearch> index = new ReadOnlyObjectWrapper<>(this, "index");
    private final ReadOnlyBooleanWrapper indexing = new ReadOnlyBooleanWrapper(this, "indexing");
    private volatile EntitySearch current;
    private volatile LabelMode mode;
    private Task<EntitySearch> building;

    /**
     * A suggestion as the box shows it.
     *
     * @param iri         the entity
     * @param label       its name in the label mode
     * @param type        the name of its type, or empty
     * @param alternative the name that matched when it is not the one shown (an acronym, the other language), or empty
     */
    public record Suggestion(String iri, String label, String type, String alternative) {
        @Override
        public String toString() {
            return label;
        }
    }

    public EntitySearchViewModel(ExplorerContext context) {
        this.context = context;
        this.texts = context.i18n().texts("org.kgexplorer.ui.data.messages");
        this.mode = context.labelModeProperty().get();
        context.labelModeProperty().addListener((obs, old, now) -> mode = now);
        context.dataVersionProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** Builds the index again from the loaded data, in the background (the old one answers meanwhile). */
    public void rebuild() {
        if (building != null) {
            building.cancel();
        }
        Cancellation cancellation = new Cancellation();
        Task<EntitySearch> task = new Task<>() {
            @Override
            protected EntitySearch call() {
                updateTitle(texts.get("search.task"));
                // A database's index is kept in its folder and opened, or made and kept when the data changed.
                return DatabaseIndexes.entitySearch(context.store(), (done, total, message) -> {
                    updateMessage(message);
                    updateProgress(done, total);
                }, cancellation);
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }
        };
        task.setOnSucceeded(e -> {
            if (building == task) {
                EntitySearch replaced = current;
                current = task.getValue();
                index.set(current);
                closeUnlessSame(replaced, current);
                indexing.set(false);
                building = null;
            }
        });
        task.setOnFailed(e -> {
            if (building == task) {
                indexing.set(false);
                building = null;
            }
            context.tasks().reportFailure(task);
        });
        building = task;
        indexing.set(true);
        context.tasks().submitDataWork(task);
    }

    /** Closes an index kept on disk that a newer one replaced (searches still running on it finish first). */
    private static void closeUnlessSame(EntitySearch replaced, EntitySearch now) {
        if (replaced instanceof java.io.Closeable kept && replaced != now) {
            try {
                kept.close();
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(EntitySearchViewModel.class).warn("could not close the replaced search index", e);
            }
        }
    }

    /** The suggestions for what was typed, best first. Safe from any thread (the box asks from its own). */
    public List<Suggestion> suggest(String typed) {
        EntitySearch idx = current;
        if (idx == null || typed == null || typed.isBlank()) {
            return List.of();
        }
        LabelMode m = mode;
        return idx.search(typed, SUGGESTIONS).stream().map(match -> suggestion(match, m)).toList();
    }

    private Suggestion suggestion(EntityMatch match, LabelMode m) {
        String label = match.names().in(m);
        String type = match.types().isEmpty() ? "" : match.types().get(0).in(m);
        boolean shown = label.equalsIgnoreCase(match.matchedText())
                || label.toLowerCase(java.util.Locale.ROOT).contains(match.matchedText().toLowerCase(java.util.Locale.ROOT));
        return new Suggestion(match.iri(), label, type, shown ? "" : match.matchedText());
    }

    /** Opens the entity: the details panel shows it. */
    public void choose(Suggestion suggestion) {
        if (suggestion != null) {
            context.selectedEntityProperty().set(suggestion.iri());
        }
    }

    /** The best suggestion for what was typed, for Enter pressed before the list shows. */
    public void chooseBest(String typed) {
        List<Suggestion> found = suggest(typed);
        if (!found.isEmpty()) {
            choose(found.get(0));
        }
    }

    /**
     * Opens the entity with this IRI, or else the one whose name is exactly this text (any language, ignoring case
     * and accents), as soon as the index of the loaded data is built (the window's {@code --entity}).
     *
     * @param notFound told the text when no entity has that IRI or name
     */
    public void openWhenIndexed(String iriOrLabel, Consumer<String> notFound) {
        if (indexing.get() || current == null) {
            indexing.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    if (!now) {
                        indexing.removeListener(this);
                        openWhenIndexed(iriOrLabel, notFound);
                    }
                }
            });
            return;
        }
        find(current, iriOrLabel).ifPresentOrElse(iri -> context.selectedEntityProperty().set(iri),
                () -> notFound.accept(iriOrLabel));
    }

    /** The entity with this IRI, or else the first whose whole name (a label, an alternative label) is the text. */
    static Optional<String> find(EntitySearch index, String iriOrLabel) {
        String text = iriOrLabel.strip();
        if (index.names(text).isPresent()) {
            return Optional.of(text);
        }
        return index.search(text, EntityIndex.MAX_RESULTS).stream()
                .filter(m -> m.kind() == EntityMatch.Kind.EXACT && m.source() != EntityMatch.Source.LOCAL_NAME)
                .map(EntityMatch::iri).findFirst();
    }

    /** The index in use, or null before the first one is built. */
    public ReadOnlyObjectProperty<EntitySearch> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Whether an index is being built. */
    public ReadOnlyBooleanProperty indexingProperty() {
        return indexing.getReadOnlyProperty();
    }

    I18n.Texts texts() {
        return texts;
    }
}
