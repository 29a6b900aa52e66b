package org.kgexplorer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads {@code -f FILE}: UTF-8 text of a bounded size. The bound keeps an endless source ({@code /dev/zero}) or a
 * data file named by mistake from filling the heap; a bad byte is named with its place, as in data files.
 */
final class QueryFile {
    /** Far above any real query (the 10 MB comment fits), far below what fills a default heap. */
    static final int MAX_BYTES = 64 << 20;

    private QueryFile() {
    }

    static String read(Path file) throws CliFailure {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCode.USAGE, file + ": the query file cannot be read (no such file)");
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, file + ": the query file cannot be read (" + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            throw new CliFailure(ExitCode.USAGE, file + ": the query file does not fit in memory");
        }
        if (bytes.length > MAX_BYTES) {
            throw new CliFailure(ExitCode.USAGE, file + ": the query file is larger than " + (MAX_BYTES >> 20)
                    + " MB; a query is text, not data");
        }
        return decode(file, bytes);
    }

    private static String decode(Path file, byte[] bytes) throws CliFailure {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            throw new CliFailure(ExitCode.USAGE, file + ":" + place(out.flip()) + ": the query file is not valid UTF-8: byte 0x"
                    + String.format(Locale.ROOT, "%02x", bytes[in.position()] & 0xFF) + " (save it as UTF-8)");
        }
        utf8.flush(out);
        return out.flip().toString();
    }

    /** LINE:COL of the character after the text decoded so far. */
    private static String place(CharSequence before) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }
}
