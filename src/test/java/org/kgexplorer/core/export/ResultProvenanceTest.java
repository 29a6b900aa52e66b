package org.kgexplorer.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.remote.Endpoint;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** The reproducibility block beside a saved CSV, read back as JSON. */
class ResultProvenanceTest {
    @TempDir
    Path dir;

    private JsonObject writeAndRead(ResultProvenance p) throws Exception {
        Path csv = dir.resolve("answer.csv");
        Path written = p.writeBesides(csv);
        assertEquals(dir.resolve("answer.csv.json"), written);
        return JSON.parse(Files.readString(written, StandardCharsets.UTF_8));
    }

    @Test
    void filesAreListedWithTheirSha256AndTheKeysComeInTheDocumentedOrder() throws Exception {
        Path data = dir.resolve("data.ttl");
        Files.writeString(data, "<http://ex.org/a> <http://ex.org/p> 1 .\n");
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(List.of(data)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        String query = "SELECT ?s WHERE {\n  ?s ?p \"x\\\"y\"\n}";

        JsonObject json = writeAndRead(new ResultProvenance(query, ResultProvenance.of(store, query, true, 1).sources(),
                true, Instant.parse("2026-12-06T23:10:05.123Z"), 1));

        assertEquals(List.of("query", "sources", "inference", "created", "software", "rows"), List.copyOf(json.keys()));
        assertEquals(query, json.getString("query"));
        List<JsonValue> sources = json.get("sources").getAsArray();
        assertEquals(1, sources.size());
        JsonObject file = sources.get(0).getAsObject();
        assertEquals(data.toString(), file.getString("path"));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(data)));
        assertEquals(expected, file.getString("sha256"));
        assertEquals("rdfs", json.getString("inference"));
        assertEquals("2026-12-06T23:10:05Z", json.getString("created"));
        assertTrue(json.getString("software").matches("kg-explorer \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), json.getString("software"));
        assertEquals(1, json.getNumber("rows").intValue());
    }

    @Test
    void aFileGoneSinceLoadingHasNoChecksum() throws Exception {
        Path data = dir.resolve("gone.ttl");
        Files.writeString(data, "<http://ex.org/a> <http://ex.org/p> 1 .\n");
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(List.of(data)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        Files.delete(data);
        JsonObject json = writeAndRead(ResultProvenance.of(store, "SELECT * {}", false, 0));
        JsonObject file = json.get("sources").getAsArray().get(0).getAsObject();
        assertTrue(file.get("sha256").isNull());
        assertEquals("none", json.getString("inference"));
    }

    @Test
    void aDatabaseIsItsFolder() throws Exception {
        try (TdbStore db = TdbStore.open(dir.resolve("db"), true)) {
            JsonObject json = writeAndRead(ResultProvenance.of(db, "SELECT * {}", false, 0));
            JsonObject source = json.get("sources").getAsArray().get(0).getAsObject();
            assertEquals(List.of("store"), List.copyOf(source.keys()));
            assertEquals(dir.resolve("db").toAbsolutePath().toString(), source.getString("store"));
        }
    }

    @Test
    void anEndpointIsItsAddressWithoutCredentials() throws Exception {
        RemoteStore remote = new RemoteStore(Endpoint.open(URI.create("http://reader:secret@127.0.0.1:9/ds/sparql")), 1000);
        JsonObject json = writeAndRead(ResultProvenance.of(remote, "SELECT * {}", false, 0));
        JsonObject source = json.get("sources").getAsArray().get(0).getAsObject();
        assertEquals("http://127.0.0.1:9/ds/sparql", source.getString("endpoint"));
        assertTrue(!Files.readString(dir.resolve("answer.csv.json")).contains("secret"));
    }
}
