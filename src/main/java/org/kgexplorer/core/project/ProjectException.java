package org.kgexplorer.core.project;

/**
 * A project that cannot be read or written: the message is one sentence naming the file and what was wrong, fit for
 * the status bar.
 */
public final class ProjectException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
