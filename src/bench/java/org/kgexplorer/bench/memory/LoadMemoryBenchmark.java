package org.kgexplorer.bench.memory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.ChildProcess;
import org.kgexplorer.bench.Results;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.ParsePolicy;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * {@code load-memory,N,<triples/s>}: our in-memory load ({@code InMemoryStore.load}, what the window and every
 * command without {@code --store} do: the checked parse of ADR 11, then the dataset) of N generated ORG-shaped
 * triples (N-Triples, seed 1), beside {@code load-memory-riot,N}: Jena's RIOT reading the same file into a plain
 * graph in memory ({@code RDFDataMgr.read} into {@code GraphFactory.createGraphMem()}). Both in this JVM, taken turn
 * about after one warm-up of each, a full GC before every run; each row the median. N is 1,000,000 (issue 15) unless
 * {@code -Dbench.load-memory.triples=N}. Goal: ours at least 0.8 times RIOT's rate.
 */
public final class LoadMemoryBenchmark implements Benchmark {
    @Override
    public String name() {
        return "load-memory";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        long n = Long.getLong("bench.load-memory.triples", 1_000_000L);
        Path data = ChildProcess.generated(context.benchDir().resolve("load-memory"), n);
        long triples = ChildProcess.generatedCount(n);
        ours(data, triples);
        riot(data, triples);
        List<Double> ours = new ArrayList<>();
        List<Double> riot = new ArrayList<>();
        ChildProcess.logLoad(name(), "before");
        for (int i = 0; i < context.runs(3); i++) {
            ours.add(triples / ours(data, triples));
            riot.add(triples / riot(data, triples));
        }
        ChildProcess.logLoad(name(), "after");
        System.out.println("[bench] load-memory runs (triples/s): ours " + ours + ", riot " + riot);
        double oursMedian = ChildProcess.median(ours);
        double riotMedian = ChildProcess.median(riot);
        results.add("load-memory", Long.toString(n), oursMedian, "triples/s");
        results.add("load-memory-riot", Long.toString(n), riotMedian, "triples/s");
        results.add("load-memory-ratio", Long.toString(n), oursMedian / riotMedian, "x");
    }

    /** Seconds for our load of the file; fails unless every triple is there. */
    private static double ours(Path data, long triples) throws Exception {
        gc();
        long start = System.nanoTime();
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(data), LoadMode.ADD, ParsePolicy.strict(), ProgressListener.silent(), new Cancellation());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (store.tripleCount() != triples) {
            throw new IllegalStateException("ours loaded " + store.tripleCount() + " triples, not " + triples);
        }
        return seconds;
    }

    /** Seconds for RIOT into a plain graph in memory. */
    private static double riot(Path data, long triples) {
        gc();
        long start = System.nanoTime();
        Graph graph = GraphFactory.createGraphMem();
        RDFDataMgr.read(graph, data.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (graph.size() != triples) {
            throw new IllegalStateException("RIOT loaded " + graph.size() + " triples, not " + triples);
        }
        return seconds;
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
