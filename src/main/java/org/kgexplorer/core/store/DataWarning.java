package org.kgexplorer.core.store;

/**
 * Something odd in an input that a lenient load accepted: where, and what Jena's parser said about it.
 *
 * @param location the file or resource, as the user named it
 * @param line     1-based line, or -1 when unknown
 * @param column   1-based column, or -1 when unknown
 * @param message  the parser's message on one line, without the position
 */
public record DataWarning(String location, long line, long column, String message) {

    /** {@code PATH:LINE:COL: warning: MESSAGE}, the line the command line prints. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(location);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": warning: ").append(message).toString();
    }
}
