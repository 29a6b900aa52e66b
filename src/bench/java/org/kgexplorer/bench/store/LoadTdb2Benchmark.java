package org.kgexplorer.bench.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.ChildProcess;
import org.kgexplorer.bench.Results;
import org.kgexplorer.core.explore.DatabaseIndexes;
import org.kgexplorer.core.query.completion.KeptCompletion;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * A new database from N generated ORG-shaped triples (N-Triples, seed 1), each run into a new folder, start to exit:
 * {@code load-tdb2,N,<triples/s>} is {@code java -jar target/kg-explorer.jar load --store DIR --no-default --data
 * FILE} (TDB2's phased bulk loader into a staged area, the kept statistics, then the window's search index, class
 * tree and completion index, ADR 34, 36, 38), {@code load-tdb2-jena,N,<triples/s>} Jena's
 * {@code tdb2.tdbloader --loader=phased --loc DIR FILE} (the same loader; {@code jena-cmds} on this profile's class
 * path), both child JVMs with the same heap (the JVM's default unless {@code -Dbench.load-tdb2.heap=SIZE}), taken
 * turn about, each row the median. Beside them, in the same rounds, {@code load-tdb2-data-only,N,<triples/s>}: the
 * same load through our store in a child JVM, with no index gathered or made (our loader against Jena's, like for
 * like); and once, after, {@code load-tdb2-indexes,N,<s>}: the three indexes read back from the last database of ours
 * and made (its {@code kgx-index} removed first, a child JVM): what the window does for a database without them, and
 * what {@code load} did after every staged load before it gathered them while parsing (ADR 38). Each of the three
 * loads also as processor seconds, user and system of all its threads ({@code load-tdb2-cpu},
 * {@code load-tdb2-jena-cpu}, {@code load-tdb2-data-only-cpu}, medians): what the 2 cores had to give. N is 10,000,000
 * (issue 15) unless {@code -Dbench.load-tdb2.triples=N}. Goal: ours at least 0.9 times Jena's.
 */
public final class LoadTdb2Benchmark implements Benchmark {
    @Override
    public String name() {
        return "load-tdb2";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        long n = Long.getLong("bench.load-tdb2.triples", 10_000_000L);
        String heap = System.getProperty("bench.load-tdb2.heap", "");
        List<String> jvm = heap.isEmpty() ? List.of() : List.of("-Xmx" + heap);
        Path jar = ChildProcess.jar(context);
        Path dir = context.benchDir().resolve("load-tdb2");
        Path data = ChildProcess.generated(dir, n);
        long triples = ChildProcess.generatedCount(n);
        Path oursDb = dir.resolve("db-ours");
        Path jenaDb = dir.resolve("db-jena");
        List<String> ours = new ArrayList<>(List.of(ChildProcess.java()));
        ours.addAll(jvm);
        ours.addAll(List.of("-jar", jar.toString(), "load", "--store", oursDb.toString(), "--no-default", "--data",
                data.toString()));
        List<String> jena = new ArrayList<>(ChildProcess.javaCp(jvm, "tdb2.tdbloader"));
        jena.addAll(List.of("--loader=phased", "--loc", jenaDb.toString(), data.toString()));
        Path dataOnlyDb = dir.resolve("db-data-only");
        List<String> dataOnly = new ArrayList<>(ChildProcess.javaCp(jvm, LoadTdb2Benchmark.class.getName()));
        dataOnly.addAll(List.of("data-only", dataOnlyDb.toString(), data.toString()));
        List<Double> oursRate = new ArrayList<>();
        List<Double> jenaRate = new ArrayList<>();
        List<Double> dataOnlyRate = new ArrayList<>();
        List<Double> oursCpu = new ArrayList<>();
        List<Double> jenaCpu = new ArrayList<>();
        List<Double> dataOnlyCpu = new ArrayList<>();
        ChildProcess.logLoad(name(), "before");
        for (int i = 0; i < context.runs(3); i++) {
            ChildProcess.deleteTree(oursDb);
            ChildProcess.Run run = ChildProcess.run(ours, dir, 7200);
            if (!run.out().endsWith("triples: " + triples + "\n")) {
                throw new IllegalStateException("load printed " + run.out());
            }
            oursRate.add(triples / (run.millis() / 1e3));
            oursCpu.add(run.cpuMillis() / 1e3);
            ChildProcess.deleteTree(jenaDb);
            ChildProcess.Run jenaRun = ChildProcess.run(jena, dir, 7200);
            jenaRate.add(triples / (jenaRun.millis() / 1e3));
            jenaCpu.add(jenaRun.cpuMillis() / 1e3);
            ChildProcess.deleteTree(dataOnlyDb);
            ChildProcess.Run dataOnlyRun = ChildProcess.run(dataOnly, dir, 7200);
            dataOnlyRate.add(triples / (dataOnlyRun.millis() / 1e3));
            dataOnlyCpu.add(dataOnlyRun.cpuMillis() / 1e3);
            ChildProcess.deleteTree(dataOnlyDb);
            ChildProcess.logLoad(name(), "after round " + (i + 1));
        }
        System.out.println("[bench] load-tdb2 runs (triples/s): ours " + oursRate + ", jena " + jenaRate
                + ", ours without indexes " + dataOnlyRate + "; processor s: ours " + oursCpu + ", jena " + jenaCpu
                + ", ours without indexes " + dataOnlyCpu);
        double oursMedian = ChildProcess.median(oursRate);
        double jenaMedian = ChildProcess.median(jenaRate);
        results.add("load-tdb2", Long.toString(n), oursMedian, "triples/s");
        results.add("load-tdb2-jena", Long.toString(n), jenaMedian, "triples/s");
        results.add("load-tdb2-ratio", Long.toString(n), oursMedian / jenaMedian, "x");
        ChildProcess.deleteTree(oursDb.resolve(DatabaseIndexes.FOLDER));
        List<String> indexes = new ArrayList<>(ChildProcess.javaCp(jvm, LoadTdb2Benchmark.class.getName()));
        indexes.add(oursDb.toString());
        double indexSeconds = ChildProcess.run(indexes, dir, 7200).millis() / 1e3;
        results.add("load-tdb2-indexes", Long.toString(n), indexSeconds, "s");
        results.add("load-tdb2-data-only", Long.toString(n), ChildProcess.median(dataOnlyRate), "triples/s");
        results.add("load-tdb2-cpu", Long.toString(n), ChildProcess.median(oursCpu), "s-cpu");
        results.add("load-tdb2-jena-cpu", Long.toString(n), ChildProcess.median(jenaCpu), "s-cpu");
        results.add("load-tdb2-data-only-cpu", Long.toString(n), ChildProcess.median(dataOnlyCpu), "s-cpu");
        ChildProcess.deleteTree(oursDb);
        ChildProcess.deleteTree(jenaDb);
    }

    /**
     * The child: {@code data-only DIR FILE} loads the file into a new database through our store with no index
     * gathered or made; {@code DIR} makes the window's kept indexes of the database from its data.
     */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("data-only")) {
            try (TdbStore db = TdbStore.open(Path.of(args[1]), true)) {
                db.load(org.kgexplorer.core.store.RdfInputs.of(List.of(Path.of(args[2]))),
                        org.kgexplorer.core.store.LoadMode.ADD, org.kgexplorer.core.store.ParsePolicy.strict(),
                        ProgressListener.silent(), new Cancellation(), org.kgexplorer.core.store.LoadWatcher.NONE);
            }
            return;
        }
        try (TdbStore db = TdbStore.open(Path.of(args[0]), false)) {
            DatabaseIndexes.keepUpToDate(db, ProgressListener.silent(), new Cancellation());
            KeptCompletion.keepUpToDate(db, ProgressListener.silent(), new Cancellation());
        }
    }
}
