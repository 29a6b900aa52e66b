package org.kgexplorer.ui.teach;

import java.util.Locale;
import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.project.Project;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The scene list (ADR 45): the project's saved views in order, each with what it shows. Enter or Open opens one in
 * the window; "Add this view as a scene", Move up / Move down (Alt+↑ / Alt+↓), Edit captions (F2) and Remove (Delete)
 * change the lesson; Present (F5) starts presenter mode from the scene chosen, at the UI scale and contrast chosen
 * here for the room.
 */
public final class ScenesView extends BorderPane {
    private final ScenesViewModel model;
    private final I18n.Texts texts;
    private final ListView<Project.View> list = new ListView<>();

    public ScenesView(ScenesViewModel model) {
        this.model = model;
        this.texts = model.texts();
        setId("scenes");
        list.setId("scenes-list");
        list.setItems(model.scenes());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Project.View v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : describe(getIndex(), v));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> model.selectedProperty().set(now.intValue()));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (list.getSelectionModel().getSelectedIndex() != now.intValue()) {
                list.getSelectionModel().select(now.intValue());
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(chosen());
            }
        });
        list.setPrefSize(640, 320);
        model.context().labelModeProperty().addListener((obs, old, now) -> list.refresh());

        Label empty = new Label();
        empty.textProperty().bind(texts.text("scenes.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);

        BooleanBinding none = list.getSelectionModel().selectedIndexProperty().lessThan(0);
        Button open = button("scenes-open", "scenes.open", "mdmz-open_in_new", () -> model.open(chosen()));
        open.disableProperty().bind(none);
        Button add = button("scenes-add", "scenes.add", "mdal-add", this::add);
        Button up = button("scenes-up", "scenes.up", "mdal-arrow_upward", () -> model.move(chosen(), -1));
        up.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(1));
        Button down = button("scenes-down", "scenes.down", "mdal-arrow_downward", () -> model.move(chosen(), 1));
        down.disableProperty().bind(none.or(list.getSelectionModel().selectedIndexProperty()
                .greaterThanOrEqualTo(Bindings.size(model.scenes()).subtract(1))));
        Button edit = button("scenes-edit", "scenes.edit", "mdal-edit", this::edit);
        edit.disableProperty().bind(none);
        Button remove = button("scenes-remove", "scenes.remove", "mdal-delete", () -> model.remove(chosen()));
        remove.disableProperty().bind(none);
        FlowPane buttons = new FlowPane(8, 8, open, add, up, down, edit, remove);

        ComboBox<Double> scale = new ComboBox<>();
        scale.setId("scenes-scale");
        for (double s : ScenesViewModel.PRESENTER_SCALES) {
            scale.getItems().add(s);
        }
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : String.format(Locale.ROOT, "%d %%", Math.round(d * 100));
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        scale.setValue(model.presenterScaleProperty().get());
        scale.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.presenterScaleProperty().set(now);
            }
        });
        Label scaleLabel = new Label();
        scaleLabel.textProperty().bind(texts.text("scenes.scale"));
        scaleLabel.setLabelFor(scale);
        CheckBox contrast = new CheckBox();
        contrast.setId("scenes-high-contrast");
        contrast.textProperty().bind(texts.text("scenes.highContrast"));
        contrast.selectedProperty().bindBidirectional(model.highContrastProperty());
        Button present = button("scenes-present", "scenes.present", "mdmz-slideshow",
                () -> model.present(Math.max(0, chosen())));
        present.getStyleClass().add(Styles.ACCENT);
        present.disableProperty().bind(Bindings.isEmpty(model.scenes()));
        HBox presenting = new HBox(8, scaleLabel, scale, contrast, present);
        presenting.setAlignment(Pos.CENTER_LEFT);

        Label heading = new Label();
        heading.textProperty().bind(texts.text("scenes.heading"));
        heading.setWrapText(true);
        setTop(heading);
        setCenter(list);
        javafx.scene.layout.VBox bottom = new javafx.scene.layout.VBox(8, buttons, presenting);
        setBottom(bottom);
        BorderPane.setMargin(list, new Insets(8, 0, 8, 0));
        HBox.setHgrow(list, Priority.ALWAYS);
        if (!model.scenes().isEmpty()) {
            list.getSelectionModel().select(Math.max(0, model.selectedProperty().get()));
        }
    }

    public ScenesViewModel model() {
        return model;
    }

    private int chosen() {
        return list.getSelectionModel().getSelectedIndex();
    }

    /** "3. The caption — a table", in the label language. */
    private String describe(int i, Project.View v) {
        boolean spanish = model.context().labelModeProperty().get() == LabelMode.SPANISH;
        String kind = texts.get(v.scene().exercise() != null ? "scenes.kind.exercise"
                : "scenes.kind." + v.scene().shows().name().toLowerCase(Locale.ROOT));
        String caption = v.caption(spanish);
        return texts.get("scenes.item", i + 1, caption.isEmpty() ? texts.get("scenes.noCaption") : caption, kind);
    }

    private void key(KeyEvent e) {
        int i = chosen();
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            model.move(i, e.getCode() == KeyCode.UP ? -1 : 1);
        } else if (e.getCode() == KeyCode.ENTER && i >= 0) {
            model.open(i);
        } else if (e.getCode() == KeyCode.DELETE && i >= 0) {
            model.remove(i);
        } else if (e.getCode() == KeyCode.F2 && i >= 0) {
            edit();
        } else {
            return;
        }
        e.consume();
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(texts.text(key));
        b.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(icon));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void add() {
        captions("scenes.add.title", "", "").ifPresent(c -> {
            model.addCurrent(c[0], c[1]);
            // the new scene (the model chooses it) in sight
            list.scrollTo(Math.max(0, model.selectedProperty().get()));
        });
        list.requestFocus();
    }

    private void edit() {
        int i = chosen();
        if (i < 0) {
            return;
        }
        Project.View v = model.scenes().get(i);
        captions("scenes.edit.title", v.captionEn(), v.captionEs()).ifPresent(c -> model.recaption(i, c[0], c[1]));
        list.requestFocus();
    }

    /** Asks for the captions in English and Spanish (one at least), owned by the scene list. */
    private Optional<String[]> captions(String titleKey, String en, String es) {
        // owned by the scene list, so that the list has the keyboard again once it closes
        javafx.stage.Window owner = getScene() == null ? null : getScene().getWindow();
        return CaptionsDialog.ask(model.context(), owner, texts.get(titleKey), null, texts.get("scenes.ok"), en, es);
    }
}
