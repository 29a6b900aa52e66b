package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The UTF-8 check counts lines and columns in characters across reads of any size (its runs of ASCII are counted
 * apart from its multi-byte characters), passes good bytes through unchanged, and names the place of the first bad one.
 */
class Utf8InputTest {
    private static final int LINES = 3000;

    private static byte[] text() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            // two-, three- and four-byte characters among ASCII, so reads end inside characters too
            s.append("<https://example.org/línea").append(i).append("> <https://example.org/p> \"€ ").append(i)
                    .append(" 𝄞 ascii tail\" .\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        if (chunk == 1) {
            for (int b; (b = in.read()) >= 0; ) {
                out.write(b);
            }
        } else {
            for (int n; (n = in.read(buffer, 0, chunk)) > 0; ) {
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8192, 1 << 16})
    void passesGoodBytesThroughUnchanged(int chunk) throws IOException {
        byte[] good = text();
        assertArrayEquals(good, readAll(new Utf8Input(new ByteArrayInputStream(good), "x.nt", new InputFault()), chunk));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8192, 1 << 16})
    void namesTheLineAndColumnOfTheFirstBadByteAfterManyReads(int chunk) {
        byte[] good = text();
        byte[] bad = new byte[good.length + 4];
        System.arraycopy(good, 0, bad, 0, good.length);
        // "é" as a stray lead byte: line LINES + 1, after "ab" and a good "é"
        bad[good.length] = 'a';
        bad[good.length + 1] = (byte) 0xc3;
        bad[good.length + 2] = (byte) 0xa9;
        bad[good.length + 3] = (byte) 0xff;
        InputFault fault = new InputFault();
        assertThrows(IOException.class, () -> readAll(new Utf8Input(new ByteArrayInputStream(bad), "x.nt", fault), chunk));
        assertEquals(LINES + 1, fault.first().line());
        assertEquals(3, fault.first().column(), "after 'a' and 'é': the third character");
    }
}
