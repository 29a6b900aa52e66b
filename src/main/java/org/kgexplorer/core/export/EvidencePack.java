package org.kgexplorer.core.export;

import java.util.List;
import java.util.Objects;

/**
 * What an evidence pack shows (issue 17, ADR 47): one scene for the view on screen, or one for each saved view of a
 * project in order (a lesson's scenes). Every text here is as the data gives it; {@link EvidencePackWriter} escapes it.
 *
 * @param title  the pack's title (the project's or the view's name)
 * @param scenes the scenes, in order
 */
public record EvidencePack(String title, List<Scene> scenes) {
    public EvidencePack {
        Objects.requireNonNull(title, "title");
        scenes = List.copyOf(scenes);
    }

    /**
     * One view: its graph as drawn, its query and answer, the source sentences of the facts drawn, and the
     * reproducibility block (the same text as beside a saved CSV, {@link ResultProvenance#toText()}).
     *
     * @param caption         the view's caption in the label language (may be empty)
     * @param query           the SPARQL text (empty when the view has none)
     * @param table           the answer, or null when the view has no query or its query failed
     * @param drawing         the graph as laid out
     * @param facts           the relationships drawn, each with its evidence
     * @param reproducibility the block's JSON text
     * @param problem         why the query gave no answer, in one line ("" when it gave one or there is none)
     */
    public record Scene(String caption, String query, Table table, Drawing drawing, List<Fact> facts,
                        String reproducibility, String problem) {
        public Scene {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(drawing, "drawing");
            facts = List.copyOf(facts);
            Objects.requireNonNull(reproducibility, "reproducibility");
        }
    }

    /**
     * An answer as the results table shows it: labels in the label language.
     *
     * @param columns the variables (or "subject", "predicate", "object" for a graph answer)
     * @param rows    the first rows, each cell's text ("" when unbound)
     * @param total   how many rows the whole answer has (with {@code atLeast}, how many were counted)
     * @param atLeast the answer was streamed (an endpoint's) and counting stopped one row past those shown, so it
     *                has at least {@code total} rows
     */
    public record Table(List<String> columns, List<List<String>> rows, long total, boolean atLeast) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * The graph as laid out: nodes at their places (graph units, as on screen), the edges between them, and the
     * legend: each class drawn with its colour, in the order first drawn.
     */
    public record Drawing(List<Node> nodes, List<Edge> edges, List<Key> legend) {
        public Drawing {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
            legend = List.copyOf(legend);
        }
    }

    /** A legend entry: a class's label ("" for nodes without a class) and its colour (ARGB). */
    public record Key(String label, int colour) {
    }

    /**
     * A node.
     *
     * @param id     its IRI (or blank node id)
     * @param label  its label in the label language
     * @param x      where it stands
     * @param y      where it stands
     * @param colour its class's colour (ARGB), as the graph view draws it
     */
    public record Node(String id, String label, double x, double y, int colour) {
    }

    /** An edge between two nodes (indices into the drawing's nodes), with its property's label. */
    public record Edge(int from, int to, String label) {
    }

    /**
     * A relationship drawn, as a sentence's parts, with the evidence the data gives for it.
     *
     * @param subject   the subject's label
     * @param predicate the property's label
     * @param object    the object's label
     * @param sentences the source sentences that support it, in document order (none: the data gives none)
     * @param notes     for a fact, or part of one, that is general knowledge: the data's comment on why
     */
    public record Fact(String subject, String predicate, String object, List<Quote> sentences, List<String> notes) {
        public Fact {
            sentences = List.copyOf(sentences);
            notes = List.copyOf(notes);
        }
    }

    /** A source sentence: its number in its document (0 when unknown) and its exact words. */
    public record Quote(int number, String text) {
    }
}
