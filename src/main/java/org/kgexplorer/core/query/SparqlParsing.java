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
        throw new QueryProblem(QueryProblem.Kind.SYNTAX, e.getLine(), e.getColumn(), describe(e.getMessage()));
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
