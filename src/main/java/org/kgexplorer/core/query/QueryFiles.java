package org.kgexplorer.core.query;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a {@code .rq} file as SPARQL requires, UTF-8, for the command line's {@code -f} and the window's Open query.
 * A byte that is not UTF-8 is a query error at its line and column: decoding it into U+FFFD, as
 * {@code new String(bytes, UTF_8)} does, would change the query silently, and saving it again would lose the text.
 */
public final class QueryFiles {
    private QueryFiles() {
    }

    /**
     * The text of a query file, without a leading byte-order mark.
     *
     * @throws QueryProblem a syntax problem at the first byte that is not UTF-8
     * @throws IOException  the file cannot be read
     */
    public static String read(Path file) throws IOException, QueryProblem {
        return decode(Files.readAllBytes(file));
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
                    String.format("the query is not UTF-8 text (byte 0x%02x)", bytes[in.position()] & 0xff));
        }
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
