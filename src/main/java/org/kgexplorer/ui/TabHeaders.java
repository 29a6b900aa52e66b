package org.kgexplorer.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * Keeps a side panel's tab headers whole: the tab pane is never narrower than its headers with their words (in the
 * language and at the zoom they have now), nor than a floor in em. A narrower tab pane clipped its last header
 * mid-word ("Conexion", "His") or down to its icon (ADR 31).
 */
public final class TabHeaders {
    private TabHeaders() {
    }

    /** Makes {@code pane}'s minimum width that of its headers, at least {@code floorEm} em. */
    public static void keepWhole(TabPane pane, double floorEm) {
        pane.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                update(pane, floorEm);
            }
        });
        // New words (another language) are measured in the pulse after they are set: the pass above ran with the
        // headers' old widths, and the pane, laid out again only by the new minimum, kept "Histori" (1024x700).
        for (javafx.scene.control.Tab tab : pane.getTabs()) {
            tab.textProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(() -> {
                update(pane, floorEm);
                pane.requestLayout();
            }));
        }
    }

    private static void update(TabPane pane, double floorEm) {
        Node area = pane.lookup(".tab-header-area");
        if (!(area instanceof Region headers)) {
            return;
        }
        double sum = headers.snappedLeftInset() + headers.snappedRightInset();
        double em = 0;
        for (Node tab : headers.lookupAll(".tab")) {
            if (tab instanceof Region r && tab.isVisible()) {
                sum += r.prefWidth(-1);
                if (r.lookup(".tab-label") instanceof Labeled l) {
                    em = Math.max(em, l.getFont().getSize());
                }
            }
        }
        // The skin counts its overflow button's width (shown or not) and a 10 px spacer before it calls the tabs
        // fitting (TabPaneSkin.TabHeaderArea.tabsFit).
        if (headers.lookup(".control-buttons-tab") instanceof Region control) {
            sum += control.prefWidth(-1);
        }
        double need = Math.ceil(Math.max(sum + 12, floorEm * em));
        if (Math.abs(pane.getMinWidth() - need) > 0.5) {
            pane.setMinWidth(need);
        }
        // A split pane keeps a divider where it was set even when that leaves its last item less than its minimum:
        // the divider moves so that the tab pane, its last item, has the width its headers need.
        if (pane.getWidth() > 0 && pane.getWidth() < need - 0.5
                && pane.getParent() != null && pane.getParent().getParent() instanceof SplitPane split
                && split.getOrientation() == Orientation.HORIZONTAL && !split.getItems().isEmpty()
                && split.getItems().get(split.getItems().size() - 1) == pane && split.getItems().size() > 1) {
            double inner = split.getWidth() - split.snappedLeftInset() - split.snappedRightInset();
            double divider = split.getWidth() - split.snappedLeftInset() - split.snappedRightInset() > 0
                    ? Math.max(0, inner - sumOfItems(split)) : 0;
            double position = (inner - need - divider) / inner;
            if (position > 0) {
                split.setDividerPosition(split.getItems().size() - 2, position);
            }
        }
    }

    /** The width the split pane's items have now (the rest is its dividers'). */
    private static double sumOfItems(SplitPane split) {
        double sum = 0;
        for (Node item : split.getItems()) {
            if (item instanceof Region r) {
                sum += r.getWidth();
            }
        }
        return sum;
    }
}
