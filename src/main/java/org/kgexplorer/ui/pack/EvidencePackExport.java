package org.kgexplorer.ui.pack;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import javafx.concurrent.Task;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;

import org.kgexplorer.core.export.EvidencePack;
import org.kgexplorer.core.export.EvidencePackWriter;
import org.kgexplorer.core.export.EvidencePacks;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.project.Project;
import org.kgexplorer.core.project.ViewState;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.SparqlParsing;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.graph.GraphScene;
import org.kgexplorer.ui.graph.GraphView;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.query.QueryTab;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.kgexplorer.ui.task.BackgroundWork;

/**
 * File → Export evidence pack… (issue 17, ADR 47): the view on screen, or every saved view of the open project in
 * order, as one self-contained HTML file. What is on screen is captured on the JavaFX thread when the command runs;
 * the queries run, the saved views are laid out and the file is written in a background task that can be cancelled
 * (then no file is left). The pack's headings follow the label language; the window's texts the interface language.
 */
public final class EvidencePackExport {
    static final String BUNDLE = "org.kgexplorer.ui.pack.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ExplorerContext context;
    private final GraphView graph;
    private final QueryWorkspaceViewModel queries;
    private final Supplier<String> drawnQuery;
    private final IntSupplier timeoutSeconds;
    private final Supplier<List<Project.View>> views;
    private final Supplier<Path> projectFile;
    private final I18n.Texts texts;
    private FileChooser chooser;

    /**
     * @param drawnQuery     the query of the answer the graph was drawn from, or null when it was not drawn from one
     * @param timeoutSeconds the results view's time limit for a query
     * @param views          the open project's saved views, in order
     * @param projectFile    the open project's file, or null
     */
    public EvidencePackExport(ExplorerContext context, GraphView graph, QueryWorkspaceViewModel queries,
                              Supplier<String> drawnQuery, IntSupplier timeoutSeconds,
                              Supplier<List<Project.View>> views, Supplier<Path> projectFile) {
        this.context = context;
        this.graph = graph;
        this.queries = queries;
        this.drawnQuery = drawnQuery;
        this.timeoutSeconds = timeoutSeconds;
        this.views = views;
        this.projectFile = projectFile;
        this.texts = context.i18n().texts(BUNDLE);
    }

    /**
     * The command: asks whether the view on screen or all the saved views go in (only when the project has saved
     * views), then where to write, then writes in the background.
     */
    public void choose() {
        boolean all = false;
        int saved = views.get().size();
        if (saved > 0) {
            ButtonType current = new ButtonType(texts.get("which.current"), ButtonBar.ButtonData.NO);
            ButtonType every = new ButtonType(texts.get("which.all", saved), ButtonBar.ButtonData.YES);
            ButtonType cancel = new ButtonType(texts.get("which.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Optional<ButtonType> answer = context.dialogs().ask(texts.get("chooser.title"), texts.get("which.header"),
                    texts.get("which.content"), List.of(current, every, cancel));
            if (answer.isEmpty() || answer.get() == cancel) {
                return;
            }
            all = answer.get() == every;
        }
        // captured before the save dialog opens (GraphView.exportWithChooser says why)
        Capture capture = capture(all);
        if (chooser == null) {
            chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("chooser.filter"), "*.html"));
        }
        chooser.setTitle(texts.get("chooser.title"));
        chooser.setInitialFileName(fileName(capture.title()));
        Optional<File> chosen = context.dialogs().chooseFileToSave(chooser);
        chosen.map(File::toPath).ifPresent(target -> export(target, capture));
    }

    /** Writes the pack of the view on screen ({@code all} false) or of every saved view, in the background. */
    public Task<Path> export(Path target, boolean all) {
        return export(target, capture(all));
    }

    /**
     * What goes into a pack, read on the JavaFX thread: the store as it is now, and for the view on screen each
     * node's colour as drawn (empty for saved views).
     */
    private record Capture(String title, List<Project.View> scenes, Map<String, Integer> colours, LabelMode mode,
                           KnowledgeStore store, long timeoutMillis) {
    }

    private Capture capture(boolean all) {
        LabelMode mode = context.labelModeProperty().get();
        Path project = projectFile.get();
        QueryTab tab = queries.selectedTabProperty().get();
        String tabName = tab == null ? "" : queries.name(tab);
        String title = project != null ? withoutExtension(project.getFileName().toString()) : tabName;
        List<Project.View> scenes = new ArrayList<>();
        Map<String, Integer> colours = new HashMap<>();
        if (all) {
            scenes.addAll(views.get());
        } else {
            ViewState shown = graph.captureAsDrawn();
            scenes.add(new Project.View(tabName, tabName, shownQuery(tab), context.selectedEntityProperty().get(), shown));
            GraphScene drawn = graph.model().sceneProperty().get();
            for (int i = 0; i < drawn.nodeCount(); i++) {
                colours.put(drawn.nodeId(i), drawn.scene().styleOf(i).argb());
            }
        }
        return new Capture(title, scenes, colours, mode, context.store(), timeoutSeconds.getAsInt() * 1000L);
    }

    /**
     * The query of the view on screen: the one of the answer the graph was drawn from, else the selected tab's text
     * when it parses (a half-typed query is no query).
     */
    private String shownQuery(QueryTab tab) {
        String drawn = drawnQuery.get();
        if (drawn != null && !drawn.isBlank()) {
            return drawn;
        }
        String typed = tab == null ? "" : tab.getText();
        if (typed.isBlank()) {
            return "";
        }
        try {
            SparqlParsing.parse(typed);
            return typed;
        } catch (QueryProblem notAQuery) {
            return "";
        }
    }

    private Task<Path> export(Path target, Capture capture) {
        String name = String.valueOf(target.getFileName());
        EvidencePackWriter.Headings headings = headings(capture.mode());
        KnowledgeStore store = capture.store();
        BackgroundWork<Path> task = new BackgroundWork<>(texts.get("task.export", name), c -> {
            EvidencePacks.Options options = EvidencePacks.Options.of(store, capture.mode(), false,
                    capture.timeoutMillis());
            List<EvidencePack.Scene> scenes = new ArrayList<>();
            for (Project.View v : capture.scenes()) {
                c.throwIfCancelled();
                scenes.add(EvidencePacks.scene(store, caption(v, capture.mode()), v.query(), v.graph(),
                        capture.colours(), options, c));
            }
            EvidencePackWriter.write(target, new EvidencePack(capture.title(), scenes), headings, c);
            return target;
        });
        task.setOnSucceeded(e -> context.tasks().tell(texts.get("notice.saved", name)));
        task.setOnFailed(e -> context.tasks().reportFailure(task));
        context.tasks().submit(task);
        return task;
    }

    /** A saved view's caption in the label language (the other one when it has none in it; both for both). */
    static String caption(Project.View v, LabelMode mode) {
        String en = v.captionEn();
        String es = v.captionEs();
        return switch (mode) {
            case ENGLISH -> en.isBlank() ? es : en;
            case SPANISH -> es.isBlank() ? en : es;
            case BOTH -> en.isBlank() || es.isBlank() || en.equals(es) ? (en.isBlank() ? es : en) : en + " / " + es;
        };
    }

    /** The pack's headings in the label language; with both languages, each heading in English and Spanish. */
    static EvidencePackWriter.Headings headings(LabelMode mode) {
        return switch (mode) {
            case ENGLISH -> headings(Locale.ENGLISH, null);
            case SPANISH -> headings(Locale.forLanguageTag("es"), null);
            case BOTH -> headings(Locale.ENGLISH, Locale.forLanguageTag("es"));
        };
    }

    private static EvidencePackWriter.Headings headings(Locale first, Locale second) {
        ResourceBundle a = ResourceBundle.getBundle(BUNDLE, first, EvidencePackExport.class.getClassLoader(), NO_FALLBACK);
        ResourceBundle b = second == null ? null
                : ResourceBundle.getBundle(BUNDLE, second, EvidencePackExport.class.getClassLoader(), NO_FALLBACK);
        java.util.function.Function<String, String> h = key -> b == null || a.getString(key).equals(b.getString(key))
                ? a.getString(key) : a.getString(key) + " / " + b.getString(key);
        return new EvidencePackWriter.Headings(first.getLanguage(), h.apply("heading.pack"), h.apply("heading.contents"),
                h.apply("heading.graph"), h.apply("heading.query"), h.apply("heading.noQuery"),
                h.apply("heading.answer"), h.apply("heading.rows"), h.apply("heading.firstRows"),
                h.apply("heading.evidence"), h.apply("heading.sentence"), h.apply("heading.noSentence"),
                h.apply("heading.general"), h.apply("heading.noFacts"), h.apply("heading.reproducibility"),
                h.apply("heading.reproduce"), h.apply("heading.emptyGraph"), h.apply("heading.atLeastRows"),
                h.apply("heading.untyped"));
    }

    private static String fileName(String title) {
        String safe = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return (safe.isEmpty() ? "evidence-pack" : safe) + ".html";
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
