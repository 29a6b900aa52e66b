package org.kgexplorer.bench.graph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.HeadlessJvm;
import org.kgexplorer.bench.Results;

/**
 * {@code graph-render,n,<fps>,frames/s} and {@code graph-render-stock,n,<fps>,frames/s}: frames presented per
 * second during a 10-second scripted pan and zoom of a 1280x800 view (headless Monocle, software pipeline) of
 * the seeded random graph of n nodes and 2n edges, every node labelled; ours ({@code GraphCanvas}, its
 * level-of-detail rule) against GraphStream's FxViewer + FxGraphRenderer (every label), side by side, each run
 * in a JVM of its own ({@link RenderBenchWindow}). A stock measurement stops after 20 s. Goals: 30 frames/s at
 * 5,000 nodes, 10 at 20,000, 10 times the stock viewer at 2,000.
 */
public final class RenderBenchmark implements Benchmark {
    private static final int[] SIZES = {1000, 2000, 5000, 20000};
    private static final double SECONDS = 10;
    private static final double STOCK_HARD_STOP = 20;

    @Override
    public String name() {
        return "graph-render";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        Path log = context.benchDir().resolve("graph-render.log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        int runs = context.runs(1);
        for (int n : SIZES) {
            for (int run = 0; run < runs; run++) {
                results.add("graph-render", Integer.toString(n), measure("ours", n, SECONDS, log), "frames/s");
                results.add("graph-render-stock", Integer.toString(n), measure("stock", n, STOCK_HARD_STOP, log),
                        "frames/s");
            }
        }
    }

    private static double measure(String kind, int n, double hardStop, Path log) throws Exception {
        HeadlessJvm.Output out = HeadlessJvm.run(RenderBenchWindow.class, List.of("-Xmx2g"),
                kind, Integer.toString(n), Double.toString(SECONDS), Double.toString(hardStop));
        StringBuilder logged = new StringBuilder();
        out.text().lines().forEach(line -> logged.append(kind).append(' ').append(n).append(": ").append(line).append('\n'));
        Files.writeString(log, logged.toString(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        if (!out.hasResult()) {
            throw new IllegalStateException(kind + " at " + n + " nodes reported nothing; see " + log);
        }
        return out.value(0);
    }
}
