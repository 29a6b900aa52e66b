package org.kgexplorer.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays out again a node whose request for a layout JavaFX 21 lost. A managed node that asks for a layout while its
 * parent is still laying out its children passes the request to no one: the parent ends its layout clean, and the
 * node, needing a layout under a clean parent, is not laid out again (JDK-8360940, fixed in JavaFX 26, which needs a
 * newer Java than the 17 we build for). It left the editor of a question opened at start blank (ADR 7).
 *
 * <p>After each layout pass, this walks from the watched node up to the scene's root and, where a managed node still
 * needs a layout and its parent does not (after a pass, a request that reached the parent leaves it needing one
 * too), asks the parent again, which the next pulse honours; at most {@value #MAX_RUNNING} pulses running, so a
 * control that asks on every pass cannot keep the window pulsing.
 */
public final class LostLayoutRequests {
    private static final Logger LOG = LoggerFactory.getLogger(LostLayoutRequests.class);
    static final int MAX_RUNNING = 5;

    private final Node watched;
    private final Runnable check = this::afterLayout;
    private Scene scene;
    private int running;

    private LostLayoutRequests(Node watched) {
        this.watched = watched;
        watched.sceneProperty().addListener((obs, old, now) -> follow(now));
        follow(watched.getScene());
    }

    /** Watches a node (for as long as it lives): its lost layout requests are made again after each layout pass. */
    public static void watch(Node node) {
        new LostLayoutRequests(node);
    }

    private void follow(Scene now) {
        if (scene != null) {
            scene.removePostLayoutPulseListener(check);
        }
        scene = now;
        running = 0;
        if (now != null) {
            now.addPostLayoutPulseListener(check);
        }
    }

    private void afterLayout() {
        List<Parent> lost = new ArrayList<>(2);
        for (Node n = watched; n.getParent() != null; n = n.getParent()) {
            if (n instanceof Parent p && p.isNeedsLayout() && p.isManaged() && !n.getParent().isNeedsLayout()) {
                lost.add(n.getParent());
            }
        }
        if (lost.isEmpty()) {
            running = 0;
        } else if (running++ < MAX_RUNNING) {
            lost.forEach(Parent::requestLayout);
        } else if (running == MAX_RUNNING + 1) {
            LOG.warn("{} keeps losing its layout requests under {}", watched, lost);
        }
    }
}
