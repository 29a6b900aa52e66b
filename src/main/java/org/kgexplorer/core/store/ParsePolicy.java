package org.kgexplorer.core.store;

import java.util.function.Consumer;

/**
 * How one load action reads its inputs. Strictly by default: what Jena's parsers report as a warning (a relative
 * IRI where the syntax forbids it, a bad IRI character, a bad {@code rdf:ID}, an unknown language tag) fails the
 * load like an error, because the W3C suites call it a syntax error. Leniently, those inputs load and each warning
 * goes to {@code warnings}; what Jena reports as an error never loads.
 *
 * @param lenient  whether warnings are accepted
 * @param warnings told of each accepted warning, on the thread that parses
 */
public record ParsePolicy(boolean lenient, Consumer<DataWarning> warnings) {

    /** Warnings fail the load. */
    public static ParsePolicy strict() {
        return new ParsePolicy(false, w -> { });
    }

    /** Warnings are accepted and handed to {@code warnings}. */
    public static ParsePolicy lenient(Consumer<DataWarning> warnings) {
        return new ParsePolicy(true, warnings);
    }
}
