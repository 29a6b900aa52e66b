package org.kgexplorer.bench.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.graphstream.graph.Graph;
import org.graphstream.stream.GraphReplay;
import org.graphstream.stream.SinkAdapter;
import org.graphstream.ui.layout.Layout;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;
import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.Results;
import org.kgexplorer.core.graph.layout.ForceAtlas2Layout;
import org.kgexplorer.core.graph.layout.LayoutSnapshot;
import org.kgexplorer.core.graph.layout.Settling;

/**
 * {@code graph-layout,5000,<s>,s} and {@code graph-layout-stock,5000,<s>,s}: seconds from the first step until the
 * layout settles on the seeded random graph of 5,000 nodes and 10,000 edges, by one rule for both ({@link Settling}
 * with its defaults, fed every node's position after every step: ours from its snapshot, GraphStream's SpringBox
 * from the "xyz" events it sends), the stock run stopped at 60 s and then reported as 60. Extra rows: the steps to
 * settle and the mean milliseconds per step, and {@code graph-layout-2threads}: ours with the repulsion pass split
 * over two threads (both cores) instead of one (what the app uses: the other core draws). Ours runs {@code bench.runs} times each way (default 3; the median is the row,
 * the runs alternate between one and two threads so a change in the machine's load falls on both), the stock layout
 * once.
 */
public final class GraphLayoutBenchmark implements Benchmark {
    private static final int NODES = 5000;
    private static final double LIMIT_SECONDS = 60;

    @Override
    public String name() {
        return "graph-layout";
    }

    @Override
    public void run(BenchContext context, Results results) {
        int runs = context.runs(3);
        Run[] two = new Run[runs];
        Run[] one = new Run[runs];
        for (int r = 0; r < runs; r++) {
            one[r] = ours(1, r);
            two[r] = ours(2, r);
        }
        Run median = median(one);
        results.add("graph-layout", Integer.toString(NODES), median.seconds, "s");
        results.add("graph-layout-steps", Integer.toString(NODES), median.steps, "steps");
        results.add("graph-layout-step-ms", Integer.toString(NODES), median.msPerStep(), "ms");
        Run split = median(two);
        results.add("graph-layout-2threads", Integer.toString(NODES), split.seconds, "s");
        results.add("graph-layout-2threads-step-ms", Integer.toString(NODES), split.msPerStep(), "ms");

        Graph graph = RandomGraphs.create(NODES);
        Run stock = measure(new SpringBox(false, new Random(42)), graph, graph);
        log("stock", 0, stock);
        System.out.printf(Locale.ROOT, "[bench] graph-layout stock: SpringBox's own stabilisation at the end %.3f"
                + " (its limit %.2f)%n", stock.ownStabilization, 0.9);
        results.add("graph-layout-stock", Integer.toString(NODES), stock.settled ? stock.seconds : LIMIT_SECONDS, "s");
        results.add("graph-layout-stock-steps", Integer.toString(NODES), stock.steps, "steps");
        results.add("graph-layout-stock-step-ms", Integer.toString(NODES), stock.msPerStep(), "ms");
    }

    private static Run ours(int threads, int run) {
        ForceAtlas2Layout layout = new ForceAtlas2Layout(42, new Settling(), threads);
        Run result = measure(layout, RandomGraphs.create(NODES), null);
        log("ours, " + threads + " thread(s),", run, result);
        return result;
    }

    private static Run median(Run[] runs) {
        Run[] sorted = runs.clone();
        Arrays.sort(sorted, (a, b) -> Double.compare(a.seconds, b.seconds));
        return sorted[sorted.length / 2];
    }

    private static void log(String which, int run, Run result) {
        System.out.printf(Locale.ROOT, "[bench] graph-layout %s run %d: %s after %.2f s, %d steps, %.1f ms/step,"
                + " last displacement/extent %.6f%n", which, run, result.settled ? "settled" : "NOT settled",
                result.seconds, result.steps, result.msPerStep(), result.lastRatio);
    }

    /**
     * Steps the layout until the rule says settled or 60 s passed. {@code replayFrom}: for a stock layout, the graph
     * whose nodes and edges it is given and whose positions are read from its events; null for ours (it attaches
     * itself and is read through its snapshot).
     */
    private static Run measure(Layout layout, Graph graph, Graph replayFrom) {
        double[] x = new double[NODES];
        double[] y = new double[NODES];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < NODES; i++) {
            index.put(RandomGraphs.nodeId(i), i);
        }
        ForceAtlas2Layout ours = layout instanceof ForceAtlas2Layout f ? f : null;
        if (ours != null) {
            ours.attach(graph);
        } else {
            layout.addAttributeSink(new SinkAdapter() {
                @Override
                public void nodeAttributeChanged(String source, long time, String node, String attribute,
                        Object old, Object value) {
                    if (attribute.equals("xyz") && value instanceof Object[] xyz) {
                        int i = index.get(node);
                        x[i] = ((Number) xyz[0]).doubleValue();
                        y[i] = ((Number) xyz[1]).doubleValue();
                    }
                }
            });
            GraphReplay replay = new GraphReplay("bench-replay");
            replay.addSink(layout);
            replay.replay(replayFrom);
        }
        Settling settling = new Settling();
        long start = System.nanoTime();
        int steps = 0;
        double seconds = 0;
        double last = 0;
        while (seconds < LIMIT_SECONDS) {
            layout.compute();
            steps++;
            if (ours != null) {
                LayoutSnapshot s = ours.snapshot();
                for (int k = 0; k < s.size(); k++) {
                    int i = index.get(s.id(k));
                    x[i] = s.x(k);
                    y[i] = s.y(k);
                }
            }
            boolean settled = settling.observe(x, y, NODES);
            double own = layout.getStabilization();
            seconds = (System.nanoTime() - start) / 1e9;
            if (settled) {
                return new Run(true, seconds, steps, settling.lastRatio(), own);
            }
            last = own;
        }
        return new Run(false, seconds, steps, settling.lastRatio(), last);
    }

    private record Run(boolean settled, double seconds, int steps, double lastRatio, double ownStabilization) {
        double msPerStep() {
            return steps == 0 ? 0 : seconds * 1000 / steps;
        }
    }
}
