package org.kgexplorer.ui.details;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.Fact;
import org.kgexplorer.core.explore.SourceSentence;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The evidence of the chosen fact: the fact as a sentence, each basis (the source text, or general knowledge
 * with the reason), each supporting sentence's quote with a button to copy it, and the source view: the whole
 * document with the sentences highlighted and scrolled into sight.
 */
final class EvidencePane extends VBox {
    /** The style class of the highlighted sentences in the source view. */
    static final String HIGHLIGHT = "evidence-highlight";

    private final DetailsViewModel model;
    private final I18n.Texts texts;
    private final Label fact = new Label();
    private final VBox quotes = new VBox(10);
    private final Label placeholder = new Label();
    private final Label sourceTitle = new Label();
    private final StyleClassedTextArea source = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> sourceScroll = new VirtualizedScrollPane<>(source);

    EvidencePane(DetailsViewModel model) {
        this.model = model;
        this.texts = model.texts();
        setId("evidence");
        getStyleClass().add("evidence-pane");
        setSpacing(8);
        setPadding(new Insets(10, 16, 12, 16));
        Label title = FactControls.heading("");
        title.textProperty().bind(texts.text("evidence.title"));
        fact.setId("evidence-fact");
        fact.setWrapText(true);
        fact.getStyleClass().add("text-bold");
        fact.setMinHeight(Region.USE_PREF_SIZE);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("text-muted");
        // However short the panel, the first quote shows its heading and three lines of its sentence: the
        // quotes scroll below that, never above it (1024x700 showed "Sentence 11" cut and one line).
        ScrollPane quotesScroll = new ScrollPane(quotes) {
            @Override
            protected double computeMinHeight(double width) {
                return snappedTopInset() + snappedBottomInset() + quotes.snappedTopInset() + quotes.snappedBottomInset()
                        + firstQuoteShown(getWidth() - snappedLeftInset() - snappedRightInset());
            }
        };
        quotesScroll.setFitToWidth(true);
        quotesScroll.setPrefViewportHeight(120);
        quotesScroll.setMaxHeight(220);
        quotesScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        sourceTitle.setId("source-title");
        sourceTitle.getStyleClass().add("text-muted");
        // A long document title wraps: "Source: Source document: US…" said nothing of which document.
        sourceTitle.setWrapText(true);
        sourceTitle.setMinHeight(Region.USE_PREF_SIZE);
        sourceTitle.setTooltip(new javafx.scene.control.Tooltip());
        sourceTitle.getTooltip().textProperty().bind(sourceTitle.textProperty());
        placeholder.setMinHeight(Region.USE_PREF_SIZE);
        source.setId("source-view");
        source.setEditable(false);
        source.setWrapText(true);
        source.getStyleClass().add("source-view");
        source.setPadding(new Insets(6, 8, 6, 8));
        VBox.setVgrow(sourceScroll, Priority.ALWAYS);
        // Two lines of the document around the highlighted sentence at least.
        sourceScroll.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.ceil(lines(sourceTitle, 2) * 1.05) + 12, sourceTitle.fontProperty()));
        getChildren().addAll(title, placeholder, fact, quotesScroll, sourceTitle, sourceScroll);
        model.selectedFactProperty().addListener((obs, old, now) -> show());
        model.passageProperty().addListener((obs, old, now) -> showPassage());
        model.context().i18n().localeProperty().addListener((obs, old, now) -> show());
        // The same fact is kept open across a label mode switch (an equal fact fires no change): its sentence and
        // quotes follow the new language here.
        model.context().labelModeProperty().addListener((obs, old, now) -> show());
        show();
    }

    private void show() {
        Fact f = model.selectedFactProperty().get();
        boolean any = f != null;
        placeholder.setText(texts.get(any ? "evidence.none" : "evidence.placeholder"));
        placeholder.setVisible(!any || !f.hasEvidence());
        placeholder.setManaged(placeholder.isVisible());
        fact.setVisible(any);
        fact.setManaged(any);
        quotes.getChildren().clear();
        if (any) {
            LabelMode mode = model.mode();
            fact.setText(f.sentence(mode));
            for (Evidence e : f.evidence()) {
                quotes.getChildren().add(evidence(e, mode));
            }
        }
        showPassage();
    }

    private VBox evidence(Evidence e, LabelMode mode) {
        VBox box = new VBox(6);
        box.getStyleClass().add("evidence-card");
        if (e.generalKnowledge()) {
            Label basis = new Label(texts.get("evidence.generalKnowledge"), new FontIcon("mdal-lightbulb"));
            basis.getStyleClass().addAll("general-knowledge", Styles.WARNING, "text-bold");
            basis.setId("evidence-general-knowledge");
            Label reason = new Label(withoutBasisPrefix(e, mode));
            reason.setWrapText(true);
            reason.getStyleClass().add("evidence-reason");
            box.getChildren().addAll(basis, reason);
        }
        for (SourceSentence s : e.sentences()) {
            Label number = new Label(texts.get("evidence.sentence", s.number()), new FontIcon("mdal-format_quote"));
            number.getStyleClass().addAll(Styles.ACCENT, "text-bold");
            Label quote = new Label("“" + s.quote() + "”");
            quote.getStyleClass().add("evidence-quote");
            quote.setWrapText(true);
            quote.setUserData(s);
            Button copy = new Button(texts.get("evidence.copy"), new FontIcon("mdal-content_copy"));
            copy.getStyleClass().addAll("copy-quote", Styles.SMALL);
            copy.setOnAction(ev -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(s.quote());
                Clipboard.getSystemClipboard().setContent(content);
            });
            // "Sentence 11" and "Copy quote" stay whole: the button goes below the title in a narrow panel.
            number.setMinWidth(Region.USE_PREF_SIZE);
            copy.setMinWidth(Region.USE_PREF_SIZE);
            javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(8, 4, number, copy);
            head.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(head, quote);
        }
        return box;
    }

    /**
     * The height the first quote needs to be read: its card's padding, its heading (the sentence's number and the
     * copy button, or the general-knowledge badge) and at most three lines of its text, at the given width.
     */
    private double firstQuoteShown(double width) {
        if (quotes.getChildren().isEmpty() || !(quotes.getChildren().get(0) instanceof VBox card)) {
            return 40;
        }
        double inner = width - quotes.snappedLeftInset() - quotes.snappedRightInset() - card.snappedLeftInset()
                - card.snappedRightInset();
        if (inner <= 0) {
            return 40;
        }
        double height = card.snappedTopInset() + card.snappedBottomInset();
        for (javafx.scene.Node child : card.getChildren()) {
            if (child instanceof Label text && text.isWrapText()) {
                return height + Math.min(text.prefHeight(inner), lines(text, 3) + text.snappedTopInset()
                        + text.snappedBottomInset());
            }
            height += child.prefHeight(inner) + card.getSpacing();
        }
        return height;
    }

    /** The height of that many lines of a label's text in its font. */
    private static double lines(Label label, int count) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text("X" + "\nX".repeat(count - 1));
        probe.setFont(label.getFont());
        return Math.ceil(probe.getLayoutBounds().getHeight());
    }

    /** The reason, without a leading "General knowledge:" that the badge above already says. */
    private static String withoutBasisPrefix(Evidence e, LabelMode mode) {
        String comment = e.comment();
        if (e.basis() != null) {
            for (LabelMode m : LabelMode.values()) {
                String prefix = e.basis().label(m) + ":";
                if (comment.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    return comment.substring(prefix.length()).strip();
                }
            }
        }
        return comment;
    }

    private void showPassage() {
        SourcePassage p = model.passageProperty().get();
        Fact f = model.selectedFactProperty().get();
        boolean hasSentences = f != null && !f.sentences().isEmpty();
        if (p == null || !p.found()) {
            source.clear();
            sourceScroll.setVisible(false);
            sourceScroll.setManaged(false);
            boolean noText = p != null && !p.found();
            boolean noOffsets = hasSentences && f.sentences().stream().noneMatch(SourceSentence::hasOffsets);
            sourceTitle.setText(noText ? texts.get("evidence.sourceMissing", p.document())
                    : noOffsets ? texts.get("evidence.noOffsets") : "");
            sourceTitle.setVisible(noText || noOffsets);
            sourceTitle.setManaged(sourceTitle.isVisible());
            return;
        }
        sourceTitle.setText(texts.get("evidence.source", p.document()));
        sourceTitle.setVisible(true);
        sourceTitle.setManaged(true);
        sourceScroll.setVisible(true);
        sourceScroll.setManaged(true);
        source.replaceText(p.text());
        for (int[] r : p.ranges()) {
            source.setStyleClass(r[0], r[1], HIGHLIGHT);
        }
        if (!p.ranges().isEmpty()) {
            int start = p.ranges().get(0)[0];
            source.moveTo(start);
            source.requestFollowCaret();
            source.showParagraphAtTop(Math.max(0, source.offsetToPosition(start,
                    org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() - 1));
        }
    }

    /** The source view (the document's text with the sentences highlighted). */
    StyleClassedTextArea sourceView() {
        return source;
    }
}
