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
 * from the "xyz" events it sends), every run stopped at 60 s. A row whose median run did not settle within 60 s is
 * written with the value 60 and the unit {@code s-not-settled}, so no one reads it as a settle time. Extra rows: the
 * steps and the mean milliseconds per step of the median run, and {@code graph-layout-2threads}: ours with the
 * repulsion pass split over two threads (both cores) instead of one (what the app uses: the other core draws).
 * Each runs {@code bench.runs} times (default 3; the median is the row); every round takes ours with one thread,
 * ours with two and the stock layout in turn, so a change in the machine's load falls on all alike.
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
        Run[] stock = new Run[runs];
        for (int r = 0; r < runs; r++) {
            one[r] = ours(1, r);
            two[r] = ours(2, r);
            Graph graph = RandomGraphs.create(NODES);
            stock[r] = measure(new SpringBox(false, new Random(42)), graph, graph);
            log("stock", r, stock[r]);
            System.out.printf(Locale.ROOT, "[bench] graph-layout stock run %d: SpringBox's own stabilisation at the"
                    + " end %.3f (its limit %.2f)%n", r, stock[r].ownStabilization, 0.9);
        }
        Run median = median(one);
        addSettle(results, "graph-layout", median);
        results.add("graph-layout-steps", Integer.toString(NODES), median.steps, "steps");
        results.add("graph-layout-step-ms", Integer.toString(NODES), median.msPerStep(), "ms");
        Run split = median(two);
        addSettle(results, "graph-layout-2threads", split);
        results.add("graph-layout-2threads-step-ms", Integer.toString(NODES), split.msPerStep(), "ms");
        Run stockMedian = median(stock);
        addSettle(results, "graph-layout-stock", stockMedian);
        results.add("graph-layout-stock-steps", Integer.toString(NODES), stockMedian.steps, "steps");
        results.add("graph-layout-stock-step-ms", Integer.toString(NODES), stockMedian.msPerStep(), "ms");
    }

    /** The settle time in s, or 60 in {@code s-not-settled} when the run was stopped unsettled. */
    private static void addSettle(Results results, String row, Run run) {
        if (run.settled) {
            results.add(row, Integer.toString(NODES), run.seconds, "s");
        } else {
            results.add(row, Integer.toString(NODES), LIMIT_SECONDS, "s-not-settled");
        }
    }

    private static Run ours(int threads, int run) {
        ForceAtlas2Layout layout = new ForceAtlas2Layout(42, new Settling(), threads);
        Run result = measure(layout, RandomGraphs.create(NODES), null);
        log("ours, " + threads + " thread(s),", run, result);
        return result;
    }

    /** The middle run, an unsettled run counting as slower than any settled one. */
    private static Run median(Run[] runs) {
        Run[] sorted = runs.clone();
        Arrays.sort(sorted, (a, b) -> a.settled != b.settled ? (a.settled ? -1 : 1) : Double.compare(a.seconds, b.seconds));
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
