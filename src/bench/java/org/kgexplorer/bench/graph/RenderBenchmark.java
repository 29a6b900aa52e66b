package org.kgexplorer.bench.graph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.HeadlessJvm;
import org.kgexplorer.bench.Results;

/**
 * Frames presented per second during a 10-second scripted pan and zoom of a 1280x800 view (headless Monocle,
 * software pipeline) of the seeded random graph of n nodes and 2n edges, every node labelled, each run in a JVM of
 * its own ({@link RenderBenchWindow}), frames/s:
 * <ul>
 * <li>{@code graph-render,n}: ours ({@code GraphCanvas}) with its level-of-detail rule (labels only where they are
 * readable and do not overlap, arrowheads only zoomed in);</li>
 * <li>{@code graph-render-stock,n}: GraphStream's FxViewer + FxGraphRenderer with its default style (every label,
 * every arrowhead): not like for like with the row above;</li>
 * <li>{@code graph-render-all-labels,n}: ours drawing every label and arrowhead of what is on screen
 * ({@code GraphCanvas.setEveryLabel}), like for like with {@code graph-render-stock};</li>
 * <li>{@code graph-render-stock-lod,n}: the stock viewer with a stylesheet that hides node labels until the zoom
 * at which ours starts labelling ({@code text-visibility-mode: under-zoom}), the same kind of rule as
 * {@code graph-render}.</li>
 * </ul>
 * Each row is the median of {@code bench.runs} runs (default 3); in each round the four are taken turn about
 * (ours, stock, ours every label, stock with thresholds), so a change in the machine's load falls on all alike;
 * every run's figure is in {@code target/bench/graph-render.log}. A stock measurement stops after 20 s. Goals: 30
 * frames/s at 5,000 nodes (ours, and ours with every label), 10 at 20,000, ours 10 times the stock viewer at 2,000
 * (the stock viewer with thresholds too).
 */
public final class RenderBenchmark implements Benchmark {
    private static final int[] SIZES = {1000, 2000, 5000, 20000};
    private static final double SECONDS = 10;
    private static final double STOCK_HARD_STOP = 20;
    /** The window's kinds in the order each round takes them, and the row each gives. */
    private static final String[][] KINDS = {
        {"ours", "graph-render"},
        {"stock", "graph-render-stock"},
        {"ours-all", "graph-render-all-labels"},
        {"stock-lod", "graph-render-stock-lod"},
    };

    @Override
    public String name() {
        return "graph-render";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        Path log = context.benchDir().resolve("graph-render.log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        int runs = context.runs(3);
        for (int n : SIZES) {
            double[][] fps = new double[KINDS.length][runs];
            for (int run = 0; run < runs; run++) {
                for (int k = 0; k < KINDS.length; k++) {
                    String kind = KINDS[k][0];
                    fps[k][run] = measure(kind, n, kind.startsWith("stock") ? STOCK_HARD_STOP : SECONDS, log);
                }
            }
            for (int k = 0; k < KINDS.length; k++) {
                double median = median(fps[k]);
                String line = String.format(Locale.ROOT, "[bench] %s,%d runs %s, median %.2f frames/s", KINDS[k][1],
                        n, Arrays.toString(fps[k]), median);
                System.out.println(line);
                Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                results.add(KINDS[k][1], Integer.toString(n), median, "frames/s");
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static double measure(String kind, int n, double hardStop, Path log) throws Exception {
        HeadlessJvm.Output out = HeadlessJvm.run(RenderBenchWindow.class, List.of("-Xmx2g"),
                kind, Integer.toString(n), Double.toString(SECONDS), Double.toString(hardStop));
        StringBuilder logged = new StringBuilder();
        out.text().lines().forEach(line -> logged.append(kind).append(' ').append(n).append(": ").append(line).append('\n'));
        Files.writeString(log, logged.toString(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (!out.hasResult()) {
            throw new IllegalStateException(kind + " at " + n + " nodes reported nothing; see " + log);
        }
        return out.value(0);
    }
}
