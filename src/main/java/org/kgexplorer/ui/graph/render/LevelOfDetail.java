package org.kgexplorer.ui.graph.render;

/**
 * The level-of-detail rule (ADR 0012). Everything is decided from the on-screen spacing {@code s}: the typical
 * distance between neighbouring nodes in pixels at the current zoom (scene spacing times scale).
 * <ul>
 * <li>node radius {@code clamp(0.3 s, 1.5, 8)} px; below 2.5 px nodes are drawn as squares;</li>
 * <li>node labels at {@code min(13, 0.45 s)} px, only when that is at least 8 px (selected and highlighted nodes are
 * labelled at 12 px or more whatever the zoom), placed through an occupancy grid so they never overlap: selected,
 * then highlighted, then by degree;</li>
 * <li>arrows when {@code s >= 36} px; edge labels (10 px) when {@code s >= 110} px and the edge is long enough;</li>
 * <li>antialiased edges and text when at most 500 nodes and 1,000 edges are on screen, or when the view is at rest
 * (150 ms after the last camera or layout move); node figures are always smooth (antialiased sprites);</li>
 * <li>only nodes and edges whose bounds meet the view are drawn.</li>
 * </ul>
 */
final class LevelOfDetail {
    static final double RADIUS_FACTOR = 0.3;
    static final double MIN_RADIUS = 1.5;
    static final double MAX_RADIUS = 8;
    static final double SQUARE_BELOW_RADIUS = 2.5;
    static final double FONT_FACTOR = 0.45;
    static final int MAX_FONT = 13;
    static final int MIN_READABLE_FONT = 8;
    static final int PRIORITY_FONT = 12;
    /** The smallest label when every label is drawn ({@code GraphCanvas.setEveryLabel}): GraphStream's default text-size. */
    static final int EVERY_LABEL_MIN_FONT = 10;
    static final double ARROW_MIN_SPACING = 36;
    static final double EDGE_LABEL_MIN_SPACING = 110;
    static final int EDGE_LABEL_FONT = 10;
    static final int AA_MAX_NODES = 500;
    static final int AA_MAX_EDGES = 1_000;
    static final int MAX_LABEL_CHARS = 48;
    /** How long after the last camera move the view counts as at rest and is redrawn with antialiasing. */
    static final long REST_NANOS = 150_000_000L;

    private LevelOfDetail() {
    }

    static double radius(double spacingPx) {
        return Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, RADIUS_FACTOR * spacingPx));
    }

    /** The node label font size in whole pixels, or 0 when labels would be too small to read. */
    static int labelFont(double spacingPx) {
        int size = (int) Math.min(MAX_FONT, FONT_FACTOR * spacingPx);
        return size >= MIN_READABLE_FONT ? size : 0;
    }

    /** The node label font size when every label is drawn: the rule's size, never below {@link #EVERY_LABEL_MIN_FONT}. */
    static int everyLabelFont(double spacingPx) {
        return Math.max(EVERY_LABEL_MIN_FONT, (int) Math.min(MAX_FONT, FONT_FACTOR * spacingPx));
    }

    static boolean arrows(double spacingPx) {
        return spacingPx >= ARROW_MIN_SPACING;
    }

    static boolean edgeLabels(double spacingPx) {
        return spacingPx >= EDGE_LABEL_MIN_SPACING;
    }

    static boolean antialias(int visibleNodes, int visibleEdges, boolean resting) {
        return resting || (visibleNodes <= AA_MAX_NODES && visibleEdges <= AA_MAX_EDGES);
    }

    /** The label as drawn: trimmed, cut to {@link #MAX_LABEL_CHARS} with an ellipsis; null when there is none. */
    static String shown(String label) {
        if (label == null) {
            return null;
        }
        String t = label.strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() <= MAX_LABEL_CHARS ? t : t.substring(0, MAX_LABEL_CHARS - 1) + "\u2026";
    }
}
