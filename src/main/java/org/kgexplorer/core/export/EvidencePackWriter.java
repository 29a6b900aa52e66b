package org.kgexplorer.core.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

import org.kgexplorer.core.task.Cancellation;

/**
 * Writes an evidence pack as one self-contained XHTML file (ADR 47): inline CSS, the graph as inline SVG, no script
 * and nothing fetched from elsewhere, so any browser shows it as it is and an XML parser reads it back. Every text that
 * comes from the data (labels, queries, quotes, captions) is escaped ({@link Xml#escape}); the file is written
 * atomically ({@link SafeFileWriter}): cancelled or failed, nothing is left behind.
 */
public final class EvidencePackWriter {
    /** The drawing's largest extent, in CSS pixels. */
    static final double WIDTH = 900;
    static final double HEIGHT = 600;
    static final double MARGIN = 110;
    static final double RADIUS = 8;
    /** The distance wanted between a node and its nearest neighbour (the median of them), in pixels. */
    static final double SPACING = 90;
    static final double LARGEST = 3000;

    private EvidencePackWriter() {
    }

    /**
     * The pack's headings in one language (the label language's; ui/pack's bundle holds them in English and Spanish).
     * Patterns take {@link MessageFormat} arguments.
     *
     * @param language      the document's language tag ({@code en}, {@code es})
     * @param pack          "Evidence pack"
     * @param contents      "Scenes"
     * @param graph         "Graph"
     * @param query         "Query"
     * @param noQuery       said when a view has no query
     * @param answer        "Answer"
     * @param rows          "{0} rows" (a choice pattern may say "1 row")
     * @param firstRows     "The first {0} of {1} rows"
     * @param evidence      "Evidence"
     * @param sentence      "Sentence {0}"
     * @param noSentence    said of a fact the data gives no sentence for
     * @param general       "General knowledge:" before the data's comment on why
     * @param noFacts       said when the graph draws no relationship
     * @param reproducibility "Reproducibility"
     * @param reproduce     the sentence before the block (what it is)
     * @param emptyGraph    said when the view's graph is empty
     * @param atLeastRows   "The first {0} of at least {1} rows" (a streamed answer counted only one row further)
     * @param untyped       the legend's entry for nodes without a class
     */
    public record Headings(String language, String pack, String contents, String graph, String query, String noQuery,
                           String answer, String rows, String firstRows, String evidence, String sentence,
                           String noSentence, String general, String noFacts, String reproducibility,
                           String reproduce, String emptyGraph, String atLeastRows, String untyped) {
        public Headings {
            Objects.requireNonNull(language, "language");
        }

        String format(String pattern, Object... args) {
            return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
        }
    }

    /** Writes {@code pack} to {@code target} atomically. */
    public static void write(Path target, EvidencePack pack, Headings h, Cancellation cancellation) throws Exception {
        SafeFileWriter.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(w, pack, h, cancellation);
            w.flush();
        });
    }

    /** Writes {@code pack} as XHTML text. */
    public static void write(Writer w, EvidencePack pack, Headings h, Cancellation cancellation) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
        w.write("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + x(h.language()) + "\" xml:lang=\""
                + x(h.language()) + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n");
        w.write("<title>" + x(pack.title().isBlank() ? h.pack() : pack.title() + " \u2014 " + h.pack()) + "</title>\n");
        w.write("<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        w.write("<h1>" + x(pack.title().isBlank() ? h.pack() : pack.title()) + "</h1>\n");
        if (pack.scenes().size() > 1) {
            w.write("<nav><h2>" + x(h.contents()) + "</h2>\n<ol>\n");
            for (int i = 0; i < pack.scenes().size(); i++) {
                w.write("<li><a href=\"#scene-" + (i + 1) + "\">" + x(caption(pack.scenes().get(i), i, h)) + "</a></li>\n");
            }
            w.write("</ol>\n</nav>\n");
        }
        for (int i = 0; i < pack.scenes().size(); i++) {
            cancellation.throwIfCancelled();
            scene(w, pack.scenes().get(i), i, pack.scenes().size() > 1, h, cancellation);
        }
        w.write("</body>\n</html>\n");
    }

    private static String caption(EvidencePack.Scene s, int i, Headings h) {
        return s.caption().isBlank() ? h.graph() + " " + (i + 1) : s.caption();
    }

    private static void scene(Writer w, EvidencePack.Scene s, int i, boolean numbered, Headings h,
                              Cancellation cancellation) throws IOException {
        w.write("<section class=\"scene\" id=\"scene-" + (i + 1) + "\">\n");
        if (numbered || !s.caption().isBlank()) {
            w.write("<h2>" + (numbered ? (i + 1) + ". " : "") + x(caption(s, i, h)) + "</h2>\n");
        }
        w.write("<h3>" + x(h.graph()) + "</h3>\n");
        if (s.drawing().nodes().isEmpty()) {
            w.write("<p class=\"none\">" + x(h.emptyGraph()) + "</p>\n");
        } else {
            w.write("<div class=\"drawing\">\n");
            svg(w, s.drawing(), i, h);
            w.write("</div>\n");
            legend(w, s.drawing(), h);
        }
        w.write("<h3>" + x(h.query()) + "</h3>\n");
        if (s.query().isBlank()) {
            w.write("<p class=\"none\">" + x(h.noQuery()) + "</p>\n");
        } else {
            w.write("<pre class=\"query\">" + x(s.query()) + "</pre>\n");
        }
        if (s.table() != null) {
            w.write("<h3>" + x(h.answer()) + "</h3>\n");
            table(w, s.table(), h, cancellation);
        } else if (!s.problem().isBlank()) {
            w.write("<h3>" + x(h.answer()) + "</h3>\n<p class=\"problem\">" + x(s.problem()) + "</p>\n");
        }
        w.write("<h3>" + x(h.evidence()) + "</h3>\n");
        facts(w, s, h);
        w.write("<h3>" + x(h.reproducibility()) + "</h3>\n<p class=\"note\">" + x(h.reproduce()) + "</p>\n");
        w.write("<pre class=\"reproducibility\">" + x(s.reproducibility()) + "</pre>\n</section>\n");
    }

    /** The drawing, fitted into {@value #WIDTH} × {@value #HEIGHT} pixels at most, one {@code circle} per node. */
    private static void svg(Writer w, EvidencePack.Drawing d, int scene, Headings h) throws IOException {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (EvidencePack.Node n : d.nodes()) {
            minX = Math.min(minX, n.x());
            maxX = Math.max(maxX, n.x());
            minY = Math.min(minY, n.y());
            maxY = Math.max(maxY, n.y());
        }
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        // fitted into WIDTH x HEIGHT, unless that puts neighbours closer than SPACING: then larger (the page scrolls),
        // up to LARGEST pixels either way
        double fit = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - MARGIN) / spanY);
        double spread = SPACING / Math.max(nearestNeighbourMedian(d), 1e-9);
        double scale = Math.min(Math.max(fit, spread), Math.min((LARGEST - 2 * MARGIN) / spanX,
                (LARGEST - MARGIN) / spanY));
        if (d.nodes().size() == 1) {
            scale = 1;
        }
        // room at the sides for half the longest label, centred under its node (about 0.6 em a character)
        int longest = d.nodes().stream().mapToInt(n -> n.label() == null ? 0 : n.label().length()).max().orElse(0);
        double side = Math.max(MARGIN, longest * 12 * 0.6 / 2 + 4);
        double width = Math.max(2 * side, spanX * scale + 2 * side);
        double height = Math.max(MARGIN, spanY * scale + MARGIN);
        double[] sx = new double[d.nodes().size()];
        double[] sy = new double[d.nodes().size()];
        for (int k = 0; k < sx.length; k++) {
            EvidencePack.Node n = d.nodes().get(k);
            sx[k] = side + (n.x() - minX) * scale;
            sy[k] = MARGIN / 2 + (n.y() - minY) * scale;
        }
        String arrow = "arrow-" + (scene + 1);
        // presentation attributes rather than the page's CSS: the drawing looks the same copied out of the page
        w.write(f("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" role=\"img\" aria-label=\"%s\">\n",
                width, height, width, height, x(h.graph())));
        w.write("<defs><marker id=\"" + arrow + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" fill=\"#7a8594\"/>"
                + "</marker></defs>\n");
        StringBuilder lines = new StringBuilder();
        StringBuilder edgeLabels = new StringBuilder();
        for (EvidencePack.Edge e : d.edges()) {
            double ax = sx[e.from()];
            double ay = sy[e.from()];
            double bx = sx[e.to()];
            double by = sy[e.to()];
            double len = Math.hypot(bx - ax, by - ay);
            if (len > 2 * RADIUS) {
                // the line stops at the node's rim, so the arrow shows
                bx -= (bx - ax) / len * (RADIUS + 1);
                by -= (by - ay) / len * (RADIUS + 1);
            }
            lines.append(f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", ax, ay, bx, by));
            edgeLabels.append(f("<text x=\"%.1f\" y=\"%.1f\">%s</text>\n", (ax + sx[e.to()]) / 2,
                    (ay + sy[e.to()]) / 2 - 3, x(e.label())));
        }
        w.write("<g class=\"edges\" stroke=\"#9aa4b1\" stroke-width=\"1.2\" marker-end=\"url(#" + arrow + ")\">\n");
        w.append(lines).write("</g>\n<g class=\"edge-labels\" font-size=\"9\" fill=\"#6e7781\" text-anchor=\"middle\">\n");
        w.append(edgeLabels).write("</g>\n<g class=\"nodes\" stroke=\"#ffffff\" stroke-width=\"1.5\">\n");
        for (int k = 0; k < sx.length; k++) {
            EvidencePack.Node n = d.nodes().get(k);
            w.write(f("<circle class=\"node\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.0f\" fill=\"#%06X\"><title>%s</title></circle>\n",
                    sx[k], sy[k], RADIUS, n.colour() & 0xFFFFFF, x(n.id())));
        }
        w.write("</g>\n<g class=\"node-labels\" font-size=\"12\" fill=\"#1f2328\" text-anchor=\"middle\">\n");
        for (int k = 0; k < sx.length; k++) {
            w.write(f("<text x=\"%.1f\" y=\"%.1f\">%s</text>\n", sx[k], sy[k] + RADIUS + 13,
                    x(d.nodes().get(k).label())));
        }
        w.write("</g>\n</svg>\n");
    }

    /** Each class drawn, with its colour (as the graph view's legend shows it). */
    private static void legend(Writer w, EvidencePack.Drawing d, Headings h) throws IOException {
        if (d.legend().isEmpty()) {
            return;
        }
        w.write("<ul class=\"legend\">\n");
        for (EvidencePack.Key k : d.legend()) {
            w.write(f("<li><span class=\"swatch\" style=\"background:#%06X\"></span>%s</li>\n", k.colour() & 0xFFFFFF,
                    x(k.label().isBlank() ? h.untyped() : k.label())));
        }
        w.write("</ul>\n");
    }

    /** The median of the distances from each node to its nearest neighbour, in graph units (up to 2,000 nodes). */
    static double nearestNeighbourMedian(EvidencePack.Drawing d) {
        int n = Math.min(d.nodes().size(), 2000);
        if (n < 2) {
            return 1;
        }
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            double best = Double.MAX_VALUE;
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double dist = Math.hypot(d.nodes().get(i).x() - d.nodes().get(j).x(),
                            d.nodes().get(i).y() - d.nodes().get(j).y());
                    if (dist > 0) {
                        best = Math.min(best, dist);
                    }
                }
            }
            nearest[i] = best == Double.MAX_VALUE ? 1 : best;
        }
        java.util.Arrays.sort(nearest);
        return nearest[n / 2];
    }

    private static void table(Writer w, EvidencePack.Table t, Headings h, Cancellation cancellation)
            throws IOException {
        w.write("<table class=\"answer\">\n<thead><tr>");
        for (String c : t.columns()) {
            w.write("<th>" + x(c) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            if (r % 256 == 0) {
                cancellation.throwIfCancelled();
            }
            w.write("<tr>");
            for (String cell : t.rows().get(r)) {
                w.write("<td>" + x(cell) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n<p class=\"rows\">");
        w.write(x(t.atLeast() ? h.format(h.atLeastRows(), t.rows().size(), t.total())
                : t.total() > t.rows().size() ? h.format(h.firstRows(), t.rows().size(), t.total())
                : h.format(h.rows(), t.total())));
        w.write("</p>\n");
    }

    private static void facts(Writer w, EvidencePack.Scene s, Headings h) throws IOException {
        if (s.facts().isEmpty()) {
            w.write("<p class=\"none\">" + x(h.noFacts()) + "</p>\n");
            return;
        }
        w.write("<ol class=\"facts\">\n");
        for (EvidencePack.Fact fact : s.facts()) {
            w.write("<li class=\"fact\"><p class=\"statement\"><span class=\"subject\">" + x(fact.subject())
                    + "</span> <span class=\"predicate\">" + x(fact.predicate()) + "</span> <span class=\"object\">"
                    + x(fact.object()) + "</span></p>\n");
            for (EvidencePack.Quote q : fact.sentences()) {
                w.write("<blockquote class=\"sentence\"><p>" + x(q.text()) + "</p>");
                if (q.number() > 0) {
                    w.write("<footer>" + x(h.format(h.sentence(), q.number())) + "</footer>");
                }
                w.write("</blockquote>\n");
            }
            for (String note : fact.notes()) {
                w.write("<p class=\"general\">" + x(h.general()) + " " + x(note) + "</p>\n");
            }
            if (fact.sentences().isEmpty() && fact.notes().isEmpty()) {
                w.write("<p class=\"none\">" + x(h.noSentence()) + "</p>\n");
            }
            w.write("</li>\n");
        }
        w.write("</ol>\n");
    }

    private static String x(String s) {
        return Xml.escape(s);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static final String CSS = """
            body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 62em; padding: 0 1em;
                   color: #1f2328; background: #ffffff; line-height: 1.45; }
            h1 { font-size: 1.8em; margin-bottom: .4em; }
            h2 { font-size: 1.4em; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; margin-top: 2em; }
            h3 { font-size: 1.1em; margin: 1.4em 0 .4em; }
            div.drawing { overflow: auto; max-height: 48em; border: 1px solid #d0d7de; border-radius: 6px;
                          background: #fbfbfc; }
            svg.graph { display: block; }
            pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .8em; overflow-x: auto;
                  white-space: pre-wrap; word-break: break-word; font-size: .9em; }
            table.answer { border-collapse: collapse; font-size: .92em; }
            table.answer th, table.answer td { border: 1px solid #d0d7de; padding: .25em .6em; text-align: left;
                                               vertical-align: top; }
            table.answer th { background: #f6f8fa; }
            .rows, .note, .none { color: #57606a; }
            .problem { color: #cf222e; }
            ul.legend { list-style: none; padding: 0; margin: .4em 0; display: flex; flex-wrap: wrap; gap: .3em 1.2em;
                        font-size: .9em; }
            ul.legend .swatch { display: inline-block; width: .8em; height: .8em; border-radius: 50%;
                                margin-right: .4em; vertical-align: middle; }
            ol.facts li { margin-bottom: .8em; }
            .statement { margin: 0 0 .3em; }
            .subject, .object { font-weight: 600; }
            .predicate { font-style: italic; }
            blockquote { margin: .2em 0 .4em 1em; padding-left: .8em; border-left: 3px solid #4e79a7; }
            blockquote p { margin: 0; }
            blockquote footer { color: #57606a; font-size: .85em; }
            .general { color: #9a6700; }
            @media print { svg.graph { break-inside: avoid; } section.scene { break-before: page; } }
            """;
}
