package org.kgexplorer.ui.graph.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.kgexplorer.core.export.Xml;

/** A frame plan as SVG: the same nodes, edges, arrows and labels as the screen, labels as text elements. */
final class SvgWriter {
    private SvgWriter() {
    }

    static void write(Writer w, FramePlan plan, Palette palette) throws IOException {
        double width = plan.view.width();
        double height = plan.view.height();
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                + " font-family=\"sans-serif\">\n", width, height, width, height));
        w.write(f("<rect width=\"%.0f\" height=\"%.0f\" fill=\"%s\"/>\n", width, height, Palette.hex(palette.background())));
        edges(w, plan, palette);
        nodes(w, plan, palette);
        labels(w, plan.edgeLabels, "edge-labels", palette.edgeText(), palette, null);
        labels(w, plan.nodeLabels, "node-labels", palette.foreground(), palette, plan.scene);
        w.write("</svg>\n");
    }

    private static void edges(Writer w, FramePlan plan, Palette palette) throws IOException {
        RenderScene scene = plan.scene;
        StringBuilder[] lines = new StringBuilder[DrawOrder.EDGE_GROUPS];
        StringBuilder[] arrows = new StringBuilder[DrawOrder.EDGE_GROUPS];
        for (int i = 0; i < DrawOrder.EDGE_GROUPS; i++) {
            lines[i] = new StringBuilder();
            arrows[i] = new StringBuilder();
        }
        float arrowLength = Math.max(6f, Math.min(12f, plan.radius * 1.4f));
        for (int k = 0; k < plan.edgeCount; k++) {
            int e = plan.edges[k];
            int a = scene.edgeFrom(e);
            int b = scene.edgeTo(e);
            int group = DrawOrder.edgeGroup(scene, e);
            lines[group].append(f("M%.1f %.1fL%.1f %.1f", plan.sx[a], plan.sy[a], plan.sx[b], plan.sy[b]));
            float[] p = plan.arrows && a != b
                    ? EdgeGeometry.arrowPoints(plan.sx[a], plan.sy[a], plan.sx[b], plan.sy[b], plan.radius + 1, arrowLength)
                    : null;
            if (p != null) {
                arrows[group].append(f("M%.1f %.1fL%.1f %.1fL%.1f %.1fZ", p[0], p[1], p[2], p[3], p[4], p[5]));
            }
        }
        w.write("<g id=\"edges\">\n");
        for (int i = 0; i < DrawOrder.EDGE_GROUPS; i++) {
            String colour = Palette.hex(i == DrawOrder.EDGE_DIMMED ? palette.dimmedEdge()
                    : i >= DrawOrder.EDGE_HIGHLIGHTED ? palette.accent() : palette.edge());
            double stroke = i == DrawOrder.EDGE_SELECTED ? 3 : i == DrawOrder.EDGE_HIGHLIGHTED ? 2 : 1;
            if (lines[i].length() > 0) {
                w.write(f("<path fill=\"none\" stroke=\"%s\" stroke-width=\"%.0f\"%s d=\"", colour, stroke,
                        i == DrawOrder.EDGE_MORE ? " stroke-dasharray=\"4 3\"" : ""));
                w.append(lines[i]).write("\"/>\n");
            }
            if (arrows[i].length() > 0) {
                w.write(f("<path fill=\"%s\" d=\"", colour));
                w.append(arrows[i]).write("\"/>\n");
            }
        }
        w.write("</g>\n");
    }

    private static void nodes(Writer w, FramePlan plan, Palette palette) throws IOException {
        RenderScene scene = plan.scene;
        float r = plan.radius;
        String fg = Palette.hex(palette.foreground());
        w.write("<g id=\"nodes\">\n");
        for (int n : DrawOrder.nodes(plan)) {
            float x = plan.sx[n];
            float y = plan.sy[n];
            byte state = scene.nodeState(n);
            NodeStyle style = scene.styleOf(n);
            boolean dimmed = (state & RenderScene.DIMMED) != 0 && (state & RenderScene.SELECTED) == 0;
            boolean more = (state & RenderScene.MORE) != 0;
            int bg = palette.background();
            String fill = Palette.hex(dimmed ? Palette.dimmed(style.argb(), bg)
                    : more ? Palette.pill(style.argb(), bg) : style.argb());
            if ((state & RenderScene.HIGHLIGHTED) != 0) {
                w.write(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"%.2f\"/>\n", x, y,
                        r + 4, Palette.hex(palette.accent()), Palette.opacity(palette.halo())));
            }
            if (more) {
                java.awt.geom.RoundRectangle2D p = NodeShapes.pill(x, y, r);
                w.write(f("<rect class=\"node\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"%s\""
                        + " stroke=\"%s\" stroke-dasharray=\"4 3\"/>\n", p.getX(), p.getY(), p.getWidth(),
                        p.getHeight(), p.getHeight() / 2, fill, fg));
            } else if (r < LevelOfDetail.SQUARE_BELOW_RADIUS) {
                w.write(f("<rect class=\"node\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                        x - r, y - r, 2 * r, 2 * r, fill));
            } else {
                w.write(NodeShapes.svgOpen(style.shape(), x, y, r));
                w.write(f(" class=\"node\" fill=\"%s\"%s/>\n", fill, r >= 5
                        ? " stroke=\"" + Palette.hex(palette.outline()) + "\"" : ""));
            }
            if ((state & RenderScene.SELECTED) != 0) {
                float rr = (more ? Math.max(2 * r, 8) * 0.9f : r) + 3;
                w.write(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"/>\n",
                        x, y, rr, fg));
            }
            if ((state & RenderScene.PINNED) != 0) {
                w.write(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>\n", x + r * 0.7f, y - r * 0.7f,
                        Math.max(2f, r * 0.4f), fg));
            }
        }
        w.write("</g>\n");
    }

    private static void labels(Writer w, PlacedLabels labels, String id, int colour, Palette palette,
                               RenderScene dimmable) throws IOException {
        w.write("<g id=\"" + id + "\">\n");
        String box = Palette.hex(palette.labelBox());
        double boxOpacity = Palette.opacity(palette.labelBox());
        for (int i = 0; i < labels.count(); i++) {
            boolean dim = dimmable != null && dimmable.nodeHas(labels.owner(i), RenderScene.DIMMED);
            w.write(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"%.2f\"/>",
                    labels.x(i), labels.y(i), labels.width(i), labels.height(i), box, boxOpacity));
            w.write(f("<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\">", labels.textX(i), labels.textY(i),
                    labels.fontSize(i), Palette.hex(dim ? palette.dimmedText() : colour)));
            w.write(Xml.escape(labels.text(i)));
            w.write("</text>\n");
        }
        w.write("</g>\n");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
