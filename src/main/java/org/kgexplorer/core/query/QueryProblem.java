package org.kgexplorer.core.query;

/** What went wrong with a query, and why: the front end maps the kind to its exit code or dialog. */
public final class QueryProblem extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of query failure a user can act on. */
    public enum Kind {
        /** The text is not valid SPARQL. */
        SYNTAX,
        /** The query asks for something not allowed, e.g. SERVICE without permission. */
        REFUSED,
        /** The query ran past its time limit. */
        TIMEOUT,
        /** The query failed while running. */
        EXECUTION,
        /** The answer (a sort, a grouping, a graph) outgrew the heap; the loaded data is intact. */
        OUT_OF_MEMORY,
        /** A remote endpoint refused the query (HTTP 400): the query's fault. */
        ENDPOINT_REJECTED,
        /** A remote endpoint could not be reached or did not answer properly: the source's fault. */
        ENDPOINT
    }

    private final Kind kind;
    private final long line;
    private final long column;
    private final String problem;
    private final transient SyntaxReason reason;

    public QueryProblem(Kind kind, long line, long column, String problem) {
        this(kind, line, column, problem, null);
    }

    /** A syntax error whose reason a window can say in its own language; its message is the reason in English. */
    public QueryProblem(long line, long column, SyntaxReason reason) {
        this(Kind.SYNTAX, line, column, reason);
    }

    /** A problem whose reason a window can say in its own language; its message is the reason in English. */
    public QueryProblem(Kind kind, long line, long column, SyntaxReason reason) {
        this(kind, line, column, reason.english(), reason);
    }

    private QueryProblem(Kind kind, long line, long column, String problem, SyntaxReason reason) {
        super(line > 0 ? "query:" + line + ":" + Math.max(column, 1) + ": " + problem : problem);
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.reason = reason;
    }

    public QueryProblem(Kind kind, String problem) {
        this(kind, -1, -1, problem);
    }

    public Kind kind() {
        return kind;
    }

    /** 1-based line in the query text, or -1. */
    public long line() {
        return line;
    }

    /** 1-based column in the query text, or -1. */
    public long column() {
        return column;
    }

    /** What was wrong, without the position. */
    public String problem() {
        return problem;
    }

    /** For a syntax error (or a refused query form), what was wrong in parts (to say it in another language); null for other problems. */
    public SyntaxReason reason() {
        return reason;
    }
}
