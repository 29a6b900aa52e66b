package org.kgexplorer.core.task;

/** Receives progress of long work: {@code done} out of {@code total} units (total -1 when unknown). */
@FunctionalInterface
public interface ProgressListener {
    void progress(long done, long total, String message);

    static ProgressListener silent() {
        return (done, total, message) -> { };
    }
}
