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
    /** The questions the list shows at least, however short the library. */
    static final int LIST_ROWS = 5;
    /** The lines of the chosen question's description shown at least, below its title. */
    static final int DESCRIPTION_LINES = 3;
    /** The theme's height of a list's line, in em (AtlantaFX: 2.8 em; 2 em in a dense list). */
    private static final double ROW_EM = 2.8;
    private static final double DENSE_ROW_EM = 2;
    /**
     * Whether the list shows one line per question (dense, the rest of a long title in its tooltip): when the library
     * is too short for five questions of two lines above the chosen one's title, description and buttons (1024x700
     * and 1280x720 showed three questions and one line of the description).
     */
    private final javafx.beans.property.BooleanProperty dense = new javafx.beans.property.SimpleBooleanProperty(this, "dense");
    /** The least the list and the question's text take when the library is shorter than they need. */
    private static final double SHORT_LIST = 110;
    private static final double LAYOUT_SLACK = 6;
    /** A line or two of the question's text when the library is shorter than it needs: the rest scrolls. */
    private static final double SHORT_TEXT_LINES = 40;
    /** Whether the library has the height it asks for (then the list's five questions and the text are minimums). */
    private boolean roomy = true;
    private ScrollPane textScroll;
    private VBox details;

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
        textScroll = new ScrollPane(text) {
            @Override
            protected double computeMinHeight(double width) {
                return roomy ? textFull() : SHORT_TEXT_LINES;
            }
        };
        textScroll.setFitToWidth(true);
        textScroll.setFitToHeight(true);
        textScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(textScroll, Priority.ALWAYS);
        buttons.setPadding(new Insets(0, 10, 10, 10));
        details = new VBox(8, textScroll, buttons);
        details.setId("question-details");
        getItems().addAll(list, details);
        setDividerPositions(0.5);
        // Five questions and the chosen one's title, three lines of its description and its buttons, whatever the
        // height: short of it the list's lines become one line each (dense); the window gives the library the rest
        // (the work area's minimum height is its tab's).
        list.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> roomy
                ? rowsHeight(LIST_ROWS) : Math.min(rowsHeight(LIST_ROWS), SHORT_LIST), dense, description.fontProperty()));
        heightProperty().addListener((obs, old, now) -> fitList());
        dense.addListener((obs, old, now) -> {
            list.getStyleClass().remove(Styles.DENSE);
            if (now) {
                list.getStyleClass().add(Styles.DENSE);
            }
            list.refresh();
        });

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

    /** Five questions above the chosen one's title, three lines of its description and its buttons. */
    @Override
    protected double computePrefHeight(double width) {
        // and the few pixels the split pane's layout takes beyond that (the list was 4 px short at 1024x700, 1280x720)
        return snappedTopInset() + snappedBottomInset() + rowsHeight(LIST_ROWS) + detailsFull() + dividers() + LAYOUT_SLACK;
    }

    /** The question's text scroll pane at the height that shows its title and three lines of its description. */
    private double textFull() {
        return textScroll.snappedTopInset() + textScroll.snappedBottomInset()
                + textShown(textScroll.getWidth() - textScroll.snappedLeftInset() - textScroll.snappedRightInset());
    }

    /** The chosen question's part (text and buttons) at the height that shows them. */
    private double detailsFull() {
        return details.minHeight(-1) - textScroll.minHeight(-1) + textFull();
    }

    /**
     * Less than that the library takes when the window has no more (250 % on 1920x1080): a split pane's minimum is
     * its items' minimums added, and more than its place would draw it past the work area's edge.
     */
    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + SHORT_LIST + details.minHeight(width) - textScroll.minHeight(-1)
                + SHORT_TEXT_LINES + dividers();
    }

    private double dividers() {
        return lookupAll(".split-pane-divider").stream().mapToDouble(d -> d.prefHeight(-1)).sum();
    }

    /** Dense when the library is too short for its list's two-line questions above the chosen question. */
    private void fitList() {
        double normal = LIST_ROWS * ROW_EM * em() + list.snappedTopInset() + list.snappedBottomInset();
        double rest = detailsFull() + dividers();
        // a margin of a line keeps the list from switching back and forth at one height
        dense.set(getHeight() > 0 && getHeight() < normal + rest + (dense.get() ? em() : 0));
        // Shorter than even the dense list's five questions and the text need (250 %, a library squeezed by the
        // user's divider), the list keeps room for a few questions, the text for a line or two (it scrolls), and the
        // buttons stay in view: minimums that do not fit push the buttons out of the library.
        boolean now = getHeight() + 1 >= computePrefHeight(-1) - LAYOUT_SLACK;
        if (now != roomy) {
            roomy = now;
            list.minHeightProperty().unbind();
            list.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> roomy
                    ? rowsHeight(LIST_ROWS) : Math.min(rowsHeight(LIST_ROWS), SHORT_LIST), dense, description.fontProperty()));
            textScroll.requestLayout();
            requestLayout();
        }
    }

    /** The height of that many lines of the list, at its theme's line height (dense or not). */
    private double rowsHeight(int rows) {
        return rows * (dense.get() ? DENSE_ROW_EM : ROW_EM) * em() + list.snappedTopInset() + list.snappedBottomInset() + 2;
    }

    /** The size of the interface's font (the zoom changes it). */
    private double em() {
        return description.getFont().getSize();
    }

    /**
     * The height the chosen question's text needs to be read: its title whole and three lines of its description
     * (the rest and the SPARQL scroll), or the hint when none is chosen.
     */
    private double textShown(double width) {
        javafx.scene.layout.Region text = (javafx.scene.layout.Region) textScroll.getContent();
        double inner = width - text.snappedLeftInset() - text.snappedRightInset();
        if (inner <= 0) {
            return 40;
        }
        double height = text.snappedTopInset() + text.snappedBottomInset();
        // the label draws its lines a little apart from a bare Text's: three of them were 4 to 6 px taller on the
        // real desktop (the third line half cut at 1280x720 and 1440x900), so the label's own spacing and insets too
        double descriptionLines = lines(description, DESCRIPTION_LINES) + (DESCRIPTION_LINES - 1) * description.getLineSpacing()
                + description.snappedTopInset() + description.snappedBottomInset() + LAYOUT_SLACK;
        if (selected() == null) {
            // room for a question's title of two lines and its description too: the one chosen next (a lesson's,
            // at start) then finds it, without the window giving the library more height again
            return height + Math.max(hint().prefHeight(inner), lines(title, 2) + ((VBox) text).getSpacing() + descriptionLines);
        }
        return height + title.prefHeight(inner) + ((VBox) text).getSpacing()
                + Math.min(description.prefHeight(inner), descriptionLines);
    }

    /** The height of that many lines of a label's text in its font. */
    private static double lines(Label label, int count) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text("X" + "\nX".repeat(count - 1));
        probe.setFont(label.getFont());
        return Math.ceil(probe.getLayoutBounds().getHeight());
    }

    private Label hint() {
        return (Label) ((VBox) textScroll.getContent()).getChildren().get(0);
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
            // one line per question in a dense list: a wrapped title would be cut at the line's middle
            setWrapText(!dense.get());
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
