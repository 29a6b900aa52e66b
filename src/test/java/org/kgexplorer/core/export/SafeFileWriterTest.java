package org.kgexplorer.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where -o and the window's saves write: whole files, and what is not a regular file is never replaced. */
class SafeFileWriterTest {
    @TempDir
    Path dir;

    private static void write(Path target, String text) throws Exception {
        SafeFileWriter.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private long temporaries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> SafeFileWriter.TEMPORARY.matcher(f.getFileName().toString()).matches()).count();
        }
    }

    @Test
    void aFifoIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("answers");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        write(fifo, "true\n");
        assertEquals("true\n", reader.get(20, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo), "still a FIFO");
        assertTrue(Files.exists(fifo));
        assertEquals(0, temporaries());
    }

    @Test
    void aDeviceIsWrittenIntoNotReplaced() throws Exception {
        Path device = dir.resolve("null");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start();
        // Only root may make a device node: elsewhere the FIFO test covers what is not a regular file.
        assumeTrue(mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0, "mknod needs root");
        write(device, "gone");
        assertTrue(Files.readAttributes(device, BasicFileAttributes.class).isOther(), "still a device");
        assertEquals(0, temporaries());
    }

    @Test
    void aSymlinkIsFollowedAndKept() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("real"));
        Path file = sub.resolve("answer.csv");
        Files.writeString(file, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real", "answer.csv"));
        write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(file));
        Path dangling = Files.createSymbolicLink(dir.resolve("later.csv"), Path.of("real", "later.csv"));
        write(dangling, "made");
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals("made", Files.readString(sub.resolve("later.csv")));
    }

    @Test
    void anExistingFileKeepsItsPermissionsAndANewOneGetsTheUmasks() throws Exception {
        Path existing = dir.resolve("shared.csv");
        Files.writeString(existing, "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
        write(existing, "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));

        Path plain = Files.createFile(dir.resolve("plain"));
        Path made = dir.resolve("made.csv");
        write(made, "new");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(made),
                "the mode a plain new file gets under this umask");
    }

    @Test
    void aFolderIsNoTarget() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        assertThrows(IOException.class, () -> write(folder, "x"));
        assertTrue(Files.isDirectory(folder));
        assertEquals(0, temporaries());
    }

    @Test
    void staleTemporariesOfOursGoAtTheNextWriteAndYoungOnesStay() throws Exception {
        Path stale = Files.writeString(dir.resolve(".answer.csv.123456789.part"), "killed run");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path young = Files.writeString(dir.resolve(".answer.csv.987654321.part"), "running now");
        Path notOurs = Files.writeString(dir.resolve("notes.part"), "a user's");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        write(dir.resolve("other.csv"), "x");
        assertFalse(Files.exists(stale, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(young));
        assertTrue(Files.exists(notOurs));
    }

    @Test
    void deleteAllRemovesTheTemporaryBeingWritten() throws Exception {
        Path target = dir.resolve("answer.csv");
        Files.writeString(target, "old");
        assertThrows(IllegalStateException.class, () -> SafeFileWriter.write(target, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals(1, temporaries());
            TempFiles.deleteAll();
            assertEquals(0, temporaries());
            throw new IllegalStateException("interrupted");
        }));
        assertEquals("old", Files.readString(target));
    }
}
