package org.kgexplorer.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Properties;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.FileDigests;
import org.kgexplorer.core.store.LoadedSource;
import org.kgexplorer.core.store.TdbStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a saved answer came from, written beside it as {@code NAME.csv.json} (issue 17's reproducibility block):
 * {@code {"query": "...", "sources": [{"path": "...", "sha256": "..."} | {"store": "DIR"} | {"endpoint": "URL"}],
 * "inference": "none|rdfs", "created": "ISO-8601", "software": "kg-explorer VERSION", "rows": N}}, in that order.
 * A file's SHA-256 is of its bytes when the answer is saved; a source that can no longer be read has
 * {@code "sha256": null} (and a warning in the log).
 */
public record ResultProvenance(String query, JsonArray sources, boolean rdfs, Instant created, long rows) {
    private static final Logger LOG = LoggerFactory.getLogger(ResultProvenance.class);
    /** What the file beside a saved answer adds to its name. */
    public static final String SUFFIX = ".json";

    /** The provenance of an answer of {@code query} on {@code store} with {@code rows} rows, made now. */
    public static ResultProvenance of(KnowledgeStore store, String query, boolean rdfs, long rows) {
        return new ResultProvenance(query, sources(store), rdfs, Instant.now(), rows);
    }

    /** "kg-explorer" and the version this program was built as. */
    public static String software() {
        Properties p = new Properties();
        try (InputStream in = ResultProvenance.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            LOG.warn("the build's version could not be read: {}", e.toString());
        }
        return "kg-explorer " + p.getProperty("version", "unknown");
    }

    /** The file written beside {@code saved}: its name with {@value #SUFFIX} added. */
    public static Path besides(Path saved) {
        return saved.resolveSibling(saved.getFileName() + SUFFIX);
    }

    /** The block as JSON, its keys in the documented order. */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.put("query", query);
        o.put("sources", sources);
        o.put("inference", rdfs ? "rdfs" : "none");
        o.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        o.put("software", software());
        o.put("rows", rows);
        return o;
    }

    /** The block as the text of {@code NAME.csv.json}; an evidence pack shows the very same text (ADR 47). */
    public String toText() {
        return JSON.toString(toJson()) + "\n";
    }

    /** Writes the block beside {@code saved} atomically; returns the file written. */
    public Path writeBesides(Path saved) throws Exception {
        Path file = besides(saved);
        byte[] text = toText().getBytes(StandardCharsets.UTF_8);
        SafeFileWriter.write(file, out -> out.write(text));
        return file;
    }

    /** The sources of {@code store}'s data as the block lists them, each file's SHA-256 computed now. */
    static JsonArray sources(KnowledgeStore store) {
        JsonArray list = new JsonArray();
        if (store instanceof TdbStore db) {
            JsonObject o = new JsonObject();
            o.put("store", db.folder().toAbsolutePath().toString());
            list.add(o);
        } else if (store instanceof RemoteStore remote) {
            JsonObject o = new JsonObject();
            // the address without any user name or password in it (they are never written to a file)
            java.net.URI url = remote.endpoint().url();
            String shown = url.getRawUserInfo() == null ? url.toString()
                    : url.toString().replace(url.getRawUserInfo() + "@", "");
            o.put("endpoint", shown);
            list.add(o);
        } else {
            for (LoadedSource s : new ArrayList<>(store.sources())) {
                JsonObject o = new JsonObject();
                o.put("path", s.location());
                String sha = sha256(s.location());
                if (sha == null) {
                    o.put("sha256", JsonNull.instance);
                } else {
                    o.put("sha256", sha);
                }
                list.add(o);
            }
        }
        return list;
    }

    /** The SHA-256 of a file, or of a bundled resource by that name; null when neither can be read. */
    static String sha256(String location) {
        try {
            Path file = Path.of(location);
            if (Files.isRegularFile(file)) {
                return FileDigests.sha256(file);
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            LOG.warn("the checksum of {} could not be computed: {}", location, e.toString());
            return null;
        }
        try (InputStream in = ResultProvenance.class.getClassLoader().getResourceAsStream(location)) {
            if (in != null) {
                return FileDigests.sha256(in);
            }
        } catch (IOException e) {
            LOG.warn("the checksum of {} could not be computed: {}", location, e.toString());
            return null;
        }
        LOG.warn("the checksum of {} could not be computed: it is no longer there", location);
        return null;
    }
}
