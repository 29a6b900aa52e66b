package org.kgexplorer.ui;

import javafx.scene.Node;
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
        double need = Math.ceil(Math.max(sum + 2, floorEm * em));
        if (Math.abs(pane.getMinWidth() - need) > 0.5) {
            pane.setMinWidth(need);
        }
    }
}
