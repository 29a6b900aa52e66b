package org.kgexplorer.ui.teach;

import java.time.Clock;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.apache.jena.query.Query;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.project.Project;
import org.kgexplorer.core.project.ViewState;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.query.SparqlParsing;
import org.kgexplorer.core.teach.Answer;
import org.kgexplorer.core.teach.Exercise;
import org.kgexplorer.core.teach.SelectAnswers;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.graph.GraphView;
import org.kgexplorer.ui.graph.GraphViewModel;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.BackgroundWork;

/**
 * Presenter mode's own layout (ADR 45): one thing at a time in the middle (a scene's graph revealed node by node, the
 * answer table of its query, the step-through of its query, or its exercise) and the scene's caption large at the
 * bottom, in the label language. The keys belong to the presentation: → / Page Down / space the next step, ← /
 * Page Up the previous, Home and End the first and the last scene, B blanks the screen (any key brings it back), Esc
 * leaves. While the student types an
 * exercise's query, only Page Down, Page Up and Esc are the presentation's.
 */
public final class PresenterView extends StackPane {
    /** The caption's size beside the presentation's text (which is at the presenter's UI scale). */
    static final double CAPTION_EM = 1.2;
    private final PresenterViewModel model;
    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final Runnable leave;
    private final StackPane stage = new StackPane();
    private final Label caption = new Label();
    private final Label progress = new Label();
    private final Region blank = new Region();
    private final GraphView graph;
    private int shownScene = -1;
    /** Where the graph scene shown now puts every node once laid out whole, or null while it is laid out. */
    private java.util.Map<String, ViewState.Point> revealAt;
    /** The camera that shows the scene's whole graph, kept through its steps. */
    private ViewState.Camera revealCamera;
    /** Counts the graph scenes laid out, so that a layout that ends after another scene came is let go. */
    private int revealed;
    private StepThroughViewModel stepping;
    private javafx.concurrent.Task<?> running;

    public PresenterView(ExplorerContext context, PresenterViewModel model, Runnable leave) {
        this.context = context;
        this.model = model;
        this.leave = leave;
        this.texts = context.i18n().texts("org.kgexplorer.ui.teach.messages");
        setId("presenter");
        graph = new GraphView(new GraphViewModel(context));
        graph.showCanvasOnly();
        graph.setId("presenter-graph");
        stage.setId("presenter-stage");
        stage.setPadding(new Insets(12));
        VBox.setVgrow(stage, Priority.ALWAYS);
        caption.setId("presenter-caption");
        caption.setWrapText(true);
        caption.setStyle("-fx-font-size: " + CAPTION_EM + "em; -fx-font-weight: bold;");
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        progress.setId("presenter-progress");
        progress.getStyleClass().add("text-muted");
        progress.setMinWidth(Region.USE_PREF_SIZE);
        // the progress above the caption, at the right: the caption keeps the screen's whole width
        HBox progressLine = new HBox(progress);
        progressLine.setAlignment(Pos.CENTER_RIGHT);
        VBox bottom = new VBox(2, progressLine, caption);
        bottom.setId("presenter-bottom");
        bottom.setPadding(new Insets(4, 16, 12, 16));
        bottom.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1 0 0 0;");
        BorderPane layout = new BorderPane(stage);
        layout.setBottom(bottom);
        blank.setId("presenter-blank");
        blank.setStyle("-fx-background-color: black;");
        blank.visibleProperty().bind(model.blankProperty());
        getChildren().addAll(layout, blank);
        setStyle("-fx-background-color: -color-bg-default;");
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        model.movesProperty().addListener((obs, old, now) -> show());
        context.labelModeProperty().addListener(onLabels);
        texts.language().addListener(onLanguage);
        show();
    }

    private final javafx.beans.value.ChangeListener<Object> onLabels = (obs, old, now) -> {
        shownScene = -1;
        show();
    };
    private final javafx.beans.InvalidationListener onLanguage = obs -> showProgress();

    public PresenterViewModel model() {
        return model;
    }

    /** Stops what the presentation runs (its graph's layout thread, a query still running). */
    public void dispose() {
        if (running != null) {
            running.cancel();
        }
        if (stepping != null) {
            stepping.cancel();
        }
        graph.dispose();
        context.labelModeProperty().removeListener(onLabels);
        texts.language().removeListener(onLanguage);
    }

    private void key(KeyEvent e) {
        if (model.blankProperty().get()) {
            model.blankProperty().set(false);
            e.consume();
            return;
        }
        boolean typing = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        switch (e.getCode()) {
            case ESCAPE -> leave.run();
            case PAGE_DOWN -> move(true);
            case PAGE_UP -> move(false);
            case RIGHT, SPACE -> {
                if (typing) {
                    return;
                }
                move(true);
            }
            case LEFT -> {
                if (typing) {
                    return;
                }
                move(false);
            }
            case DOWN, UP -> {
                javafx.scene.control.TableView<?> table = typing ? null : (javafx.scene.control.TableView<?>) stage.lookup(".table-view");
                if (table == null) {
                    return;
                }
                scrollRows(table, e.getCode() == javafx.scene.input.KeyCode.DOWN ? 1 : -1);
            }
            case B -> {
                if (typing) {
                    return;
                }
                model.blankProperty().set(true);
            }
            case HOME, END -> {
                if (typing) {
                    return;
                }
                if (e.getCode() == javafx.scene.input.KeyCode.HOME) {
                    model.first();
                } else {
                    model.last();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * The next (or previous) step: an answer table whose rows are not all whole on screen shows its next (or previous)
     * page of rows first (the first row not whole goes to the top), so the room reads every row before another scene
     * comes.
     */
    private void move(boolean forward) {
        javafx.scene.control.TableView<?> table = answerTable();
        if (table != null && pageRows(table, forward)) {
            showRowRange(table);
        } else if (forward) {
            model.next();
        } else {
            model.previous();
        }
    }

    /** Says which rows are on screen ("Rows 3–4 of 10") when they are not all there, else how many there are. */
    private void showRowRange(javafx.scene.control.TableView<?> table) {
        if (!(stage.lookup("#presenter-rows") instanceof Label rows) || table.getItems().isEmpty()) {
            return;
        }
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        int top = topRow(flow);
        if (top < 0) {
            return;
        }
        double room = flow.getHeight() - horizontalBar(flow);
        int last = top;
        for (int i = top; i <= flow.getLastVisibleCell().getIndex(); i++) {
            javafx.scene.control.IndexedCell<?> c = flow.getVisibleCell(i);
            // the rows whole on screen (a row cut at the bottom comes whole with the next page)
            if (c != null && c.getLayoutY() + c.getHeight() <= room + 1) {
                last = i;
            }
        }
        int total = table.getItems().size();
        javafx.scene.control.IndexedCell<?> end = flow.getVisibleCell(total - 1);
        boolean all = top == 0 && flow.getVisibleCell(0).getLayoutY() >= -1
                && end != null && end.isVisible() && end.getLayoutY() + end.getHeight() <= room + 1;
        rows.setText(all ? texts.get("step.rows", total) : last == top ? texts.get("presenter.rowShown", top + 1, total)
                : texts.get("presenter.rowsShown", top + 1, last + 1, total));
    }

    /** The answer table of a table scene on screen, or null. */
    private javafx.scene.control.TableView<?> answerTable() {
        Project.View scene = model.current();
        if (scene.scene().exercise() != null || scene.scene().shows() != Project.Scene.Shows.TABLE) {
            return null;
        }
        return (javafx.scene.control.TableView<?>) stage.lookup("#presenter-table");
    }

    /**
     * Shows the answer's next (or previous) page of rows; false when there is none, every row after (or before) those
     * on screen being shown whole already.
     */
    static boolean pageRows(javafx.scene.control.TableView<?> table, boolean down) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        int top = topRow(flow);
        if (top < 0) {
            return false;
        }
        double room = flow.getHeight() - horizontalBar(flow);
        if (down) {
            for (int i = top; i <= flow.getLastVisibleCell().getIndex(); i++) {
                javafx.scene.control.IndexedCell<?> c = flow.getVisibleCell(i);
                if (c != null && c.getLayoutY() + c.getHeight() > room + 1) {
                    // the first row not whole on screen to the top; a row taller than the screen by a screen at a time
                    flow.scrollPixels(c.getLayoutY() > 1 ? c.getLayoutY() : room);
                    return true;
                }
            }
            // every row drawn is whole: the rows after them (none drawn when the last ends at the screen's edge) next
            javafx.scene.control.IndexedCell<?> last = flow.getLastVisibleCell();
            if (last.getIndex() < table.getItems().size() - 1) {
                flow.scrollPixels(last.getLayoutY() + last.getHeight());
                return true;
            }
            return false;
        }
        javafx.scene.control.IndexedCell<?> first = flow.getVisibleCell(top);
        if (top == 0 && first.getLayoutY() >= -1) {
            return false;
        }
        flow.scrollPixels(-room);
        // a row cut at the top after the page back: the page starts with the row after it, whole
        int now = topRow(flow);
        javafx.scene.control.IndexedCell<?> cut = now < 0 ? null : flow.getVisibleCell(now);
        if (cut != null && cut.getLayoutY() < -1 && cut.getLayoutY() + cut.getHeight() < room) {
            flow.scrollPixels(cut.getLayoutY() + cut.getHeight());
        }
        return true;
    }

    private static double horizontalBar(javafx.scene.control.skin.VirtualFlow<?> flow) {
        for (javafx.scene.Node n : flow.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && bar.isVisible()) {
                return bar.getHeight();
            }
        }
        return 0;
    }

    /**
     * Puts the row {@code by} rows below (or above) the first one on screen at the top: ↓ and ↑ walk a room through an
     * answer whose rows, with their evidence sentences, are taller than the screen.
     */
    private static void scrollRows(javafx.scene.control.TableView<?> table, int by) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        int top = topRow(flow);
        if (top < 0) {
            return;
        }
        javafx.scene.control.IndexedCell<?> cell = flow.getVisibleCell(top);
        double offset = cell.getLayoutY();
        if (by > 0) {
            // the next row's top to the top of the screen (rows differ in height: scrollTo's estimate misses)
            flow.scrollPixels(offset + cell.getHeight());
        } else if (offset < -1) {
            flow.scrollPixels(offset);
        } else if (top > 0) {
            flow.scrollToTop(top - 1);
        }
    }

    /** The row at the top of the answer on screen (the first one with more than a pixel showing), or -1. */
    public static int topRow(javafx.scene.control.skin.VirtualFlow<?> flow) {
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return -1;
        }
        for (int i = flow.getFirstVisibleCell().getIndex(); i <= flow.getLastVisibleCell().getIndex(); i++) {
            javafx.scene.control.IndexedCell<?> c = flow.getVisibleCell(i);
            if (c != null && c.getLayoutY() + c.getHeight() > 1) {
                return i;
            }
        }
        return -1;
    }

    /** Shows where the presentation stands: a new scene from its start, or the next step of the one shown. */
    private void show() {
        Project.View scene = model.current();
        int step = model.stepProperty().get();
        boolean fresh = model.sceneProperty().get() != shownScene;
        // a scene come back to from the one after it opens at its end, as the room last saw it
        boolean fromAfter = fresh && shownScene == model.sceneProperty().get() + 1;
        shownScene = model.sceneProperty().get();
        caption.setText(caption(scene));
        if (scene.scene().exercise() != null) {
            if (fresh) {
                showExercise(scene);
            }
        } else {
            switch (scene.scene().shows()) {
                case GRAPH -> reveal(scene, step, fresh);
                case TABLE -> {
                    if (fresh) {
                        showTable(scene, fromAfter);
                    }
                }
                case STEP_THROUGH -> stepThrough(scene, step, fresh);
            }
        }
        showProgress();
    }

    private void showProgress() {
        int i = model.sceneProperty().get();
        progress.setText(model.steps(i) > 1
                ? texts.get("presenter.progressSteps", i + 1, model.scenes().size(), model.stepProperty().get() + 1, model.steps(i))
                : texts.get("presenter.progress", i + 1, model.scenes().size()));
    }

    private String caption(Project.View scene) {
        LabelMode mode = context.labelModeProperty().get();
        if (mode == LabelMode.BOTH && !scene.captionEn().isEmpty() && !scene.captionEs().isEmpty()) {
            return scene.captionEn() + "\n" + scene.captionEs();
        }
        return scene.caption(mode == LabelMode.SPANISH);
    }

    /** The scene's query with its label columns in the label language (as the question library's). */
    private String query(Project.View scene) {
        String language = context.labelModeProperty().get() == LabelMode.SPANISH ? "es" : "en";
        return new Question("", "", "", "", "", scene.query()).sparqlIn(language);
    }

    private void put(Node content) {
        stop();
        revealed++;
        stage.getChildren().setAll(content);
    }

    private void stop() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (stepping != null) {
            stepping.cancel();
            stepping = null;
        }
    }

    /**
     * The scene's graph with its first {@code step + 1} nodes, in the order the scene lists them, each where it ends
     * in the whole graph: a new scene's whole graph is laid out once, out of sight, and each step shows its nodes
     * pinned where that layout put them, under the camera that shows the whole, so a node shown never moves as the
     * next comes.
     */
    private void reveal(Project.View scene, int step, boolean fresh) {
        if (fresh) {
            put(graph);
            // out of sight but drawn: a canvas that is not visible draws nothing and fits its first frame once it shows
            graph.setOpacity(0);
            revealAt = null;
            int layingOut = revealed;
            ViewState all = scene.graph();
            if (all.nodes().isEmpty()) {
                graph.restore(ViewState.EMPTY);
                graph.setOpacity(1);
                return;
            }
            javafx.concurrent.Task<?> whole = graph.restore(new ViewState(all.nodes(), all.positions(), all.pinned(),
                    all.hidden(), all.hiddenClasses(), all.hiddenProperties(), all.layout(), ViewState.Camera.DEFAULT,
                    List.of()));
            // once its scene is published (the step after the restore's success) and the layout is at rest on it
            whole.stateProperty().addListener((obs, was, now) -> {
                if (now == javafx.concurrent.Worker.State.SUCCEEDED) {
                    javafx.application.Platform.runLater(() -> graph.whenSettled(() -> {
                        if (layingOut != revealed) {
                            return;
                        }
                        org.kgexplorer.ui.graph.render.Camera camera = graph.canvas().camera();
                        camera.fit();
                        revealCamera = new ViewState.Camera(camera.centreX(), camera.centreY(), camera.scale());
                        revealAt = graph.captureAsDrawn().positions();
                        showRevealed(scene, layingOut);
                    }));
                } else if (now == javafx.concurrent.Worker.State.FAILED && layingOut == revealed) {
                    failedGraph(whole);
                }
            });
            return;
        }
        if (revealAt != null) {
            showRevealed(scene, revealed);
        }
    }

    /** Shows the laid-out scene's nodes up to the presentation's step; the graph comes into sight once they are in. */
    private void showRevealed(Project.View scene, int layingOut) {
        ViewState all = scene.graph();
        List<String> shown = all.nodes().subList(0, Math.min(all.nodes().size(), model.stepProperty().get() + 1));
        java.util.Map<String, ViewState.Point> placed = new java.util.HashMap<>(revealAt);
        placed.keySet().retainAll(shown);
        if (graph.getParent() != stage) {
            // an earlier step's failure stands in its place: this step tries again, out of sight until drawn
            graph.setOpacity(0);
            stage.getChildren().setAll(graph);
        }
        javafx.concurrent.Task<?> step = graph.restore(new ViewState(shown, placed, java.util.Set.copyOf(shown),
                all.hidden(), all.hiddenClasses(), all.hiddenProperties(), all.layout(), revealCamera, List.of()));
        step.stateProperty().addListener((obs, was, now) -> {
            if (now == javafx.concurrent.Worker.State.SUCCEEDED && layingOut == revealed) {
                // after the restore's own camera, which follows its success on the next pulse
                javafx.application.Platform.runLater(() -> graph.setOpacity(1));
            } else if (now == javafx.concurrent.Worker.State.FAILED && layingOut == revealed) {
                failedGraph(step);
            }
        });
    }

    /** A scene's graph that could not be drawn says why, as a table that fails does, instead of staying out of sight. */
    private void failedGraph(javafx.concurrent.Task<?> work) {
        put(error(texts.get("presenter.failed", org.kgexplorer.ui.task.TaskRunner.reason(work.getException()))));
    }

    /** The answer table of the scene's query, run in the background; its last rows on screen when {@code atEnd}. */
    private void showTable(Project.View scene, boolean atEnd) {
        Label rows = new Label();
        rows.setId("presenter-rows");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(24, 24);
        HBox top = new HBox(8, busy, rows);
        top.setAlignment(Pos.CENTER_LEFT);
        Query parsed;
        try {
            parsed = SparqlParsing.parse(query(scene));
        } catch (QueryProblem p) {
            put(error(org.kgexplorer.ui.i18n.SyntaxTexts.said(texts, p)));
            return;
        }
        BindingsTable table = new BindingsTable(parsed.getPrefixMapping());
        table.setId("presenter-table");
        VBox.setVgrow(table, Priority.ALWAYS);
        put(new VBox(8, top, table));
        org.kgexplorer.core.labels.LabelMode mode = context.labelModeProperty().get();
        BackgroundWork<StepThroughViewModel.Named> work = new BackgroundWork<>(texts.get("presenter.task.table"), c -> {
            Answer read = SelectAnswers.read(context.store(), parsed, QueryOptions.defaults(), StepThroughViewModel.ROWS_SHOWN, c);
            // the room reads names, not IRIs: labelled in the label language of when the scene opened
            return new StepThroughViewModel.Named(read, StepThroughViewModel.labels(context.store(), read, mode));
        });
        running = work;
        work.setOnSucceeded(e -> {
            busy.setVisible(false);
            table.setLabels(work.getValue().labels());
            table.show(work.getValue().answer());
            wrapCells(table);
            rows.setText(texts.get("step.rows", work.getValue().answer().total()));
            // once laid out, which of the rows fit on screen
            boolean[] toEnd = {atEnd};
            table.needsLayoutProperty().addListener((obs, was, needs) -> {
                if (!needs && stage.getChildren().contains(rows.getParent().getParent())) {
                    if (toEnd[0] && !table.getItems().isEmpty()) {
                        toEnd[0] = false;
                        table.scrollTo(table.getItems().size() - 1);
                    }
                    // after this layout pass: a label changed during it kept its old text drawn until the next
                    javafx.application.Platform.runLater(() -> showRowRange(table));
                }
            });
        });
        work.setOnFailed(e -> {
            busy.setVisible(false);
            rows.setText(texts.get("presenter.failed", Teaching.reason(texts, work.getException())));
        });
        context.tasks().submit(work);
    }

    /**
     * The columns share the table's width (the last, the evidence sentence, takes twice a column's share) and long
     * values wrap within their column instead of being cut, as a room must read them.
     */
    @SuppressWarnings("unchecked")
    private static void wrapCells(BindingsTable table) {
        int n = table.getColumns().size();
        double shares = n + 1.0;
        for (int i = 0; i < n; i++) {
            javafx.scene.control.TableColumn<List<org.apache.jena.graph.Node>, ?> c = table.getColumns().get(i);
            double share = (i == n - 1 && n > 1 ? 2 : 1) / shares;
            c.prefWidthProperty().bind(table.widthProperty().subtract(24).multiply(n == 1 ? 1 : share));
        }
        for (int i = 0; i < n; i++) {
            int index = i;
            javafx.scene.control.TableColumn<List<org.apache.jena.graph.Node>, String> column =
                    (javafx.scene.control.TableColumn<List<org.apache.jena.graph.Node>, String>) table.getColumns().get(i);
            // a room reads the words: a text without its language tag
            column.setCellValueFactory(row -> {
                org.apache.jena.graph.Node t = row.getValue().get(index);
                return new javafx.beans.property.ReadOnlyStringWrapper(t == null ? ""
                        : t.isLiteral() ? t.getLiteralLexicalForm() : table.text(t));
            });
            column.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
                private final javafx.scene.text.Text text = new javafx.scene.text.Text();

                {
                    text.setStyle("-fx-fill: -color-fg-default;");
                    text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                    setGraphic(text);
                    setAlignment(Pos.TOP_LEFT);
                    setPrefHeight(Region.USE_COMPUTED_SIZE);
                }

                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    text.setText(empty || item == null ? "" : item);
                }
            });
        }
    }

    /** The step-through of the scene's query, at the presentation's step. */
    private void stepThrough(Project.View scene, int step, boolean fresh) {
        if (fresh) {
            try {
                StepThroughViewModel m = StepThroughViewModel.of(context, query(scene));
                StepThroughView view = new StepThroughView(m);
                // the room reads every value whole: the bindings wrap in columns that share the screen's width
                view.wrapBindings();
                // the query growing is what the room watches: a quarter of the height, its step kept in sight (the
                // bindings, wrapped, take the rest)
                if (view.getCenter() instanceof VBox parts) {
                    parts.getChildren().stream().filter(p -> p instanceof javafx.scene.control.ScrollPane)
                            .map(javafx.scene.control.ScrollPane.class::cast).forEach(q -> {
                                q.prefViewportHeightProperty().bind(stage.heightProperty().multiply(0.25));
                                q.setMinHeight(Region.USE_PREF_SIZE);
                            });
                }
                put(view);
                stepping = m;
                model.setSteps(m.steps().size());
            } catch (QueryProblem p) {
                put(error(org.kgexplorer.ui.i18n.SyntaxTexts.said(texts, p)));
                return;
            }
        }
        if (stepping != null) {
            stepping.show(Math.min(model.stepProperty().get(), stepping.steps().size() - 1));
        }
    }

    /** The scene's exercise: its question, its hint on request, the student's query and Check. */
    private void showExercise(Project.View scene) {
        // In the label language, as the caption under it (ADR 45).
        boolean spanish = context.labelModeProperty().get() == LabelMode.SPANISH;
        Project.SceneExercise x = scene.scene().exercise();
        // named in the results by its caption, as the class knows it (a scene's number changes when scenes move)
        String name = scene.caption(spanish).isBlank() ? "scene-" + (model.sceneProperty().get() + 1) : scene.caption(spanish);
        Exercise exercise = new Exercise(name, x.question(spanish),
                x.hint(spanish), x.reference());
        ExerciseViewModel m = new ExerciseViewModel(context, List.of(exercise), exercise, Clock.systemUTC());
        if (!scene.query().isEmpty()) {
            m.answerProperty().set(scene.query());
        }
        ExerciseView view = new ExerciseView(m);
        // one exercise a scene: the list to choose among exercises has nothing to offer
        javafx.scene.Node choice = view.lookup("#exercise-choice");
        if (choice != null) {
            choice.setVisible(false);
            choice.setManaged(false);
        }
        put(view);
    }

    private Label error(String message) {
        Label l = new Label(texts.get("presenter.failed", message));
        l.setId("presenter-error");
        l.setWrapText(true);
        return l;
    }
}
