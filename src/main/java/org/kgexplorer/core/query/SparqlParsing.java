package org.kgexplorer.core.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.kgexplorer.core.store.ParseMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses SPARQL text into a query. Every error it reports has a line and column: JavaCC's own position where
 * it gives one, the deepest bracket when the query is nested too deeply for the parser's recursion.
 */
public final class SparqlParsing {
    /** The message of a query nested beyond what the parser and the algebra can recurse into. */
    public static final String TOO_DEEP = "nested too deeply";

    private static final Logger LOG = LoggerFactory.getLogger(SparqlParsing.class);

    private SparqlParsing() {
    }

    /** Parses without a time limit (the editor's check, the question library). */
    public static Query parse(String text) throws QueryProblem {
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError) {
                throw tooDeep(text);
            }
            throw positioned(e);
        } catch (StackOverflowError e) {
            throw tooDeep(text);
        } catch (RuntimeException e) {
            throw invalid(e.getMessage());
        }
        try {
            // Compiling finds the nesting that only the algebra recurses into (10,000 UNIONs, 1+1+...),
            // while the text is still at hand to point at it.
            Algebra.optimize(Algebra.compile(query));
        } catch (StackOverflowError e) {
            throw tooDeep(text);
        } catch (RuntimeException e) {
            // Not a nesting problem: running the query compiles it again and reports this as it always did.
            LOG.debug("compiling the parsed query failed", e);
        }
        return query;
    }

    /**
     * Parses within a time limit: JavaCC cannot be interrupted, so the parse runs on a daemon thread that is
     * abandoned at the limit (it ends on its own, and never keeps the program alive).
     *
     * @param timeoutMillis 0 for no limit
     */
    public static Query parse(String text, long timeoutMillis) throws QueryProblem {
        if (timeoutMillis <= 0) {
            return parse(text);
        }
        FutureTask<Query> task = new FutureTask<>(() -> parse(text));
        Thread parser = new Thread(task, "sparql-parse");
        parser.setDaemon(true);
        parser.start();
        try {
            return task.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new QueryProblem(QueryProblem.Kind.TIMEOUT,
                    "the query did not finish within its time limit of " + QueryRunner.seconds(timeoutMillis)
                    + " (it was still being read)");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("query cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof QueryProblem p) {
                throw p;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw invalid(String.valueOf(e.getCause()));
        }
    }

    /** The error for a query whose nesting overflowed the parser or the algebra. */
    static QueryProblem tooDeep(String text) {
        QueryText.Position at = new QueryText(text).deepest();
        return tooDeep(at.line(), at.column());
    }

    /** The error for a query nested too deeply at a line and column. */
    public static QueryProblem tooDeep(long line, long column) {
        return new QueryProblem(line, column, SyntaxReason.of(SyntaxReason.Code.TOO_DEEP, "", TOO_DEEP));
    }

    /** A query the parser read but Jena refused to build (e.g. a variable selected twice). */
    private static QueryProblem invalid(String message) {
        String clean = ParseMessages.clean(message);
        SyntaxReason checked = reason(clean);
        return new QueryProblem(1, 1, SyntaxReason.of(checked.code(), checked.token(), "not a valid query: " + clean));
    }

    /** Jena's own line and column are the last token it accepted; {@link #position} finds the mistake itself. */
    private static QueryProblem positioned(QueryParseException e) {
        long[] at = position(e.getMessage(), e.getLine(), e.getColumn());
        if (at[0] < 1) {
            return new QueryProblem(1, 1, reason(e.getMessage()));
        }
        return new QueryProblem(at[0], Math.max(at[1], 1), reason(e.getMessage()));
    }

    private static final Pattern AT = Pattern.compile("^(?:Encountered \" .+?\"|Lexical error) at line (\\d+), column (\\d+)\\.");

    /**
     * Where the problem is: Jena gives the last token its parser accepted, but the message's own "at line L, column
     * C" is where the token it names starts (for a lexical error, where the word it could not finish starts), so
     * the command line, the editor's underline and the banner after Run all point at the actual mistake. At the
     * end of the text (EOF) Jena's position, the last token, is the useful one.
     */
    static long[] position(String message, long line, long column) {
        String first = message == null ? "" : message.strip().lines().findFirst().orElse("");
        Matcher m = AT.matcher(first);
        if (!m.find() || first.startsWith("Encountered \"<EOF>\"")) {
            return new long[] {line, column};
        }
        long atLine = Long.parseLong(m.group(1));
        long atColumn = Long.parseLong(m.group(2));
        Matcher lexical = LEXICAL.matcher(first);
        if (first.startsWith("Lexical error") && lexical.find()) {
            String prefix = lexical.group(3) == null ? "" : unescape(lexical.group(3));
            if (prefix.indexOf('\n') >= 0 || prefix.indexOf('\r') >= 0 || prefix.length() >= atColumn) {
                return new long[] {line, column};
            }
            atColumn -= prefix.length();
        }
        return new long[] {atLine, atColumn};
    }

    /** Undoes JavaCC's escaping of the text in a lexical error message. */
    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\' || i + 1 == escaped.length()) {
                out.append(c);
                continue;
            }
            char next = escaped.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < escaped.length()) {
                        out.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \" (.+?) \"(.*?) \"\"");
    private static final Pattern LEXICAL = Pattern.compile("Encountered: (?:<EOF>|'(\\d+)' \\((\\d+)\\)),?(?: after prefix \"(.*)\")?");
    private static final Pattern UNRESOLVED = Pattern.compile("Unresolved prefixed name: (\\S+)");
    /** Jena's checks after parsing, each with the term it names: the kind of mistake they are. */
    private static final List<Map.Entry<Pattern, SyntaxReason.Code>> CHECKS = List.of(
            Map.entry(Pattern.compile("Non-group key variable in SELECT: (\\S+)"), SyntaxReason.Code.NOT_GROUPED),
            Map.entry(Pattern.compile("Variable used when already in-scope: (\\S+)"), SyntaxReason.Code.ALREADY_BOUND),
            Map.entry(Pattern.compile("Duplicate variable(?: in result projection)?:? '?(\\?\\w+)"),
                    SyntaxReason.Code.DUPLICATE_VARIABLE),
            Map.entry(Pattern.compile("Blank node label reuse not allowed at this point: (\\S+)"),
                    SyntaxReason.Code.BLANK_NODE_REUSED),
            Map.entry(Pattern.compile("Bad IRI: (<[^>]*>?)"), SyntaxReason.Code.BAD_IRI));
    /** The SPARQL Update operations: the parser meets them where a query form should be. */
    private static final Set<String> UPDATES = Set.of("LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY",
            "INSERT", "DELETE", "INSERT DATA", "DELETE DATA", "DELETE WHERE", "WITH");

    /** Turns JavaCC's "Encountered ... Was expecting one of ..." into a sentence a user can act on. */
    static String describe(String message) {
        return reason(message).english();
    }

    /** What {@link #describe} says, in parts: the kind of mistake, its word, and what the parser wanted. */
    static SyntaxReason reason(String message) {
        if (message == null) {
            return SyntaxReason.of(SyntaxReason.Code.OTHER, "", "syntax error");
        }
        String first = message.strip().lines().findFirst().orElse("");
        Matcher lexical = LEXICAL.matcher(first);
        if (first.startsWith("Lexical error") && lexical.find()) {
            if (lexical.group(3) != null && !lexical.group(3).isEmpty()) {
                return SyntaxReason.of(SyntaxReason.Code.UNEXPECTED, lexical.group(3),
                        "unexpected \"" + lexical.group(3) + "\"");
            }
            if (lexical.group(2) != null) {
                String character = Character.toString(Integer.parseInt(lexical.group(2)));
                return SyntaxReason.of(SyntaxReason.Code.UNEXPECTED_CHARACTER, character,
                        "unexpected character '" + character + "'");
            }
            return SyntaxReason.of(SyntaxReason.Code.ENDS_INSIDE_WORD, "", "the query ends inside a word or string");
        }
        Matcher unresolved = UNRESOLVED.matcher(first);
        if (unresolved.find()) {
            return SyntaxReason.of(SyntaxReason.Code.UNKNOWN_PREFIX, unresolved.group(1),
                    "unknown prefix in " + unresolved.group(1) + ": declare it with PREFIX");
        }
        if (first.startsWith("Encountered \"<EOF>\"")) {
            return expecting(SyntaxReason.Code.ENDS_EARLY, "", "the query ends too early", message);
        }
        Matcher m = ENCOUNTERED.matcher(first);
        if (m.find()) {
            String word = m.group(2).strip();
            if (UPDATES.contains(word.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "))) {
                return SyntaxReason.of(SyntaxReason.Code.UPDATE, word,
                        word + " is an update: only SELECT, ASK, CONSTRUCT and DESCRIBE queries are run");
            }
            return expecting(SyntaxReason.Code.UNEXPECTED, word, "unexpected \"" + word + "\"", message);
        }
        String clean = ParseMessages.clean(message);
        for (Map.Entry<Pattern, SyntaxReason.Code> check : CHECKS) {
            Matcher c = check.getKey().matcher(clean);
            if (c.find()) {
                return SyntaxReason.of(check.getValue(), c.group(1), clean);
            }
        }
        return SyntaxReason.of(SyntaxReason.Code.OTHER, "", clean.isEmpty() ? "syntax error" : clean);
    }

    /** A reason with what the parser was expecting, as its message lists it. */
    private static SyntaxReason expecting(SyntaxReason.Code code, String token, String sentence, String message) {
        int at = message.indexOf("Was expecting");
        Set<SyntaxReason.Expected> wanted = new LinkedHashSet<>();
        if (at >= 0) {
            for (String line : message.substring(at).lines().skip(1).toList()) {
                String expected = line.strip().replaceAll("\\s*\\.\\.\\.$", "").strip();
                // The byte-order mark the grammar allows first is no advice for a user.
                if (!expected.isEmpty() && !expected.equals("\"\\ufeff\"")) {
                    wanted.add(friendly(expected));
                }
            }
        }
        if (wanted.isEmpty()) {
            return SyntaxReason.of(code, token, sentence);
        }
        List<SyntaxReason.Expected> shown = wanted.stream().limit(6).toList();
        boolean more = wanted.size() > shown.size();
        String english = sentence + "; expected " + String.join(", ", shown.stream().map(SyntaxReason.Expected::english).toList())
                + (more ? ", ..." : "");
        return new SyntaxReason(code, token, shown, more, english);
    }

    private static SyntaxReason.Expected friendly(String token) {
        String kind = switch (token.replaceAll("[<>]", "")) {
            case "VAR1", "VAR2" -> "variable";
            case "IRIref" -> "iri";
            case "PNAME_NS", "PNAME_LN" -> "prefixed-name";
            case "BLANK_NODE_LABEL", "ANON" -> "blank-node";
            case "INTEGER", "DECIMAL", "DOUBLE", "INTEGER_POSITIVE", "DECIMAL_POSITIVE", "DOUBLE_POSITIVE",
                 "INTEGER_NEGATIVE", "DECIMAL_NEGATIVE", "DOUBLE_NEGATIVE" -> "number";
            case "STRING_LITERAL1", "STRING_LITERAL2", "STRING_LITERAL_LONG1", "STRING_LITERAL_LONG2" -> "string";
            default -> null;
        };
        return new SyntaxReason.Expected(kind, kind != null ? "" : "<NIL>".equals(token) ? "()" : token);
    }

    /**
     * Refuses a query that calls SERVICE anywhere: in its patterns, inside FILTER EXISTS / NOT EXISTS, in a
     * SELECT expression. The text is read token by token (Jena's algebra keeps EXISTS patterns inside
     * expressions, where its own run-time guard turns a refusal into a false filter); the word SERVICE in a
     * comment, a string or an IRI is not the keyword.
     */
    public static void refuseService(String text) throws QueryProblem {
        Optional<QueryText.Service> service = new QueryText(text).firstService();
        if (service.isPresent()) {
            QueryText.Position at = service.get().position();
            throw new QueryProblem(QueryProblem.Kind.REFUSED, at.line(), at.column(), "SERVICE " + service.get().endpoint()
                    + " refused: queries do not contact other endpoints unless SERVICE is allowed (--allow-service)");
        }
    }
}
