package org.kgexplorer.core.store;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Gzip-compressed input whose early end is a data error, never a quiet end of the data. Every member of a file
 * that concatenates several is read, and what follows the last one must be another whole member: the JDK's
 * {@code GZIPInputStream} stops without a word at a member whose header is cut or damaged, dropping the rest.
 */
final class GzipInput extends FilterInputStream {
    static final String ENDS_EARLY = "the compressed data ends early";
    private final String location;
    private final InputFault fault;

    private GzipInput(InputStream in, String location, InputFault fault) {
        super(in);
        this.location = location;
        this.fault = fault;
    }

    static InputStream open(InputStream compressed, String location, InputFault fault) throws IOException {
        try {
            return new GzipInput(GzipCompressorInputStream.builder().setInputStream(compressed)
                    .setDecompressConcatenated(true).get(), location, fault);
        } catch (EOFException e) {
            throw fault.record(new DataLoadException(location, ENDS_EARLY));
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("not in the .gz format")) {
                throw fault.record(new DataLoadException(location, "not gzip-compressed data, though its name ends .gz"));
            }
            throw e;
        }
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw fault(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw fault(e);
        }
    }

    /** A cut member ends early; anything else after a member is "Unexpected data after a valid .gz stream". */
    private IOException fault(IOException e) {
        if (e instanceof EOFException) {
            return fault.record(new DataLoadException(location, ENDS_EARLY));
        }
        if (e.getMessage() != null && e.getMessage().contains("after a valid .gz stream")) {
            return fault.record(new DataLoadException(location, "something that is not compressed data follows the compressed data"));
        }
        return e;
    }
}
