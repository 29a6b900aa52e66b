package org.kgexplorer.ui.details;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import org.kgexplorer.core.explore.EntityDetails;
import org.kgexplorer.core.explore.EntityDetailsReader;
import org.kgexplorer.core.explore.Fact;
import org.kgexplorer.core.explore.SourceSentence;
import org.kgexplorer.core.explore.SourceTexts;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The details panel's state: the entity the context has selected, read in the background with the evidence of
 * each fact; the history of entities opened (back and forward); the fact whose evidence is shown; and that
 * evidence's source document with the sentences to highlight.
 */
public final class DetailsViewModel {
    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final SourceTexts sourceTexts = new SourceTexts();
    private final ReadOnlyObjectWrapper<EntityDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Fact> selectedFact = new ReadOnlyObjectWrapper<>(this, "selectedFact");
    private final ReadOnlyObjectWrapper<SourcePassage> passage = new ReadOnlyObjectWrapper<>(this, "passage");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final Deque<String> backStack = new ArrayDeque<>();
    private final Deque<String> forwardStack = new ArrayDeque<>();
    private boolean travelling;
    private Task<EntityDetails> reading;
    /** Subject, predicate and object keys of the fact to open once the details are read (null: none). */
    private String[] wantedFact;
    private Task<SourcePassage> passageTask;

    public DetailsViewModel(ExplorerContext context) {
        this.context = context;
        this.texts = context.i18n().texts("org.kgexplorer.ui.details.messages");
        context.selectedEntityProperty().addListener((obs, old, now) -> {
            if (!travelling && old != null && !old.equals(now)) {
                backStack.push(old);
                forwardStack.clear();
            }
            updateHistory();
            load();
        });
        context.labelModeProperty().addListener((obs, old, now) -> load());
        context.dataVersionProperty().addListener((obs, old, now) -> {
            sourceTexts.clear();
            load();
        });
        load();
    }

    /** Opens an entity (a link was followed): it joins the history. */
    public void open(String key) {
        if (key != null) {
            context.selectedEntityProperty().set(key);
        }
    }

    /**
     * Shows a relationship (an edge chosen in the graph): its subject's details, with that fact's evidence and
     * source sentence open.
     */
    public void showRelationship(String subject, String predicate, String object) {
        wantedFact = new String[] {subject, predicate, object};
        EntityDetails shown = details.get();
        if (subject.equals(context.selectedEntityProperty().get()) && reading == null && shown != null) {
            wanted(shown).ifPresent(this::selectFact);
            wantedFact = null;
        } else {
            context.selectedEntityProperty().set(subject);
        }
    }

    /** Goes back to the entity shown before (Alt+Left). */
    public void back() {
        travel(backStack, forwardStack);
    }

    /** Goes forward again after going back (Alt+Right). */
    public void forward() {
        travel(forwardStack, backStack);
    }

    private void travel(Deque<String> from, Deque<String> to) {
        if (from.isEmpty()) {
            return;
        }
        String target = from.pop();
        String current = context.selectedEntityProperty().get();
        if (current != null) {
            to.push(current);
        }
        travelling = true;
        try {
            context.selectedEntityProperty().set(target);
        } finally {
            travelling = false;
        }
        updateHistory();
    }

    private void updateHistory() {
        canGoBack.set(!backStack.isEmpty());
        canGoForward.set(!forwardStack.isEmpty());
    }

    /** Reads the selected entity again (new selection, label mode or data). */
    private void load() {
        if (reading != null) {
            reading.cancel();
        }
        String key = context.selectedEntityProperty().get();
        error.set("");
        if (key == null) {
            reading = null;
            loading.set(false);
            details.set(null);
            selectFact(null);
            return;
        }
        LabelMode mode = context.labelModeProperty().get();
        Cancellation cancellation = new Cancellation();
        Task<EntityDetails> task = new Task<>() {
            @Override
            protected EntityDetails call() {
                updateTitle(texts.get("details.task", key));
                updateProgress(-1, 1);
                return EntityDetailsReader.read(context.store(), key, mode, cancellation);
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }
        };
        task.setOnSucceeded(e -> {
            if (reading != task) {
                return;
            }
            reading = null;
            loading.set(false);
            Fact before = selectedFact.get();
            details.set(task.getValue());
            Optional<Fact> asked = wanted(task.getValue());
            wantedFact = null;
            selectFact(asked.or(() -> sameFact(task.getValue(), before)).orElse(null));
        });
        task.setOnFailed(e -> {
            if (reading != task) {
                return;
            }
            reading = null;
            loading.set(false);
            Throwable t = task.getException();
            error.set(texts.get("details.error", t.getMessage() == null ? t.toString() : t.getMessage()));
        });
        reading = task;
        loading.set(true);
        context.tasks().submit(task);
    }

    /** The fact {@link #showRelationship} asked for, when these details have it. */
    private Optional<Fact> wanted(EntityDetails now) {
        String[] w = wantedFact;
        if (w == null || now == null) {
            return Optional.empty();
        }
        return allFacts(now).stream().filter(f -> w[0].equals(f.subject().key()) && w[1].equals(f.predicate().key())
                && w[2].equals(f.object().key())).findFirst();
    }

    private static List<Fact> allFacts(EntityDetails now) {
        List<Fact> all = new ArrayList<>();
        now.names().forEach(n -> all.addAll(n.facts()));
        now.outgoing().forEach(g -> all.addAll(g.facts()));
        now.incoming().forEach(g -> all.addAll(g.facts()));
        all.addAll(now.supports());
        return all;
    }

    /** The same fact (by subject, predicate and object) in newly read details, to keep its evidence open. */
    private static Optional<Fact> sameFact(EntityDetails now, Fact before) {
        if (before == null || now == null) {
            return Optional.empty();
        }
        return allFacts(now).stream().filter(f -> sameTerm(f.subject(), before.subject()) && sameTerm(f.predicate(), before.predicate())
                && sameTerm(f.object(), before.object())).findFirst();
    }

    private static boolean sameTerm(org.kgexplorer.core.explore.Term a, org.kgexplorer.core.explore.Term b) {
        return Objects.equals(a.key(), b.key()) && Objects.equals(a.lexical(), b.lexical())
                && Objects.equals(a.language(), b.language());
    }

    /** Shows a fact's evidence, and reads its source document in the background to highlight its sentences. */
    public void selectFact(Fact fact) {
        selectedFact.set(fact);
        if (passageTask != null) {
            passageTask.cancel();
            passageTask = null;
        }
        passage.set(null);
        if (fact == null) {
            return;
        }
        List<SourceSentence> sentences = fact.sentences().stream().filter(SourceSentence::hasOffsets).toList();
        if (sentences.isEmpty()) {
            return;
        }
        String resource = sentences.get(0).textResource();
        LabelMode mode = context.labelModeProperty().get();
        String document = sentences.get(0).document() == null ? resource : sentences.get(0).document().label(mode);
        Task<SourcePassage> task = new Task<>() {
            @Override
            protected SourcePassage call() {
                updateTitle(document);
                Optional<String> text = sourceTexts.text(resource, context.store().sources());
                if (text.isEmpty()) {
                    return new SourcePassage(document, null, List.of());
                }
                List<int[]> ranges = new ArrayList<>();
                for (SourceSentence s : sentences) {
                    if (resource.equals(s.textResource())) {
                        SourceTexts.charRange(text.get(), s.start(), s.end()).ifPresent(ranges::add);
                    }
                }
                return new SourcePassage(document, text.get(), List.copyOf(ranges));
            }
        };
        task.setOnSucceeded(e -> {
            if (passageTask == task) {
                passageTask = null;
                passage.set(task.getValue());
            }
        });
        passageTask = task;
        context.tasks().submit(task);
    }

    /** Shows the evidence of the first fact that has any (what the Evidence section opens with). */
    public void selectFirstEvidence() {
        EntityDetails d = details.get();
        if (d != null && !d.factsWithEvidence().isEmpty()) {
            selectFact(d.factsWithEvidence().get(0));
        }
    }

    public ReadOnlyObjectProperty<EntityDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Whether the selected entity is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the last read failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The fact whose evidence is shown, or null. */
    public ReadOnlyObjectProperty<Fact> selectedFactProperty() {
        return selectedFact.getReadOnlyProperty();
    }

    /** The selected fact's source document with its sentences to highlight, or null (none, or still reading). */
    public ReadOnlyObjectProperty<SourcePassage> passageProperty() {
        return passage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** The label mode the details are shown in. */
    public LabelMode mode() {
        return context.labelModeProperty().get();
    }

    ExplorerContext context() {
        return context;
    }

    I18n.Texts texts() {
        return texts;
    }
}
