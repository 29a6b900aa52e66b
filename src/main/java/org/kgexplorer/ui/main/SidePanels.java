package org.kgexplorer.ui.main;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import org.kgexplorer.core.settings.Settings;

/**
 * The window's side panels (the data panel on the left, the details on the right), each shown or hidden by the
 * user (View menu, Ctrl+B and Ctrl+Alt+B) so the middle gets the room on a small screen or a projector. A hidden
 * panel leaves the split pane; its divider's place is kept and comes back with it.
 */
final class SidePanels {
    private final SplitPane columns;
    private final Node left;
    private final Node middle;
    private final Node right;
    private final BooleanProperty dataPanelShown = new SimpleBooleanProperty(this, "dataPanelShown", true);
    private final BooleanProperty detailsShown = new SimpleBooleanProperty(this, "detailsShown", true);
    private double leftShare;
    private double rightShare;

    SidePanels(SplitPane columns, Node left, Node middle, Node right, Settings settings) {
        this.columns = columns;
        this.left = left;
        this.middle = middle;
        this.right = right;
        leftShare = settings.getDouble("layout.left", 0.19);
        rightShare = settings.getDouble("layout.right", 0.77);
        dataPanelShown.set(!"false".equals(settings.get("layout.dataPanel", "true")));
        detailsShown.set(!"false".equals(settings.get("layout.detailsPanel", "true")));
        arrange();
        dataPanelShown.addListener((obs, was, now) -> rearrange());
        detailsShown.addListener((obs, was, now) -> rearrange());
    }

    BooleanProperty dataPanelShown() {
        return dataPanelShown;
    }

    BooleanProperty detailsShown() {
        return detailsShown;
    }

    private void rearrange() {
        keepShares();
        arrange();
    }

    /** Reads where the user put the dividers of the panels that show. */
    private void keepShares() {
        double[] at = columns.getDividerPositions();
        int i = 0;
        if (columns.getItems().contains(left)) {
            leftShare = at[i++];
        }
        if (columns.getItems().contains(right)) {
            rightShare = at[i];
        }
    }

    private void arrange() {
        columns.getItems().setAll(middle);
        if (dataPanelShown.get()) {
            columns.getItems().add(0, left);
        }
        if (detailsShown.get()) {
            columns.getItems().add(right);
        }
        if (dataPanelShown.get() && detailsShown.get()) {
            columns.setDividerPositions(leftShare, rightShare);
        } else if (dataPanelShown.get()) {
            columns.setDividerPositions(leftShare);
        } else if (detailsShown.get()) {
            columns.setDividerPositions(rightShare);
        }
    }

    /** Writes which panels show and where their dividers are (the caller saves the settings). */
    void store(Settings settings) {
        keepShares();
        settings.put("layout.left", Double.toString(leftShare));
        settings.put("layout.right", Double.toString(rightShare));
        settings.put("layout.dataPanel", Boolean.toString(dataPanelShown.get()));
        settings.put("layout.detailsPanel", Boolean.toString(detailsShown.get()));
    }
}
