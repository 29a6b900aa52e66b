package org.kgexplorer.core.store;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.riot.Lang;

/**
 * One thing to parse: a file on disk or a class-path resource.
 *
 * @param name      short name shown to the user (file name)
 * @param location  where it is, as the user named it (path or resource), used in error messages
 * @param baseIri   base IRI for relative IRIs in the data
 * @param size      size in bytes as stored (compressed size for .gz), -1 if unknown
 * @param gzip      whether the stored bytes are gzip-compressed
 * @param opener    opens the stored bytes
 * @param storedAs  null when the stored bytes are in the syntax the name says; else the binary RDF syntax
 *                  (RDF Thrift) they were converted to at build time from a file of that name, checked then, so
 *                  they are read without the text checks (the bundled graph, ADR 35)
 */
public record RdfInput(String name, String location, String baseIri, long size, boolean gzip, Opener opener,
                       Lang storedAs) {

    /** An input whose stored bytes are in the syntax its name (or else its content) says. */
    public RdfInput(String name, String location, String baseIri, long size, boolean gzip, Opener opener) {
        this(name, location, baseIri, size, gzip, opener, null);
    }

    /** The same input, its relative IRIs resolved against {@code base} instead of its own location. */
    public RdfInput withBase(String base) {
        return new RdfInput(name, location, base, size, gzip, opener, storedAs);
    }

    /** The same input, its bytes read from a build-time conversion to the binary syntax {@code binary} instead. */
    public RdfInput storedAs(Lang binary, long binarySize, Opener binaryOpener) {
        return new RdfInput(name, location, baseIri, binarySize, false, binaryOpener, binary);
    }

    /** Opens the stored bytes of an input. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
