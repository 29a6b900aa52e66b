package org.kgexplorer.ui.details;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.kgexplorer.core.explore.Fact;
import org.kgexplorer.core.explore.Term;
import org.kgexplorer.core.labels.LabelMode;
import org.kordamp.ikonli.javafx.FontIcon;

/** The small controls the details are made of: links to resources, literal values, evidence markers. */
final class FactControls {
    /** The style class of every evidence marker (its user data is its fact). */
    static final String MARKER = "evidence-marker";
    /** The style class of every link to a resource (its user data is the resource's key). */
    static final String LINK = "entity-link";

    private final DetailsViewModel model;

    FactControls(DetailsViewModel model) {
        this.model = model;
    }

    /** A resource as a link that opens it, or a literal as wrapped text with its language. */
    Node value(Term term) {
        LabelMode mode = model.mode();
        if (term.isResource()) {
            Hyperlink link = new Hyperlink(term.label(mode));
            link.getStyleClass().add(LINK);
            link.setUserData(term.key());
            link.setWrapText(true);
            link.setTooltip(new Tooltip(term.key()));
            link.setOnAction(e -> model.open(term.key()));
            return link;
        }
        Label text = new Label(term.lexical());
        text.setWrapText(true);
        text.getStyleClass().add("literal-value");
        if (term.language().isEmpty()) {
            return text;
        }
        Label language = new Label(term.language());
        language.getStyleClass().addAll("text-muted", "text-small");
        language.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(6, text, language);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    /** A value with its evidence marker. */
    Node row(Term value, Fact fact) {
        HBox row = new HBox(4, value(value), marker(fact));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("fact-row");
        return row;
    }

    /**
     * The marker beside a fact: quote marks when a sentence says it, a light bulb when only general knowledge
     * does, nothing when the data gives no evidence. Choosing it shows the evidence.
     */
    Node marker(Fact fact) {
        if (!fact.hasEvidence()) {
            Label none = new Label();
            none.setMinWidth(0);
            return none;
        }
        boolean generalKnowledge = fact.onlyGeneralKnowledge();
        Button marker = new Button(null, new FontIcon(generalKnowledge ? "mdal-lightbulb" : "mdal-format_quote"));
        marker.getStyleClass().addAll(MARKER, Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL,
                generalKnowledge ? Styles.WARNING : Styles.ACCENT);
        marker.setUserData(fact);
        String tip = model.texts().get(generalKnowledge ? "details.marker.gk.tooltip" : "details.marker.tooltip");
        marker.setTooltip(new Tooltip(tip));
        marker.setAccessibleText(tip + ": " + fact.sentence(model.mode()));
        marker.setOnAction(e -> model.selectFact(fact));
        return marker;
    }

    /** A section heading. */
    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().addAll("title-4", "details-heading");
        return heading;
    }
}
