package org.kgexplorer.ui.task;

import javafx.concurrent.Task;

import org.kgexplorer.core.task.Cancellation;

/** A titled background task whose work honours a cancellation token, cancelled with the task. */
public final class BackgroundWork<T> extends Task<T> {
    /** The work, given the token to check. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Cancellation cancellation) throws Exception;
    }

    private final Work<T> work;
    private final Cancellation cancellation = new Cancellation();

    public BackgroundWork(String title, Work<T> work) {
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
}
