package org.kgexplorer.core.remote;

/**
 * An endpoint failed to answer (ADR 40): the message is one line for a user, beginning with the endpoint's URL
 * where the endpoint is at fault, and never holds a secret.
 */
public final class EndpointException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whose fault it is, which decides the command line's exit code. */
    public enum Kind {
        /** The endpoint refused the query itself (HTTP 400): a query error. */
        REJECTED,
        /** The endpoint could not be reached or did not answer properly: a source error. */
        UNAVAILABLE,
        /** The endpoint refused the credentials (HTTP 401): a source error, which the window words for its dialog. */
        UNAUTHORIZED,
        /** The time limit passed before the whole answer arrived. */
        TIMEOUT
    }

    private final Kind kind;

    public EndpointException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
