package org.kgexplorer.core.task;

/** Receives progress of long work: {@code done} out of {@code total} units (total -1 when unknown). */
@FunctionalInterface
public interface ProgressListener {
    /** The message while a database's load is written out (its commit). */
    String COMMITTING = "Committing";
    /** The message while a database's figures for {@code stats} are counted. */
    String COUNTING = "Counting";
    /** The message while a database's search index is made. */
    String SEARCH_INDEX = "search index";
    /** The message while a database's class tree is made. */
    String CLASS_TREE = "class tree";
    /** The message while a database's completion index for the query editor is made. */
    String COMPLETION = "completion";

    /**
     * Reports progress; a database's load reports the statements read so far as {@code done} with {@code total} -1
     * and the input's name as the message, then its phases by the messages above.
     */
    void progress(long done, long total, String message);

    static ProgressListener silent() {
        return (done, total, message) -> { };
    }
}
