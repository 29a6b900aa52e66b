package org.kgexplorer.core.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

import org.kgexplorer.core.task.Cancellation;

/** Counts the bytes read (for progress) and stops reading once the work is cancelled. */
final class CountingInputStream extends FilterInputStream {
    private final Cancellation cancellation;
    private final LongConsumer onBytes;

    CountingInputStream(InputStream in, Cancellation cancellation, LongConsumer onBytes) {
        super(in);
        this.cancellation = cancellation;
        this.onBytes = onBytes;
    }

    @Override
    public int read() throws IOException {
        cancellation.throwIfCancelled();
        int b = super.read();
        if (b >= 0) {
            onBytes.accept(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        cancellation.throwIfCancelled();
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            onBytes.accept(n);
        }
        return n;
    }
}
