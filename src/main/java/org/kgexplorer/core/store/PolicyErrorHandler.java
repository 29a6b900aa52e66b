package org.kgexplorer.core.store;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * Stops a parse at its first error, and at its first warning about what the W3C suites call a syntax error unless
 * the load is lenient. Warnings about data the suites call valid never stop a load; a lenient load passes every
 * warning on.
 * <p>
 * A refused warning stops the parse at the parser's next step ({@link #failIfRefused()}), not at once: Jena may
 * fail on what it warned about (a base IRI it cannot resolve against), and then the load is an error that
 * {@code --lenient} would not get past either, so the refusal must not say that it would.
 */
final class PolicyErrorHandler implements ErrorHandler {
    /**
     * Parts of Jena's warnings about valid RDF, each proved by a positive W3C test: an ill-typed literal is still a
     * literal; U+FFFD was written by the author, since {@link Utf8Input} checked the bytes; {@code http:g} breaks a
     * scheme's own rule, not IRI syntax; RDF/XML ignores unknown XML attributes and processing instructions, and
     * unknown {@code rdf:} names are names.
     */
    private static final List<String> VALID_DATA = List.of("Lexical form '", "Unicode replacement character U+FFFD",
            "REQUIRED_COMPONENT_MISSING", "Processing instruction - ignored", "Unrecognized XML attribute",
            "Unrecognized XML non-namespaced attribute", "is not a recognized RDF", "is being used on a typed node");

    private final String location;
    private final ParsePolicy policy;
    private volatile boolean refusedWarning;
    private DataWarning refused;
    private DataWarning last;

    PolicyErrorHandler(String location, ParsePolicy policy) {
        this.location = location;
        this.policy = policy;
    }

    /**
     * Whether the parse stopped on a warning that a lenient load would accept. Kept here, not in the exception: Jena's
     * tokenizer rethrows what its error handler throws as a plain {@link RiotParseException}.
     */
    boolean refusedAWarning() {
        return refusedWarning;
    }

    /** Fails the parse on the first refused warning, if one came since the parser's last step. */
    void failIfRefused() {
        DataWarning first = refused;
        if (first != null) {
            refusedWarning = true;
            throw new RiotParseException(first.message(), first.line(), first.column());
        }
    }

    /** The latest warning, accepted or not: the nearest position known when Jena then fails without one. */
    Optional<DataWarning> lastWarning() {
        return Optional.ofNullable(last);
    }

    @Override
    public void warning(String message, long line, long col) {
        DataWarning warning = new DataWarning(location, line, col, shown(message));
        last = warning;
        if (policy.lenient()) {
            policy.warnings().accept(warning);
        } else if (refused == null && !aboutValidData(message)) {
            refused = warning;
        }
    }

    /** The message on one line; Jena's message for the empty relative IRI {@code <>} ends with nothing. */
    private static String shown(String message) {
        String clean = ParseMessages.clean(message);
        return clean.endsWith("Relative IRI:") ? clean + " <>" : clean;
    }

    private static boolean aboutValidData(String message) {
        return message != null && VALID_DATA.stream().anyMatch(message::contains);
    }

    @Override
    public void error(String message, long line, long col) {
        throw new RiotParseException(message, line, col);
    }

    @Override
    public void fatal(String message, long line, long col) {
        throw new RiotParseException(message, line, col);
    }
}
