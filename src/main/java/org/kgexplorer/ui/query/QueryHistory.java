package org.kgexplorer.ui.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kgexplorer.core.settings.Settings;

/**
 * The queries run, most recent first, each once, at most {@value #LIMIT} of them, kept in the settings under
 * {@value #KEY} and written in the background after each change.
 */
final class QueryHistory {
    static final String KEY = "query.history";
    static final int LIMIT = 200;

    private final ObservableList<String> queries = FXCollections.observableArrayList();
    private final ObservableList<String> view = FXCollections.unmodifiableObservableList(queries);
    private final Settings settings;
    private final WorkspaceTasks work;
    private final Consumer<String> failed;

    QueryHistory(Settings settings, WorkspaceTasks work, Consumer<String> failed) {
        this.settings = settings;
        this.work = work;
        this.failed = failed;
        queries.setAll(settings.getList(KEY).stream().limit(LIMIT).toList());
    }

    ObservableList<String> list() {
        return view;
    }

    void add(String query) {
        queries.setAll(record(queries, query));
        persist();
    }

    void clear() {
        queries.clear();
        persist();
    }

    private void persist() {
        settings.putList(KEY, List.copyOf(queries));
        work.saveSettings(settings, failed);
    }

    /** The history after running a query: it moves to the top, its older copy goes, the oldest fall off. */
    static List<String> record(List<String> history, String query) {
        String q = query.strip();
        List<String> next = new ArrayList<>(Math.min(LIMIT, history.size() + 1));
        next.add(q);
        for (String old : history) {
            if (next.size() >= LIMIT) {
                break;
            }
            if (!old.strip().equals(q)) {
                next.add(old);
            }
        }
        return next;
    }

    /**
     * A one-line summary: a library question's title (in Spanish when asked and given), otherwise the first lines that are not comments, PREFIX
     * or BASE, with spaces collapsed.
     */
    static String summary(String query, boolean spanish) {
        String title = null;
        for (String line : query.lines().toList()) {
            String s = line.strip();
            if (!s.startsWith("#")) {
                break;
            }
            if (s.startsWith("# title:") && title == null) {
                title = s.substring("# title:".length()).strip();
            } else if (spanish && s.startsWith("# title@es:")) {
                title = s.substring("# title@es:".length()).strip();
            }
        }
        if (title != null && !title.isEmpty()) {
            return title;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : query.lines().toList()) {
            String s = line.strip();
            String upper = s.toUpperCase(java.util.Locale.ROOT);
            if (s.isEmpty() || s.startsWith("#") || upper.startsWith("PREFIX") || upper.startsWith("BASE")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s.replaceAll("\\s+", " "));
            if (sb.length() > 160) {
                break;
            }
        }
        String summary = sb.length() == 0 ? query.strip().replaceAll("\\s+", " ") : sb.toString();
        return summary.length() > 160 ? summary.substring(0, 159) + "…" : summary;
    }
}
