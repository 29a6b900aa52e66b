package org.kgexplorer.core.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/** A cancel flag shared between whoever runs long work and whoever may stop it. */
public final class Cancellation {
    private volatile boolean cancelled;
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();

    /** A token that is never cancelled, for callers that do not offer a cancel button. */
    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            onCancel.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} when cancelled (at once if already cancelled), e.g. to abort a query. */
    public void whenCancelled(Runnable action) {
        onCancel.add(action);
        if (cancelled) {
            action.run();
        }
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
