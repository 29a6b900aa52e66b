package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** {@code stats} on files counts as it reads (ADR 49): the same summary a loaded store gives, figure for figure. */
class StreamedSummaryTest {
    private static final String PREFIXES = """
            @prefix ex: <https://example.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static DataSummary loaded(List<Path> files) throws Exception {
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(files), LoadMode.ADD, ParsePolicy.strict(), ProgressListener.silent(), new Cancellation());
        return store.summary(List.of("en"));
    }

    private static DataSummary streamed(List<Path> files) throws Exception {
        return StreamedSummary.count(RdfInputs.of(files), ParsePolicy.strict(), new Cancellation(), List.of("en"));
    }

    @Test
    void givesTheFiguresAndLabelsALoadedStoreGives() throws Exception {
        // Repeated triples within a file, across files and across graphs; terms that differ only a little; blank
        // nodes of the same label in two files; a class labelled before it is a class; labels that lose to better ones.
        Path turtle = file("a.ttl", PREFIXES + """
                ex:Late rdfs:label "late class"@en .
                ex:Late skos:prefLabel "clase tardía"@es .
                ex:a a ex:Thing ; ex:n "1"^^xsd:int , "01"^^xsd:int , "1" , "1"@en , "1"@en-GB .
                ex:a a ex:Thing .
                ex:b a ex:Thing , ex:Late ; ex:knows _:x .
                _:x ex:n "1" .
                ex:Thing rdfs:label "thing" ; rdfs:label "Ding"@de ; skos:prefLabel "a thing"@en .
                ex:n rdfs:label "number"@en-US .
                ex:knows skos:altLabel "knows"@en ; rdfs:label "kennt"@de .
                """);
        Path again = file("b.ttl", PREFIXES + """
                ex:a a ex:Thing .
                ex:c a ex:Late ; ex:knows _:x .
                _:x ex:n "1" .
                ex:Late rdfs:label "the late class"@en .
                """);
        Path trig = file("c.trig", PREFIXES + """
                ex:a a ex:Thing .
                ex:g1 { ex:a a ex:Thing . ex:d a ex:Other . }
                ex:g2 { ex:d a ex:Other . ex:e ex:n "2"^^xsd:integer . }
                """);
        Path trig2 = file("d.trig", PREFIXES + """
                ex:g1 { ex:f a ex:Other . }
                """);
        List<Path> files = List.of(turtle, again, trig, trig2);
        DataSummary expected = loaded(files);
        assertEquals(expected, streamed(files));
        // and the figures are what the data says, not only equal to each other
        assertEquals(2, expected.graphs());
        assertEquals(new DataSummary.Usage("https://example.org/Thing", "a thing", 2), expected.classes().stream()
                .filter(c -> c.iri().endsWith("Thing")).findFirst().orElseThrow());
        assertEquals("late class", expected.classes().stream().filter(c -> c.iri().endsWith("Late")).findFirst()
                .orElseThrow().label());
    }

    @Test
    void givesTheSameAsALoadedStoreOnGeneratedDataOfManyTriples() throws Exception {
        // enough triples that the sets of fingerprints and labels grow many times
        Random random = new Random(7);
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            int s = random.nextInt(9_000);
            nt.append("<https://example.org/e").append(s).append("> <https://example.org/p").append(random.nextInt(12))
                    .append("> \"v").append(random.nextInt(400)).append("\" .\n");
            if (random.nextInt(5) == 0) {
                nt.append("<https://example.org/e").append(s)
                        .append("> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/C")
                        .append(random.nextInt(30)).append("> .\n");
            }
            if (random.nextInt(7) == 0) {
                nt.append("<https://example.org/C").append(random.nextInt(30))
                        .append("> <http://www.w3.org/2000/01/rdf-schema#label> \"class ").append(random.nextInt(3))
                        .append(random.nextBoolean() ? "\"@en .\n" : "\" .\n");
            }
        }
        Path big = file("big.nt", nt.toString());
        DataSummary expected = loaded(List.of(big));
        assertEquals(expected, streamed(List.of(big)));
        assertTrue(expected.triples() > 50_000, "many distinct triples: " + expected.triples());
    }

    @Test
    void aFileThatFailsEndsTheCountWithTheLoadsOwnError() throws Exception {
        Path good = file("good.ttl", PREFIXES + "ex:a a ex:Thing .\n");
        Path bad = file("bad.ttl", PREFIXES + "ex:a a ex:Thing .\nex:b ex:c \"open .\n");
        DataLoadException loading = assertThrows(DataLoadException.class, () -> loaded(List.of(good, bad)));
        DataLoadException counting = assertThrows(DataLoadException.class, () -> streamed(List.of(good, bad)));
        assertEquals(loading.getMessage(), counting.getMessage());
        assertTrue(counting.getMessage().contains("bad.ttl"), counting.getMessage());
    }

    @Test
    void aCancelledCountEndsCancelled() throws Exception {
        Path good = file("good.ttl", PREFIXES + "ex:a a ex:Thing .\n");
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> StreamedSummary.count(RdfInputs.of(List.of(good)), ParsePolicy.strict(), cancelled, List.of("en")));
    }

    @Test
    void theSetOfFingerprintsKeepsEachOnceThroughItsGrowth() {
        StreamedSummary.Fingerprints set = new StreamedSummary.Fingerprints();
        Random random = new Random(3);
        List<long[]> added = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            long[] f = {random.nextLong(), random.nextLong()};
            assertTrue(set.add(f[0], f[1]));
            added.add(f);
        }
        assertTrue(set.add(0, 0), "the fingerprint that marks an empty slot is kept too");
        assertFalse(set.add(0, 0));
        for (long[] f : added) {
            assertFalse(set.add(f[0], f[1]));
        }
        assertEquals(200_001, set.size());
    }
}
