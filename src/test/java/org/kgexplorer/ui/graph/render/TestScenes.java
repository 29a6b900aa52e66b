package org.kgexplorer.ui.graph.render;

import java.util.List;
import java.util.SplittableRandom;

/** Small deterministic scenes for the renderer's tests. */
final class TestScenes {
    static final List<NodeStyle> STYLES = List.of(
            new NodeStyle("Agency", 0xFF1F77B4, NodeStyle.Shape.CIRCLE),
            new NodeStyle("Country", 0xFFD62728, NodeStyle.Shape.SQUARE),
            new NodeStyle("Task force", 0xFF2CA02C, NodeStyle.Shape.DIAMOND),
            new NodeStyle("Operation", 0xFFFF7F0E, NodeStyle.Shape.TRIANGLE),
            new NodeStyle("Pledge", 0xFF9467BD, NodeStyle.Shape.HEXAGON));

    private TestScenes() {
    }

    /** A ring of {@code n} labelled nodes 100 units from the origin, each linked to the next. */
    static RenderScene ring(int n) {
        float[] x = new float[n];
        float[] y = new float[n];
        String[] label = new String[n];
        int[] style = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (100 * Math.cos(2 * Math.PI * i / n));
            y[i] = (float) (100 * Math.sin(2 * Math.PI * i / n));
            label[i] = "Node " + i;
            style[i] = i % STYLES.size();
        }
        int[] from = new int[n];
        int[] to = new int[n];
        String[] edgeLabel = new String[n];
        for (int i = 0; i < n; i++) {
            from[i] = i;
            to[i] = (i + 1) % n;
            edgeLabel[i] = "works with";
        }
        return new RenderScene(x, y, label, style, new byte[n], from, to, edgeLabel, new byte[n], STYLES);
    }

    /** {@code n} labelled nodes at seeded random positions in a square of side 10 sqrt(n), 2n random edges. */
    static RenderScene random(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float side = (float) (10 * Math.sqrt(n));
        float[] x = new float[n];
        float[] y = new float[n];
        String[] label = new String[n];
        int[] style = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextDouble(side);
            y[i] = (float) random.nextDouble(side);
            label[i] = "Node " + i;
            style[i] = i % STYLES.size();
        }
        int m = 2 * n;
        int[] from = new int[m];
        int[] to = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = random.nextInt(n);
            int b = random.nextInt(n - 1);
            to[e] = b >= from[e] ? b + 1 : b;
        }
        return new RenderScene(x, y, label, style, new byte[n], from, to, new String[m], new byte[m], STYLES);
    }
}
