package org.kgexplorer.bench.graph;

/**
 * The scripted camera of the render benchmarks, in graph coordinates: over each 10 seconds the view centre goes
 * once round a circle of radius 0.2 side about the middle of the square the nodes fill, while the zoom swings
 * twice between the whole graph (1) and a quarter of its width (4). Both viewers follow the same path.
 */
final class RenderScript {
    private final double side;

    RenderScript(int nodes) {
        side = RenderGraphs.side(nodes);
    }

    double centreX(double seconds) {
        return side / 2 + 0.2 * side * Math.cos(2 * Math.PI * seconds / 10);
    }

    double centreY(double seconds) {
        return side / 2 + 0.2 * side * Math.sin(2 * Math.PI * seconds / 10);
    }

    /** 1 shows the whole graph, 4 a quarter of its width. */
    double zoom(double seconds) {
        return 1 + 1.5 * (1 - Math.cos(2 * Math.PI * seconds / 5));
    }

    /** Our camera's scale (pixels per graph unit) at zoom 1 for a view of the given size, 40 px margins. */
    double fitScale(double width, double height) {
        return Math.min(width - 80, height - 80) / side;
    }
}
