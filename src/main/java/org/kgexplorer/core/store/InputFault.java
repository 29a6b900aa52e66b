package org.kgexplorer.core.store;

import java.io.IOException;

/**
 * The first fault found in an input's bytes while a parser reads them (compressed data that ends early, a byte that
 * is not UTF-8). Remembered here because parsers do not all pass the stream's exception on: Jena's text input
 * takes a truncated gzip stream's {@link java.io.EOFException} for the end of the data, and the JSON-LD reader
 * replaces any exception with "could not be loaded".
 */
final class InputFault {
    private volatile DataLoadException first;

    /** Remembers the fault (the first one wins) and returns the exception for the reader to throw. */
    IOException record(DataLoadException fault) {
        if (first == null) {
            first = fault;
        }
        return new IOException(first.getMessage());
    }

    /** The first fault, or null. */
    DataLoadException first() {
        return first;
    }
}
