package org.kgexplorer.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.kgexplorer.core.store.ParseMessages;

/** Parses SPARQL text into a query, with line and column on error, and finds SERVICE calls in it. */
public final class SparqlParsing {
    private static final Pattern SERVICE_KEYWORD = Pattern.compile("(?i)\\bSERVICE\\b");

    private SparqlParsing() {
    }

    public static Query parse(String text) throws QueryProblem {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return rethrow(e);
        } catch (RuntimeException e) {
            throw new QueryProblem(QueryProblem.Kind.SYNTAX, "not a valid query: " + ParseMessages.clean(e.getMessage()));
        }
    }

    private static Query rethrow(QueryParseException e) throws QueryProblem {
        long[] at = position(e.getMessage(), e.getLine(), e.getColumn());
        throw new QueryProblem(QueryProblem.Kind.SYNTAX, at[0], at[1], describe(e.getMessage()));
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

    /** Turns JavaCC's "Encountered ... Was expecting one of ..." into a sentence a user can act on. */
    static String describe(String message) {
        if (message == null) {
            return "syntax error";
        }
        String first = message.strip().lines().findFirst().orElse("");
        Matcher lexical = LEXICAL.matcher(first);
        if (first.startsWith("Lexical error") && lexical.find()) {
            if (lexical.group(3) != null && !lexical.group(3).isEmpty()) {
                return "unexpected \"" + lexical.group(3) + "\"";
            }
            if (lexical.group(2) != null) {
                return "unexpected character '" + Character.toString(Integer.parseInt(lexical.group(2))) + "'";
            }
            return "the query ends inside a word or string";
        }
        Matcher unresolved = UNRESOLVED.matcher(first);
        if (unresolved.find()) {
            return "unknown prefix in " + unresolved.group(1) + ": declare it with PREFIX";
        }
        if (first.startsWith("Encountered \"<EOF>\"")) {
            return "the query ends too early" + expectations(message);
        }
        Matcher m = ENCOUNTERED.matcher(first);
        if (m.find()) {
            return "unexpected \"" + m.group(2).strip() + "\"" + expectations(message);
        }
        String clean = ParseMessages.clean(message);
        return clean.isEmpty() ? "syntax error" : clean;
    }

    private static String expectations(String message) {
        int at = message.indexOf("Was expecting");
        if (at < 0) {
            return "";
        }
        java.util.LinkedHashSet<String> wanted = new java.util.LinkedHashSet<>();
        for (String line : message.substring(at).lines().skip(1).toList()) {
            String token = line.strip().replaceAll("\\s*\\.\\.\\.$", "").strip();
            if (!token.isEmpty()) {
                wanted.add(friendly(token));
            }
        }
        if (wanted.isEmpty()) {
            return "";
        }
        List<String> shown = wanted.stream().limit(6).toList();
        return "; expected " + String.join(", ", shown) + (wanted.size() > shown.size() ? ", ..." : "");
    }

    private static String friendly(String token) {
        return switch (token.replaceAll("[<>]", "")) {
            case "VAR1", "VAR2" -> "a variable";
            case "IRIref" -> "an IRI";
            case "PNAME_NS", "PNAME_LN" -> "a prefixed name";
            case "BLANK_NODE_LABEL", "ANON" -> "a blank node";
            case "INTEGER", "DECIMAL", "DOUBLE", "INTEGER_POSITIVE", "DECIMAL_POSITIVE", "DOUBLE_POSITIVE",
                 "INTEGER_NEGATIVE", "DECIMAL_NEGATIVE", "DOUBLE_NEGATIVE" -> "a number";
            case "STRING_LITERAL1", "STRING_LITERAL2", "STRING_LITERAL_LONG1", "STRING_LITERAL_LONG2" -> "a string";
            case "NIL" -> "()";
            default -> token;
        };
    }

    /** The SERVICE endpoints a query would call, in the order they appear. */
    public static List<String> serviceEndpoints(Query query) {
        List<String> endpoints = new ArrayList<>();
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                endpoints.add(op.getService().toString());
            }
        });
        return endpoints;
    }

    /** Refuses a query that calls SERVICE, pointing at the first SERVICE keyword in the text. */
    public static void refuseService(Query query, String text) throws QueryProblem {
        List<String> endpoints = serviceEndpoints(query);
        if (endpoints.isEmpty()) {
            return;
        }
        long line = -1;
        long column = -1;
        Matcher m = SERVICE_KEYWORD.matcher(text);
        if (m.find()) {
            String before = text.substring(0, m.start());
            line = before.chars().filter(c -> c == '\n').count() + 1;
            column = m.start() - before.lastIndexOf('\n');
        }
        throw new QueryProblem(QueryProblem.Kind.REFUSED, line, column,
                "SERVICE " + endpoints.get(0) + " refused: queries do not contact other endpoints unless SERVICE is allowed (--allow-service)");
    }
}
