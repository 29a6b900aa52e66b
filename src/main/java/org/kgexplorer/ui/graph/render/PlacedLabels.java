package org.kgexplorer.ui.graph.render;

import java.util.Arrays;

/**
 * The labels placed in one frame: for each, the node or edge it belongs to, its text, its box in local pixels
 * (which overlaps no other box of the frame, unless the canvas draws every label), its baseline and font size.
 */
public final class PlacedLabels {
    private int count;
    private int[] item = new int[32];
    private String[] text = new String[32];
    private float[] box = new float[32 * 4];
    private float[] baseline = new float[32 * 2];
    private int[] font = new int[32];

    void add(int owner, String label, float x, float y, float w, float h, float textX, float textY, int size) {
        if (count == item.length) {
            int n = count * 2;
            item = Arrays.copyOf(item, n);
            text = Arrays.copyOf(text, n);
            box = Arrays.copyOf(box, n * 4);
            baseline = Arrays.copyOf(baseline, n * 2);
            font = Arrays.copyOf(font, n);
        }
        item[count] = owner;
        text[count] = label;
        box[count * 4] = x;
        box[count * 4 + 1] = y;
        box[count * 4 + 2] = w;
        box[count * 4 + 3] = h;
        baseline[count * 2] = textX;
        baseline[count * 2 + 1] = textY;
        font[count] = size;
        count++;
    }

    public int count() { return count; }

    /** The node (or edge) index the label belongs to. */
    public int owner(int i) { return item[i]; }

    public String text(int i) { return text[i]; }

    public float x(int i) { return box[i * 4]; }

    public float y(int i) { return box[i * 4 + 1]; }

    public float width(int i) { return box[i * 4 + 2]; }

    public float height(int i) { return box[i * 4 + 3]; }

    public float textX(int i) { return baseline[i * 2]; }

    public float textY(int i) { return baseline[i * 2 + 1]; }

    public int fontSize(int i) { return font[i]; }
}
