package org.kgexplorer.app;

import java.util.List;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

import org.kgexplorer.core.settings.Settings;

/**
 * Where the main window opens (ADR 0030). A remembered place is used only when it fits inside one connected
 * screen's work area (a screen may have been unplugged, or the settings come from a bigger one); otherwise the
 * window takes most of the main screen's work area, and opens maximized on a screen narrower than
 * {@value #MAXIMIZE_BELOW_WIDTH} px, where every pixel counts.
 *
 * @param bounds    the window's frame when it is not maximized (what un-maximizing returns to)
 * @param maximized whether it opens maximized
 */
record WindowPlacement(Rectangle2D bounds, boolean maximized) {
    /** Below this work-area width the first start opens maximized. */
    static final double MAXIMIZE_BELOW_WIDTH = 1600;
    /** The share of the work area's width and height a first start takes. */
    static final double FIRST_START_SHARE = 0.9;
    /** Window frames may overhang a screen's edge by a pixel or two. */
    private static final double SLACK = 2;

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";

    /** The place for this start: the remembered one if it fits a screen, else the first start's on the main screen. */
    static WindowPlacement choose(Settings settings, Rectangle2D mainWorkArea, List<Rectangle2D> workAreas) {
        boolean maximized = Boolean.parseBoolean(settings.get(MAXIMIZED, "false"));
        Rectangle2D remembered = new Rectangle2D(0, 0, 0, 0);
        double x = settings.getDouble(X, Double.NaN);
        double y = settings.getDouble(Y, Double.NaN);
        double width = settings.getDouble(WIDTH, Double.NaN);
        double height = settings.getDouble(HEIGHT, Double.NaN);
        if (!Double.isNaN(x + y + width + height) && width > 0 && height > 0) {
            remembered = new Rectangle2D(x, y, width, height);
        }
        for (Rectangle2D area : workAreas) {
            if (remembered.getWidth() > 0 && fits(remembered, area)) {
                return new WindowPlacement(remembered, maximized);
            }
        }
        return firstStart(mainWorkArea);
    }

    /** Most of the work area, centred; maximized on a narrow screen. */
    static WindowPlacement firstStart(Rectangle2D area) {
        double width = Math.floor(area.getWidth() * FIRST_START_SHARE);
        double height = Math.floor(area.getHeight() * FIRST_START_SHARE);
        Rectangle2D bounds = new Rectangle2D(area.getMinX() + Math.floor((area.getWidth() - width) / 2),
                area.getMinY() + Math.floor((area.getHeight() - height) / 2), width, height);
        return new WindowPlacement(bounds, area.getWidth() < MAXIMIZE_BELOW_WIDTH);
    }

    private static boolean fits(Rectangle2D window, Rectangle2D area) {
        return window.getMinX() >= area.getMinX() - SLACK && window.getMinY() >= area.getMinY() - SLACK
                && window.getMaxX() <= area.getMaxX() + SLACK && window.getMaxY() <= area.getMaxY() + SLACK;
    }

    /** Puts the stage there (the frame's place and size, then the maximized state). */
    void applyTo(Stage stage) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(maximized);
    }

    /**
     * Remembers whether the window is maximized (as the user left it, {@link RestoredFrame#maximized}), and its own frame (what un-maximizing returns to: the frame it had
     * when it was last not maximized, kept by {@link RestoredFrame}), so the next start has a place to un-maximize to.
     */
    static void store(boolean maximized, Rectangle2D frame, Settings settings) {
        settings.put(MAXIMIZED, Boolean.toString(maximized));
        settings.put(X, Double.toString(frame.getMinX()));
        settings.put(Y, Double.toString(frame.getMinY()));
        settings.put(WIDTH, Double.toString(frame.getWidth()));
        settings.put(HEIGHT, Double.toString(frame.getHeight()));
    }
}
