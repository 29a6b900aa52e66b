package org.kgexplorer.core.store;

import java.util.function.Consumer;

/**
 * How one load action reads its inputs. Strictly by default: what Jena's parsers report as a warning (a relative
 * IRI where the syntax forbids it, a bad IRI character, a bad {@code rdf:ID}, an unknown language tag) fails the
 * load like an error, because the W3C suites call it a syntax error. Leniently, those inputs load and each warning
 * goes to {@code warnings}; what Jena reports as an error never loads. Either way {@code warnings} hears of what
 * loads but deserves a word (an XML entity that nothing defines, read as nothing).
 *
 * @param lenient  whether the parsers' warnings are accepted
 * @param warnings told of each accepted warning, on the thread that parses
 */
public record ParsePolicy(boolean lenient, Consumer<DataWarning> warnings) {

    /** The parsers' warnings fail the load; nobody hears of the rest. */
    public static ParsePolicy strict() {
        return new ParsePolicy(false, w -> { });
    }

    /** The parsers' warnings fail the load; {@code warnings} hears of what loads but deserves a word. */
    public static ParsePolicy strict(Consumer<DataWarning> warnings) {
        return new ParsePolicy(false, warnings);
    }

    /** Warnings are accepted and handed to {@code warnings}. */
    public static ParsePolicy lenient(Consumer<DataWarning> warnings) {
        return new ParsePolicy(true, warnings);
    }
}
