package org.kgexplorer.core.query;

import java.util.List;

/**
 * Why a query does not parse, kept in parts (what kind of mistake, the word it is about, what the parser wanted)
 * so that a window can say it in its own language; {@link #english()} is the sentence the command line prints.
 *
 * @param code     the kind of mistake
 * @param token    the word, character, prefixed name or variable the mistake is about ("" when none)
 * @param expected what the parser would have accepted instead, at most six (empty when it does not say)
 * @param more     the parser would have accepted more than those shown
 * @param english  the sentence in English, exactly as the command line prints it
 */
public record SyntaxReason(Code code, String token, List<Expected> expected, boolean more, String english) {
    /** The kinds of mistake a query's text can have. */
    public enum Code {
        /** A word or symbol where it cannot be: {@code unexpected "<"}. */
        UNEXPECTED,
        /** A character no word can start with. */
        UNEXPECTED_CHARACTER,
        /** The text ends inside a word or a string. */
        ENDS_INSIDE_WORD,
        /** The text ends before the query does. */
        ENDS_EARLY,
        /** A prefixed name whose prefix is not declared. */
        UNKNOWN_PREFIX,
        /** An update operation (INSERT, DELETE, LOAD...) where a query should be. */
        UPDATE,
        /** Nesting deeper than the parser can follow. */
        TOO_DEEP,
        /** A variable selected beside an aggregate without being grouped by. */
        NOT_GROUPED,
        /** BIND (or AS) to a variable the pattern before already binds. */
        ALREADY_BOUND,
        /** The same variable selected twice. */
        DUPLICATE_VARIABLE,
        /** A blank node label used again in another group. */
        BLANK_NODE_REUSED,
        /** An IRI that is not a valid IRI. */
        BAD_IRI,
        /** A query that is valid but not a SELECT, where only a SELECT will do (the step-through). */
        NOT_SELECT,
        /** Anything else: {@link #english()} has the parser's own words. */
        OTHER
    }

    /**
     * One thing the parser would have accepted.
     *
     * @param kind  a kind of term ("variable", "iri", "prefixed-name", "blank-node", "number", "string"), or null
     * @param token when {@code kind} is null, the keyword or symbol as the parser writes it, e.g. {@code "WHERE"}
     *              in double quotes, or {@code ()}
     */
    public record Expected(String kind, String token) {
        /** As the English sentence writes it. */
        public String english() {
            if (kind == null) {
                return token;
            }
            return switch (kind) {
                case "variable" -> "a variable";
                case "iri" -> "an IRI";
                case "prefixed-name" -> "a prefixed name";
                case "blank-node" -> "a blank node";
                case "number" -> "a number";
                case "string" -> "a string";
                default -> kind;
            };
        }
    }

    public SyntaxReason {
        token = token == null ? "" : token;
        expected = List.copyOf(expected);
    }

    /** A reason without expectations. */
    public static SyntaxReason of(Code code, String token, String english) {
        return new SyntaxReason(code, token, List.of(), false, english);
    }
}
