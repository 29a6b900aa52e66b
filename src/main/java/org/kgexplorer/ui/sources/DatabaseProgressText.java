package org.kgexplorer.ui.sources;

import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.ui.i18n.I18n;

/**
 * What the status bar says while a database is made or opened, in the window's language: the triples read so far
 * and the file, then each index being made (a 10 M-triple load spends about half its time on them, ADR 38).
 */
final class DatabaseProgressText {
    private DatabaseProgressText() {
    }

    /** The text for one progress report, or null when the report changes nothing worth saying. */
    static String of(I18n.Texts texts, long done, long total, String message) {
        if (message == null || total > 0) {
            return null;
        }
        return switch (message) {
            case ProgressListener.SEARCH_INDEX -> texts.get("task.searchIndex");
            case ProgressListener.CLASS_TREE -> texts.get("task.classTree");
            case ProgressListener.COMPLETION -> texts.get("task.completion");
            case ProgressListener.COMMITTING -> texts.get("task.committing");
            case ProgressListener.COUNTING -> texts.get("task.countingDatabase");
            default -> done >= 0 ? texts.get("task.readingTriples", message, done) : null;
        };
    }
}
