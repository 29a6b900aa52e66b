package org.kgexplorer.ui.explain;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

import org.kgexplorer.core.explain.ExplainedFact;
import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.SourceSentence;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/**
 * Facts with their evidence, one under another: the fact in bold, then each sentence that supports it with its
 * number, and "general knowledge" with the reason where the data marks it so, or that the data gives no evidence.
 */
final class FactList extends ListView<ExplainedFact> {
    /** How the bundled graph's general-knowledge comments begin (src/tools/evidence). */
    private static final String GENERAL_KNOWLEDGE = "General knowledge: ";

    FactList(ExplorerContext context, I18n.Texts texts, ObservableList<ExplainedFact> facts, String placeholderKey) {
        super(facts);
        getStyleClass().add("explain-facts");
        Label placeholder = new Label();
        placeholder.textProperty().bind(texts.text(placeholderKey));
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
        setCellFactory(list -> new FactCell(context, texts));
        context.labelModeProperty().addListener((obs, old, now) -> refresh());
        texts.language().addListener((obs, old, now) -> refresh());
    }

    private final class FactCell extends ListCell<ExplainedFact> {
        private final ExplorerContext context;
        private final I18n.Texts texts;

        FactCell(ExplorerContext context, I18n.Texts texts) {
            this.context = context;
            this.texts = texts;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ExplainedFact fact, boolean empty) {
            super.updateItem(fact, empty);
            setText(null);
            if (empty || fact == null) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(2);
            box.getChildren().add(wrapped(fact.text(context.labelModeProperty().get()), "explain-fact"));
            if (fact.evidence().isEmpty()) {
                box.getChildren().add(wrapped(texts.get("facts.noEvidence"), "explain-no-evidence"));
            }
            for (Evidence e : fact.evidence()) {
                for (SourceSentence s : e.sentences()) {
                    String quote = "“" + s.quote() + "”";
                    box.getChildren().add(wrapped(s.number() > 0 ? texts.get("facts.sentence", s.number(), quote) : quote,
                            "explain-quote"));
                }
                if (e.generalKnowledge()) {
                    box.getChildren().add(wrapped(texts.get("facts.generalKnowledge")
                            + (e.comment().isEmpty() ? "" : " — " + reason(e.comment())), "explain-general-knowledge"));
                }
            }
            setGraphic(box);
        }

        /** The generator writes "General knowledge: why"; the mark already says the first part. */
        private static String reason(String comment) {
            return comment.startsWith(GENERAL_KNOWLEDGE) ? comment.substring(GENERAL_KNOWLEDGE.length()) : comment;
        }

        private Label wrapped(String text, String style) {
            Label l = new Label(text);
            l.setWrapText(true);
            l.getStyleClass().add(style);
            // A wrapped label in a cell is measured at its preferred width: bind that, so its height follows.
            l.prefWidthProperty().bind(FactList.this.widthProperty().subtract(36));
            l.maxWidthProperty().bind(l.prefWidthProperty());
            l.setMinHeight(USE_PREF_SIZE);
            return l;
        }
    }
}
