package org.kgexplorer.ui.results;

import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.table.RowView;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.i18n.SyntaxTexts;

/** The sentences the panel shows about an answer and about a failed query. */
final class ResultsStatus {
    private ResultsStatus() {
    }

    /**
     * @param arriving the rows of a streamed answer are arriving
     * @param more     the answer is a streamed one with more rows on the server
     */
    static String describe(I18n.Texts texts, ResultsAnswer answer, RowView view, boolean busy, boolean arriving,
                           boolean more) {
        if (arriving && answer.hasTable()) {
            return texts.get("status.arriving", answer.table().rowCount());
        }
        if (busy) {
            return texts.get("status.running");
        }
        double seconds = answer.millis() / 1000.0;
        return switch (answer.kind()) {
            case NONE -> ""; // the placeholder above already says it
            case ASK -> texts.get("status.ask", seconds);
            case TABLE, GRAPH -> {
                int total = answer.table().rowCount();
                int shown = view == null ? total : view.size();
                String unit = answer.kind() == ResultsAnswer.Kind.GRAPH ? "triples" : more ? "rows.partial" : "rows";
                String line = shown == total
                        ? texts.get("status." + unit, total, seconds)
                        : texts.get("status." + unit + ".filtered", shown, total, seconds);
                yield line;
            }
        };
    }

    static String problem(I18n.Texts texts, QueryProblem p, int timeoutSeconds) {
        return switch (p.kind()) {
            case SYNTAX -> p.line() > 0
                    ? texts.get("error.syntax.at", p.line(), Math.max(1, p.column()), SyntaxTexts.problem(texts, p))
                    : texts.get("error.syntax", SyntaxTexts.problem(texts, p));
            case REFUSED -> texts.get("error.service");
            case TIMEOUT -> texts.get("error.timeout", timeoutSeconds);
            case EXECUTION, ENDPOINT_REJECTED, ENDPOINT -> texts.get("error.failed", p.problem());
            // the core's words name -Xmx, a command-line option a window user has no place to give
            case OUT_OF_MEMORY -> texts.get("error.memory");
        };
    }
}
