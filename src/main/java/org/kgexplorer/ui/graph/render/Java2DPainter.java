package org.kgexplorer.ui.graph.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/** Draws a {@link FramePlan} with Java2D: edges batched in one path per style, then nodes, then labels. */
final class Java2DPainter {
    private static final Stroke THIN = new BasicStroke(1f);
    private static final Stroke DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f,
            new float[] {4f, 3f}, 0f);
    private static final Stroke HIGHLIGHT = new BasicStroke(2f);
    private static final Stroke SELECTED = new BasicStroke(3f);
    private static final Stroke RING = new BasicStroke(2.5f);

    private Java2DPainter() {
    }

    /**
     * Paints into {@code image} through {@code g}, which maps local pixels to image pixels by {@code scale} (the
     * output scale); ordinary edges are written into the image's pixels directly ({@link LineRaster}).
     */
    static void paint(Graphics2D g, BufferedImage image, double scale, FramePlan plan, Palette palette,
                      NodeSprites sprites) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                plan.antialias ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                plan.antialias ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        // pure strokes only with antialiasing: without it they leave Java2D's fast path for one-pixel lines
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL,
                plan.antialias ? RenderingHints.VALUE_STROKE_PURE : RenderingHints.VALUE_STROKE_DEFAULT);
        g.setColor(new Color(palette.background(), true));
        g.fillRect(0, 0, (int) Math.ceil(plan.view.width()), (int) Math.ceil(plan.view.height()));
        EdgeBands.draw(image, scale, plan, palette.edge(), palette.dimmedEdge());
        paintEdges(g, plan, palette);
        paintNodes(g, plan, palette, sprites);
        paintLabels(g, image, scale, plan.edgeLabels, palette.edgeText(), palette, null);
        paintLabels(g, image, scale, plan.nodeLabels, palette.foreground(), palette, plan.scene);
    }

    private static int edgeColour(int group, Palette palette) {
        switch (group) {
            case DrawOrder.EDGE_DIMMED: return palette.dimmedEdge();
            case DrawOrder.EDGE_HIGHLIGHTED:
            case DrawOrder.EDGE_SELECTED: return palette.accent();
            default: return palette.edge();
        }
    }

    private static Stroke edgeStroke(int group) {
        switch (group) {
            case DrawOrder.EDGE_MORE: return DASHED;
            case DrawOrder.EDGE_HIGHLIGHTED: return HIGHLIGHT;
            case DrawOrder.EDGE_SELECTED: return SELECTED;
            default: return THIN;
        }
    }

    /** The marked and "+N more" edges (few) with Java2D strokes, and the arrowheads of all. */
    private static void paintEdges(Graphics2D g, FramePlan plan, Palette palette) {
        RenderScene scene = plan.scene;
        Path2D.Float[] lines = new Path2D.Float[DrawOrder.EDGE_GROUPS];
        Path2D.Float[] arrows = new Path2D.Float[DrawOrder.EDGE_GROUPS];
        // room for every arrowhead (a triangle: four segments) of the ordinary edges at once, not grown step by step
        int arrowRoom = plan.arrows ? plan.edgeCount * 4 + 16 : 16;
        for (int i = 0; i < DrawOrder.EDGE_GROUPS; i++) {
            lines[i] = new Path2D.Float(Path2D.WIND_NON_ZERO, 16);
            boolean ordinary = i == DrawOrder.EDGE_NORMAL || i == DrawOrder.EDGE_DIMMED;
            arrows[i] = new Path2D.Float(Path2D.WIND_NON_ZERO, ordinary ? arrowRoom : 16);
        }
        float[] sx = plan.sx;
        float[] sy = plan.sy;
        float arrowLength = Math.max(6f, Math.min(12f, plan.radius * 1.4f));
        for (int k = 0; k < plan.edgeCount; k++) {
            int e = plan.edges[k];
            int a = scene.edgeFrom(e);
            int b = scene.edgeTo(e);
            int group = DrawOrder.edgeGroup(scene, e);
            if (group != DrawOrder.EDGE_NORMAL && group != DrawOrder.EDGE_DIMMED) {
                lines[group].moveTo(sx[a], sy[a]);
                lines[group].lineTo(sx[b], sy[b]);
            }
            if (plan.arrows && a != b) {
                EdgeGeometry.arrow(arrows[group], sx[a], sy[a], sx[b], sy[b], plan.radius + 1, arrowLength);
            }
        }
        for (int i = 0; i < DrawOrder.EDGE_GROUPS; i++) {
            g.setColor(new Color(edgeColour(i, palette), true));
            g.setStroke(edgeStroke(i));
            g.draw(lines[i]);
            if (plan.arrows) {
                g.fill(arrows[i]);
            }
        }
        g.setStroke(THIN);
    }

    private static void paintNodes(Graphics2D g, FramePlan plan, Palette palette, NodeSprites sprites) {
        RenderScene scene = plan.scene;
        float r = plan.radius;
        boolean tiny = r < LevelOfDetail.SQUARE_BELOW_RADIUS;
        int outline = r >= 5 ? palette.outline() : 0;
        int bg = palette.background();
        int lastColour = 0;
        for (int n : DrawOrder.nodes(plan)) {
            float x = plan.sx[n];
            float y = plan.sy[n];
            byte state = scene.nodeState(n);
            NodeStyle style = scene.styleOf(n);
            boolean dimmed = (state & RenderScene.DIMMED) != 0 && (state & RenderScene.SELECTED) == 0;
            boolean more = (state & RenderScene.MORE) != 0;
            int fill = dimmed ? Palette.dimmed(style.argb(), bg) : more ? Palette.pill(style.argb(), bg) : style.argb();
            if ((state & RenderScene.HIGHLIGHTED) != 0) {
                g.setColor(new Color(palette.halo(), true));
                g.fill(new Ellipse2D.Float(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8));
                lastColour = 0;
            }
            if (fill != lastColour) {
                g.setColor(new Color(fill, true));
                lastColour = fill;
            }
            if (more) {
                java.awt.Shape pill = NodeShapes.pill(x, y, r);
                g.fill(pill);
                g.setColor(new Color(palette.foreground(), true));
                g.setStroke(DASHED);
                g.draw(pill);
                g.setStroke(THIN);
                lastColour = 0;
            } else if (tiny) {
                int side = Math.max(2, Math.round(2 * r));
                g.fillRect(Math.round(x - r), Math.round(y - r), side, side);
            } else {
                NodeSprites.Sprite sprite = sprites.sprite(fill, style.shape(), r, outline);
                g.drawImage(sprite.image(), (int) Math.floor(x) - sprite.offset(), (int) Math.floor(y) - sprite.offset(),
                        null);
            }
            if ((state & RenderScene.SELECTED) != 0) {
                g.setColor(new Color(palette.foreground(), true));
                g.setStroke(RING);
                float rr = (more ? Math.max(2 * r, 8) * 0.9f : r) + 3;
                g.draw(new Ellipse2D.Float(x - rr, y - rr, 2 * rr, 2 * rr));
                g.setStroke(THIN);
                lastColour = 0;
            }
            if ((state & RenderScene.PINNED) != 0) {
                float p = Math.max(2f, r * 0.4f);
                g.setColor(new Color(palette.foreground(), true));
                g.fill(new Ellipse2D.Float(x + r * 0.7f - p, y - r * 0.7f - p, 2 * p, 2 * p));
                lastColour = 0;
            }
        }
    }

    private static void paintLabels(Graphics2D g, BufferedImage image, double scale, PlacedLabels labels, int colour,
                                    Palette palette, RenderScene dimmable) {
        if (labels.count() == 0) {
            return;
        }
        LabelBoxes.fill(image, scale, labels, palette.labelBox());
        Color normal = new Color(colour, true);
        Color faded = new Color(palette.dimmedText(), true);
        int font = -1;
        g.setColor(normal);
        boolean lastDim = false;
        for (int i = 0; i < labels.count(); i++) {
            if (labels.fontSize(i) != font) {
                font = labels.fontSize(i);
                g.setFont(TextMeasure.font(font));
            }
            boolean dim = dimmable != null && dimmable.nodeHas(labels.owner(i), RenderScene.DIMMED);
            // only on a change: every setColor makes Java2D validate its drawing pipe again
            if (dim != lastDim) {
                g.setColor(dim ? faded : normal);
                lastDim = dim;
            }
            g.drawString(labels.text(i), labels.textX(i), labels.textY(i));
        }
    }
}
