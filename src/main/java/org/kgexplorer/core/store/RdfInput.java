package org.kgexplorer.core.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * One thing to parse: a file on disk or a class-path resource.
 *
 * @param name      short name shown to the user (file name)
 * @param location  where it is, as the user named it (path or resource), used in error messages
 * @param baseIri   base IRI for relative IRIs in the data
 * @param size      size in bytes as stored (compressed size for .gz), -1 if unknown
 * @param gzip      whether the stored bytes are gzip-compressed
 * @param opener    opens the stored bytes
 */
public record RdfInput(String name, String location, String baseIri, long size, boolean gzip, Opener opener) {

    /** The same input, its relative IRIs resolved against {@code base} instead of its own location. */
    public RdfInput withBase(String base) {
        return new RdfInput(name, location, base, size, gzip, opener);
    }

    /** Opens the stored bytes of an input. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
