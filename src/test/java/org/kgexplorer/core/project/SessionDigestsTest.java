package org.kgexplorer.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.store.FileDigests;

/**
 * The session written when the window closes (JavaFX thread) reads no linked file: it names a linked file's SHA-256
 * only where it is already known, and leaves it out otherwise (then the file is not checked on opening).
 */
class SessionDigestsTest {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    @Test
    void aDigestIsKnownOnlyOnceWorkedOutAndWhileTheFileStaysTheSame() throws Exception {
        Path f = Files.writeString(dir.resolve("known.ttl"), "abc");
        assertEquals(Optional.empty(), FileDigests.known(f));
        assertEquals(ABC, FileDigests.sha256(f));
        assertEquals(Optional.of(ABC), FileDigests.known(f));
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5_000));
        assertEquals(Optional.empty(), FileDigests.known(f), "a changed file's digest is not known");
        assertEquals(Optional.empty(), FileDigests.known(dir.resolve("absent.ttl")));
    }

    @Test
    void theSessionNamesOnlyTheDigestsAlreadyKnown() throws Exception {
        Path unknown = Files.writeString(dir.resolve("unknown.ttl"), "<http://example.org/a> <http://example.org/b> 1 .\n");
        Path known = Files.writeString(dir.resolve("digested.ttl"), "<http://example.org/a> <http://example.org/b> 2 .\n");
        String sha = FileDigests.sha256(known);
        Path session = dir.resolve("session.kgx");
        ProjectWriter.writeWithKnownDigests(new Project(List.of(Project.Source.File.linked(unknown, ""),
                Project.Source.File.linked(known, "")), List.of(), "ENGLISH", null, List.of()), session);
        try (OpenedProject read = ProjectReader.read(session)) {
            assertEquals(List.of(), read.problems());
            List<String> shas = read.project().sources().stream()
                    .map(s -> ((Project.Source.File) s).sha256()).toList();
            assertEquals(List.of("", sha), shas);
        }
        assertEquals(Optional.empty(), FileDigests.known(unknown), "the unknown file was not read");
    }
}
