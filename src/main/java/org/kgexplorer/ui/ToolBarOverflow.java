package org.kgexplorer.ui;

import java.util.List;

import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.ToolBar;

/**
 * Keeps a tool bar's overflow (») true when its buttons' words change width. JavaFX's {@code ToolBarSkin} sorts
 * its items into the bar and the overflow menu again only when the bar's width changes, its items change, or
 * whether anything overflows at all changes: switching to Spanish in a bar that already overflowed left "Abrir…"
 * half drawn under the » button (seen at 1024x700). Setting the same items again makes it sort them anew.
 */
public final class ToolBarOverflow {
    private ToolBarOverflow() {
    }

    /** Sorts {@code bar}'s items again each time one of {@code changes} (the language, the zoom) changes. */
    public static void sortAgainWhen(ToolBar bar, Observable... changes) {
        for (Observable change : changes) {
            change.addListener(o -> {
                List<Node> items = List.copyOf(bar.getItems());
                bar.getItems().setAll(items);
            });
        }
    }
}
