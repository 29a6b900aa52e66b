package org.kgexplorer.ui.teach;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import atlantafx.base.theme.Styles;
import org.kgexplorer.core.teach.Exercise;
import org.kgexplorer.ui.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An exercise: the question, a hint on request, the student's query, Check with its verdict, Show solution, and
 * Save results… (the attempts as CSV).
 */
public final class ExerciseView extends VBox {
    private final ExerciseViewModel model;
    private final I18n.Texts texts;
    private java.util.function.Supplier<Optional<java.nio.file.Path>> saveTarget = this::chooseFile;

    public ExerciseView(ExerciseViewModel model) {
        super(8);
        this.model = model;
        this.texts = model.texts();
        setId("exercise");
        setPrefSize(760, 620);

        ComboBox<Exercise> choice = new ComboBox<>();
        choice.setId("exercise-choice");
        choice.getItems().setAll(model.exercises());
        choice.valueProperty().bindBidirectional(model.exerciseProperty());
        choice.setCellFactory(v -> new QuestionCell());
        choice.setButtonCell(new QuestionCell());
        choice.setMaxWidth(Double.MAX_VALUE);

        Label question = new Label();
        question.setId("exercise-question");
        question.getStyleClass().add(Styles.TITLE_4);
        question.setWrapText(true);
        question.textProperty().bind(Bindings.createStringBinding(
                () -> model.exerciseProperty().get() == null ? "" : model.exerciseProperty().get().question(),
                model.exerciseProperty()));
        question.setMinHeight(Region.USE_PREF_SIZE);

        ToggleButton hintToggle = new ToggleButton();
        hintToggle.setId("exercise-hint-toggle");
        hintToggle.textProperty().bind(texts.text("exercise.hint"));
        hintToggle.setGraphic(new FontIcon("mdal-lightbulb"));
        Label hint = new Label();
        hint.setId("exercise-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        // whole, on as many lines as it needs: a hint cut with "…" hid the name it gives (at 200 %)
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(Bindings.createStringBinding(
                () -> model.exerciseProperty().get() == null ? "" : model.exerciseProperty().get().hint(),
                model.exerciseProperty()));
        hint.visibleProperty().bind(hintToggle.selectedProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        hintToggle.disableProperty().bind(hint.textProperty().isEmpty());
        model.exerciseProperty().addListener((obs, old, now) -> hintToggle.setSelected(false));

        TextArea answer = new TextArea();
        answer.setId("exercise-answer");
        answer.setStyle("-fx-font-family: monospace;");
        answer.promptTextProperty().bind(texts.text("exercise.prompt"));
        answer.textProperty().bindBidirectional(model.answerProperty());
        answer.setPrefRowCount(8);
        VBox.setVgrow(answer, Priority.ALWAYS);

        Button check = new Button();
        check.setId("exercise-check");
        check.textProperty().bind(texts.text("exercise.check"));
        check.setGraphic(new FontIcon("mdal-done"));
        check.getStyleClass().add(Styles.ACCENT);
        check.disableProperty().bind(model.checkingProperty());
        check.setOnAction(e -> model.check());
        ProgressIndicator checking = new ProgressIndicator();
        checking.setPrefSize(18, 18);
        checking.visibleProperty().bind(model.checkingProperty());
        Button solution = new Button();
        solution.setId("exercise-show-solution");
        solution.textProperty().bind(texts.text("exercise.showSolution"));
        solution.setGraphic(new FontIcon("mdmz-visibility"));
        solution.disableProperty().bind(model.solutionShownProperty());
        solution.setOnAction(e -> model.showSolution());
        Button save = new Button();
        save.setId("exercise-save");
        save.textProperty().bind(texts.text("exercise.save"));
        save.setGraphic(new FontIcon("mdmz-save_alt"));
        save.setOnAction(e -> saveTarget.get().ifPresent(model::saveResults));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, check, checking, solution, spacer, save);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label verdict = new Label();
        verdict.setId("exercise-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.verdictProperty());
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        model.passedProperty().addListener((obs, old, ok) -> style(verdict, ok));
        model.verdictProperty().addListener((obs, old, now) -> style(verdict, model.passedProperty().get()));

        TextArea reference = new TextArea();
        reference.setId("exercise-solution");
        reference.setEditable(false);
        reference.setStyle("-fx-font-family: monospace;");
        reference.setPrefRowCount(8);
        reference.textProperty().bind(Bindings.createStringBinding(() -> model.solutionShownProperty().get()
                && model.exerciseProperty().get() != null ? model.exerciseProperty().get().reference() : "",
                model.solutionShownProperty(), model.exerciseProperty()));
        reference.visibleProperty().bind(model.solutionShownProperty());
        reference.managedProperty().bind(reference.visibleProperty());
        // the solution shares the room with the answer, and opens at its body, past the PREFIX lines
        VBox.setVgrow(reference, Priority.ALWAYS);
        reference.textProperty().addListener((obs, old, now) ->
                javafx.application.Platform.runLater(() -> scrollToBody(reference)));

        Label notice = new Label();
        notice.setId("exercise-notice");
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        notice.textProperty().bind(model.noticeProperty());

        // The buttons last, at the window's bottom: what comes and goes (the verdict, the solution) takes its room from
        // the answer above them, so Check and Save results stay under the mouse (Show solution moved them 190 px up).
        getChildren().addAll(choice, question, hintToggle, hint, answer, verdict, reference, notice, buttons);
    }

    /** Scrolls a query's text so its first line after the PREFIX and BASE lines is at the top. */
    static void scrollToBody(TextArea area) {
        String text = area.getText();
        int body = StepThroughView.bodyStart(text);
        javafx.scene.Node shown = area.lookup(".text");
        if (body == 0 || !(shown instanceof javafx.scene.text.Text t)) {
            area.setScrollTop(0);
            return;
        }
        area.applyCss();
        area.layout();
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        long before = text.substring(0, body).chars().filter(c -> c == '\n').count();
        area.setScrollTop(t.getLayoutBounds().getHeight() / lines * before);
    }

    private static void style(Label verdict, boolean ok) {
        verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (!verdict.getText().isEmpty()) {
            verdict.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
        }
    }

    /** Where Save results… writes (tests give a file; the window asks with the native chooser). */
    public void setSaveTarget(java.util.function.Supplier<Optional<java.nio.file.Path>> target) {
        this.saveTarget = target;
    }

    private Optional<java.nio.file.Path> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("exercise.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("exercise.csv"), "*.csv"));
        chooser.setInitialFileName(texts.get("exercise.fileName"));
        return model.context().dialogs().chooseFileToSave(chooser).map(java.io.File::toPath);
    }

    public ExerciseViewModel model() {
        return model;
    }

    /** An exercise by its question. */
    private static final class QuestionCell extends ListCell<Exercise> {
        @Override
        protected void updateItem(Exercise e, boolean empty) {
            super.updateItem(e, empty);
            setText(empty || e == null ? null : e.question());
        }
    }
}
