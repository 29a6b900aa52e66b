package org.kgexplorer.ui.query;

import java.util.List;
import java.util.regex.Pattern;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.query.editor.SparqlEditor;
import org.kgexplorer.ui.query.editor.SparqlHighlighting;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The question library: plain-language titles (in the interface language), and for the chosen one its
 * description and its SPARQL, read-only, with a button to open it in a tab and run it.
 */
final class QuestionLibraryView extends SplitPane {
    private final QueryWorkspaceViewModel model;
    private final ListView<Question> list = new ListView<>();
    private final Label title = new Label();
    private final Label description = new Label();
    /** Over an endpoint, why the chosen question is not run there (it names terms of the bundled graph). */
    private final Label needsBundled = new Label();
    private final CodeArea sparql = new CodeArea();
    /** About four questions: the list never shrinks to less. */
    private static final double LIST_MIN_HEIGHT = 110;
    /** A line or two of the question's text: the rest scrolls. */
    private static final double TEXT_MIN_HEIGHT = 40;

    QuestionLibraryView(QueryWorkspaceViewModel model) {
        this.model = model;
        I18n.Texts texts = model.texts();
        setOrientation(Orientation.VERTICAL);
        getStylesheets().add(SparqlEditor.STYLESHEET);

        list.setId("question-library");
        list.setItems(model.questions());
        list.setCellFactory(v -> new QuestionCell());
        Label loading = new Label();
        loading.textProperty().bind(texts.text("library.loading"));
        list.setPlaceholder(loading);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && selected() != null) {
                model.openQuestion(selected(), true);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                e.consume();
                model.openQuestion(selected(), true);
            }
        });

        title.setId("question-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        description.setId("question-description");
        description.getStyleClass().add(Styles.TEXT_MUTED);
        description.setWrapText(true);
        sparql.setId("question-sparql");
        sparql.getStyleClass().add("sparql-editor");
        sparql.setEditable(false);
        sparql.setWrapText(false);
        new SparqlHighlighting(sparql);
        VirtualizedScrollPane<CodeArea> sparqlScroll = new VirtualizedScrollPane<>(sparql);
        sparqlScroll.getStyleClass().add("sparql-preview");
        VBox.setVgrow(sparqlScroll, Priority.ALWAYS);
        sparqlScroll.setMinHeight(48);

        Button run = new Button();
        run.setId("run-question");
        run.textProperty().bind(texts.text("library.run"));
        run.setGraphic(new FontIcon("mdmz-play_arrow"));
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> model.openQuestion(selected(), true));
        Button open = new Button();
        open.setId("open-question");
        open.textProperty().bind(texts.text("library.open"));
        open.setGraphic(new FontIcon("mdmz-open_in_new"));
        open.setOnAction(e -> model.openQuestion(selected(), false));
        run.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> selected() == null
                || model.needsBundledGraph(selected()), list.getSelectionModel().selectedItemProperty(),
                model.questionsNeedingBundledGraph()));
        needsBundled.setId("question-needs-bundled");
        needsBundled.getStyleClass().add(Styles.WARNING);
        needsBundled.setWrapText(true);
        needsBundled.setGraphic(new FontIcon("mdmz-warning"));
        model.questionsNeedingBundledGraph().addListener((javafx.collections.MapChangeListener<Question, List<String>>) c -> {
            list.refresh();
            show(selected());
        });
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        // Side by side on one line; in a narrow pane Open shows its icon only and its tooltip says the words.
        // Wrapped onto two lines (Spanish, 175 %) it took more height than the library has there.
        javafx.scene.control.Tooltip openTip = new javafx.scene.control.Tooltip();
        openTip.textProperty().bind(texts.text("library.open"));
        open.setTooltip(openTip);
        run.setMinWidth(Region.USE_PREF_SIZE);
        Button exercise = new Button();
        exercise.setId("library-exercise");
        exercise.textProperty().bind(texts.text("library.exercise"));
        exercise.setGraphic(new FontIcon("mdmz-school"));
        javafx.scene.control.Tooltip exerciseTip = new javafx.scene.control.Tooltip();
        exerciseTip.textProperty().bind(texts.text("library.exercise.tip"));
        exercise.setTooltip(exerciseTip);
        exercise.setOnAction(e -> model.onExerciseProperty().get().accept(selected()));
        exercise.disableProperty().bind(open.disableProperty());
        exercise.visibleProperty().bind(model.onExerciseProperty().isNotNull());
        exercise.managedProperty().bind(exercise.visibleProperty());
        org.kgexplorer.ui.CompactBar buttons = new org.kgexplorer.ui.CompactBar(8, run, open, exercise);
        buttons.setId("library-buttons");

        Label hint = new Label();
        hint.setId("library-hint");
        hint.textProperty().bind(texts.text("library.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.visibleProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        hint.managedProperty().bind(hint.visibleProperty());
        // when the pane is short, the hint, title and description keep all their lines and the SPARQL scrolls
        for (Label whole : List.of(hint, title, description, needsBundled)) {
            whole.setMinHeight(Region.USE_PREF_SIZE);
        }

        VBox text = new VBox(8, hint, title, description, needsBundled, sparqlScroll);
        text.setPadding(new Insets(10, 10, 0, 10));
        // Short of height, the question's text and SPARQL scroll in their own half: they never spread over the
        // list, which keeps room for a few questions, and the buttons below them stay in view.
        ScrollPane textScroll = new ScrollPane(text);
        textScroll.setFitToWidth(true);
        textScroll.setFitToHeight(true);
        textScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(textScroll, Priority.ALWAYS);
        textScroll.setMinHeight(TEXT_MIN_HEIGHT);
        buttons.setPadding(new Insets(0, 10, 10, 10));
        VBox details = new VBox(8, textScroll, buttons);
        details.setId("question-details");
        list.setMinHeight(LIST_MIN_HEIGHT);
        getItems().addAll(list, details);
        setDividerPositions(0.5);

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, q) -> show(q));
        // the question of the tab in front is the one the library shows (also when it was opened from elsewhere)
        model.selectedTabProperty().addListener((obs, old, tab) -> {
            if (tab != null && tab.question() != null && !tab.question().equals(selected())) {
                list.getSelectionModel().select(tab.question());
                list.scrollTo(tab.question());
            }
        });
        model.context().i18n().localeProperty().addListener((obs, old, now) -> {
            list.refresh();
            show(selected());
        });
        show(null);
    }

    private Question selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void show(Question q) {
        title.setText(q == null ? "" : model.title(q));
        description.setText(q == null ? "" : model.description(q));
        String reason = q == null ? "" : model.needsBundled(q);
        needsBundled.setText(reason);
        needsBundled.setVisible(!reason.isEmpty());
        needsBundled.setManaged(!reason.isEmpty());
        sparql.replaceText(q == null ? "" : withoutHeader(q.sparql()));
        sparql.moveTo(0);
        sparql.requestFollowCaret();
        for (javafx.scene.Node n : new javafx.scene.Node[] {title, description, sparql.getParent()}) {
            n.setVisible(q != null);
            n.setManaged(q != null);
        }
    }

    /** The query without the header lines that give its titles and descriptions (shown above it). */
    static String withoutHeader(String sparql) {
        List<String> lines = sparql.lines().toList();
        int i = 0;
        while (i < lines.size() && HEADER_LINE.matcher(lines.get(i)).matches()) {
            i++;
        }
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return String.join("\n", lines.subList(i, lines.size()));
    }

    private static final Pattern HEADER_LINE = Pattern.compile("#\\s*(title|description)(@\\w+)?\\s*:.*");

    private static final javafx.css.PseudoClass NEEDS_BUNDLED = javafx.css.PseudoClass.getPseudoClass("needs-bundled");

    /** A question by its title in the interface language, numbered in teaching order. */
    private final class QuestionCell extends ListCell<Question> {
        QuestionCell() {
            // A zero preferred width lets the list size the cell to its own width, so long titles wrap.
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(Question q, boolean empty) {
            super.updateItem(q, empty);
            setText(empty || q == null ? null : (getIndex() + 1) + ". " + model.title(q));
            // over an endpoint that lacks its terms, the question shows muted, marked, and says why
            boolean lacking = !empty && q != null && model.needsBundledGraph(q);
            pseudoClassStateChanged(NEEDS_BUNDLED, lacking);
            setGraphic(lacking ? new FontIcon("mdmz-warning") : null);
            // A title longer than the lines the list gives it ends in "…": the tooltip has it whole.
            setTooltip(empty || q == null ? null : new javafx.scene.control.Tooltip(getText()
                    + (lacking ? "\n" + model.needsBundled(q) : "")));
        }
    }
}
