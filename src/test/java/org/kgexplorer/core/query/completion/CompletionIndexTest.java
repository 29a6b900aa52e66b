package org.kgexplorer.core.query.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

class CompletionIndexTest {
    static final List<String> EN = List.of("en", "es");
    static CompletionIndex bundled;

    @BeforeAll
    static void loadTheBundledGraph() throws Exception {
        InMemoryStore store = new InMemoryStore();
        store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        bundled = CompletionIndex.build(store, ProgressListener.silent(), Cancellation.none());
    }

    static List<Completion> propose(CompletionIndex index, String text) {
        return index.propose(CompletionContext.at(text, text.length()), text, EN, 50);
    }

    static CompletionIndex index(String turtle) {
        return CompletionIndex.build(loaded(turtle), ProgressListener.silent(), Cancellation.none());
    }

    /** A store holding the Turtle, loaded from a file as the window loads one. */
    private static InMemoryStore loaded(String turtle) {
        try {
            Path file = Files.createTempFile("completion", ".ttl");
            try {
                Files.writeString(file, turtle);
                InMemoryStore store = new InMemoryStore();
                store.load(RdfInputs.of(file), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
                return store;
            } finally {
                Files.delete(file);
            }
        } catch (IOException | DataLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEnglishLabelFindsTheEntityAndNamesThePrefixToAdd() {
        Completion first = propose(bundled, "SELECT * WHERE { ?s ?p alpha").get(0);
        assertEquals("kg:JointTaskForceAlpha", first.insert());
        assertEquals("Joint Task Force Alpha", first.label());
        assertEquals(Completion.Kind.ENTITY, first.kind());
        assertEquals("kg", first.prefix());
        assertEquals("https://kgexplorer.org/id/", first.namespace());
    }

    @Test
    void aSpanishLabelFindsTheEntityAndShowsTheLabelThatMatched() {
        Completion first = propose(bundled, "SELECT * WHERE { ?s ?p alfa").get(0);
        assertEquals("kg:JointTaskForceAlpha", first.insert());
        assertEquals("Fuerza de Tarea Conjunta Alfa", first.label());
    }

    @Test
    void afterAPrefixTheLocalNameMatches() {
        List<Completion> found = propose(bundled, "SELECT * WHERE { ?s kgx:takesP");
        assertEquals("kgx:takesPartIn", found.get(0).insert());
        assertEquals(Completion.Kind.PROPERTY, found.get(0).kind());
        assertEquals("kgx", found.get(0).prefix(), "kgx is not declared yet: accepting adds its PREFIX");
    }

    @Test
    void aPrefixTypedButNotDeclaredIsAddedWhenAccepting() {
        String text = "SELECT * WHERE { ?s kgx:takesP";
        Completion c = propose(bundled, text).get(0);
        String accepted = Completions.accept(text, CompletionContext.at(text, text.length()), c).applyTo(text);
        assertTrue(accepted.startsWith("PREFIX kgx: <https://kgexplorer.org/ontology#>\nSELECT"), accepted);
        assertTrue(accepted.endsWith("?s kgx:takesPartIn"), accepted);
    }

    @Test
    void afterTheWordAOnlyClassesAreProposed() {
        List<Completion> found = propose(bundled, "PREFIX kgx: <https://kgexplorer.org/ontology#>\nSELECT * { ?x a kgx:Task");
        assertFalse(found.isEmpty());
        assertEquals("kgx:TaskForce", found.get(0).insert());
        assertTrue(found.stream().allMatch(c -> c.kind() == Completion.Kind.CLASS), found.toString());
    }

    @Test
    void aPrefixTheQueryDeclaresIsUsedAndNotAddedAgain() {
        String text = "PREFIX id: <https://kgexplorer.org/id/>\nSELECT * { ?s ?p alpha";
        Completion c = propose(bundled, text).get(0);
        assertEquals("id:JointTaskForceAlpha", c.insert());
        assertFalse(c.needsPrefix());
    }

    @Test
    void wellKnownPrefixesAreProposedAsWordsAndDeclarations() {
        Completion skos = propose(bundled, "SELECT * { ?s sko").stream()
                .filter(c -> c.kind() == Completion.Kind.PREFIX).findFirst().orElseThrow();
        assertEquals("skos:", skos.insert());
        assertEquals("http://www.w3.org/2004/02/skos/core#", skos.namespace());
        Completion declaration = propose(bundled, "PREFIX sk").get(0);
        assertEquals("skos: <http://www.w3.org/2004/02/skos/core#>", declaration.insert());
    }

    @Test
    void prefixesTheDataDeclaresAreProposed() {
        CompletionIndex index = index("@prefix zoo: <http://example.org/zoo#> .\n"
                + "zoo:Zebra a zoo:Animal ; <http://www.w3.org/2000/01/rdf-schema#label> \"Zebra\"@en , \"Cebra\"@es .");
        assertEquals("http://example.org/zoo#", index.prefixes().get("zoo"));
        Completion zebra = propose(index, "SELECT * { ?s ?p cebr").get(0);
        assertEquals("zoo:Zebra", zebra.insert());
        assertEquals("Cebra", zebra.label());
        assertEquals("zoo", zebra.prefix());
        assertEquals(Completion.Kind.CLASS, index.kindOf("http://example.org/zoo#Animal"));
    }

    @Test
    void namesMatchWhateverTheirCaseAndTheFirstDistinctLabelsComeByNamingProperty() {
        CompletionIndex index = index("@prefix zoo: <http://example.org/zoo#> .\n"
                + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "zoo:ANIMAL42 skos:altLabel \"Camelopard\"@en ; <http://www.w3.org/2000/01/rdf-schema#label> \"Giraffe\"@EN , \"Jirafa\"@es ;"
                + " skos:prefLabel \"The Giraffe\"@en .");
        Completion byLocalName = propose(index, "SELECT * { ?s ?p zoo:animal4").get(0);
        assertEquals("zoo:ANIMAL42", byLocalName.insert());
        assertEquals("The Giraffe", byLocalName.label(), "the preferred label comes before rdfs:label and altLabel");
        assertEquals("Camelopard", propose(index, "SELECT * { ?s ?p CAMELO").get(0).label());
        assertEquals("Jirafa", propose(index, "SELECT * { ?s ?p jIrAf").get(0).label());
        assertEquals(0, Proposer.indexOfIgnoringCase("Ñandú", 0, "ñandú"));
        assertEquals(2, Proposer.indexOfIgnoringCase("x:ÑANDÚ", 0, "ñandú"));
        assertEquals(-1, Proposer.indexOfIgnoringCase("Emu", 1, "emu"));
    }

    @Test
    void keywordsAreProposedInUpperCase() {
        List<Completion> found = propose(CompletionIndex.empty(), "sel");
        assertEquals("SELECT", found.get(0).insert());
        assertEquals(Completion.Kind.KEYWORD, found.get(0).kind());
    }

    @Test
    void variablesOfTheQueryAreProposed() {
        String text = "SELECT ?person ?place WHERE { ?person ?p ?pl";
        List<Completion> found = propose(CompletionIndex.empty(), text);
        assertEquals(List.of("?place"), found.stream().map(Completion::insert).toList());
    }

    @Test
    void proposalsAreCappedAndTheBestComeFirst() {
        StringBuilder ttl = new StringBuilder("@prefix ex: <http://example.org/> .\n");
        for (int i = 0; i < 5000; i++) {
            ttl.append("ex:thing").append(i).append(" ex:size ").append(i).append(" .\n");
        }
        ttl.append("ex:thing ex:size 0 .\n");
        CompletionIndex index = index(ttl.toString());
        List<Completion> found = index.propose(CompletionContext.at("thing", 5), "thing", EN, 20);
        assertEquals(20, found.size());
        assertEquals("ex:thing", found.get(0).insert(), "the exact name first");
    }

    @Test
    void nothingIsProposedInsideACommentOrAString() {
        assertTrue(propose(bundled, "# alpha").isEmpty());
        assertTrue(propose(bundled, "SELECT * { ?s ?p \"alpha").isEmpty());
    }

    @Test
    void anIriIsCompletedInFull() {
        Completion c = propose(bundled, "SELECT * { ?s ?p <https://kgexplorer.org/id/JointTaskForceAl").get(0);
        assertEquals("<https://kgexplorer.org/id/JointTaskForceAlpha>", c.insert());
    }

    @Test
    void buildingStopsWhenCancelled() {
        StringBuilder ttl = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            ttl.append("<http://example.org/s").append(i).append("> <http://example.org/p> ").append(i).append(" .\n");
        }
        InMemoryStore store = loaded(ttl.toString());
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> CompletionIndex.build(store, ProgressListener.silent(), cancelled));
    }
}
