package org.kgexplorer.ui.explain;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

import org.kgexplorer.core.explain.Timeline;

/**
 * The entries on a time axis: a line, ticks at months (a span under three years) or years, and a dot per entry at
 * its place; a general-knowledge date is a hollow dot, the chosen entry a larger one; clicking a dot chooses its
 * entry. Dots at the same place are stacked upwards.
 */
final class TimelineAxis extends Region {
    static final double HEIGHT = 56;
    private static final double MARGIN = 24;
    private List<Timeline.Entry> entries = List.of();
    private Timeline.Entry chosen;
    private Locale locale = Locale.ENGLISH;
    private java.util.function.Function<Timeline.Entry, String> describe = e -> "";
    private Consumer<Timeline.Entry> onChoose = e -> { };

    TimelineAxis() {
        getStyleClass().add("timeline-axis");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        widthProperty().addListener((obs, old, now) -> rebuild());
    }

    void show(List<Timeline.Entry> now, Timeline.Entry chosenEntry, Locale language,
              java.util.function.Function<Timeline.Entry, String> description, Consumer<Timeline.Entry> choose) {
        entries = List.copyOf(now);
        chosen = chosenEntry;
        locale = language;
        describe = description;
        onChoose = choose;
        rebuild();
    }

    private void rebuild() {
        List<Node> nodes = new ArrayList<>();
        double width = getWidth();
        if (entries.isEmpty() || width < 2 * MARGIN + 10) {
            getChildren().setAll(nodes);
            return;
        }
        double min = entries.stream().mapToDouble(e -> e.when().position()).min().orElse(0);
        double max = entries.stream().mapToDouble(e -> e.when().position()).max().orElse(0);
        double span = max - min;
        double pad = Math.max(span * 0.05, 1 / 24.0);
        double from = min - pad;
        double to = max + pad;
        double lineY = 34;
        Line axis = new Line(MARGIN, lineY, width - MARGIN, lineY);
        axis.getStyleClass().add("timeline-line");
        nodes.add(axis);
        boolean months = to - from < 3;
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        if (months) {
            for (int m = (int) Math.floor(from * 12); m <= Math.ceil(to * 12); m++) {
                double at = m / 12.0;
                if (at < from || at > to) {
                    continue;
                }
                int year = Math.floorDiv(m, 12);
                Month month = Month.of(Math.floorMod(m, 12) + 1);
                String text = month.getDisplayName(TextStyle.SHORT, locale)
                        + (month == Month.JANUARY || nodes.size() == 1 ? " " + year : "");
                lastLabelEnd = tick(nodes, x(at, from, to, width), lineY, text, lastLabelEnd);
            }
        } else {
            int step = Math.max(1, (int) Math.ceil((to - from) / 10));
            for (int y = (int) Math.ceil(from / step) * step; y <= to; y += step) {
                lastLabelEnd = tick(nodes, x(y, from, to, width), lineY, Integer.toString(y), lastLabelEnd);
            }
        }
        List<double[]> placed = new ArrayList<>();
        for (Timeline.Entry e : entries) {
            double cx = x(e.when().position(), from, to, width);
            int stack = 0;
            for (double[] p : placed) {
                if (Math.abs(p[0] - cx) < 10) {
                    stack++;
                }
            }
            placed.add(new double[] {cx});
            Circle dot = new Circle(cx, lineY - 8 - stack * 11, e == chosen ? 7 : 5);
            dot.getStyleClass().addAll("timeline-dot", e.generalKnowledge() ? "general-knowledge" : "from-text");
            if (e == chosen) {
                dot.getStyleClass().add("chosen");
            }
            Tooltip.install(dot, new Tooltip(describe.apply(e)));
            dot.setOnMouseClicked(ev -> onChoose.accept(e));
            dot.setCursor(javafx.scene.Cursor.HAND);
            nodes.add(dot);
        }
        getChildren().setAll(nodes);
    }

    /** Draws a tick and its label where there is room for the label; returns where the last label ends. */
    private static double tick(List<Node> nodes, double x, double lineY, String text, double lastLabelEnd) {
        Line t = new Line(x, lineY - 3, x, lineY + 3);
        t.getStyleClass().add("timeline-tick");
        nodes.add(t);
        Text label = new Text(text);
        label.getStyleClass().add("timeline-tick-label");
        double w = label.getLayoutBounds().getWidth();
        if (x - w / 2 > lastLabelEnd + 6) {
            label.setTextOrigin(javafx.geometry.VPos.TOP);
            label.relocate(x - w / 2, lineY + 5);
            nodes.add(label);
            return x + w / 2;
        }
        return lastLabelEnd;
    }

    private static double x(double at, double from, double to, double width) {
        return MARGIN + (at - from) / (to - from) * (width - 2 * MARGIN);
    }
}
