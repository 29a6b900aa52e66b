package org.kgexplorer.ui.main;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.kgexplorer.ui.i18n.I18n;

/** F1: the keyboard shortcuts and a short tour, for analysts and for teachers; and the About box. */
final class HelpDialog extends Dialog<Void> {
    private static final String[][] SHORTCUTS = {
        {"Ctrl+O", "help.key.open"}, {"Ctrl+F", "help.key.find"}, {"Ctrl+Enter", "help.key.run"},
        {"Ctrl+T / Ctrl+W", "help.key.tabs"}, {"Ctrl+S", "help.key.save"}, {"Ctrl+E", "help.key.saveResults"},
        {"Ctrl+Shift+F", "help.key.filter"}, {"Alt+Left / Alt+Right", "help.key.history"},
        {"Ctrl+1 / Ctrl+2", "help.key.views"}, {"Ctrl+G", "help.key.asGraph"},
        {"Enter / Delete / Ctrl+Z", "help.key.graph"}, {"F1", "help.key.help"}};

    private final I18n.Texts texts;

    HelpDialog(I18n.Texts texts, Window owner) {
        this.texts = texts;
        initOwner(owner);
        setTitle(texts.get("help.title"));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setId("help-dialog");
        GridPane keys = new GridPane();
        keys.setHgap(16);
        keys.setVgap(4);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("text-bold");
            // The keys are never cut; the descriptions wrap.
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(texts.get(SHORTCUTS[i][1]));
            what.setWrapText(true);
            keys.addRow(i, key, what);
        }
        VBox content = new VBox(12,
                heading("help.keys"), keys,
                heading("help.analysts"), paragraph("help.analysts.text"),
                heading("help.teachers"), paragraph("help.teachers.text"));
        content.setPadding(new Insets(8));
        content.setPrefWidth(560);
        getDialogPane().setContent(scrolling(content, owner));
    }

    /** Scrolls when the screen is shorter than the text (1024x700, a projector's zoom). */
    private static ScrollPane scrolling(Region content, Window owner) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(content.getPrefWidth() + 16);
        double screen = owner == null ? 700 : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                owner.getWidth(), owner.getHeight()).stream().findFirst().orElse(javafx.stage.Screen.getPrimary())
                .getVisualBounds().getHeight();
        scroll.setPrefViewportHeight(Math.min(content.prefHeight(content.getPrefWidth()), screen - 200));
        return scroll;
    }

    /** The About box: what this is, its version, where its data comes from. */
    void showAbout() {
        setTitle(texts.get("about.title"));
        String version = HelpDialog.class.getPackage().getImplementationVersion();
        VBox content = new VBox(10, heading("about.name"),
                new Label(texts.get("about.version", version == null ? "dev" : version)), paragraph("about.text"));
        content.setPadding(new Insets(8));
        content.setPrefWidth(480);
        getDialogPane().setContent(content);
        showAndWait();
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
