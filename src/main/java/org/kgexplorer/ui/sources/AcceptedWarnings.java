package org.kgexplorer.ui.sources;

import java.util.function.Consumer;

import org.kgexplorer.core.store.DataWarning;

/** Counts the warnings a lenient load accepted and keeps the first, for the status line (told on the parse thread). */
final class AcceptedWarnings implements Consumer<DataWarning> {
    private volatile long count;
    private volatile String first = "";

    @Override
    public synchronized void accept(DataWarning warning) {
        if (count++ == 0) {
            first = warning.toString();
        }
    }

    long count() {
        return count;
    }

    String first() {
        return first;
    }
}
