package org.kgexplorer.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

import org.kgexplorer.ui.i18n.I18n;

/** F1: the keyboard shortcuts and a short tour, for analysts and for teachers; and the About box. */
final class HelpDialog extends Dialog<Void> {
    /** Each shortcut's keys and what they do, both as keys of the bundle. */
    private static final String[] SHORTCUTS = {
        "project", "open", "database", "endpoint", "find", "run", "tabs", "save", "saveResults", "filter", "history", "views", "asGraph", "zoom", "graph", "present", "help"};

    private final I18n.Texts texts;

    private HelpDialog(I18n.Texts texts, String titleKey) {
        this.texts = texts;
        setTitle(texts.get(titleKey));
        // Our own Close, not ButtonType.CLOSE, whose text follows the JVM's locale rather than the interface's.
        getDialogPane().getButtonTypes().add(new ButtonType(texts.get("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    /** The shortcuts and the tour, at the interface's scale ({@code 1} is 100 %). */
    HelpDialog(I18n.Texts texts, double scale) {
        this(texts, "help.title");
        getDialogPane().setId("help-dialog");
        GridPane keys = new GridPane();
        keys.setId("help-keys");
        keys.setHgap(16);
        keys.setVgap(4);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            // One combination a line: on one line the five project shortcuts took the whole width, and the column
            // of explanations, wrapped to nothing, left the tour blank.
            Label key = new Label(texts.get("help.keys." + SHORTCUTS[i]).replace(" / ", "\n"));
            key.getStyleClass().add("text-bold");
            key.setMinWidth(Label.USE_PREF_SIZE);
            keys.addRow(i, key, paragraph("help.key." + SHORTCUTS[i]));
        }
        VBox content = new VBox(12,
                heading("help.keys"), keys,
                heading("help.analysts"), paragraph("help.analysts.text"),
                heading("help.teachers"), paragraph("help.teachers.text"));
        content.setPadding(new Insets(8));
        getDialogPane().setContent(fitted(content, 560 * scale, 640 * scale));
    }

    /*
     * The tour is long: at 250 %, or on a 1280×720 projector, it would run past the screen and take the Close button
     * with it. It scrolls within most of the screen instead. A short text (About) asks only for the height it takes
     * at that width: with a fixed 320 px viewport About was mostly empty below its four lines.
     */
    private static ScrollPane fitted(VBox content, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double most = Math.min(height, screen.getHeight() * 0.7);
        ScrollPane scroll = new ScrollPane(content) {
            @Override
            protected double computePrefHeight(double forWidth) {
                return snappedTopInset() + Math.min(Math.ceil(content.prefHeight(getPrefViewportWidth())), most) + snappedBottomInset();
            }
        };
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(Math.min(width, screen.getWidth() * 0.85));
        scroll.setPrefViewportHeight(most);
        return scroll;
    }

    /** The About box: what this is, its version, where its data comes from. */
    static HelpDialog about(I18n.Texts texts, double scale) {
        HelpDialog about = new HelpDialog(texts, "about.title");
        about.getDialogPane().setId("about-dialog");
        String version = HelpDialog.class.getPackage().getImplementationVersion();
        VBox content = new VBox(10, about.heading("about.name"),
                new Label(texts.get("about.version", version == null ? "dev" : version)), about.paragraph("about.text"));
        content.setPadding(new Insets(8));
        about.getDialogPane().setContent(fitted(content, 480 * scale, 320 * scale));
        return about;
    }

    private Label heading(String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    private Label paragraph(String key) {
        Label l = new Label(texts.get(key));
        l.setWrapText(true);
        return l;
    }
}
