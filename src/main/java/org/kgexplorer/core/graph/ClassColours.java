package org.kgexplorer.core.graph;

/**
 * The colours classes are drawn in, the same in the graph view and in an evidence pack's drawing: ten
 * colour-blind-friendly colours (Tableau 10), given to classes in the order they are first seen, and a grey for
 * nodes without a class. ARGB.
 */
public final class ClassColours {
    private static final int[] COLOURS = {0xFF4E79A7, 0xFFF28E2B, 0xFFE15759, 0xFF76B7B2, 0xFF59A14F, 0xFFEDC948,
        0xFFB07AA1, 0xFFFF9DA7, 0xFF9C755F, 0xFFBAB0AC};
    /** The colour of nodes without a class. */
    public static final int UNTYPED = 0xFF6B7280;

    private ClassColours() {
    }

    /** How many colours there are before they repeat. */
    public static int count() {
        return COLOURS.length;
    }

    /** The colour of the {@code i}-th class seen (from 0); it repeats after {@link #count()}. */
    public static int of(int i) {
        return COLOURS[Math.floorMod(i, COLOURS.length)];
    }
}
