package org.kgexplorer.core.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a {@code .rq} file as SPARQL requires, UTF-8, for the command line's {@code -f} and the window's Open query.
 * A byte that is not UTF-8 is a query error at its line and column: decoding it into U+FFFD, as
 * {@code new String(bytes, UTF_8)} does, would change the query silently, and saving it again would lose the text.
 */
public final class QueryFiles {
    /**
     * The most a query file may hold: far above any real query (a 10 MB comment fits), far below what fills a
     * default heap, so an endless source ({@code /dev/zero}) or a data file named by mistake is refused.
     */
    public static final int MAX_BYTES = 64 << 20;

    private QueryFiles() {
    }

    /** A query file larger than {@link #MAX_BYTES}. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the query file is larger than " + (MAX_BYTES >> 20) + " MB; a query is text, not data");
        }
    }

    /**
     * The text of a query file, without a leading byte-order mark.
     *
     * @throws QueryProblem a syntax problem at the first byte that is not UTF-8
     * @throws IOException  the file cannot be read, or is larger than {@link #MAX_BYTES} ({@link TooLarge})
     */
    public static String read(Path file) throws IOException, QueryProblem {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new TooLarge();
        }
        return decode(bytes);
    }

    /** Decodes a query's bytes as strict UTF-8; see {@link #read(Path)}. */
    public static String decode(byte[] bytes) throws QueryProblem {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            long line = 1;
            long column = 1;
            while (out.hasRemaining()) {
                if (out.get() == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new QueryProblem(QueryProblem.Kind.SYNTAX, line, column,
                    String.format(Locale.ROOT, "the query is not UTF-8 text (byte 0x%02x); save it as UTF-8",
                            bytes[in.position()] & 0xff));
        }
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
