package org.kgexplorer.core.explain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** The stores the timeline and matrix tests read: the bundled graph in memory or in TDB2, generated data, Turtle. */
final class ExplainStores {
    static final String KG = "https://kgexplorer.org/id/";
    static final String KGX = "https://kgexplorer.org/ontology#";

    private ExplainStores() {
    }

    static KnowledgeStore bundledInMemory() throws Exception {
        KnowledgeStore store = new InMemoryStore();
        store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        return store;
    }

    /** The bundled graph in a new TDB2 database under {@code dir}; the caller closes it. */
    static TdbStore bundledInDatabase(Path dir) throws Exception {
        TdbStore store = TdbStore.open(dir.resolve("db"), true);
        store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        return store;
    }

    /** About {@code triples} generated triples (ORG-shaped, seed 17) in memory. */
    static KnowledgeStore generated(Path dir, long triples) throws Exception {
        Path file = dir.resolve("generated.nt");
        new OrgDataGenerator(17, triples).write(file);
        KnowledgeStore store = new InMemoryStore();
        store.load(RdfInputs.of(List.of(file)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        return store;
    }

    /** Turtle text (with the usual prefixes declared) in memory. */
    static KnowledgeStore turtle(Path dir, String body) throws Exception {
        Path file = dir.resolve("data.ttl");
        Files.writeString(file, """
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix kgx: <https://kgexplorer.org/ontology#> .
                @prefix ex: <http://example.org/> .
                """ + body);
        KnowledgeStore store = new InMemoryStore();
        store.load(RdfInputs.of(List.of(file)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        return store;
    }
}
