package org.kgexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

class RdfLoadingTest {
    @TempDir
    Path dir;

    static Model sample() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ex", "http://ex.org/");
        for (int i = 0; i < 40; i++) {
            Resource r = m.createResource("http://ex.org/r" + i);
            r.addProperty(m.createProperty("http://ex.org/name"), "name " + i, "en");
            r.addLiteral(m.createProperty("http://ex.org/n"), (long) i);
            r.addProperty(m.createProperty("http://ex.org/next"), m.createResource("http://ex.org/r" + (i + 1)));
        }
        return m;
    }

    static List<RdfInput> inputs(Path... paths) throws DataLoadException {
        return RdfInputs.of(List.of(paths));
    }

    static InMemoryStore load(Path... paths) throws DataLoadException {
        InMemoryStore store = new InMemoryStore();
        store.load(inputs(paths), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        return store;
    }

    private Path write(String name, Lang lang, boolean gzip) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
            if (lang == Lang.NQUADS || lang == Lang.TRIG) {
                Dataset ds = DatasetFactory.create();
                ds.addNamedModel("http://ex.org/g", sample());
                RDFDataMgr.write(out, ds, lang);
            } else {
                RDFDataMgr.write(out, sample(), lang);
            }
        }
        return file;
    }

    @ParameterizedTest(name = "{0} gzip={1}")
    @CsvSource({"ttl,false", "nt,false", "nq,false", "trig,false", "rdf,false", "jsonld,false",
                "ttl,true", "nt,true", "nq,true", "trig,true", "rdf,true", "jsonld,true"})
    void loadsEverySyntaxJenaReadsPlainAndGzipped(String extension, boolean gzip) throws Exception {
        Lang lang = RdfSyntax.byExtension("x." + extension).orElseThrow();
        Path file = write("sample." + extension + (gzip ? ".gz" : ""), lang, gzip);
        InMemoryStore store = load(file);
        assertEquals(sample().size(), store.tripleCount());
        assertEquals(sample().size(), store.sources().get(0).triples());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ttl,Turtle", "nt,N-Triples", "nq,N-Quads", "rdf,RDF/XML", "jsonld,JSON-LD"})
    void recognisesTheSyntaxByContentWhenTheExtensionSaysNothing(String extension, String label) throws Exception {
        Lang lang = RdfSyntax.byExtension("x." + extension).orElseThrow();
        Path file = write("sample." + extension, lang, false);
        Path renamed = Files.move(file, dir.resolve("data-" + extension + ".txt"));
        assertEquals(sample().size(), load(renamed).tripleCount(), label);
    }

    @Test
    void loadsFoldersRecursivelyAndSkipsOtherAndHiddenFiles() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("one.ttl"), "<http://ex.org/1> <http://ex.org/p> 1 .");
        Files.writeString(sub.resolve("two.nt"), "<http://ex.org/2> <http://ex.org/p> \"2\" .\n");
        Files.writeString(dir.resolve("README.md"), "not rdf");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/broken.ttl"), "this is not turtle");
        InMemoryStore store = load(dir);
        assertEquals(2, store.tripleCount());
        assertEquals(List.of("one.ttl", "two.nt"), store.sources().stream().map(LoadedSource::name).sorted().toList());
    }

    @Test
    void malformedTurtleReportsFileLineAndColumn() throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c .\nex:d ex:e ex:f ex:g .\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> load(bad));
        assertEquals(bad.toString(), e.location());
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().startsWith(bad + ":3:"), e.getMessage());
    }

    @Test
    void aFailedLoadAddsNothingAndKeepsWhatWasLoadedBefore() throws Exception {
        Path good = dir.resolve("good.ttl");
        Files.writeString(good, "<http://ex.org/a> <http://ex.org/p> 1 .");
        Path good2 = dir.resolve("good2.ttl");
        Files.writeString(good2, "<http://ex.org/b> <http://ex.org/p> 2 .");
        Path bad = dir.resolve("bad.nt");
        Files.writeString(bad, "<http://ex.org/c> <http://ex.org/p> 3 .\n<http://ex.org/d> broken\n");
        InMemoryStore store = load(good);
        assertThrows(DataLoadException.class,
                () -> store.load(inputs(good2, bad), LoadMode.ADD, ProgressListener.silent(), Cancellation.none()));
        assertThrows(DataLoadException.class,
                () -> store.load(inputs(good2, bad), LoadMode.REPLACE, ProgressListener.silent(), Cancellation.none()));
        assertEquals(1, store.tripleCount());
        assertEquals(List.of("good.ttl"), store.sources().stream().map(LoadedSource::name).toList());
    }

    @Test
    void replacingDropsTheEarlierData() throws Exception {
        Path a = dir.resolve("a.ttl");
        Files.writeString(a, "<http://ex.org/a> <http://ex.org/p> 1 .");
        Path b = dir.resolve("b.ttl");
        Files.writeString(b, "<http://ex.org/b> <http://ex.org/p> 2 . <http://ex.org/b> <http://ex.org/p> 3 .");
        InMemoryStore store = load(a);
        store.load(inputs(b), LoadMode.REPLACE, ProgressListener.silent(), Cancellation.none());
        assertEquals(2, store.tripleCount());
        assertEquals(List.of("b.ttl"), store.sources().stream().map(LoadedSource::name).toList());
    }

    @Test
    void aMissingFileIsADataError() {
        DataLoadException e = assertThrows(DataLoadException.class, () -> load(dir.resolve("missing.ttl")));
        assertTrue(e.getMessage().contains("missing.ttl: no such file"), e.getMessage());
    }

    @Test
    void aFolderWithNoRdfIsADataError() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("a.txt"), "hello");
        DataLoadException e = assertThrows(DataLoadException.class, () -> load(folder));
        assertTrue(e.getMessage().contains("no RDF files"), e.getMessage());
    }

    @Test
    void binaryJunkWithAnRdfExtensionIsADataErrorWithAPosition() throws Exception {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path file = dir.resolve("junk.ttl");
        Files.write(file, junk);
        DataLoadException e = assertThrows(DataLoadException.class, () -> load(file));
        assertTrue(e.line() >= 1, e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString() + ":"), e.getMessage());
    }

    @Test
    void corruptGzipIsADataError() throws Exception {
        Path file = dir.resolve("broken.ttl.gz");
        Files.writeString(file, "not gzip at all");
        DataLoadException e = assertThrows(DataLoadException.class, () -> load(file));
        assertTrue(e.getMessage().contains("broken.ttl.gz"), e.getMessage());
    }

    @Test
    void anEmptyFileLoadsAsNoTriples() throws Exception {
        Path ttl = Files.createFile(dir.resolve("empty.ttl"));
        Path jsonld = Files.createFile(dir.resolve("empty.jsonld"));
        InMemoryStore store = load(ttl, jsonld);
        assertEquals(0, store.tripleCount());
        assertEquals(2, store.sources().size());
    }

    @Test
    void aTenMegabyteSingleLineLiteralLoads() throws Exception {
        Path file = dir.resolve("big.nt");
        String literal = "x".repeat(10 * 1024 * 1024);
        Files.writeString(file, "<http://ex.org/a> <http://ex.org/p> \"" + literal + "\" .\n", StandardCharsets.UTF_8);
        InMemoryStore store = load(file);
        assertEquals(1, store.tripleCount());
        int length = store.read(dsg -> dsg.getDefaultGraph().find().next().getObject().getLiteralLexicalForm().length());
        assertEquals(literal.length(), length);
    }

    @Test
    void aCancelledLoadChangesNothing() throws Exception {
        Path file = write("sample.nt", Lang.NTRIPLES, false);
        InMemoryStore store = new InMemoryStore();
        Cancellation cancellation = new Cancellation();
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> store.load(inputs(file), LoadMode.ADD, (done, total, message) -> cancellation.cancel(), cancellation));
        assertEquals(0, store.tripleCount());
        assertTrue(store.sources().isEmpty());
    }

    @Test
    void progressReachesTheTotalSize() throws Exception {
        Path file = write("sample.ttl", Lang.TURTLE, false);
        long[] last = new long[2];
        new InMemoryStore().load(inputs(file), LoadMode.ADD, (done, total, message) -> {
            last[0] = done;
            last[1] = total;
        }, Cancellation.none());
        assertEquals(Files.size(file), last[1]);
        assertEquals(last[1], last[0]);
    }

    @Test
    void triplesAreCountedOnceAcrossTheDefaultAndNamedGraphs() throws Exception {
        Path file = dir.resolve("graphs.trig");
        Files.writeString(file, """
                @prefix ex: <http://ex.org/> .
                ex:a ex:p 1 .
                ex:g1 { ex:a ex:p 1 . ex:b ex:p 2 . }
                ex:g2 { ex:b ex:p 2 . ex:c ex:p 3 . }
                """);
        InMemoryStore store = load(file);
        assertEquals(3, store.tripleCount());
        assertEquals(2, store.namedGraphCount());
    }

    @Test
    void aSourceIsTitledByTheOntologyOrDatasetItDeclares() throws Exception {
        Path onto = dir.resolve("onto.ttl");
        Files.writeString(onto, """
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <http://ex.org/onto> a owl:Ontology ; rdfs:label "Ontología"@es, "People ontology"@en .
                """);
        Path dataset = dir.resolve("data.ttl");
        Files.writeString(dataset, """
                @prefix void: <http://rdfs.org/ns/void#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                <http://ex.org/ds> a void:Dataset ; dcterms:title "Datos"@es .
                """);
        Path plain = dir.resolve("plain.nt");
        Files.writeString(plain, "<http://ex.org/a> <http://ex.org/p> \"x\" .\n");
        InMemoryStore store = load(onto, dataset, plain);
        assertEquals(List.of("People ontology", "Datos", ""), store.sources().stream().map(LoadedSource::title).toList());
        assertEquals(List.of("Ontología", "Datos", ""), store.sources().stream().map(LoadedSource::titleEs).toList(),
                "and the Spanish title, when there is one");
        java.util.Locale spanish = java.util.Locale.forLanguageTag("es");
        assertEquals(List.of("Ontología", "Datos", ""), store.sources().stream().map(s -> s.title(spanish)).toList());
        assertEquals(List.of("People ontology", "Datos", ""),
                store.sources().stream().map(s -> s.title(java.util.Locale.ENGLISH)).toList());
    }
}
