package org.kgexplorer.core.export;

import java.io.IOException;

/**
 * The graph holds what the chosen format cannot express (a triple term of RDF 1.2 in RDF/XML or JSON-LD): nothing
 * was written. Not a failure of the output, so front ends tell it apart from other {@link IOException}s.
 */
public final class UnwritableGraphException extends IOException {
    private static final long serialVersionUID = 1L;

    UnwritableGraphException(String message) {
        super(message);
    }
}
