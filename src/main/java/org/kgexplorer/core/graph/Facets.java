package org.kgexplorer.core.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kgexplorer.core.explore.Names;
import org.kgexplorer.core.explore.TextFolding;
import org.kgexplorer.core.labels.LabelMode;

/**
 * The counts behind the filter checklists: nodes per class (each node under its most specific class) and
 * edges per property, over the graph in scope without the nodes the user hid. Filtered-out classes and
 * properties keep their counts, so their boxes can be ticked again.
 */
public final class Facets {
    /** One line of a checklist. */
    public record Facet(String iri, String label, int count, boolean shown) {
    }

    private Facets() {
    }

    /** Nodes per class, most frequent first, then by label. "" stands for nodes without a class. */
    public static List<Facet> classes(GraphState state, LabelMode mode, String untypedLabel) {
        Map<String, Integer> counts = new HashMap<>();
        state.nodes().values().forEach(n -> {
            if (!state.hidden().contains(n.id())) {
                counts.merge(n.primaryClass(), 1, Integer::sum);
            }
        });
        List<Facet> facets = facets(counts, state, mode, untypedLabel, state.hiddenClasses().stream().toList());
        return facets.stream().map(f -> new Facet(f.iri(), capitalised(f.label()), f.count(), f.shown())).toList();
    }

    /** Edges per property, most frequent first, then by label. */
    public static List<Facet> properties(GraphState state, LabelMode mode) {
        Map<String, Integer> counts = new HashMap<>();
        state.edges().values().forEach(e -> {
            if (!state.hidden().contains(e.source()) && !state.hidden().contains(e.target())) {
                counts.merge(e.predicate(), 1, Integer::sum);
            }
        });
        return facets(counts, state, mode, "", state.hiddenProperties().stream().toList());
    }

    private static List<Facet> facets(Map<String, Integer> counts, GraphState state, LabelMode mode,
                                      String untypedLabel, List<String> hidden) {
        List<Facet> out = new ArrayList<>();
        counts.forEach((iri, n) -> out.add(new Facet(iri, label(iri, state, mode, untypedLabel), n,
                !hidden.contains(iri))));
        out.sort(Comparator.comparingInt((Facet f) -> -f.count()).thenComparing(f -> TextFolding.fold(f.label()))
                .thenComparing(Facet::iri));
        return out;
    }

    /** A class label as a legend or checklist shows it: "task force" as "Task force". */
    public static String capitalised(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + label.substring(1);
    }

    private static String label(String iri, GraphState state, LabelMode mode, String untypedLabel) {
        if (iri.isEmpty()) {
            return untypedLabel;
        }
        Names names = state.vocabulary().get(iri);
        return names != null ? names.in(mode) : org.kgexplorer.core.labels.LabelResolver.localName(iri);
    }
}
