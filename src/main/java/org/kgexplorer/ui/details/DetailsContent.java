package org.kgexplorer.ui.details;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kgexplorer.core.explore.EntityDetails;
import org.kgexplorer.core.explore.EntityName;
import org.kgexplorer.core.explore.Fact;
import org.kgexplorer.core.explore.PropertyGroup;
import org.kgexplorer.core.explore.SourceSentence;
import org.kgexplorer.core.explore.Term;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/** Lays out one entity's details: types, names, facts out and in by predicate, and the list of its evidence. */
final class DetailsContent {
    private final DetailsViewModel model;
    private final FactControls controls;
    private final I18n.Texts texts;

    DetailsContent(DetailsViewModel model) {
        this.model = model;
        this.controls = new FactControls(model);
        this.texts = model.texts();
    }

    VBox build(EntityDetails d) {
        VBox box = new VBox(14);
        box.getStyleClass().add("details-content");
        box.setPadding(new Insets(4, 16, 16, 16));
        if (d.isEmpty()) {
            Label empty = new Label(texts.get("details.empty"));
            empty.getStyleClass().add("text-muted");
            box.getChildren().add(empty);
            return box;
        }
        box.getChildren().add(types(d));
        if (!d.names().isEmpty()) {
            box.getChildren().add(names(d));
        }
        if (!d.outgoing().isEmpty()) {
            box.getChildren().add(section("details-facts", texts.get("details.facts"), d.outgoing(), d));
        }
        if (!d.incoming().isEmpty()) {
            box.getChildren().add(section("details-incoming", texts.get("details.incoming"), d.incoming(), d));
        }
        if (!d.supports().isEmpty()) {
            box.getChildren().add(supports(d));
        }
        box.getChildren().add(evidence(d));
        return box;
    }

    private VBox types(EntityDetails d) {
        FlowPane links = new FlowPane(8, 2);
        links.setId("details-types");
        d.types().forEach(t -> links.getChildren().add(controls.value(t)));
        if (d.types().isEmpty()) {
            Label none = new Label(texts.get("details.noTypes"));
            none.getStyleClass().add("text-muted");
            links.getChildren().add(none);
        }
        return new VBox(2, FactControls.heading(texts.get("details.types")), links);
    }

    private VBox names(EntityDetails d) {
        GridPane grid = new GridPane();
        grid.setId("details-names");
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(110);
        ColumnConstraints second = new ColumnConstraints();
        second.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(first, second);
        int row = 0;
        row = nameRow(grid, row, "details.english", d.labels("en"));
        row = nameRow(grid, row, "details.spanish", d.labels("es"));
        row = nameRow(grid, row, "details.otherLanguages", d.otherLabels());
        nameRow(grid, row, "details.alternative", d.alternativeLabels());
        return new VBox(4, FactControls.heading(texts.get("details.names")), grid);
    }

    private int nameRow(GridPane grid, int row, String key, List<EntityName> names) {
        if (names.isEmpty()) {
            return row;
        }
        Label what = new Label(texts.get(key));
        what.getStyleClass().add("text-muted");
        // a heading longer than the column ("También llamado") wraps between its words instead of being cut;
        // widening the column for it would push the panel off a 1024-pixel window
        what.setWrapText(true);
        VBox values = new VBox(2);
        for (EntityName n : names) {
            Term shown = new Term(null, n.text(), key.equals("details.otherLanguages")
                    || key.equals("details.alternative") ? n.language() : "", "",
                    org.kgexplorer.core.explore.Names.literal(n.text()));
            HBox line = new HBox(4, controls.value(shown));
            n.facts().stream().filter(Fact::hasEvidence).findFirst().ifPresent(f -> line.getChildren().add(controls.marker(f)));
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            values.getChildren().add(line);
        }
        grid.add(what, 0, row);
        grid.add(values, 1, row);
        return row + 1;
    }

    private VBox section(String id, String title, List<PropertyGroup> groups, EntityDetails d) {
        VBox box = new VBox(8);
        box.setId(id);
        box.getChildren().add(FactControls.heading(title));
        LabelMode mode = model.mode();
        for (PropertyGroup g : groups) {
            String predicate = g.predicate().label(mode);
            Label name = new Label(g.direction() == PropertyGroup.Direction.OUT ? predicate
                    : texts.get("details.incomingGroup", predicate, d.entity().label(mode)));
            name.getStyleClass().addAll("text-bold", "predicate-label");
            name.setWrapText(true);
            name.setUserData(g.predicate().key());
            VBox values = new VBox(0);
            values.getStyleClass().add("property-values");
            values.setPadding(new Insets(0, 0, 0, 14));
            for (Fact f : g.facts()) {
                values.getChildren().add(controls.row(g.other(f), f));
            }
            if (g.total() > g.facts().size()) {
                Label more = new Label(texts.get("details.more", g.total() - g.facts().size()));
                more.getStyleClass().add("text-muted");
                values.getChildren().add(more);
            }
            VBox group = new VBox(2, name, values);
            group.getStyleClass().add("property-group");
            group.setUserData(g);
            box.getChildren().add(group);
        }
        return box;
    }

    private VBox supports(EntityDetails d) {
        VBox box = new VBox(4, FactControls.heading(texts.get("details.supports")));
        box.setId("details-supports");
        for (Fact f : d.supports()) {
            box.getChildren().add(evidenceEntry(f));
        }
        return box;
    }

    private VBox evidence(EntityDetails d) {
        VBox box = new VBox(4, FactControls.heading(texts.get("details.evidence")));
        box.setId("evidence-list");
        List<Fact> facts = d.factsWithEvidence();
        if (facts.isEmpty()) {
            Label none = new Label(texts.get("details.evidence.none"));
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        }
        for (Fact f : facts) {
            box.getChildren().add(evidenceEntry(f));
        }
        return box;
    }

    /** A fact read as a sentence, with where it comes from; choosing it shows its evidence. */
    private Node evidenceEntry(Fact f) {
        LabelMode mode = model.mode();
        boolean generalKnowledge = f.onlyGeneralKnowledge();
        Button entry = new Button(f.sentence(mode), new FontIcon(generalKnowledge ? "mdal-lightbulb" : "mdal-format_quote"));
        entry.getStyleClass().addAll("evidence-entry", "flat");
        entry.setUserData(f);
        entry.setWrapText(true);
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        entry.setOnAction(e -> model.selectFact(f));
        List<SourceSentence> sentences = f.sentences();
        String where = sentences.isEmpty() ? texts.get("details.evidence.generalKnowledge")
                : String.join(", ", sentences.stream().map(s -> texts.get("details.evidence.sentence", s.number())).toList());
        Label source = new Label(where);
        source.getStyleClass().addAll("text-muted", "text-small");
        source.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox line = new HBox(8, entry, source);
        HBox.setHgrow(entry, Priority.ALWAYS);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }
}
