package org.kgexplorer.core.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that the target name only ever holds a complete file: the content goes to a temporary
 * file in the same folder, which is moved into place once fully written; on any failure (or cancellation)
 * the temporary file is deleted and the target is left as it was.
 */
public final class SafeFileWriter {

    /** Writes content to an output stream; may throw I/O errors or be cancelled. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private SafeFileWriter() {
    }

    public static void write(Path target, Content content) throws Exception {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        boolean done = false;
        try {
            try (OutputStream file = Files.newOutputStream(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
