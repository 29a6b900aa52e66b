package org.kgexplorer.core.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Writes a file so that the target name only ever holds a complete file: the content goes to a temporary
 * file in the same folder, which is moved into place once fully written; on any failure (or cancellation)
 * the temporary file is deleted and the target is left as it was. A symbolic link is followed (the file it
 * points at is replaced, the link stays); an existing file keeps its permissions, a new one gets the umask's.
 * A target that exists but is no regular file (a device, a FIFO) cannot be replaced: it is written directly.
 */
public final class SafeFileWriter {
    /** Temporary names: {@code .NAME.DIGITS.part}, as {@link Files#createTempFile} made them before. */
    static final Pattern TEMPORARY = Pattern.compile("\\..+\\.\\d+\\.part");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LINKS = 40;

    /** Writes content to an output stream; may throw I/O errors or be cancelled. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private SafeFileWriter() {
    }

    public static void write(Path target, Content content) throws Exception {
        Path file = followLinks(target.toAbsolutePath());
        if (Files.isDirectory(file)) {
            throw new IOException(target + " is a folder");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            writeDirectly(file, content);
            return;
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        TempFiles.removeStale(folder, TEMPORARY);
        Path temp = createTemporary(folder, file.getFileName().toString());
        boolean done = false;
        try {
            try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(stream, 1 << 16)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
            TempFiles.untrack(temp);
        }
    }

    /** The file a chain of symbolic links ends at (which may not exist yet). */
    static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            Path parent = p.getParent();
            Path link = Files.readSymbolicLink(p);
            p = parent == null ? link : parent.resolve(link).normalize();
        }
        if (Files.isSymbolicLink(p)) {
            throw new IOException(path + ": too many levels of symbolic links");
        }
        return p;
    }

    /** A device or FIFO: what is written stays written, as with stdout. */
    private static void writeDirectly(Path file, Content content) throws Exception {
        try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.WRITE);
             OutputStream out = new BufferedOutputStream(stream, 1 << 16)) {
            content.writeTo(out);
        }
    }

    /** Created without attributes, so its mode comes from the umask (not createTempFile's 0600). */
    private static Path createTemporary(Path folder, String name) throws IOException {
        while (true) {
            Path temp = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".part");
            try {
                Files.createFile(temp);
                TempFiles.track(temp);
                return temp;
            } catch (FileAlreadyExistsException e) {
                // another name, then
            }
        }
    }

    private static void keepPermissions(Path existing, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            view.setPermissions(Files.getPosixFilePermissions(existing, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            // a new file: the umask's mode it was created with is right
        }
    }
}
