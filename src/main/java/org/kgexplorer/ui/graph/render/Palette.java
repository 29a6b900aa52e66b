package org.kgexplorer.ui.graph.render;

/**
 * The theme colours of one frame (ARGB) and the colours derived from them, shared by the screen and the exports so
 * both themes read the same everywhere.
 */
record Palette(int background, int foreground, int accent) {

    int edge() { return blend(foreground, background, 0.38); }

    int dimmedEdge() { return blend(foreground, background, 0.12); }

    int dimmedText() { return blend(foreground, background, 0.45); }

    int edgeText() { return blend(foreground, background, 0.75); }

    /** Behind a label: the background, three quarters opaque. */
    int labelBox() { return (0xC0 << 24) | (background & 0xFFFFFF); }

    int halo() { return (0x66 << 24) | (accent & 0xFFFFFF); }

    int outline() { return blend(foreground, background, 0.55); }

    static int dimmed(int fill, int background) { return blend(fill, background, 0.28); }

    static int pill(int fill, int background) { return blend(fill, background, 0.45); }

    /** {@code share} of colour a over b, opaque. */
    static int blend(int a, int b, double share) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * share + ((b >> 16) & 0xFF) * (1 - share));
        int g = (int) Math.round(((a >> 8) & 0xFF) * share + ((b >> 8) & 0xFF) * (1 - share));
        int bl = (int) Math.round((a & 0xFF) * share + (b & 0xFF) * (1 - share));
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }

    /** CSS/SVG colour text, #rrggbb. */
    static String hex(int argb) {
        return String.format(java.util.Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    /** Opacity 0..1 of an ARGB colour. */
    static double opacity(int argb) {
        return ((argb >>> 24) & 0xFF) / 255.0;
    }
}
