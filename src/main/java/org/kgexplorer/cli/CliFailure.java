package org.kgexplorer.cli;

/** A failure the user can act on: one line for stderr and the exit code that goes with it. */
final class CliFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
