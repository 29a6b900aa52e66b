package org.kgexplorer.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryFilesTest {
    @TempDir
    Path dir;

    @Test
    void aByteThatIsNotUtf8IsAQueryErrorAtItsLineAndColumn() throws Exception {
        Path file = dir.resolve("latin1.rq");
        byte[] head = "SELECT ?s\nWHERE { ?s ?p \"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // é in Latin-1
        bytes[head.length + 1] = '"';
        bytes[head.length + 2] = '}';
        Files.write(file, bytes);
        QueryProblem e = assertThrows(QueryProblem.class, () -> QueryFiles.read(file));
        assertEquals(QueryProblem.Kind.SYNTAX, e.kind());
        assertEquals("query:2:16: the query is not UTF-8 text (byte 0xe9); save it as UTF-8", e.getMessage());
    }

    @Test
    void aCutOffCharacterAtTheEndIsAQueryError() {
        byte[] bytes = {'A', 'S', 'K', ' ', '{', '}', ' ', (byte) 0xC3};
        QueryProblem e = assertThrows(QueryProblem.class, () -> QueryFiles.decode(bytes));
        assertEquals("query:1:8: the query is not UTF-8 text (byte 0xc3); save it as UTF-8", e.getMessage());
    }

    @Test
    void utf8TextIsReadWholeWithoutItsByteOrderMark() throws Exception {
        Path file = dir.resolve("accents.rq");
        Files.writeString(file, "\uFEFFSELECT * WHERE { ?s ?p \"acción\" }", StandardCharsets.UTF_8);
        assertEquals("SELECT * WHERE { ?s ?p \"acción\" }", QueryFiles.read(file));
    }
}
