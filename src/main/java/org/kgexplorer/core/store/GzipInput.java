package org.kgexplorer.core.store;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Gzip-compressed input whose early end is a data error, never a quiet end of the data. */
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
            return new GzipInput(new GZIPInputStream(compressed, 1 << 16), location, fault);
        } catch (EOFException e) {
            throw fault.record(new DataLoadException(location, ENDS_EARLY));
        }
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (EOFException e) {
            throw fault.record(new DataLoadException(location, ENDS_EARLY));
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (EOFException e) {
            throw fault.record(new DataLoadException(location, ENDS_EARLY));
        }
    }
}
