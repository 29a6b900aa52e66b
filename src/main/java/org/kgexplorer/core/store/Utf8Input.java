package org.kgexplorer.core.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that the bytes passing through are UTF-8 (no stray or overlong bytes, no encoded surrogates, nothing cut
 * off at the end) and stops at the first one that is not, with its line and column. Jena's text parsers would
 * put U+FFFD in its place and load on: a silent change to the user's data.
 */
final class Utf8Input extends FilterInputStream {
    private final String location;
    private final InputFault fault;
    /** Continuation bytes still expected, and the allowed range of the next one (Unicode's table 3-7). */
    private int pending;
    private int nextLow = 0x80;
    private int nextHigh = 0xBF;
    private int leadByte;
    private long line = 1;
    private long column = 1;

    Utf8Input(InputStream in, String location, InputFault fault) {
        super(in);
        this.location = location;
        this.fault = fault;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            atEnd();
        }
        int end = offset + n;
        int i = offset;
        while (i < end) {
            if (pending == 0) {
                // Runs of ASCII (almost all of most RDF) counted in locals: this check is on the parse's own thread
                // and a byte at a time through check() cost 0.6 s of the 8 s that parsing 783 MB takes.
                long l = line;
                long c = column;
                for (; i < end; i++) {
                    byte b = buffer[i];
                    if (b < 0) {
                        break;
                    }
                    if (b == '\n') {
                        l++;
                        c = 1;
                    } else {
                        c++;
                    }
                }
                line = l;
                column = c;
                if (i == end) {
                    break;
                }
            }
            check(buffer[i] & 0xff);
            i++;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Parsers do not skip; reading through keeps the check whole.
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    private void check(int b) throws IOException {
        if (pending > 0) {
            if (b < nextLow || b > nextHigh) {
                throw bad(leadByte);
            }
            nextLow = 0x80;
            nextHigh = 0xBF;
            if (--pending == 0) {
                column++;
            }
            return;
        }
        if (b < 0x80) {
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            return;
        }
        leadByte = b;
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            nextLow = b == 0xE0 ? 0xA0 : 0x80;
            nextHigh = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            nextLow = b == 0xF0 ? 0x90 : 0x80;
            nextHigh = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw bad(b);
        }
    }

    private void atEnd() throws IOException {
        if (pending > 0) {
            throw bad(leadByte);
        }
    }

    private IOException bad(int b) {
        return fault.record(new DataLoadException(location, line, column,
                String.format("not valid UTF-8: byte 0x%02x does not belong here (is the file in another encoding?)", b)));
    }
}
