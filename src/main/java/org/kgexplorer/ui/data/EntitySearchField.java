package org.kgexplorer.ui.data;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import impl.org.controlsfx.skin.AutoCompletePopup;
import impl.org.controlsfx.skin.AutoCompletePopupSkin;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kgexplorer.ui.data.EntitySearchViewModel.Suggestion;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The search box: type part of any name of an entity (in English or Spanish, an acronym, with or without
 * accents) and choose one of the suggestions to open it. Each suggestion shows the name, the type, and the
 * name that matched when it is not the one shown. Enter opens the best match; Escape clears.
 */
public final class EntitySearchField extends CustomTextField {
    /** The text was typed and no suggestion of it chosen, opened or dismissed yet (see the constructor). */
    private boolean waitingForAnswer;
    /** A suggestion's row: the theme's 24 pixels at its 14-pixel text, in em. */
    private static final double ROW_EM = 24.0 / 14;
    private final EntitySearchViewModel model;
    private final AutoCompletionBinding<Suggestion> completion;

    public EntitySearchField(EntitySearchViewModel model) {
        this.model = model;
        setId("entity-search");
        getStyleClass().add("entity-search");
        getStylesheets().add(EntitySearchField.class.getResource("/org/kgexplorer/ui/data/data.css").toExternalForm());
        // a little air around it at the top of the data panel
        javafx.scene.layout.VBox.setMargin(this, new javafx.geometry.Insets(8, 8, 2, 8));
        promptTextProperty().bind(model.texts().text("search.prompt"));
        FontIcon icon = new FontIcon("mdmz-search");
        icon.getStyleClass().add("search-icon");
        setLeft(new HBox(icon));
        ((HBox) getLeft()).setPadding(new javafx.geometry.Insets(0, 6, 0, 2));
        ((HBox) getLeft()).setAlignment(Pos.CENTER);
        setRight(clearButton());
        completion = TextFields.bindAutoCompletion(this, request -> model.suggest(request.getUserText()), converter());
        completion.setDelay(120);
        completion.setVisibleRowCount(10);
        AutoCompletePopup<Suggestion> popup = completion.getAutoCompletionPopup();
        popup.setSkin(new AutoCompletePopupSkin<>(popup, list -> new SuggestionCell(model)));
        // One suggestion a row, as tall as the interface's text (the zoom makes it taller): the skin's own rows are
        // 24 pixels whatever the font, and at 175 % they cut every line in half.
        @SuppressWarnings("unchecked")
        ListView<Suggestion> list = (ListView<Suggestion>) popup.getSkin().getNode();
        javafx.beans.binding.DoubleBinding row = Bindings.createDoubleBinding(() -> Math.ceil(getFont().getSize() * ROW_EM),
                fontProperty());
        list.fixedCellSizeProperty().bind(row);
        list.prefHeightProperty().unbind();
        list.prefHeightProperty().bind(Bindings.min(popup.visibleRowCountProperty(), Bindings.size(list.getItems()))
                .multiply(row).add(row.multiply(0.75)));
        // As wide as the longest suggestion needs, up to the window's right edge: at 175 % a popup of 560 pixels cut
        // every long name ("The FBI in Joint Task Force ...").
        popup.getSuggestions().addListener((javafx.collections.ListChangeListener<Suggestion>) c -> fitWidth(popup));
        fontProperty().addListener((obs, old, now) -> fitWidth(popup));
        popup.getStyleClass().add("entity-search-popup");
        completion.setOnAutoCompleted(e -> {
            // (the binding has filled the box with the chosen name first: that text is answered)
            waitingForAnswer = false;
            model.choose(e.getCompletion());
        });
        // The binding asks for suggestions only when the text changes: what was typed before the index that knows the
        // data was ready is asked again once it is, or it would wait for another key. Only a text still waiting for
        // its answer: one whose suggestion was chosen (or opened with Enter, or dismissed with Esc) does not open the
        // popup again when the data changes (seen on opening a lesson).
        textProperty().addListener((obs, old, now) -> waitingForAnswer = true);
        // Nor while the popup shows suggestions: replacing them under the pointer lost a click on one (a real-desktop
        // tour failed so once); the next key asks the new index.
        model.indexProperty().addListener((obs, old, ready) -> {
            if (ready != null && waitingForAnswer && !popup.isShowing() && isFocused() && !getText().isBlank()) {
                completion.setUserInput(getText());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> keys(e, popup));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> model.indexProperty().get() == null
                ? model.texts().get("search.indexing")
                : model.indexProperty().get().entityCount() < 0 ? model.texts().get("search.remote")
                : model.texts().get("search.ready", model.indexProperty().get().entityCount(),
                        model.indexProperty().get().nameCount()), model.indexProperty(),
                model.texts().language()));
        setTooltip(tip);
    }

    /**
     * The keyboard: Down and Up move through the suggestions, Enter opens the one chosen (or the best match when
     * the list is not showing yet), Escape closes the list, then clears the box.
     */
    @SuppressWarnings("unchecked")
    private void keys(KeyEvent e, AutoCompletePopup<Suggestion> popup) {
        ListView<Suggestion> list = popup.isShowing() && popup.getSkin() != null
                && popup.getSkin().getNode() instanceof ListView<?> l ? (ListView<Suggestion>) l : null;
        switch (e.getCode()) {
            case DOWN, UP -> {
                if (list != null && !list.getItems().isEmpty()) {
                    int i = list.getSelectionModel().getSelectedIndex();
                    int next = e.getCode() == KeyCode.DOWN ? Math.min(list.getItems().size() - 1, i + 1) : Math.max(0, i - 1);
                    list.getSelectionModel().select(next);
                    list.scrollTo(next);
                    e.consume();
                }
            }
            case ENTER -> {
                waitingForAnswer = false;
                if (list != null && !list.getItems().isEmpty()) {
                    Suggestion chosen = list.getSelectionModel().getSelectedItem();
                    pick(chosen != null ? chosen : list.getItems().get(0), popup);
                } else {
                    model.chooseBest(getText());
                }
                e.consume();
            }
            case ESCAPE -> {
                waitingForAnswer = false;
                if (popup.isShowing()) {
                    popup.hide();
                } else {
                    clear();
                }
                e.consume();
            }
            default -> {
                // typing goes to the box
            }
        }
    }

    /** Chooses a suggestion the way a click on it does (the binding fills the box, then tells us). */
    private static void pick(Suggestion s, AutoCompletePopup<Suggestion> popup) {
        if (popup.getOnSuggestion() != null) {
            popup.getOnSuggestion().handle(new AutoCompletePopup.SuggestionEvent<>(s));
        }
    }

    /**
     * Widens the popup to its longest suggestion (the name in bold, the gap, the type and match, the row's padding
     * and the scroll bar), at least the box's width plus 200 pixels at 100 % and at most up to the window's edge.
     */
    private void fitWidth(AutoCompletePopup<Suggestion> popup) {
        double em = getFont().getSize();
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(getFont().getFamily(), javafx.scene.text.FontWeight.BOLD, em);
        double widest = 0;
        for (Suggestion s : popup.getSuggestions()) {
            widest = Math.max(widest, width(s.label(), bold) + width(detail(model, s), getFont()));
        }
        // padding 8 + 8, the gap 16, the scroll bar and the list's border
        double wanted = Math.max(widest + 48 + em * 1.2, Math.max(560 * em / 14, getWidth() + 200));
        double room = wanted;
        if (getScene() != null && getScene().getWindow() != null) {
            javafx.geometry.Bounds at = localToScreen(getLayoutBounds());
            javafx.stage.Window window = getScene().getWindow();
            if (at != null) {
                room = window.getX() + window.getWidth() - at.getMinX() - 8;
            }
        }
        completion.setPrefWidth(Math.max(getWidth(), Math.min(wanted, room)));
    }

    private static double width(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(font);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }

    /** What a suggestion's row says after its name: its type, and the name that matched when it is another. */
    static String detail(EntitySearchViewModel model, Suggestion s) {
        String type = s.type().isEmpty() ? model.texts().get("search.resource") : s.type();
        return s.alternative().isEmpty() ? type : type + " · " + model.texts().get("search.matches", s.alternative());
    }

    /** Puts the cursor in the box with its text selected, ready to type (the window's Ctrl+F). */
    public void focus() {
        requestFocus();
        selectAll();
    }

    /** The auto-completion behind the box (tests and the window's shortcut handling look at its popup). */
    public AutoCompletionBinding<Suggestion> completion() {
        return completion;
    }

    private Region clearButton() {
        FontIcon clear = new FontIcon("mdal-clear");
        clear.setCursor(Cursor.HAND);
        clear.getStyleClass().add("text-muted");
        clear.setOnMouseClicked(e -> {
            clear();
            requestFocus();
        });
        HBox box = new HBox(clear);
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(textProperty().isNotEmpty());
        // no room kept for it while the box is empty: the prompt gets the whole width
        box.managedProperty().bind(box.visibleProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.texts().text("search.clear"));
        Tooltip.install(box, tip);
        return box;
    }

    private static StringConverter<Suggestion> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(Suggestion s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Suggestion fromString(String text) {
                return null;
            }
        };
    }

    /** One suggestion on one line (the popup sizes itself for single-line rows): name, then type and match, muted. */
    private static final class SuggestionCell extends ListCell<Suggestion> {
        private final EntitySearchViewModel model;
        private final Label name = new Label();
        private final Label detail = new Label();
        private final HBox box;

        SuggestionCell(EntitySearchViewModel model) {
            this.model = model;
            name.getStyleClass().add("text-bold");
            // The name keeps its width and the type and match give way: an HBox shrinks every child alike whatever
            // its grow priority, and a sentence's long name was cut beside its type in a popup as wide as the window.
            name.setMinWidth(Region.USE_PREF_SIZE);
            detail.getStyleClass().add("text-muted");
            detail.setMinWidth(0);
            detail.setMaxWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(detail, Priority.ALWAYS);
            setPrefWidth(0);
            setPadding(new javafx.geometry.Insets(0, 8, 0, 8));
            Region gap = new Region();
            gap.setMinWidth(16);
            HBox.setHgrow(gap, Priority.ALWAYS);
            box = new HBox(name, gap, detail);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Suggestion s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(s.label());
            detail.setText(detail(model, s));
            setText(null);
            setGraphic(box);
            // narrower than its words (a window narrower than the longest name), the row's tooltip says it whole
            setTooltip(new Tooltip(name.getText() + " — " + detail.getText()));
        }
    }
}
