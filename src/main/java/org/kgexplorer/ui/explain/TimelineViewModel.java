package org.kgexplorer.ui.explain;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kgexplorer.core.explain.ExplainedFact;
import org.kgexplorer.core.explain.Explanations;
import org.kgexplorer.core.explain.Timeline;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.BackgroundWork;
import org.kgexplorer.ui.task.TaskRunner;

/**
 * The timeline's state: the dated entries of the loaded data (read in the background when the view is first shown
 * and again after the data changes while it is shown), the entry chosen, and the facts of its entity with their
 * evidence. Choosing an entry also opens its entity in the details panel. Touched only on the JavaFX thread.
 */
public final class TimelineViewModel {
    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final ObservableList<Timeline.Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<ExplainedFact> facts = FXCollections.observableArrayList();
    private final ObjectProperty<Timeline.Entry> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private Timeline.Result result;
    private BackgroundWork<Timeline.Result> reading;
    private BackgroundWork<List<ExplainedFact>> factsWork;
    private final ReadWhenShown freshness;

    public TimelineViewModel(ExplorerContext context) {
        this.context = context;
        this.texts = context.i18n().texts(ExplainTexts.BUNDLE);
        freshness = new ReadWhenShown(context, this::refresh);
        texts.language().addListener((obs, old, now) -> describe());
    }

    I18n.Texts texts() {
        return texts;
    }

    ExplorerContext context() {
        return context;
    }

    /** The view is in front (or not): it reads the data the first time, and again when the data changed meanwhile. */
    public void setShown(boolean now) {
        freshness.setShown(now);
    }

    /** Reads the timeline again in the background; a read still running is cancelled. */
    public void refresh() {
        if (reading != null) {
            reading.cancel();
        }
        freshness.reading();
        KnowledgeStore store = context.store();
        BackgroundWork<Timeline.Result> work = new BackgroundWork<>(texts.get("task.timeline"), c -> Timeline.read(store, c));
        reading = work;
        busy.set(true);
        status.set(texts.get("timeline.reading"));
        work.setOnSucceeded(e -> {
            if (reading != work) {
                return;
            }
            reading = null;
            busy.set(false);
            result = work.getValue();
            selected.set(null);
            facts.clear();
            entries.setAll(result.entries());
            describe();
        });
        work.setOnFailed(e -> {
            if (reading == work) {
                reading = null;
                busy.set(false);
                freshness.unread();
                status.set(texts.get("timeline.failed", TaskRunner.reason(work.getException())));
            }
            context.tasks().reportFailure(work);
        });
        work.setOnCancelled(e -> {
            if (reading == work) {
                reading = null;
                busy.set(false);
                freshness.unread();
                status.set(texts.get("timeline.cancelled"));
            }
        });
        context.tasks().submit(work);
    }

    private void describe() {
        if (result == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add(result.entries().isEmpty() ? texts.get("timeline.none") : texts.get("timeline.count", result.entries().size()));
        if (result.cut()) {
            parts.add(texts.get("timeline.cut", Timeline.LIMIT));
        }
        if (result.invalid() > 0) {
            parts.add(texts.get("timeline.invalid", result.invalid()));
        }
        status.set(String.join(" ", parts));
    }

    /**
     * Chooses an entry: its entity opens in the details panel, and its facts with their evidence are read in the
     * background, the dating fact first.
     */
    public void select(Timeline.Entry entry) {
        selected.set(entry);
        if (factsWork != null) {
            factsWork.cancel();
            factsWork = null;
        }
        facts.clear();
        if (entry == null) {
            return;
        }
        context.selectedEntityProperty().set(entry.entity().key());
        KnowledgeStore store = context.store();
        String iri = entry.entity().key();
        BackgroundWork<List<ExplainedFact>> work = new BackgroundWork<>(texts.get("task.facts"), c -> {
            List<ExplainedFact> about = new ArrayList<>(Explanations.aboutEntity(store, iri, c));
            about.sort(java.util.Comparator.comparing((ExplainedFact f) -> !(f.subject().key().equals(iri)
                    && f.predicate().key().equals(entry.property().key())
                    && !f.object().isResource() && f.object().lexical().equals(entry.value().lexical()))));
            return about;
        });
        factsWork = work;
        work.setOnSucceeded(e -> {
            if (factsWork == work) {
                factsWork = null;
                facts.setAll(work.getValue());
            }
        });
        work.setOnFailed(e -> {
            if (factsWork == work) {
                factsWork = null;
                status.set(texts.get("timeline.failed", TaskRunner.reason(work.getException())));
            }
            context.tasks().reportFailure(work);
        });
        context.tasks().submit(work);
    }

    /** The entries, oldest first. */
    public ObservableList<Timeline.Entry> entries() {
        return entries;
    }

    /** The facts of the chosen entry's entity, with their evidence. */
    public ObservableList<ExplainedFact> facts() {
        return facts;
    }

    public ObjectProperty<Timeline.Entry> selectedProperty() {
        return selected;
    }

    /** What the timeline shows, or why not, in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** True while the timeline is being read. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
