package org.kgexplorer.core.query.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * A database's completion index is kept in its folder: written and read back as it was, made once and read at the
 * next open, and brought up to date after an addition in place to what one made from all the data says.
 */
class KeptCompletionTest {
    @TempDir
    Path dir;

    /** Every resource with its kind, namespace length and labels (in any order: the data's order may differ), and the prefixes. */
    private static List<Object> content(CompletionIndex index) {
        List<Object> out = new ArrayList<>();
        out.add(index.prefixes());
        for (int i = 0; i < index.size(); i++) {
            List<String> labels = new ArrayList<>();
            for (int k = 0; k < index.labelCount(i); k++) {
                labels.add(index.label(i, k) + "@" + index.language(i, k));
            }
            labels.sort(null);
            out.add(List.of(index.iri(i), index.kind(i), index.localStart(i), labels));
        }
        return out;
    }

    /** Equal, or the entries that differ named. */
    private static void assertSame(List<Object> want, List<Object> got) {
        List<Object> missing = new ArrayList<>(want);
        missing.removeAll(got);
        List<Object> extra = new ArrayList<>(got);
        extra.removeAll(want);
        assertEquals(List.of(), missing, "missing; and extra: " + extra);
        assertEquals(List.of(), extra, "extra");
        assertEquals(want, got);
    }

    @Test
    void anIndexWrittenIsReadBackAsItWas() throws Exception {
        CompletionIndex made = CompletionIndex.build(Fixtures.bundled(), ProgressListener.silent(), Cancellation.none());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        made.write(new DataOutputStream(bytes));
        CompletionIndex read = CompletionIndex.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(content(made), content(read));
        assertTrue(made.size() > 100, "the bundled graph's names: " + made.size());
    }

    @Test
    void aDatabaseKeepsItsIndexAndBringsItUpToDateAfterAnAddition() throws Exception {
        Path more = Files.writeString(dir.resolve("more.ttl"), """
                @prefix zz: <https://zebra.example/vocab#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://kgexplorer.org/id/Zebra> a zz:Crossing ; rdfs:label "Zebra crossing"@en , "Paso de cebra"@es .
                <https://kgexplorer.org/id/JointTaskForceAlpha> rdfs:label "The Alphas"@en .
                [] zz:stripes 12 .
                """);
        try (TdbStore db = TdbStore.open(dir.resolve("db"), true)) {
            db.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
            CompletionIndex first = KeptCompletion.of(db, ProgressListener.silent(), Cancellation.none());
            assertTrue(Files.isRegularFile(KeptCompletion.file(db)));
            assertEquals(content(first), content(KeptCompletion.read(KeptCompletion.file(db), db.generation())
                    .orElseThrow(() -> new AssertionError("not kept"))));

            db.load(RdfInputs.of(List.of(more)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
            assertTrue(db.lastAddition().isPresent(), "added in one write transaction");
            KeptCompletion.catchUp(db, Cancellation.none());
            CompletionIndex kept = KeptCompletion.read(KeptCompletion.file(db), db.generation())
                    .orElseThrow(() -> new AssertionError("not brought up to date"));
            CompletionIndex made = CompletionIndex.build(db, ProgressListener.silent(), Cancellation.none());
            assertSame(content(made), content(kept));
            assertEquals("https://zebra.example/vocab#", kept.prefixes().get("zz"), "the new prefix");
            assertEquals(Completion.Kind.PROPERTY, kept.kindOf("https://zebra.example/vocab#stripes"),
                    "a property used only by a blank subject");
            assertEquals(Completion.Kind.CLASS, kept.kindOf("https://zebra.example/vocab#Crossing"));
        }
    }

    @Test
    void theIndexGatheredWhileAStagedLoadIsParsedIsTheOneMadeFromTheData() throws Exception {
        Path more = Files.writeString(dir.resolve("more.ttl"), """
                @prefix zz: <https://zebra.example/vocab#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://kgexplorer.org/id/Zebra> a zz:Crossing ; rdfs:label "Zebra crossing"@en , "Paso de cebra"@es .
                <https://kgexplorer.org/id/Zebra> rdfs:label "Zebra crossing"@en .
                [] zz:stripes 12 .
                """);
        List<org.kgexplorer.core.store.RdfInput> inputs = new ArrayList<>(BundledGraph.inputs());
        inputs.addAll(RdfInputs.of(List.of(more)));
        try (TdbStore db = TdbStore.open(dir.resolve("db"), true)) {
            KeptCompletion.Watcher watcher = new KeptCompletion.Watcher();
            db.load(inputs, LoadMode.ADD, org.kgexplorer.core.store.ParsePolicy.strict(), ProgressListener.silent(),
                    Cancellation.none(), watcher);
            KeptCompletion.keepUpToDate(db, watcher, ProgressListener.silent(), Cancellation.none());
            CompletionIndex kept = KeptCompletion.read(KeptCompletion.file(db), db.generation())
                    .orElseThrow(() -> new AssertionError("not kept"));
            assertSame(content(CompletionIndex.build(db, ProgressListener.silent(), Cancellation.none())), content(kept));
            assertEquals(Completion.Kind.CLASS, kept.kindOf("https://zebra.example/vocab#Crossing"));
        }
    }
}
