package org.kgexplorer.ui.teach;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import atlantafx.base.theme.Styles;
import org.kgexplorer.core.teach.Answer;
import org.kgexplorer.core.teach.QueryStep;
import org.kgexplorer.ui.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A SELECT growing one part at a time: the query so far with the step's part highlighted, the bindings after it
 * with their row count, and Previous / Next (the ← and → keys, Page Up and Page Down too).
 */
public final class StepThroughView extends BorderPane {
    private final StepThroughViewModel model;
    private final I18n.Texts texts;
    private final TextFlow query = new TextFlow();
    private final Label heading = new Label();
    private final Label rows = new Label();
    private final BindingsTable table;
    private final ScrollPane queryScroll = new ScrollPane(query);
    /** Held here so the language's weak listener lives as long as this view, and no longer. */
    private final javafx.beans.InvalidationListener relanguage = obs -> {
        showStep();
        showAnswer(model().answerProperty().get());
    };

    public StepThroughView(StepThroughViewModel model) {
        this.model = model;
        this.texts = model.texts();
        this.table = new BindingsTable(model.prefixes());
        setId("step-through");
        heading.setId("step-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        query.setId("step-query");
        query.setStyle("-fx-font-family: monospace;");
        queryScroll.setId("step-query-scroll");
        queryScroll.setFitToWidth(true);
        queryScroll.setPrefViewportHeight(160);
        rows.setId("step-rows");
        table.setId("step-bindings");
        Label error = new Label();
        error.setId("step-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        ProgressIndicator running = new ProgressIndicator();
        running.setPrefSize(18, 18);
        running.visibleProperty().bind(model.busyProperty());
        HBox count = new HBox(8, running, rows);
        count.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox center = new VBox(8, heading, queryScroll, count, error, table);
        center.setPadding(new Insets(0, 0, 8, 0));
        setCenter(center);
        setBottom(buttons());
        setPrefSize(820, 600);

        model.indexProperty().addListener((obs, old, now) -> showStep());
        model.answerProperty().addListener((obs, old, now) -> showAnswer(now));
        table.setLabels(model.labelsProperty().get());
        model.labelsProperty().addListener((obs, old, now) -> table.setLabels(now));
        texts.language().addListener(new javafx.beans.WeakInvalidationListener(relanguage));
        takeKeysFrom(this);
        // the step's own part stays in sight when the query is taller than its room (a room at 200 %)
        query.heightProperty().addListener((obs, old, now) -> revealCurrent());
        queryScroll.viewportBoundsProperty().addListener((obs, old, now) -> revealCurrent());
        showStep();
        showAnswer(model.answerProperty().get());
    }

    /**
     * Lets ← → Page Up and Page Down move through the steps wherever the focus is under {@code root}: the window that
     * holds this view passes its own root, so the keys work from the moment it opens, whichever button has the focus.
     */
    public void takeKeysFrom(javafx.scene.Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case RIGHT, PAGE_DOWN -> {
                    model.next();
                    e.consume();
                }
                case LEFT, PAGE_UP -> {
                    model.previous();
                    e.consume();
                }
                default -> { }
            }
        });
    }

    /** Puts the focus on Next, so that space, too, goes on. */
    public void focusNext() {
        javafx.scene.Node next = lookup("#step-next");
        if (next != null) {
            next.requestFocus();
        }
    }

    private HBox buttons() {
        Button previous = new Button();
        previous.setId("step-previous");
        previous.textProperty().bind(texts.text("step.previous"));
        previous.setGraphic(new FontIcon("mdal-arrow_back"));
        previous.disableProperty().bind(model.canGoBack().not());
        previous.setOnAction(e -> model.previous());
        Button next = new Button();
        next.setId("step-next");
        next.textProperty().bind(texts.text("step.next"));
        next.setGraphic(new FontIcon("mdal-arrow_forward"));
        next.getStyleClass().add(Styles.ACCENT);
        next.disableProperty().bind(model.canGoOn().not());
        next.setOnAction(e -> model.next());
        Label keys = new Label();
        keys.textProperty().bind(texts.text("step.keys"));
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, keys, spacer, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The query so far: each part on its line, the step's own part highlighted. */
    private void showStep() {
        int i = model.indexProperty().get();
        QueryStep step = model.steps().get(i);
        heading.setText(texts.get("step.heading", step.number(), model.steps().size(),
                texts.get("kind." + step.kind().name().toLowerCase(Locale.ROOT))));
        query.getChildren().clear();
        if (step.kind() == QueryStep.Kind.WHOLE_QUERY) {
            // the prefixes first, then what the room is to read, which is what is highlighted and kept in sight
            String whole = step.part();
            int body = bodyStart(whole);
            if (body > 0) {
                query.getChildren().add(new Text(whole.substring(0, body)));
            }
            query.getChildren().add(part(whole.substring(body), true));
            revealCurrent();
            return;
        }
        query.getChildren().add(new Text("SELECT * WHERE {\n"));
        for (int k = 0; k <= i; k++) {
            QueryStep s = model.steps().get(k);
            query.getChildren().add(part("  " + s.part().replace("\n", "\n  ") + "\n", k == i));
        }
        query.getChildren().add(new Text("}"));
        revealCurrent();
    }

    /** Where a query's text begins after its PREFIX and BASE lines (0 when it has none). */
    static int bodyStart(String query) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\A(?:\\s*(?i:PREFIX|BASE)\\s[^\\n]*\\R)*\\s*").matcher(query);
        return m.find() ? m.end() : 0;
    }

    /**
     * Scrolls the query so the step's own part is in sight: its start at the top when the part is taller
     * than the room, else the part whole, as low as it can be so that what led to it shows above.
     */
    private void revealCurrent() {
        // the parts where this layout puts them (called from a size change, before the flow lays its parts out)
        query.layout();
        Text current = null;
        for (javafx.scene.Node n : query.getChildren()) {
            if (n.getStyleClass().contains("step-current")) {
                current = (Text) n;
            }
        }
        double content = query.getHeight();
        double room = queryScroll.getViewportBounds().getHeight();
        if (current == null || content <= room || room <= 0) {
            queryScroll.setVvalue(0);
            return;
        }
        javafx.geometry.Bounds part = current.getBoundsInParent();
        double line = current.getFont().getSize() * 1.3;
        double top = part.getHeight() + line >= room ? part.getMinY() : part.getMaxY() + line - room;
        double scroll = Math.max(0, Math.min(top, content - room));
        queryScroll.setVvalue(scroll / (content - room));
    }

    private static Text part(String text, boolean current) {
        Text t = new Text(text);
        if (current) {
            t.getStyleClass().add("step-current");
            t.setStyle("-fx-font-weight: bold; -fx-fill: -color-accent-fg;");
        }
        return t;
    }

    private void showAnswer(Answer answer) {
        table.show(answer);
        rows.setText(answer == null ? "" : answer.truncated()
                ? texts.get("step.rowsCut", answer.total(), answer.rows().size())
                : texts.get("step.rows", answer.total()));
    }

    /** Lets the bindings wrap within columns that share the width (presenter mode: nothing cut with "…"). */
    public void wrapBindings() {
        table.setWrapping(true);
        showAnswer(model.answerProperty().get());
    }

    public StepThroughViewModel model() {
        return model;
    }
}
