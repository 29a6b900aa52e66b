package org.kgexplorer.ui.graph.render;

/**
 * One view of the graph: a canvas of {@code width} x {@code height} local pixels showing graph coordinates around
 * ({@code centreX}, {@code centreY}) at {@code scale} pixels per graph unit. Immutable; plain Java, no JavaFX.
 */
public record Viewport(double width, double height, double centreX, double centreY, double scale) {

    public double toLocalX(double graphX) {
        return (graphX - centreX) * scale + width / 2;
    }

    public double toLocalY(double graphY) {
        return (graphY - centreY) * scale + height / 2;
    }

    public double toGraphX(double localX) {
        return (localX - width / 2) / scale + centreX;
    }

    public double toGraphY(double localY) {
        return (localY - height / 2) / scale + centreY;
    }
}
