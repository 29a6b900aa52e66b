package org.kgexplorer.core.graph;

import java.util.ArrayList;
import java.util.List;

import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.SourceSentence;
import org.kgexplorer.core.labels.LabelMode;

/**
 * Paths as plain text to paste into a report: each path's sentences, then each step as a fact with the quoted
 * sentences of the source document that support it (or the reason it is general knowledge). In the "both"
 * label mode the English text comes first, then the Spanish.
 */
public final class PathReport {
    private PathReport() {
    }

    /** The paths between two entities as text. */
    public static String text(String fromLabel, String toLabel, PathFinder.Result result, LabelMode mode) {
        if (mode == LabelMode.BOTH) {
            return text(fromLabel, toLabel, result, PathProse.Language.ENGLISH, LabelMode.ENGLISH) + "\n"
                    + text(fromLabel, toLabel, result, PathProse.Language.SPANISH, LabelMode.SPANISH);
        }
        return text(fromLabel, toLabel, result, PathProse.Language.of(mode), mode);
    }

    private static String text(String fromLabel, String toLabel, PathFinder.Result result,
                               PathProse.Language language, LabelMode labels) {
        boolean es = language == PathProse.Language.SPANISH;
        StringBuilder out = new StringBuilder();
        List<GraphPath> paths = result.paths();
        if (paths.isEmpty()) {
            return out.append(es ? "No hay camino entre " : "No path between ").append(fromLabel)
                    .append(es ? " y " : " and ").append(toLabel).append(".\n").toString();
        }
        out.append(es ? "Caminos más cortos entre " : "Shortest paths between ").append(fromLabel)
                .append(es ? " y " : " and ").append(toLabel).append(" (").append(paths.size())
                .append(result.more() ? "+" : "").append(es ? ", de " : ", ").append(paths.get(0).length())
                .append(es ? " pasos):\n" : paths.get(0).length() == 1 ? " step):\n" : " steps):\n");
        for (int i = 0; i < paths.size(); i++) {
            GraphPath path = paths.get(i);
            out.append('\n').append(i + 1).append(". ")
                    .append(String.join(" ", PathProse.sentences(path, language, labels))).append('\n');
            for (PathStep step : path.steps()) {
                out.append("   - ").append(step.fact(labels)).append('\n');
                for (String line : evidenceLines(step, es)) {
                    out.append("     ").append(line).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The step's evidence, one line each: quotes with their sentence numbers, or the general-knowledge reason. */
    public static List<String> evidenceLines(PathStep step, boolean spanish) {
        List<String> lines = new ArrayList<>();
        for (SourceSentence s : step.sentences()) {
            lines.add("\u201C" + s.quote() + "\u201D" + (s.number() > 0
                    ? (spanish ? " (oración " : " (sentence ") + s.number() + ")" : ""));
        }
        for (Evidence e : step.evidence()) {
            if (e.generalKnowledge() && e.sentences().isEmpty()) {
                String said = spanish ? "Conocimiento general" : "General knowledge";
                // The bundled comments already start with "General knowledge: ..."; others get the prefix.
                lines.add(e.comment().isEmpty() ? said : e.comment().startsWith("General knowledge") && !spanish
                        ? e.comment() : said + ": " + e.comment());
            }
        }
        if (lines.isEmpty()) {
            lines.add(spanish ? "(sin evidencia en los datos)" : "(no evidence in the data)");
        }
        return lines;
    }
}
