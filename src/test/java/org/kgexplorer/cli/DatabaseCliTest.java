package org.kgexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgexplorer.cli.CliTest.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kgexplorer.cli.CliTest.Run;
import org.kgexplorer.core.explore.ClassTree;
import org.kgexplorer.core.explore.EntityIndex;
import org.kgexplorer.core.explore.DatabaseIndexes;
import org.kgexplorer.core.explore.StoredEntityIndex;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.query.completion.Completion;
import org.kgexplorer.core.query.completion.CompletionIndex;
import org.kgexplorer.core.query.completion.KeptCompletion;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/** The database commands of cli.md on real TDB2 databases: load, compact, dump, and --store on the others. */
class DatabaseCliTest {
    @TempDir
    Path dir;
    Path db;
    Path org;
    Path more;
    Path graphs;

    @BeforeEach
    void writeData() throws IOException {
        db = dir.resolve("db");
        org = dir.resolve("org.nt");
        new OrgDataGenerator(1, 3_000).write(org);
        more = dir.resolve("more.ttl");
        new OrgDataGenerator(2, 2_000).write(more);
        graphs = Files.writeString(dir.resolve("graphs.trig"), """
                @prefix ex: <http://ex.org/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ex:a ex:p ex:b .
                ex:g1 { ex:a ex:p ex:b . ex:c ex:p ex:d . ex:Agency rdfs:subClassOf ex:Body . }
                ex:g2 { ex:e ex:p ex:f . ex:x a ex:Agency . }
                """);
    }

    private static Run ok(String... args) {
        Run r = run(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    /** What a fresh count in memory says of these files (stats without --store). */
    private static String statsInMemory(Path... files) {
        List<String> args = new ArrayList<>(List.of("stats", "--no-default"));
        for (Path f : files) {
            args.add("--data");
            args.add(f.toString());
        }
        return ok(args.toArray(String[]::new)).out();
    }

    private String statsOf(Path database) {
        return ok("stats", "--store", database.toString()).out();
    }

    private static long first(String statsOutput) {
        return Long.parseLong(statsOutput.lines().findFirst().orElseThrow().substring("triples: ".length()));
    }

    private static List<String> loadLines(Run r) {
        return r.out().lines().toList();
    }

    /** The storage areas in the database folder: one, and nothing staged, between runs (kgx-index/ beside them). */
    private static List<String> folders(Path database) throws IOException {
        try (Stream<Path> files = Files.list(database)) {
            return files.filter(Files::isDirectory).map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void aDatabaseIsCreatedReopenedAddedToReplacedCompactedDumpedAndReloadedWithTheSameStats() throws Exception {
        Run created = ok("load", "--store", db.toString(), "--no-default", "--data", org.toString());
        String orgStats = statsInMemory(org);
        long orgTriples = first(orgStats);
        assertEquals(List.of("added: " + orgTriples, "triples: " + orgTriples), loadLines(created));
        assertEquals("", created.err());
        // reopened by another run: the counts kept at load time are a fresh count's
        assertEquals(orgStats, statsOf(db));

        Run added = ok("load", "--store", db.toString(), "--no-default", "--data", more.toString(),
                "--data", graphs.toString());
        String allStats = statsInMemory(org, more, graphs);
        long all = first(allStats);
        assertEquals(List.of("added: " + (all - orgTriples), "triples: " + all), loadLines(added));
        assertEquals(allStats, statsOf(db));
        assertEquals(1, folders(db).size(), "one storage area, nothing staged left: " + folders(db));

        Run again = ok("load", "--store", db.toString(), "--no-default", "--data", org.toString());
        assertEquals(List.of("added: 0", "triples: " + all), loadLines(again));

        // the statistics file gone: the next open counts afresh, and says the same
        Files.delete(db.resolve(TdbStore.STATS_FILE));
        assertEquals(allStats, statsOf(db));

        Run replaced = ok("load", "--store", db.toString(), "--replace", "--no-default", "--data", graphs.toString());
        String graphStats = statsInMemory(graphs);
        assertEquals(List.of("added: " + first(graphStats), "triples: " + first(graphStats)), loadLines(replaced));
        assertEquals(graphStats, statsOf(db));

        ok("load", "--store", db.toString(), "--no-default", "--data", org.toString(), "--data", more.toString());
        Run compacted = ok("compact", "--store", db.toString());
        List<String> sizes = compacted.out().lines().toList();
        assertEquals(2, sizes.size(), compacted.out());
        assertTrue(sizes.get(0).matches("before: \\d+ bytes") && sizes.get(1).matches("after: \\d+ bytes"), compacted.out());
        assertEquals(allStats, statsOf(db));
        assertEquals(1, folders(db).size(), folders(db).toString());

        for (String name : List.of("dump.nq", "dump.nq.gz")) {
            Path dump = dir.resolve(name);
            Run dumped = ok("dump", "--store", db.toString(), "-o", dump.toString());
            assertEquals("", dumped.out());
            Path copy = dir.resolve("copy-" + name);
            ok("load", "--store", copy.toString(), "--no-default", "--data", dump.toString());
            assertEquals(allStats, statsOf(copy));
            assertEquals(allStats, statsInMemory(dump));
        }
        byte[] head = Arrays.copyOf(Files.readAllBytes(dir.resolve("dump.nq.gz")), 2);
        assertEquals(0x1f, head[0] & 0xff);
        assertEquals(0x8b, head[1] & 0xff);
    }

    @Test
    void withoutNoDefaultTheBundledGraphGoesInToo() {
        Run loaded = ok("load", "--store", db.toString());
        String bundled = ok("stats").out();
        assertEquals("triples: " + first(bundled), loadLines(loaded).get(1));
        assertEquals(bundled, statsOf(db));
    }

    @Test
    void anAdditionBringsTheWindowsKeptSearchIndexAndClassTreeUpToDate() throws Exception {
        ok("load", "--store", db.toString());
        try (TdbStore store = TdbStore.open(db, false)) {
            // what the window keeps in the folder when it opens the database
            ((StoredEntityIndex) DatabaseIndexes.entitySearch(store, ProgressListener.silent(), Cancellation.none())).close();
            DatabaseIndexes.classTree(store, Cancellation.none());
            KeptCompletion.of(store, ProgressListener.silent(), Cancellation.none());
        }
        Path zebra = Files.writeString(dir.resolve("zebra.ttl"), """
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://kgexplorer.org/id/Zebra> a <https://kgexplorer.org/ontology#TaskForce> ;
                    rdfs:label "Zebra crossing"@en .
                """);
        assertEquals(List.of("added: 2", "triples: " + (first(ok("stats").out()) + 2)),
                loadLines(ok("load", "--store", db.toString(), "--no-default", "--data", zebra.toString())));
        try (TdbStore store = TdbStore.open(db, false)) {
            try (StoredEntityIndex index = StoredEntityIndex.open(DatabaseIndexes.entityIndexFolder(store),
                    store.generation()).orElseThrow(() -> new AssertionError("the search index was not brought up to date"))) {
                assertEquals("https://kgexplorer.org/id/Zebra", index.search("zebra", 1).get(0).iri());
            }
            try (BufferedReader in = Files.newBufferedReader(DatabaseIndexes.classTreeFile(store))) {
                ClassTree tree = ClassTree.read(in, store.generation(), store)
                        .orElseThrow(() -> new AssertionError("the class tree was not brought up to date"));
                assertEquals(ClassTree.build(store, Cancellation.none()).get("https://kgexplorer.org/ontology#TaskForce"),
                        tree.get("https://kgexplorer.org/ontology#TaskForce"));
            }
            CompletionIndex completion = KeptCompletion.read(KeptCompletion.file(store), store.generation())
                    .orElseThrow(() -> new AssertionError("the completion index was not brought up to date"));
            assertEquals(Completion.Kind.ENTITY, completion.kindOf("https://kgexplorer.org/id/Zebra"));
        }
    }

    /** Whether the window's three kept indexes in the folder are of the data as it is now (ADR 36, 38). */
    private static void assertIndexesKept(Path database, String when) throws Exception {
        try (TdbStore store = TdbStore.open(database, false)) {
            String generation = store.generation();
            try (StoredEntityIndex index = StoredEntityIndex.open(DatabaseIndexes.entityIndexFolder(store), generation)
                    .orElseThrow(() -> new AssertionError(when + ": no search index of " + generation))) {
                // the same entities as an index made from the data now
                EntityIndex made = EntityIndex.build(store, ProgressListener.silent(), Cancellation.none());
                Set<String> found = new java.util.HashSet<>();
                index.search("joint", 1_000).forEach(m -> found.add(m.iri()));
                Set<String> expected = new java.util.HashSet<>();
                made.search("joint", 1_000).forEach(m -> expected.add(m.iri()));
                assertTrue(found.size() > 1, when + ": " + found);
                assertEquals(expected, found, when);
            }
            try (BufferedReader in = Files.newBufferedReader(DatabaseIndexes.classTreeFile(store))) {
                ClassTree kept = ClassTree.read(in, generation, store)
                        .orElseThrow(() -> new AssertionError(when + ": no class tree of " + generation));
                String agency = "https://kgexplorer.org/ontology#Agency";
                assertEquals(ClassTree.build(store, Cancellation.none()).get(agency), kept.get(agency), when);
            }
            CompletionIndex completion = KeptCompletion.read(KeptCompletion.file(store), generation)
                    .orElseThrow(() -> new AssertionError(when + ": no completion index of " + generation));
            assertEquals(Completion.Kind.ENTITY, completion.kindOf("https://kgexplorer.org/generated/agency-0"), when);
        }
    }

    @Test
    void aStagedLoadMakesTheWindowsKeptIndexesAsAnAdditionBringsThemUpToDate() throws Exception {
        // a first load and a replace are staged (the bulk loader into the next storage area): the folder then holds
        // the search index, class tree and completion index of the new data, as after an addition in place
        ok("load", "--store", db.toString(), "--no-default", "--data", org.toString());
        assertIndexesKept(db, "first load");
        ok("load", "--store", db.toString(), "--replace", "--no-default", "--data", more.toString(), "--data",
                graphs.toString());
        assertIndexesKept(db, "replace");
        // an addition in place to a database whose indexes were removed makes them too
        deleteTree(db.resolve(DatabaseIndexes.FOLDER));
        ok("load", "--store", db.toString(), "--no-default", "--data", org.toString());
        assertIndexesKept(db, "addition in place");
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    void aFailingFirstLoadLeavesNoDatabaseBehind() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "@prefix ex: <http://ex.org/> . ex:a ex:p .\n");
        Run failed = run("load", "--store", db.toString(), "--no-default", "--data", org.toString(), "--data", bad.toString());
        assertEquals(ExitCode.DATA, failed.code(), failed.err());
        assertEquals("", failed.out());
        assertTrue(Files.notExists(db) || Files.list(db).findAny().isEmpty(), "nothing made in " + db);
        Run stats = run("stats", "--store", db.toString());
        assertEquals(ExitCode.DATA, stats.code(), stats.err());
    }

    @Test
    void aFailingFileAddsNothing() throws Exception {
        ok("load", "--store", db.toString(), "--no-default", "--data", org.toString());
        String before = statsOf(db);
        List<String> areas = folders(db);
        Path bad = Files.writeString(dir.resolve("bad.nt"), "<http://ex.org/a> <http://ex.org/p> \"open .\n");
        Run failed = run("load", "--store", db.toString(), "--no-default", "--data", more.toString(),
                "--data", bad.toString());
        assertEquals(ExitCode.DATA, failed.code());
        assertEquals("", failed.out());
        assertEquals(1, failed.err().lines().count(), failed.err());
        assertTrue(failed.err().startsWith(bad + ":"), failed.err());
        assertEquals(before, statsOf(db));
        assertEquals(areas, folders(db));
        Run replaced = run("load", "--store", db.toString(), "--replace", "--no-default", "--data", bad.toString());
        assertEquals(ExitCode.DATA, replaced.code());
        assertEquals(before, statsOf(db));
        assertEquals(areas, folders(db));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--data", "--no-default", "--lenient", "--base"})
    void theOptionsThatReadFilesAreUsageErrorsWithStore(String option) {
        ok("load", "--store", db.toString(), "--no-default", "--data", graphs.toString());
        List<String> extra = switch (option) {
            case "--data" -> List.of(option, org.toString());
            case "--base" -> List.of(option, "https://example.org/");
            default -> List.of(option);
        };
        for (String command : List.of("stats", "validate", "query")) {
            List<String> args = new ArrayList<>(List.of(command, "--store", db.toString()));
            args.addAll(extra);
            if (command.equals("query")) {
                args.addAll(List.of("-e", "ASK {}"));
            }
            Run r = run(args.toArray(String[]::new));
            assertEquals(ExitCode.USAGE, r.code(), args + ": " + r.err());
            assertEquals("", r.out());
            assertEquals(List.of(option + " cannot be used with --store: files go into a database with: load --store "
                    + db + " --data PATH"), r.err().lines().toList());
        }
    }

    @Test
    void theDatabaseCommandsNeedTheirOptions() {
        for (String[] args : List.of(new String[] {"load", "--data", org.toString()}, new String[] {"compact"},
                new String[] {"dump", "--store", db.toString()}, new String[] {"dump", "-o", "x.nq"})) {
            Run r = run(args);
            assertEquals(ExitCode.USAGE, r.code(), List.of(args) + ": " + r.err());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        for (String command : List.of("load", "compact", "dump")) {
            Run help = ok(command, "--help");
            assertTrue(help.out().startsWith("Usage: kg-explorer " + command + " "), help.out());
            assertTrue(help.out().contains("--store=DIR"), help.out());
        }
    }

    @Test
    void aFolderThatIsNotADatabaseIsOneLineExitThree() throws Exception {
        Path other = Files.createDirectory(dir.resolve("photos"));
        Files.writeString(other.resolve("cat.jpg"), "not a database");
        for (String[] args : List.of(new String[] {"stats", "--store", other.toString()},
                new String[] {"load", "--store", other.toString(), "--no-default", "--data", org.toString()},
                new String[] {"compact", "--store", other.toString()},
                new String[] {"stats", "--store", dir.resolve("missing").toString()},
                new String[] {"stats", "--store", org.toString()})) {
            Run r = run(args);
            assertEquals(ExitCode.DATA, r.code(), List.of(args) + ": " + r.err());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        assertEquals(List.of("cat.jpg"), Files.list(other).map(f -> f.getFileName().toString()).toList());
        assertTrue(Files.notExists(dir.resolve("missing")));
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsOneLineExitThreeAndStaysAsItWas() throws Exception {
        ok("load", "--store", db.toString(), "--no-default", "--data", org.toString());
        String before = statsOf(db);
        Process holder = javaProcess(HoldDatabase.class.getName(), db.toString())
                .redirectError(dir.resolve("holder-err.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String said = out.readLine();
            assertEquals("holding " + first(before), said, () -> read(dir.resolve("holder-err.txt")));
            for (String[] args : List.of(new String[] {"stats", "--store", db.toString()},
                    new String[] {"load", "--store", db.toString(), "--no-default", "--data", more.toString()},
                    new String[] {"compact", "--store", db.toString()},
                    new String[] {"dump", "--store", db.toString(), "-o", dir.resolve("d.nq").toString()})) {
                Run r = run(args);
                assertEquals(ExitCode.DATA, r.code(), List.of(args) + ": " + r.err());
                assertEquals("", r.out());
                assertEquals(List.of(db + " is open in another program"), r.err().lines().toList());
            }
            assertTrue(Files.notExists(dir.resolve("d.nq")));
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the holder did not end");
        }
        assertEquals(0, holder.exitValue(), read(dir.resolve("holder-err.txt")));
        assertEquals(before, statsOf(db));
    }

    @Test
    void ctrlCDuringALoadExits130AndLeavesTheDatabaseAsItWas() throws Exception {
        ok("load", "--store", db.toString(), "--no-default", "--data", org.toString());
        String before = statsOf(db);
        List<String> areas = folders(db);
        Path big = dir.resolve("big.nt");
        new OrgDataGenerator(3, 400_000).write(big);
        Path err = dir.resolve("load-err.txt");
        Process load = javaProcess(org.kgexplorer.app.Launcher.class.getName(), "load", "--store", db.toString(),
                "--no-default", "--data", big.toString())
                .redirectOutput(dir.resolve("load-out.txt").toFile()).redirectError(err.toFile()).start();
        // signal once the load is under way: its staged storage area holds data
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!stagedWithData(db)) {
            assertTrue(load.isAlive(), () -> "the load ended before it staged anything: " + read(err));
            assertTrue(System.nanoTime() < deadline, "the load never staged anything");
            Thread.onSpinWait();
        }
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(load.pid())).start();
        assertEquals(0, kill.waitFor());
        assertTrue(load.waitFor(60, TimeUnit.SECONDS), "the load did not stop");
        assertEquals(ExitCode.INTERRUPTED, load.exitValue(), read(err));
        assertEquals(List.of("interrupted"), read(err).lines().toList());
        assertEquals("", read(dir.resolve("load-out.txt")));
        // the next run finds the database as it was, and the staged leftover is gone once it has opened it
        assertEquals(before, statsOf(db));
        assertEquals(areas, folders(db));
    }

    @Test
    void ctrlCWhileTheIndexesAreMadeReportsTheLoadThatIsInAndExitsZero() throws Exception {
        Path big = dir.resolve("big.nt");
        long triples = new OrgDataGenerator(3, 400_000).write(big);
        Path err = dir.resolve("load-err.txt");
        Path out = dir.resolve("load-out.txt");
        Process load = javaProcess(org.kgexplorer.app.Launcher.class.getName(), "load", "--store", db.toString(),
                "--no-default", "--data", big.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // signal once the data is in for good: the staged area swapped in, its statistics kept, the indexes under way
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!swappedIn(db, triples)) {
            assertTrue(load.isAlive(), () -> "the load ended before its data was in: " + read(err));
            assertTrue(System.nanoTime() < deadline, "the load never swapped its data in");
            Thread.sleep(5);
        }
        // The swap ends a few statements before the command marks its data as in; the search index's staging folder
        // appears only after that, while the indexes of 400,000 triples take many seconds (ADR 36, 38).
        Path staging = db.resolve(DatabaseIndexes.FOLDER).resolve("entities-tmp");
        while (!Files.isDirectory(staging)) {
            assertTrue(load.isAlive(), () -> "the load ended before its search index was under way: " + read(err));
            assertTrue(System.nanoTime() < deadline, "the search index was never under way");
            Thread.sleep(5);
        }
        assertTrue(load.isAlive(), () -> "the load ended before the signal: " + read(err));
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(load.pid())).start();
        assertEquals(0, kill.waitFor());
        assertTrue(load.waitFor(60, TimeUnit.SECONDS), "the load did not stop");
        // the database is not as it was, so not 130: the load's own lines, and why the indexes are not there
        assertEquals(0, load.exitValue(), read(err));
        assertEquals(List.of("interrupted while making the search indexes: the data is in the database, the window "
                + "makes them when it opens it"), read(err).lines().toList());
        assertEquals("added: " + triples + "\ntriples: " + triples + "\n", read(out));
        assertEquals(statsInMemory(big), statsOf(db));
    }

    /**
     * Whether the database's one storage area holds the load: nothing staged left, and the kept statistics (written
     * just before the rename, ADR 34) name that area and count the triples.
     */
    private static boolean swappedIn(Path database, long triples) throws IOException {
        if (!Files.isDirectory(database)) {
            return false;
        }
        List<String> areas = folders(database);
        Path stats = database.resolve(TdbStore.STATS_FILE);
        if (areas.size() != 1 || areas.get(0).endsWith("-tmp") || !Files.isRegularFile(stats)) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(stats);
            return lines.size() > 1 && lines.get(0).equals("storage\t" + areas.get(0))
                    && lines.get(1).equals("triples\t" + triples);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void anAdditionGoesInPlaceKeepingEveryOldTripleAndAddedCountsOnlyNewDistinctTriples() throws Exception {
        ok("load", "--store", db.toString(), "--no-default", "--data", org.toString());
        long orgTriples = first(statsOf(db));
        List<String> areas = folders(db);
        // ten triples the database holds already, and two new ones
        List<String> lines = new ArrayList<>(Files.readAllLines(org).subList(0, 10));
        lines.add("<http://ex.org/new1> <http://ex.org/p> \"one\" .");
        lines.add("<http://ex.org/new2> <http://ex.org/p> \"two\" .");
        Path dup = Files.write(dir.resolve("dup.nt"), lines);
        Run added = ok("load", "--store", db.toString(), "--no-default", "--data", dup.toString(),
                "--data", graphs.toString());
        String allStats = statsInMemory(org, dup, graphs);
        long all = first(allStats);
        assertEquals(List.of("added: " + (all - orgTriples), "triples: " + all), loadLines(added));
        assertEquals(allStats, statsOf(db));
        assertEquals(areas, folders(db), "added in place: the same storage area, not a rebuilt one");
        Path dump = dir.resolve("after.nq");
        ok("dump", "--store", db.toString(), "-o", dump.toString());
        assertEquals(allStats, statsInMemory(dump), "every old triple is still there, and the new ones");
        // the kept figures are a fresh count's
        Files.delete(db.resolve(TdbStore.STATS_FILE));
        assertEquals(allStats, statsOf(db));
    }

    @Test
    void aFailingFileInAnAdditionInPlaceLeavesTheDatabaseIdentical() throws Exception {
        ok("load", "--store", db.toString(), "--no-default", "--data", org.toString());
        String before = statsOf(db);
        List<String> areas = folders(db);
        Path dumpBefore = dir.resolve("before.nq");
        ok("dump", "--store", db.toString(), "-o", dumpBefore.toString());
        Path bad = Files.writeString(dir.resolve("bad.nt"), "<http://ex.org/a> <http://ex.org/p> \"open .\n");
        assertTrue(TdbStore.addsInPlace(RdfInputs.of(List.of(graphs, bad)), first(before)));
        Run failed = run("load", "--store", db.toString(), "--no-default", "--data", graphs.toString(),
                "--data", bad.toString());
        assertEquals(ExitCode.DATA, failed.code());
        assertEquals("", failed.out());
        assertTrue(failed.err().startsWith(bad + ":"), failed.err());
        assertEquals(before, statsOf(db));
        assertEquals(areas, folders(db));
        Path dumpAfter = dir.resolve("after.nq");
        ok("dump", "--store", db.toString(), "-o", dumpAfter.toString());
        assertEquals(Files.readString(dumpBefore), Files.readString(dumpAfter));
    }

    @Test
    void ctrlCDuringAnAdditionInPlaceExits130AndLeavesTheDatabaseAsItWas() throws Exception {
        Path base = dir.resolve("base.nt");
        new OrgDataGenerator(3, 200_000).write(base);
        ok("load", "--store", db.toString(), "--no-default", "--data", base.toString());
        String before = statsOf(db);
        List<String> areas = folders(db);
        Path nodes = db.resolve(areas.get(0)).resolve("nodes-data.obj");
        long nodesBefore = Files.size(nodes);
        Path addition = dir.resolve("addition.nt");
        new OrgDataGenerator(4, 40_000).write(addition);
        assertTrue(TdbStore.addsInPlace(RdfInputs.of(addition), first(before)),
                "the addition is small enough to go in place");
        Path err = dir.resolve("add-err.txt");
        Process add = javaProcess(org.kgexplorer.app.Launcher.class.getName(), "load", "--store", db.toString(),
                "--no-default", "--data", addition.toString())
                .redirectOutput(dir.resolve("add-out.txt").toFile()).redirectError(err.toFile()).start();
        // signal once the write transaction is under way: it has written new terms into the node table
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (Files.size(nodes) == nodesBefore) {
            assertTrue(add.isAlive(), () -> "the addition ended before it wrote anything: " + read(err));
            assertTrue(System.nanoTime() < deadline, "the addition never wrote anything");
            Thread.onSpinWait();
        }
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(add.pid())).start();
        assertEquals(0, kill.waitFor());
        assertTrue(add.waitFor(60, TimeUnit.SECONDS), "the addition did not stop");
        assertEquals(ExitCode.INTERRUPTED, add.exitValue(), read(err));
        assertEquals(List.of("interrupted"), read(err).lines().toList());
        assertEquals("", read(dir.resolve("add-out.txt")));
        assertEquals(before, statsOf(db));
        assertEquals(areas, folders(db));
        Files.delete(db.resolve(TdbStore.STATS_FILE));
        assertEquals(before, statsOf(db), "a fresh count of the data agrees: nothing of the addition went in");
    }

    private static boolean stagedWithData(Path database) throws IOException {
        try (Stream<Path> files = Files.list(database)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-tmp")).anyMatch(f -> {
                try (Stream<Path> inside = Files.list(f)) {
                    return inside.anyMatch(x -> x.getFileName().toString().startsWith("nodes") && x.toFile().length() > 0);
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    @Test
    void rdfsInferenceRunsOverTheDatabase() {
        ok("load", "--store", db.toString(), "--no-default", "--data", graphs.toString());
        String ask = "PREFIX ex: <http://ex.org/> ASK { ex:x a ex:Body }";
        assertEquals("true", ok("query", "--store", db.toString(), "--inference", "rdfs", "-e", ask).out().strip());
        assertEquals("false", ok("query", "--store", db.toString(), "-e", ask).out().strip());
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        assertTrue(ok("query", "--store", db.toString(), "--format", "csv", "-e", count).out().contains("\n5"),
                "the default graph of a query is the union of all graphs, each triple once");
    }

    private ProcessBuilder javaProcess(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        return pb;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
