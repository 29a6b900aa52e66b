package org.kgexplorer.core.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Corrupt, truncated and hostile projects are refused with one line naming the file, nothing lands outside a temporary
 * folder, and the temporary folder is gone afterwards; a newer format is refused, an older one read; saving is atomic.
 */
class HostileProjectTest {
    @TempDir
    Path dir;
    private Set<String> tempBefore;

    private static final String TTL = """
            @prefix kgxp: <https://kgexplorer.org/project#> .
            [] a kgxp:Project ; kgxp:formatVersion %s ; kgxp:labelLanguage "ENGLISH" ;
               kgxp:queryTab [ a kgxp:QueryTab ; kgxp:order 1 ; kgxp:title "q" ; kgxp:queryFile "%s" ] .
            """;

    @BeforeEach
    void countTemporaryFolders() throws IOException {
        tempBefore = temporaryFolders();
    }

    @AfterEach
    void nothingIsLeftInTheTemporaryFolder() throws IOException {
        Set<String> now = temporaryFolders();
        now.removeAll(tempBefore);
        assertEquals(Set.of(), now, "a refused project leaves no temporary folder");
    }

    private static Set<String> temporaryFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("kgx-project-"))
                    .collect(Collectors.toSet());
        }
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    private static Map<String, byte[]> valid(String version) {
        return new java.util.LinkedHashMap<>(Map.of("project.ttl", TTL.formatted(version, "queries/01-q.rq").getBytes(StandardCharsets.UTF_8),
                "queries/01-q.rq", "ASK {}".getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(Path file) {
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectReader.read(file).close());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file.getFileName().toString()), "names the file: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void aNewerFormatIsRefusedWithASentenceAndAnOlderOneIsRead() throws Exception {
        String m = refusal(zip("new.kgx", valid("2")));
        assertEquals("new.kgx was saved by a newer KG Explorer (project format 2); this one reads format 1 and older:"
                + " update KG Explorer to open it", m);
        try (OpenedProject old = ProjectReader.read(zip("old.kgx", valid("0")))) {
            assertEquals(List.of(new Project.QueryTab("q", "ASK {}")), old.project().queries());
        }
    }

    @Test
    void anEntryThatClimbsOutIsRefusedAndNothingLandsOutside() throws Exception {
        Map<String, byte[]> entries = valid("1");
        entries.put("queries/../../escaped.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(zip("climb.kgx", entries)).contains("\"..\""));
        assertFalse(Files.exists(dir.resolve("escaped.txt")));
        assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir")).resolve("escaped.txt")));
    }

    @Test
    void anAbsoluteEntryIsRefused() throws Exception {
        Map<String, byte[]> entries = valid("1");
        entries.put("/tmp/kgx-absolute-" + ProcessHandle.current().pid(), "x".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(zip("absolute.kgx", entries)).contains("absolute path"));
        assertFalse(Files.exists(Path.of("/tmp/kgx-absolute-" + ProcessHandle.current().pid())));
        Map<String, byte[]> drive = valid("1");
        drive.put("C:\\Windows\\evil.txt", new byte[1]);
        assertTrue(refusal(zip("drive.kgx", drive)).contains("not a plain relative path"));
    }

    @Test
    void aLinkIsRefused() throws Exception {
        Path zip = dir.resolve("link.kgx");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            ZipArchiveEntry link = new ZipArchiveEntry("queries/01-q.rq");
            link.setUnixMode(0120777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        assertTrue(refusal(zip).contains("is a link"));
    }

    @Test
    void aLinkInAFolderProjectIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.kgx/queries"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.writeString(folder.resolveSibling("project.ttl"), TTL.formatted("1", "queries/01-q.rq"));
        Files.createSymbolicLink(folder.resolve("01-q.rq"), secret);
        assertTrue(refusal(dir.resolve("folder.kgx")).contains("is a link or lies outside the project"));
    }

    @Test
    void aDescriptionThatNamesAFileOutsideIsRefused() throws Exception {
        Map<String, byte[]> entries = valid("1");
        entries.put("project.ttl", TTL.formatted("1", "queries/../../../../etc/passwd").getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(zip("names.kgx", entries)).contains("which is no file of a project"));
        entries.put("project.ttl", TTL.formatted("1", "/etc/passwd").getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(zip("names2.kgx", entries)).contains("which is no file of a project"));
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path zip = dir.resolve("bomb.kgx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("data/01-zeros.nt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(zip) < 200_000, "64 MiB of zeros deflate to " + Files.size(zip) + " bytes");
        assertTrue(refusal(zip).contains("inflates more than 100 times"));
    }

    @Test
    void tooManyEntriesOrTooManyBytesAreRefused() throws Exception {
        Map<String, byte[]> entries = valid("1");
        for (int i = 0; i < 20; i++) {
            entries.put("views/" + i + ".json", "{}".getBytes(StandardCharsets.UTF_8));
        }
        Path zip = zip("many.kgx", entries);
        ProjectException many = assertThrows(ProjectException.class,
                () -> ProjectReader.read(zip, new SafeZip.Limits(10, 1 << 20, 1 << 20, 100, 1 << 20)));
        assertEquals("many.kgx is refused: it holds 22 entries, more than the 10 a project may hold", many.getMessage());
        ProjectException big = assertThrows(ProjectException.class,
                () -> ProjectReader.read(zip, new SafeZip.Limits(100, 1 << 20, 40, 100, 1 << 20)));
        assertTrue(big.getMessage().contains("its entries inflate past"), big.getMessage());
    }

    @Test
    void duplicateNamesAreRefused() throws Exception {
        Path zip = dir.resolve("twice.kgx");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            for (String text : List.of("ASK {}", "SELECT * {}")) {
                out.putArchiveEntry(new ZipArchiveEntry("queries/01-q.rq"));
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        assertTrue(refusal(zip).contains("twice"));
    }

    @Test
    void aTruncatedOrCorruptZipIsRefused() throws Exception {
        Path good = zip("good.kgx", valid("1"));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.kgx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(refusal(truncated).startsWith("truncated.kgx is damaged or is not a project"));
        byte[] noise = new byte[4096];
        new java.util.Random(17).nextBytes(noise);
        Path corrupt = Files.write(dir.resolve("corrupt.kgx"), noise);
        assertTrue(refusal(corrupt).startsWith("corrupt.kgx is damaged or is not a project"));
        Path empty = Files.write(dir.resolve("empty.kgx"), new byte[0]);
        refusal(empty);
    }

    @Test
    void aBrokenDescriptionOrViewIsRefused() throws Exception {
        Map<String, byte[]> entries = valid("1");
        entries.put("project.ttl", "@prefix broken".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(zip("turtle.kgx", entries)).contains("is not valid Turtle"));
        Map<String, byte[]> view = valid("1");
        view.put("project.ttl", ("""
                @prefix kgxp: <https://kgexplorer.org/project#> .
                [] a kgxp:Project ; kgxp:formatVersion 1 ;
                   kgxp:view [ a kgxp:View ; kgxp:order 1 ; kgxp:viewFile "views/01-v.json" ] .
                """).getBytes(StandardCharsets.UTF_8));
        view.put("views/01-v.json", "{\"nodes\": [1, 2]}".getBytes(StandardCharsets.UTF_8));
        assertEquals("view.kgx: its views/01-v.json is not a graph view: nodes holds something that is not a string",
                refusal(zip("view.kgx", view)));
        Map<String, byte[]> none = valid("1");
        none.remove("project.ttl");
        assertTrue(refusal(zip("none.kgx", none)).contains("project.ttl is missing"));
    }

    @Test
    void savingIsAtomic() throws Exception {
        Path target = dir.resolve("kept.kgx");
        ProjectWriter.write(Project.empty(), target, false);
        byte[] before = Files.readAllBytes(target);
        Path gone = dir.resolve("gone.ttl");
        Project broken = new Project(List.of(new Project.Source.File(gone.toString(), "", true, gone)), List.of(),
                "ENGLISH", null, List.of());
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectWriter.write(broken, target, true));
        assertTrue(e.getMessage().startsWith("gone.ttl is gone"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(target));
        // a failure while the zip is being written leaves the old file and no temporary file
        Path folderInTheWay = Files.createDirectory(dir.resolve("data.ttl"));
        Project unreadable = new Project(List.of(new Project.Source.File(folderInTheWay.toString(), "", true,
                folderInTheWay)), List.of(), "ENGLISH", null, List.of());
        assertThrows(ProjectException.class, () -> ProjectWriter.write(unreadable, target, true));
        assertArrayEquals(before, Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
    }

    @SuppressWarnings("unused")
    private static void write(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
    }
}
