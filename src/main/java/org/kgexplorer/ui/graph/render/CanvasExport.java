package org.kgexplorer.ui.graph.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.kgexplorer.core.export.SafeFileWriter;

/** Writes a frame plan as PNG or SVG, atomically: the file appears complete or not at all. */
final class CanvasExport {
    private CanvasExport() {
    }

    /** {@code resolution} image pixels per screen pixel: the same drawing, sharper (as the canvas on a HiDPI screen). */
    static void png(Path target, FramePlan plan, Palette palette, int resolution) throws Exception {
        int w = Math.max(1, (int) Math.ceil(plan.view.width()) * resolution);
        int h = Math.max(1, (int) Math.ceil(plan.view.height()) * resolution);
        BufferedImage drawn = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = drawn.createGraphics();
        try {
            if (resolution != 1) {
                g.scale(resolution, resolution);
            }
            Java2DPainter.paint(g, drawn, resolution, plan, palette, new NodeSprites());
        } finally {
            g.dispose();
        }
        // PNG stores straight (not premultiplied) alpha
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D copy = image.createGraphics();
        try {
            copy.drawImage(drawn, 0, 0, null);
        } finally {
            copy.dispose();
        }
        SafeFileWriter.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer available");
            }
        });
    }

    static void svg(Path target, FramePlan plan, Palette palette) throws Exception {
        SafeFileWriter.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            SvgWriter.write(writer, plan, palette);
            writer.flush();
        });
    }
}
