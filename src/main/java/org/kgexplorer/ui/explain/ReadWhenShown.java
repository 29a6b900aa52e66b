package org.kgexplorer.ui.explain;

import org.kgexplorer.ui.ExplorerContext;

/**
 * When a view of the loaded data (the timeline, the matrix) reads it: the first time the view is shown, at once when
 * the data changes while it is shown, and the next time it is shown when the data changed meanwhile or the last read
 * failed or was cancelled. JavaFX thread only.
 */
final class ReadWhenShown {
    private final Runnable read;
    private boolean shown;
    private boolean stale = true;

    /** Follows the context's data for a view whose {@code read} starts its reading (in the background). */
    ReadWhenShown(ExplorerContext context, Runnable read) {
        this.read = read;
        context.dataVersionProperty().addListener((obs, old, now) -> {
            stale = true;
            if (shown) {
                read.run();
            }
        });
    }

    /** The view is in front (or not): it reads the first time, and again when what it showed is out of date. */
    void setShown(boolean now) {
        shown = now;
        if (now && stale) {
            read.run();
        }
    }

    /** A read starts: what it reads is the data as it is now. */
    void reading() {
        stale = false;
    }

    /** A read failed or was cancelled: read again the next time the view is shown. */
    void unread() {
        stale = true;
    }

    /** Whether the view has not read the data as it is now. */
    boolean stale() {
        return stale;
    }
}
