package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's SHA-256 is worked out once while the file stays as it was, and again when it changes. */
class FileDigestsTest {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String ABD = "a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9";

    @TempDir
    Path dir;

    @Test
    void aFileIsReadOnceWhileItsSizeAndTimeStayTheSame() throws Exception {
        Path f = Files.writeString(dir.resolve("data.ttl"), "abc");
        FileTime time = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(f, time);
        assertEquals(ABC, FileDigests.sha256(f));

        // the same size and time: the digest known is given without reading the bytes again
        Files.writeString(f, "abd");
        Files.setLastModifiedTime(f, time);
        assertEquals(ABC, FileDigests.sha256(f));

        // a new time: read again
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_700_000_001_000L));
        assertEquals(ABD, FileDigests.sha256(f));
        assertEquals(ABD, FileDigests.sha256(new java.io.ByteArrayInputStream("abd".getBytes())));
    }
}
