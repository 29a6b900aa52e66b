package org.kgexplorer.core.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

class EntityIndexTest {
    static EntityIndex index;

    @BeforeAll
    static void build() {
        index = EntityIndex.build(Fixtures.bundled(), ProgressListener.silent(), Cancellation.none());
    }

    private static EntityMatch first(String query) {
        List<EntityMatch> found = index.search(query, 10);
        assertTrue(!found.isEmpty(), "nothing found for " + query);
        return found.get(0);
    }

    @Test
    void alphaFindsJointTaskForceAlphaFirst() {
        EntityMatch m = first("alpha");
        assertEquals(Fixtures.KG + "JointTaskForceAlpha", m.iri());
        assertEquals("Joint Task Force Alpha", m.names().in(LabelMode.ENGLISH));
        assertEquals("Fuerza de Tarea Conjunta Alfa", m.names().in(LabelMode.SPANISH));
        assertEquals(List.of("task force"), m.types().stream().map(t -> t.in(LabelMode.ENGLISH)).toList());
    }

    @Test
    void alfaFindsItByItsSpanishLabel() {
        EntityMatch m = first("alfa");
        assertEquals(Fixtures.KG + "JointTaskForceAlpha", m.iri());
        assertEquals("Fuerza de Tarea Conjunta Alfa", m.matchedText());
        assertEquals("es", m.matchedLanguage());
    }

    @Test
    void jtfFindsItByItsAcronym() {
        EntityMatch m = first("JTF");
        assertEquals(Fixtures.KG + "JointTaskForceAlpha", m.iri());
        assertEquals("JTF Alpha", m.matchedText());
        assertEquals(EntityMatch.Source.ALTERNATIVE, m.source());
        assertEquals(EntityMatch.Kind.PREFIX, m.kind());
    }

    @Test
    void sentinelFindsOperationSentinel() {
        assertEquals(Fixtures.KG + "OperationSentinel", first("sentinel").iri());
    }

    @Test
    void cbpFindsCustomsAndBorderProtectionExactly() {
        EntityMatch m = first("cbp");
        assertEquals(Fixtures.KG + "CBP", m.iri());
        assertEquals(EntityMatch.Kind.EXACT, m.kind());
    }

    @Test
    void accentsAndCaseAreIgnoredBothWays() {
        List<String> withAccent = index.search("fiscalía", 50).stream().map(EntityMatch::iri).toList();
        List<String> without = index.search("FISCALIA", 50).stream().map(EntityMatch::iri).toList();
        assertEquals(withAccent, without);
        assertTrue(withAccent.contains(Fixtures.KG + "USAttorneyDistrictOfArizona"), withAccent.toString());
        assertTrue(index.search("fiscalía", 1).get(0).matchedText().startsWith("Fiscalía"));
    }

    @Test
    void aWordStartRanksAboveASubstring() {
        // "force" starts a word of "Joint Task Force Alpha" but is only inside "Immigration and Customs Enforcement"
        List<EntityMatch> found = index.search("force", 200);
        int lastWord = -1;
        int firstSubstring = Integer.MAX_VALUE;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).kind() == EntityMatch.Kind.SUBSTRING) {
                firstSubstring = Math.min(firstSubstring, i);
            } else {
                lastWord = i;
            }
        }
        assertTrue(firstSubstring != Integer.MAX_VALUE, "a substring match exists");
        assertTrue(lastWord < firstSubstring, "every word match comes before every substring match");
    }

    @Test
    void anExactNameThenNamesThatStartWithTheQueryRankAboveLaterWords() {
        List<EntityMatch> found = index.search("operation", 50);
        assertEquals("operation", found.get(0).matchedText());
        assertEquals(EntityMatch.Kind.EXACT, found.get(0).kind());
        assertEquals(EntityMatch.Kind.PREFIX, found.get(1).kind());
        assertTrue(found.stream().anyMatch(m -> m.kind() == EntityMatch.Kind.WORD));
        assertTrue(found.stream().dropWhile(m -> m.kind() != EntityMatch.Kind.WORD)
                .allMatch(m -> m.kind() == EntityMatch.Kind.WORD || m.kind() == EntityMatch.Kind.SUBSTRING));
    }

    @Test
    void localNamesAreSearchedAsWords() {
        assertTrue(index.search("San Antonio Migrant Deaths", 5).stream()
                .anyMatch(m -> m.iri().equals(Fixtures.KG + "SanAntonioMigrantDeaths")));
    }

    @Test
    void reificationStatementsAreNotEntities() {
        assertTrue(index.search("statement 83", 20).stream().noneMatch(m -> m.iri().contains("stmt-")));
    }

    @Test
    void resultsAreCappedAndOneEachPerEntity() {
        List<EntityMatch> found = index.search("e", 1000);
        assertEquals(EntityIndex.MAX_RESULTS, found.size());
        assertEquals(found.size(), found.stream().map(EntityMatch::iri).distinct().count());
        assertEquals(3, index.search("e", 3).size());
    }

    @Test
    void blankAndUnknownQueriesFindNothing() {
        assertTrue(index.search("   ", 10).isEmpty());
        assertTrue(index.search("zzqqxx", 10).isEmpty());
    }

    @Test
    void worksOnOtherDataWithoutLabels(@TempDir Path dir) throws Exception {
        EntityIndex harbour = EntityIndex.build(Fixtures.harbour(dir), ProgressListener.silent(), Cancellation.none());
        EntityMatch m = harbour.search("valpa", 5).get(0);
        assertEquals(Fixtures.EX + "Valparaiso", m.iri());
        assertEquals("Unnamed", harbour.search("unnamed", 5).get(0).names().in(LabelMode.ENGLISH));
        assertEquals("Estrella del Sur", harbour.search("estrella", 5).get(0).names().in(LabelMode.ENGLISH));
    }

    @Test
    void aCancelledBuildStops() {
        Graph g = GraphFactory.createGraphMem();
        for (int i = 0; i < 120_000; i++) {
            g.add(Triple.create(NodeFactory.createURI("http://ex.org/e" + i), RDF.type.asNode(),
                    NodeFactory.createURI("http://ex.org/C")));
        }
        Cancellation c = new Cancellation();
        c.cancel();
        try {
            EntityIndex.build(g, ProgressListener.silent(), c);
            throw new AssertionError("the build should have stopped");
        } catch (CancellationException expected) {
            // stopped
        }
    }

    /** 200,000 labelled entities: the build stays in seconds and a query in well under a millisecond. */
    @Test
    void largeDataIsSearchedQuickly() {
        Graph g = GraphFactory.createGraphMem();
        String[] words = {"harbour", "pilot", "tug", "ferry", "crane", "dock", "cargo", "berth", "customs", "anchor"};
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 200_000; i++) {
            var s = NodeFactory.createURI("http://ex.org/entity" + i);
            String label = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " " + i;
            g.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "en")));
            g.add(Triple.create(s, RDF.type.asNode(), NodeFactory.createURI("http://ex.org/Thing")));
        }
        long start = System.nanoTime();
        EntityIndex big = EntityIndex.build(g, ProgressListener.silent(), Cancellation.none());
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(buildMillis < 30_000, "built in " + buildMillis + " ms");
        big.search("pilot cargo 1999", 20);
        long queryStart = System.nanoTime();
        int rounds = 200;
        for (int i = 0; i < rounds; i++) {
            assertEquals(20, big.search("pilot car", 20).size());
        }
        long perQueryMicros = (System.nanoTime() - queryStart) / 1_000 / rounds;
        assertTrue(perQueryMicros < 50_000, perQueryMicros + " µs per query");
        assertEquals("http://ex.org/entity123456", big.search("123456", 5).get(0).iri());
    }
}
