package org.kgexplorer.core.store;

/**
 * Data that could not be loaded: a missing, unreadable or malformed file, or a folder with no RDF.
 * Carries the place (file, line, column) so every front end can say where.
 */
public final class DataLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String location;
    private final long line;
    private final long column;
    private final String problem;
    private final boolean onlyWarnings;

    public DataLoadException(String location, long line, long column, String problem) {
        this(location, line, column, problem, false);
    }

    /**
     * @param onlyWarnings the parser reported this as a warning only, so a lenient load ({@link ParsePolicy})
     *                     would accept it
     */
    public DataLoadException(String location, long line, long column, String problem, boolean onlyWarnings) {
        super(format(location, line, column, problem));
        this.location = location;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.onlyWarnings = onlyWarnings;
    }

    public DataLoadException(String location, String problem) {
        this(location, -1, -1, problem);
    }

    private static String format(String location, long line, long column, String problem) {
        StringBuilder sb = new StringBuilder(location);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The file or resource, as the user named it. */
    public String location() {
        return location;
    }

    /** 1-based line, or -1 when unknown. */
    public long line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public long column() {
        return column;
    }

    /** Whether loading leniently would accept the input: the parser only warned. */
    public boolean lenientWouldLoad() {
        return onlyWarnings;
    }

    /** What was wrong, without the place. */
    public String problem() {
        return problem;
    }
}
