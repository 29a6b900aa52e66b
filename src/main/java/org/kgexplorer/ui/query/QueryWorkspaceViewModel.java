package org.kgexplorer.ui.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import org.kgexplorer.core.explore.TextFolding;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.query.completion.CompletionIndex;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The query workspace: the query tabs, the history of run queries (kept in the settings under
 * {@value #HISTORY_KEY}), the question library, and the autocomplete index of the loaded data. File reads and
 * writes, the library and the index are done in background tasks; everything here is touched on the JavaFX thread.
 */
public final class QueryWorkspaceViewModel {
    /** The settings key of the history. */
    public static final String HISTORY_KEY = QueryHistory.KEY;
    /** The most queries the history keeps. */
    public static final int HISTORY_LIMIT = QueryHistory.LIMIT;
    static final String BUNDLE = "org.kgexplorer.ui.query.messages";

    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final ObservableList<QueryTab> tabs = FXCollections.observableArrayList();
    private final ObjectProperty<QueryTab> selectedTab = new SimpleObjectProperty<>(this, "selectedTab");
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    // One read-only view of each list, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<QueryTab> tabsView = FXCollections.unmodifiableObservableList(tabs);
    private final ObservableList<Question> questionsView = FXCollections.unmodifiableObservableList(questions);
    private final ReadOnlyObjectWrapper<CompletionIndex> completionIndex =
            new ReadOnlyObjectWrapper<>(this, "completionIndex", CompletionIndex.empty());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final WorkspaceTasks work;
    private final QueryHistory history;
    private Consumer<String> onRun = sparql -> { };
    private Function<QueryTab, Optional<Path>> saveTarget = tab -> Optional.empty();
    private Predicate<QueryTab> confirmClose = tab -> true;
    private int tabCounter;
    /** Library tabs whose question was run: a new label language runs the one in front again. */
    private final java.util.Set<QueryTab> ranQuestions = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private boolean libraryRead;
    private String questionAsked;
    private final ObjectProperty<Consumer<Question>> onExercise = new SimpleObjectProperty<>(this, "onExercise");
    /** Over an endpoint, the questions naming terms of the bundled graph it does not hold, with those terms. */
    private final javafx.collections.ObservableMap<Question, List<String>> needsBundled =
            FXCollections.observableHashMap();
    /** One read-only view, kept: a new wrapper per call would be listened to only weakly and stop after a GC. */
    private final javafx.collections.ObservableMap<Question, List<String>> needsBundledView =
            FXCollections.unmodifiableObservableMap(needsBundled);
    private javafx.concurrent.Task<?> checking;

    public QueryWorkspaceViewModel(ExplorerContext context, Settings settings) {
        this.context = context;
        this.texts = context.i18n().texts(BUNDLE);
        this.work = new WorkspaceTasks(context, texts);
        this.history = new QueryHistory(settings, work, this::error);
        newTab();
        work.loadLibrary(list -> {
            questions.setAll(list);
            checkQuestions();
            libraryRead();
        }, problem -> {
            error(problem);
            libraryRead();
        });
        rebuildIndex();
        context.dataVersionProperty().addListener((obs, old, now) -> {
            rebuildIndex();
            checkQuestions();
        });
        context.labelModeProperty().addListener((obs, old, now) -> labelLanguageChanged());
    }

    // --- what the shell calls -------------------------------------------------------------------------------

    /** What running a query does (the shell shows the results); the query is recorded in the history first. */
    public void setOnRun(Consumer<String> onRun) {
        this.onRun = onRun == null ? sparql -> { } : onRun;
    }

    /** The language of the label columns of library questions: the first of the label mode. */
    private String labelLanguage() {
        return context.labelModeProperty().get().languages().get(0);
    }

    /** The unchanged tab of a library question, its text now {@code text} (still unchanged). */
    private static QueryTab relanguaged(QueryTab tab, String text) {
        if (!tab.getText().equals(text)) {
            tab.markSaved(text, tab.getFile());
            tab.setText(text);
        }
        return tab;
    }

    /**
     * The label language changed: unchanged library tabs take the new language for their label columns, and the
     * one in front, if its question was run, runs again so its answer's label columns follow.
     */
    private void labelLanguageChanged() {
        for (QueryTab tab : tabs) {
            if (tab.question() != null && !tab.isDirty()) {
                String before = tab.getText();
                relanguaged(tab, tab.question().sparqlIn(labelLanguage()));
                if (tab == selectedTab.get() && ranQuestions.contains(tab) && !before.equals(tab.getText())) {
                    runCurrent();
                }
            }
        }
    }

    /** Opens an empty tab and selects it. */
    public QueryTab newTab() {
        return addTab(new QueryTab(++tabCounter, "", null, null));
    }

    /**
     * Puts a project's tabs in place of every tab (ADR 43): each named by its saved title, its text as saved (so not
     * dirty); no tab leaves one empty tab.
     */
    public void replaceTabs(List<org.kgexplorer.core.project.Project.QueryTab> saved) {
        List<QueryTab> replacing = new java.util.ArrayList<>();
        for (org.kgexplorer.core.project.Project.QueryTab s : saved) {
            QueryTab tab = new QueryTab(++tabCounter, s.text(), null, null);
            tab.customTitleProperty().set(s.title());
            replacing.add(tab);
        }
        if (replacing.isEmpty()) {
            replacing.add(new QueryTab(++tabCounter, "", null, null));
        }
        tabs.setAll(replacing);
        selectedTab.set(replacing.get(0));
    }

    /** Closes the selected tab (after the view's confirmation when it has unsaved changes). */
    public void closeTab() {
        if (selectedTab.get() != null) {
            closeTab(selectedTab.get());
        }
    }

    /** Closes a tab unless its unsaved changes are to be kept; the last tab closed leaves an empty one. */
    public boolean closeTab(QueryTab tab) {
        if (tab.isDirty() && !confirmClose.test(tab)) {
            return false;
        }
        int at = tabs.indexOf(tab);
        if (at < 0) {
            return false;
        }
        if (tabs.size() == 1) {
            newTab();
        }
        tabs.remove(tab);
        if (selectedTab.get() == tab || selectedTab.get() == null) {
            selectedTab.set(tabs.get(Math.min(at, tabs.size() - 1)));
        }
        return true;
    }

    /** Opens a .rq file in a tab (the one already showing it, an untouched empty tab, or a new one). */
    public Task<String> open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return work.read(absolute, text -> {
            QueryTab tab = tabs.stream().filter(t -> absolute.equals(t.getFile())).findFirst().orElse(null);
            if (tab == null) {
                tab = replacePristine(new QueryTab(++tabCounter, text, absolute, null));
            } else {
                if (!tab.isDirty()) {
                    tab.setText(text);
                    tab.markSaved(text, absolute);
                }
                selectedTab.set(tab);
            }
            info(texts.get("message.opened", absolute.getFileName()));
        }, this::error);
    }

    /** Saves the selected tab to its file, or asks where (the view's file chooser) when it has none. */
    public Task<?> save() {
        QueryTab tab = selectedTab.get();
        if (tab == null) {
            return null;
        }
        if (tab.getFile() == null) {
            return saveTarget.apply(tab).map(this::saveAs).orElse(null);
        }
        return write(tab, tab.getFile());
    }

    /** Saves the selected tab to a file, which becomes the tab's file. */
    public Task<?> saveAs(Path file) {
        QueryTab tab = selectedTab.get();
        return tab == null ? null : write(tab, file.toAbsolutePath().normalize());
    }

    private Task<?> write(QueryTab tab, Path file) {
        String content = tab.getText();
        return work.write(file, content, () -> {
            tab.markSaved(content, file);
            info(texts.get("message.saved", file.getFileName()));
        }, this::error);
    }

    /** Runs the selected tab's query: records it in the history, then hands it to the run handler. */
    public void runCurrent() {
        QueryTab tab = selectedTab.get();
        if (tab == null || tab.getText().isBlank()) {
            info(texts.get("message.nothingToRun"));
            return;
        }
        String sparql = tab.getText();
        ranQuestions.add(tab);
        tab.problemProperty().set(null);
        history.add(sparql);
        message.set("");
        onRun.accept(sparql);
    }

    /** Puts the selected tab's query on the clipboard as plain text. */
    public void copyQuery() {
        ClipboardContent content = new ClipboardContent();
        content.putString(currentText());
        Clipboard.getSystemClipboard().setContent(content);
        info(texts.get("message.copied"));
    }

    /**
     * Opens a library question in a tab (the one already holding it unchanged, or a new one), with its label
     * columns in the label language, and runs it.
     */
    public QueryTab openQuestion(Question question, boolean run) {
        if (run && needsBundled.containsKey(question)) {
            // it would run into an empty answer: opened to read or adapt, and the message says why it did not run
            run = false;
            info(needsBundled(question));
        }
        String text = question.sparqlIn(labelLanguage());
        QueryTab tab = tabs.stream().filter(t -> question.equals(t.question()) && !t.isDirty()).findFirst()
                .map(t -> relanguaged(t, text))
                .orElseGet(() -> replacePristine(new QueryTab(++tabCounter, text, null, question)));
        selectedTab.set(tab);
        if (run) {
            runCurrent();
        }
        return tab;
    }

    /**
     * Opens and runs the library question with this title, in English or Spanish, ignoring case and accents (the
     * window's {@code --question}); waits for the library to be read. Says so in the message line when no
     * question has that title.
     */
    public void runQuestionTitled(String title) {
        if (!libraryRead) {
            questionAsked = title;
            return;
        }
        String wanted = TextFolding.fold(title.strip());
        questions.stream()
                .filter(q -> TextFolding.fold(q.title()).equals(wanted)
                        || q.titleEs() != null && TextFolding.fold(q.titleEs()).equals(wanted))
                .findFirst()
                .ifPresentOrElse(q -> openQuestion(q, true), () -> error(texts.get("message.noSuchQuestion", title)));
    }

    private void libraryRead() {
        libraryRead = true;
        if (questionAsked != null) {
            String title = questionAsked;
            questionAsked = null;
            runQuestionTitled(title);
        }
    }

    /** Opens a query of the history in a tab (one already holding exactly it, or a new one), and runs it. */
    public QueryTab openFromHistory(String sparql, boolean run) {
        QueryTab tab = tabs.stream().filter(t -> t.getText().strip().equals(sparql.strip())).findFirst()
                .orElseGet(() -> replacePristine(new QueryTab(++tabCounter, sparql, null, null)));
        selectedTab.set(tab);
        if (run) {
            runCurrent();
        }
        return tab;
    }

    /** The selected tab's query. */
    public String currentText() {
        QueryTab tab = selectedTab.get();
        return tab == null ? "" : tab.getText();
    }

    /** Shows a problem of the selected tab's query (underlined in its editor). */
    public void showProblem(QueryProblem problem) {
        if (selectedTab.get() != null) {
            selectedTab.get().problemProperty().set(problem);
        }
    }

    public void clearProblem() {
        showProblem(null);
    }

    /** Forgets every query of the history. */
    public void clearHistory() {
        history.clear();
    }

    // --- hooks the view sets ------------------------------------------------------------------------------

    /** Asks where to save a tab that has no file yet (the view shows a file chooser). */
    public void setSaveTarget(Function<QueryTab, Optional<Path>> saveTarget) {
        this.saveTarget = saveTarget;
    }

    /** Asks whether to close a tab with unsaved changes (the view asks the user). */
    public void setConfirmClose(Predicate<QueryTab> confirmClose) {
        this.confirmClose = confirmClose;
    }

    // --- state -------------------------------------------------------------------------------------------

    public ObservableList<QueryTab> tabs() {
        return tabsView;
    }

    public ObjectProperty<QueryTab> selectedTabProperty() {
        return selectedTab;
    }

    /** Queries run, most recent first. */
    public ObservableList<String> history() {
        return history.list();
    }

    /** The question library, in teaching order (empty until it is read). */
    public ObservableList<Question> questions() {
        return questionsView;
    }

    /** The names of the loaded data for autocomplete; replaced after each load. */
    public ReadOnlyObjectProperty<CompletionIndex> completionIndexProperty() {
        return completionIndex.getReadOnlyProperty();
    }

    /** The last thing the workspace has to say (saved, opened, an error), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ExplorerContext context() {
        return context;
    }

    I18n.Texts texts() {
        return texts;
    }

    /** A tab's name: the one the user gave it, else its file's, its question's title, or "Query N". */
    public String name(QueryTab tab) {
        if (tab.customTitleProperty().get() != null) {
            return tab.customTitleProperty().get();
        }
        if (tab.getFile() != null) {
            return tab.getFile().getFileName().toString();
        }
        return tab.question() != null ? title(tab.question()) : texts.get("tab.untitled", tab.number());
    }

    /** A question's title in the interface language. */
    public String title(Question q) {
        return isSpanish() ? q.titleEs() : q.title();
    }

    /** A question's description in the interface language. */
    public String description(Question q) {
        return isSpanish() ? q.descriptionEs() : q.description();
    }

    /** What the library's "As an exercise" does with its question (null: the library offers no exercises). */
    public ObjectProperty<Consumer<Question>> onExerciseProperty() {
        return onExercise;
    }

    /** The label languages, preferred first, for the label mode (autocomplete shows these labels). */
    public List<String> labelLanguages() {
        return switch (context.labelModeProperty().get()) {
            case SPANISH -> List.of("es", "en");
            default -> List.of("en", "es");
        };
    }

    /** Whether the interface is in Spanish. */
    public boolean isSpanish() {
        return "es".equals(context.i18n().locale().getLanguage());
    }

    /** Adds a tab in place of the selected one when that is an untouched empty tab, else beside the others. */
    private QueryTab replacePristine(QueryTab tab) {
        QueryTab current = selectedTab.get();
        if (current != null && current.isPristine()) {
            int at = tabs.indexOf(current);
            tabs.add(at, tab);
            selectedTab.set(tab);
            tabs.remove(current);
            return tab;
        }
        return addTab(tab);
    }

    private QueryTab addTab(QueryTab tab) {
        tabs.add(tab);
        selectedTab.set(tab);
        return tab;
    }

    /**
     * Over an endpoint, asks which of the terms the questions name it holds (one request, in the background), and
     * marks the questions that need the bundled graph; over local data, none is marked.
     */
    private void checkQuestions() {
        if (checking != null) {
            checking.cancel();
            checking = null;
        }
        needsBundled.clear();
        if (!(context.store() instanceof org.kgexplorer.core.remote.RemoteStore remote) || questions.isEmpty()) {
            return;
        }
        List<Question> asked = List.copyOf(questions);
        org.kgexplorer.core.task.Cancellation cancellation = new org.kgexplorer.core.task.Cancellation();
        javafx.concurrent.Task<java.util.Map<Question, List<String>>> task = new javafx.concurrent.Task<>() {
            @Override
            protected java.util.Map<Question, List<String>> call() {
                updateTitle(texts.get("library.checking"));
                return org.kgexplorer.core.query.BundledQuestions.missing(remote, asked, cancellation);
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }
        };
        task.setOnSucceeded(e -> {
            if (checking == task) {
                checking = null;
                needsBundled.putAll(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (checking == task) {
                checking = null;
            }
            context.tasks().reportFailure(task);
        });
        checking = task;
        context.tasks().submit(task);
    }

    /** Whether the endpoint is being asked which questions it can answer (JavaFX thread). */
    public boolean checkingQuestions() {
        return checking != null;
    }

    /** Whether a question names terms of the bundled graph the endpoint does not hold (it is not run then). */
    public boolean needsBundledGraph(Question q) {
        return needsBundled.containsKey(q);
    }

    /** Why a question is not run over this endpoint, in the interface language ("" when it is). */
    public String needsBundled(Question q) {
        List<String> terms = needsBundled.get(q);
        if (terms == null) {
            return "";
        }
        List<String> shown = terms.stream().limit(3).map(LabelResolver::localName).toList();
        return texts.get("library.needsBundled", String.join(", ", shown) + (terms.size() > 3 ? ", …" : ""));
    }

    /** The questions marked as needing the bundled graph (changes when the data does). */
    public javafx.collections.ObservableMap<Question, List<String>> questionsNeedingBundledGraph() {
        return needsBundledView;
    }

    private void rebuildIndex() {
        work.buildIndex(completionIndex::set);
    }

    private void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }
}
