package org.kgexplorer.bench.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * The whole of N generated triples in memory, in a JVM of its own with {@code -Xmx4g} (issue 15: the in-memory path
 * holds 10 M triples on a 4 GB heap): {@code load-memory-xmx4g,N,<s>}, our in-memory load
 * ({@code InMemoryStore.load}, N-Triples, seed 1) start to end, which must complete (an OutOfMemoryError fails the
 * benchmark); {@code memory-per-triple,N,<bytes>}, the live heap after a full GC with the data loaded less the live
 * heap before the load, per triple, and {@code memory-per-triple-riot,N}: the same for the file read by RIOT into a
 * plain graph in memory ({@code GraphFactory.createGraphMem()}), after ours is let go. One run (each is minutes at 10 M). N is 10,000,000 unless
 * {@code -Dbench.load-memory-xmx4g.triples=N}; the heap is {@code -Dbench.load-memory-xmx4g.heap} (default 4g).
 */
public final class MemoryAtScaleBenchmark implements Benchmark {
    @Override
    public String name() {
        return "load-memory-xmx4g";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        long n = Long.getLong("bench.load-memory-xmx4g.triples", 10_000_000L);
        String heap = System.getProperty("bench.load-memory-xmx4g.heap", "4g");
        Path dir = context.benchDir().resolve("load-memory");
        Path data = ChildProcess.generated(dir, n);
        long triples = ChildProcess.generatedCount(n);
        ChildProcess.logLoad(name(), "before");
        List<String> command = new ArrayList<>(ChildProcess.javaCp(List.of("-Xmx" + heap),
                MemoryAtScaleBenchmark.class.getName()));
        command.addAll(List.of(data.toString(), Long.toString(triples)));
        ChildProcess.Run run = ChildProcess.run(command, dir, 7200);
        ChildProcess.logLoad(name(), "after");
        String[] result = run.out().lines().filter(l -> l.startsWith("RESULT ")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("the child printed no result:\n" + run.out()))
                .split(" ");
        System.out.println("[bench] " + run.out().strip());
        results.add("load-memory-xmx4g", Long.toString(n), Double.parseDouble(result[1]), "s");
        results.add("memory-per-triple", Long.toString(n), Double.parseDouble(result[2]), "bytes");
        results.add("memory-per-triple-riot", Long.toString(n), Double.parseDouble(result[3]), "bytes");
    }

    /**
     * The child: loads the file, prints "RESULT <seconds> <bytes per triple> <bytes per triple as RIOT holds it in a
     * plain graph>".
     */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        long triples = Long.parseLong(args[1]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = live(memory);
        long start = System.nanoTime();
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(data), LoadMode.ADD, ParsePolicy.strict(), ProgressListener.silent(), new Cancellation());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (store.tripleCount() != triples) {
            throw new IllegalStateException("loaded " + store.tripleCount() + " triples, not " + triples);
        }
        long after = live(memory);
        System.out.println("heap max " + Runtime.getRuntime().maxMemory() + " bytes, live before " + before
                + ", after " + after);
        java.lang.ref.Reference.reachabilityFence(store);
        store = null;
        // the same data as Jena's RIOT holds it in a plain graph in memory, for comparison
        long riotBefore = live(memory);
        org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        org.apache.jena.riot.RDFDataMgr.read(graph, data.toString());
        long riotAfter = live(memory);
        if (graph.size() != triples) {
            throw new IllegalStateException("RIOT loaded " + graph.size() + " triples, not " + triples);
        }
        java.lang.ref.Reference.reachabilityFence(graph);
        System.out.println("RESULT " + seconds + " " + (double) (after - before) / triples + " "
                + (double) (riotAfter - riotBefore) / triples);
    }

    /** The heap in use after full collections, once it stops shrinking. */
    private static long live(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }
}
