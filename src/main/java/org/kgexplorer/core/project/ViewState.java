package org.kgexplorer.core.project;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the graph view showed, as {@code views/NN-slug.json} holds it: the nodes in scope (in the order they came),
 * where the user put them, which are pinned and hidden, the class and property filters, the layout, the camera and
 * the selection. Sets and maps are kept sorted so that the same view always writes the same bytes.
 *
 * @param nodes            the node ids (IRIs) in scope, shown or hidden, in the order they came
 * @param positions        where nodes stand (x, y), by id
 * @param pinned           the pinned nodes
 * @param hidden           the hidden nodes
 * @param hiddenClasses    the classes unticked in the filter ("" for nodes without a class)
 * @param hiddenProperties the properties unticked in the filter
 * @param layout           the layout's name ({@code force}, {@code hierarchical}...), or empty for the default
 * @param camera           the camera
 * @param selection        the selected nodes, in the order they were selected
 */
public record ViewState(List<String> nodes, Map<String, Point> positions, Set<String> pinned, Set<String> hidden,
                        Set<String> hiddenClasses, Set<String> hiddenProperties, String layout, Camera camera,
                        List<String> selection) {

    /** An empty graph at the default camera. */
    public static final ViewState EMPTY = new ViewState(List.of(), Map.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            "", Camera.DEFAULT, List.of());

    public ViewState {
        nodes = List.copyOf(nodes);
        positions = java.util.Collections.unmodifiableMap(new TreeMap<>(positions));
        pinned = java.util.Collections.unmodifiableSet(new TreeSet<>(pinned));
        hidden = java.util.Collections.unmodifiableSet(new TreeSet<>(hidden));
        hiddenClasses = java.util.Collections.unmodifiableSet(new TreeSet<>(hiddenClasses));
        hiddenProperties = java.util.Collections.unmodifiableSet(new TreeSet<>(hiddenProperties));
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(camera, "camera");
        selection = List.copyOf(selection);
    }

    /** A node's place in graph units. */
    public record Point(double x, double y) {
    }

    /**
     * Where the view looks: the graph point at the canvas's centre and the zoom in pixels per graph unit; a zoom of 0
     * means the whole graph kept fitted to the canvas (the view had not been panned or zoomed by hand).
     */
    public record Camera(double centerX, double centerY, double zoom) {
        /** The whole graph kept fitted to the canvas. */
        public static final Camera DEFAULT = new Camera(0, 0, 0);

        public boolean fitted() {
            return zoom == 0;
        }
    }
}
