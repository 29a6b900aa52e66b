package org.kgexplorer.ui.query.editor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one background thread of the SPARQL editors: lexing for colours, parsing for live errors, and looking up
 * completions. These jobs are short and come at typing speed, so they share one daemon thread (jobs run in
 * order, never in parallel) instead of going through the task runner, whose tasks the status bar lists.
 */
final class EditorWorker {
    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kgx-sparql-editor");
        t.setDaemon(true);
        return t;
    });

    private EditorWorker() {
    }

    static void submit(Runnable job) {
        EXECUTOR.execute(job);
    }
}
