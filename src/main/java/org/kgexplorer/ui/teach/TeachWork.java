package org.kgexplorer.ui.teach;

import javafx.concurrent.Task;

import org.kgexplorer.core.task.Cancellation;

/** A titled background task of the teaching screens whose work honours a cancellation token. */
final class TeachWork<T> extends Task<T> {
    /** The work, given the token to check. */
    @FunctionalInterface
    interface Work<T> {
        T run(Cancellation cancellation) throws Exception;
    }

    private final Work<T> work;
    private final Cancellation cancellation = new Cancellation();

    TeachWork(String title, Work<T> work) {
        this.work = work;
        updateTitle(title);
    }

    @Override
    protected T call() throws Exception {
        return work.run(cancellation);
    }

    @Override
    protected void cancelled() {
        cancellation.cancel();
    }

    /** The failure's one line for the user. */
    static String reason(Throwable t) {
        String m = t == null ? "" : t.getMessage();
        return m == null || m.isBlank() ? String.valueOf(t) : m.lines().findFirst().orElse(m);
    }
}
