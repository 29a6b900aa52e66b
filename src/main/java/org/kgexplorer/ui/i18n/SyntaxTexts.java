package org.kgexplorer.ui.i18n;

import java.util.ArrayList;
import java.util.List;

import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.SyntaxReason;

/**
 * A query's syntax error in the interface's language: the parser's reason ({@link SyntaxReason}) said with the
 * sentences of this package's bundle, the word it is about and what was expected kept as written. The command line
 * keeps the English of {@link QueryProblem#problem()}; the position is the problem's own in both.
 */
public final class SyntaxTexts {
    static final String BUNDLE = "org.kgexplorer.ui.i18n.messages";

    private SyntaxTexts() {
    }

    /**
     * What was wrong with a query, after its line and column when it has them ("Line 6, column 13: ..."): the same
     * position as the command line's {@code query:6:13:}.
     */
    public static String said(I18n.Texts any, QueryProblem p) {
        return p.line() > 0 ? any.of(BUNDLE).get("syntax.at", p.line(), Math.max(1, p.column()), problem(any, p))
                : problem(any, p);
    }

    /** What was wrong with a query, without its position; a problem with no reason keeps its own words. */
    public static String problem(I18n.Texts any, QueryProblem p) {
        SyntaxReason r = p.reason();
        if (r == null) {
            return p.problem();
        }
        I18n.Texts texts = any.of(BUNDLE);
        String token = r.token();
        String sentence = switch (r.code()) {
            case UNEXPECTED -> texts.get("syntax.unexpected", token);
            case UNEXPECTED_CHARACTER -> texts.get("syntax.unexpectedCharacter", token);
            case ENDS_INSIDE_WORD -> texts.get("syntax.endsInsideWord");
            case ENDS_EARLY -> texts.get("syntax.endsEarly");
            case UNKNOWN_PREFIX -> texts.get("syntax.unknownPrefix", token);
            case UPDATE -> texts.get("syntax.update", token);
            case TOO_DEEP -> texts.get("syntax.tooDeep");
            case NOT_GROUPED -> texts.get("syntax.notGrouped", token);
            case ALREADY_BOUND -> texts.get("syntax.alreadyBound", token);
            case DUPLICATE_VARIABLE -> texts.get("syntax.duplicateVariable", token);
            case BLANK_NODE_REUSED -> texts.get("syntax.blankNodeReused", token);
            case BAD_IRI -> texts.get("syntax.badIri", token);
            case OTHER -> texts.get("syntax.other", r.english());
            case NOT_SELECT -> texts.get("syntax.notSelect");
        };
        if (r.expected().isEmpty()) {
            return sentence;
        }
        List<String> words = new ArrayList<>();
        for (SyntaxReason.Expected e : r.expected()) {
            words.add(e.kind() != null ? texts.get("syntax.expect." + e.kind()) : keyword(texts, e.token()));
        }
        return texts.get("syntax.expecting", sentence, String.join(", ", words) + (r.more() ? ", ..." : ""));
    }

    /** A keyword or symbol the parser wanted, quoted as the language quotes (the parser writes "where"). */
    private static String keyword(I18n.Texts texts, String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return texts.get("syntax.quoted", token.substring(1, token.length() - 1));
        }
        return token;
    }
}
