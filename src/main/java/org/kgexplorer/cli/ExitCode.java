package org.kgexplorer.cli;

/** The command line's exit codes; other tools depend on them. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int VIOLATIONS = 1;
    public static final int USAGE = 2;
    public static final int DATA = 3;
    public static final int TIMEOUT = 4;
    public static final int OUTPUT = 5;
    /** Ctrl-C or SIGTERM, as shells report a run ended by SIGINT. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
