package org.kgexplorer.core.explore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** The data the explore tests read: the bundled graph, and a small harbour graph loaded from a folder of files. */
public final class Fixtures {
    public static final String KG = "https://kgexplorer.org/id/";
    public static final String KGX = "https://kgexplorer.org/ontology#";
    public static final String EX = "http://example.org/harbour/";

    /** The system property that chooses the store the screen tests read: {@code memory} (the default) or {@code tdb2}. */
    public static final String STORE_PROPERTY = "kgx.test.store";

    private static KnowledgeStore bundled;

    private Fixtures() {
    }

    /** The bundled graph, loaded once per test run (tests only read it). */
    public static synchronized KnowledgeStore bundled() {
        if (bundled == null) {
            bundled = bundledStore();
        }
        return bundled;
    }

    /**
     * A fresh store with the bundled graph: in memory, or, when the system property {@value #STORE_PROPERTY} is
     * {@code tdb2} (the build's {@code screens-on-tdb2} run), a TDB2 database in a temporary folder, so the same
     * screen tests walk every screen over a database too.
     */
    public static KnowledgeStore bundledStore() {
        KnowledgeStore store = "tdb2".equals(System.getProperty(STORE_PROPERTY)) ? database() : new InMemoryStore();
        try {
            store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        } catch (DataLoadException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    /** An empty TDB2 database in a new temporary folder, removed when the test JVM ends. */
    private static TdbStore database() {
        try {
            Path dir = Files.createTempDirectory("kgx-screens-db");
            TdbStore store = TdbStore.open(dir.resolve("db"), true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    // a temporary folder the system clears
                }
            }));
            return store;
        } catch (IOException | TdbStore.Unavailable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the harbour graph and its report text into {@code dir} (harbour.ttl beside texts/report.txt). */
    public static Path harbourFiles(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("texts"));
        copy("harbour.ttl", dir.resolve("harbour.ttl"));
        copy("texts/report.txt", dir.resolve("texts/report.txt"));
        return dir.resolve("harbour.ttl");
    }

    /** A store with only the harbour graph, loaded from a file in {@code dir}. */
    public static KnowledgeStore harbour(Path dir) throws IOException, DataLoadException {
        Path file = harbourFiles(dir);
        KnowledgeStore store = new InMemoryStore();
        store.load(RdfInputs.of(List.of(file)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        return store;
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            Files.copy(in, to);
        }
    }
}
