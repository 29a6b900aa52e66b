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
        String message = ParseMessages.clean(e.getMessage());
        message = message.replaceFirst("^(Lexical error|Encountered)", "$1").strip();
        throw new QueryProblem(QueryProblem.Kind.SYNTAX, e.getLine(), e.getColumn(),
                message.isEmpty() ? "syntax error" : message);
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
